namespace Leerruimte.Features.Demo;

/// <summary>
/// The demo team's case library: four cases in our own words, with no names, addresses, numbers or dates, so the privacy
/// guard finds nothing in them (a test runs it on every one). Who wrote each is a member of Wijkteam Noord.
/// </summary>
public static class DemoCases
{
    public sealed record DemoCase(string Author, int WrittenDaysAgo, string Title, string Situation, string Question, string DevelopmentQuestion, string Tags);

    public static readonly DemoCase Caregiver = new(
        "aylin@lindenhaven.example", 12,
        "Een mantelzorger die alles alleen wil doen",
        "Een vrouw zorgt al een paar jaar voor haar man, die beginnende dementie heeft. Dagbesteding wil ze niet: ze vindt dat ze het zelf " +
        "moet kunnen. Ze slaapt slecht en ziet haar vriendinnen bijna niet meer. De huisarts heeft haar naar ons verwezen; zelf zegt ze " +
        "dat het wel gaat.",
        "Hoe sluit ik aan bij wat zij zelf wil, terwijl ik zie dat ze overbelast raakt?",
        "Ik wil leren eerst te vragen wat iemand zelf al doet en probeert, in plaats van meteen hulp aan te bieden.",
        "mantelzorg, eigen kracht, ouderen");

    public static readonly DemoCase Neighbours = new(
        "joost@lindenhaven.example", 20,
        "Buren in één portiek die niet meer met elkaar praten",
        "In een portiek wonen vier huishoudens die al maanden onenigheid hebben over geluid en afval in het trappenhuis. Twee van hen " +
        "hebben bij de woningcorporatie geklaagd; de anderen voelen zich aangevallen en doen de deur niet meer open. Ik ken één gezin " +
        "van een andere hulpvraag en hoor bij elk bezoek meer over de ruzie.",
        "Hoe krijg ik de bewoners weer met elkaar in gesprek zonder partij te kiezen?",
        "Ik wil leren neutraal te blijven als ik al een band heb met een van de partijen.",
        "wonen, buurtbemiddeling, conflict");

    public static readonly DemoCase School = new(
        "priya@lindenhaven.example", 6,
        "Een jongere die niet meer naar school gaat",
        "Een jongen van zestien komt al weken niet op school. Zijn moeder werkt in ploegendienst en merkt het laat. De leerplichtambtenaar " +
        "heeft contact met ons gezocht. De jongen zegt dat school niets voor hem is, maar hij helpt graag in de fietsenwerkplaats van het buurthuis.",
        "Hoe bouw ik voort op wat hem wel energie geeft?",
        "Ik wil leren samenwerken met school en leerplicht zonder dat de jongere zich tegen ons keert.",
        "jeugd, onderwijs, talent");

    public static readonly DemoCase Post = new(
        "kees@lindenhaven.example", 30,
        "Post die niet meer wordt geopend",
        "Een vader die alleen voor zijn twee kinderen zorgt, opent zijn post niet meer. Er liggen aanmaningen en een brief over het " +
        "afsluiten van de energie. Hij schaamt zich en zegt dat hij het zelf oplost. Zijn zus heeft ons gebeld omdat ze zich zorgen maakt.",
        "Hoe kom ik binnen zonder dat hij zich betutteld voelt?",
        "Ik wil leren omgaan met schaamte bij mensen die hulp nodig hebben.",
        "schulden, armoede, eigen kracht");

    public static readonly IReadOnlyList<DemoCase> All = [Caregiver, Neighbours, School, Post];
}
