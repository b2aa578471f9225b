namespace Leerruimte.UnitTests.Development;

/// <summary>One development point as typed, and the SMART letters it should meet ("SMART" for all, "" for none).</summary>
public sealed record SmartPoint(string Title, string? Goal, string? Motivation, string? Needs, string? FirstStep, DateOnly? TargetDate, string Met)
{
    public override string ToString() => $"{Title} {Goal} → {(Met == "" ? "none" : Met)}";
}

/// <summary>
/// Good and bad development points and what the SMART check says of them. The unit tests run the server's rules on
/// this table; the browser suite compiles this same file and runs js/smart-check.js in the browser on it.
/// </summary>
public static class SmartPoints
{
    public static readonly SmartPoint[] All =
    [
        // From the walkthrough: a wish, not a plan; and a year is no measure.
        new("Ik wil graag beter worden in het voeren van gesprekken met burgers", null, null, null, null, null, ""),
        new("Beter worden in 2027", null, null, null, null, null, ""),
        new("In 2027 ben ik beter in gesprekken met inwoners van de wijk", null, null, null, null, null, ""),
        new("Beter worden", null, null, null, null, null, ""),
        new("Ik word beter in krachtgerichte gesprekken met cliënten", null, null, null, null, null, ""),
        new("Mijn gespreksvaardigheden ontwikkelen", "Ik wil graag leren om betere vragen te stellen", null, null, null, null, ""),
        // Concrete: what, where, how often.
        new("In elk huisbezoek vraag ik wat de cliënt zelf al heeft geprobeerd", "Drie keer per week noteer ik het antwoord in mijn logboek",
            "Zo geef ik cliënten meer regie over hun eigen situatie", "Een collega die dit goed doet en tijd in het teamoverleg",
            "Volgende week de vraag uitproberen bij twee cliënten", new DateOnly(2027, 3, 1), "SMART"),
        new("Ik voer elke week een krachtgericht gesprek met een cliënt", null, null, null, null, null, "SM"),
        new("Ik voer 3 krachtgerichte gesprekken met cliënten", null, null, null, null, null, "SM"),
        new("Bij 80% van mijn intakes vraag ik naar het netwerk", null, null, null, null, null, "SM"),
        new("Ik wil beter worden in gesprekken: in elk huisbezoek vraag ik eerst wat de cliënt al heeft geprobeerd", null, null, null, null, null, "SM"),
        new("Ik wil graag meer ervaring opdoen met huisbezoeken bij ouderen", null, null, null, null, null, "S"),
        // Dates and spans are deadlines, not counts.
        new("Voor 1 maart heb ik het protocol met mijn team besproken", null, null, null, null, null, "ST"),
        new("Binnen 3 weken bespreek ik mijn aanpak met twee collega's", null, null, null, null, null, "SMT"),
        new("Uiterlijk eind juni heb ik de sociale kaart van de wijk bekeken", null, null, null, null, null, "ST"),
        // The other letters look at their own fields.
        new("Gespreksvaardigheden", null, "Omdat het moet", "Tijd", "Nadenken", null, "A"),
        new("Gespreksvaardigheden", null, "Goed", "Een collega", "Een afspraak maken", new DateOnly(2027, 6, 30), "RT"),
    ];

    public static TheoryData<SmartPoint> Table => [.. All];
}
