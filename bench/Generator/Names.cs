namespace Leerruimte.Bench.Generator;

/// <summary>Dutch-sounding names for generated people, teams and organisations; combinations, so they repeat as real names do.</summary>
public static class Names
{
    public static readonly string[] First =
    [
        "Anouk", "Bram", "Daan", "Eva", "Fatima", "Gijs", "Hanna", "Ilse", "Jasper", "Kim", "Lars", "Mila", "Noor", "Omar", "Pien",
        "Quinten", "Roos", "Sem", "Tess", "Umut", "Vera", "Wouter", "Yara", "Zeynep", "Anna", "Bas", "Carmen", "Dirk", "Esra", "Floor",
        "Gert", "Hatice", "Iris", "Joost", "Karin", "Lotte", "Mohamed", "Nadia", "Olga", "Patrick", "Rik", "Sanne", "Thijs", "Ursula",
        "Vincent", "Willemijn", "Youssef", "Ziggy", "Arjen", "Bente", "Chantal", "Dewi", "Erik", "Femke", "Gerda", "Hugo", "Inge", "Jeroen",
    ];

    public static readonly string[] Last =
    [
        "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
        "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Kok", "Yilmaz", "El Amrani", "Kaya", "Veenstra", "Hoekstra",
        "van Dijk", "Postma", "Koster", "Prins", "Huisman", "Kuipers", "van der Meer", "Willems", "Claassen", "Schouten", "Wolters", "Sanders",
        "Ramdin", "Bouali", "Nijland", "Timmermans", "Groen", "Verbeek", "Lambrechts", "de Haan", "Hermans", "Pranger", "Oosterhuis",
    ];

    private static readonly string[] Places =
    [
        "Amstelwijk", "Berkelland", "Dorpsveld", "Eemhoven", "Geestmeer", "Hollandsbroek", "IJsselvliet", "Kempenrode", "Lindewaard",
        "Maasoever", "Noorderveen", "Oudeschans", "Peelbergen", "Rijnsteden", "Schelderade", "Twentheide", "Utrechtse Waard", "Veluwerand",
        "Waalhaven", "Zaanoever", "Boterdijk", "Dinkelmonde", "Eikenrode", "Flevohaven", "Gaasterveen", "Heuvelrode", "Kanaalzijde",
        "Leekster", "Molenwaard", "Nieuwe Rade", "Polderzicht", "Reeuwijkerveld", "Stroomdal", "Terpenland", "Vechtstede", "Wierdenveld",
    ];

    private static readonly string[] Kinds = ["Wijkteams", "Sociaal Team", "Welzijn", "Stichting Welzijn", "Buurtteams", "Wmo-team"];

    private static readonly string[] Quarters = ["Noord", "Oost", "Zuid", "West", "Centrum", "Dorp", "Haven", "Veld", "Kern", "Buiten"];

    /// <summary>Unique for the first places x kinds organisations (the kind shifts by one with each round of places), numbered after that.</summary>
    public static string Organisation(int i) =>
        $"{Kinds[(i + i / Places.Length) % Kinds.Length]} {Places[i % Places.Length]}{(i >= Kinds.Length * Places.Length ? $" {i / (Kinds.Length * Places.Length) + 1}" : "")}";

    public static string Slug(int i) => $"org{i + 1:000}";

    public static string Team(int i) => $"Team {Quarters[i % Quarters.Length]}{(i >= Quarters.Length ? $" {i / Quarters.Length + 1}" : "")}";

    public static string Person(Random random) => $"{First[random.Next(First.Length)]} {Last[random.Next(Last.Length)]}";
}
