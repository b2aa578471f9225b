using Leerruimte.Features.Teams;

namespace Leerruimte.Features.Demo;

/// <summary>
/// The demo organisations a newcomer clicks through (README lists the logins). All people are fictional;
/// every demo account has the same password.
/// </summary>
public static class DemoData
{
    public const string Password = "Leerruimte-demo-2026";

    public sealed record DemoPerson(string Name, string Email, bool IsAdmin, params (string Team, TeamRole Role)[] Teams)
    {
        /// <summary>Trains in the organisation (an organisation role, bound to no team).</summary>
        public bool IsTrainer { get; init; }
    }

    public sealed record DemoOrganisation(string Name, string[] Teams, DemoPerson[] People);

    public static readonly DemoOrganisation Lindenhaven = new(
        "Gemeente Lindenhaven – Sociaal Wijkteam",
        ["Wijkteam Noord", "Wijkteam Zuid"],
        [
            new("Femke Dijkstra", "beheer@lindenhaven.example", IsAdmin: true),
            new("Marieke de Vries", "leidinggevende@lindenhaven.example", false, ("Wijkteam Noord", TeamRole.TeamLeader), ("Wijkteam Zuid", TeamRole.TeamLeader)),
            new("Sander Bakker", "procesbegeleider@lindenhaven.example", false, ("Wijkteam Noord", TeamRole.Facilitator), ("Wijkteam Noord", TeamRole.Member)),
            new("Hans Verbeek", "trainer@lindenhaven.example", false) { IsTrainer = true },
            new("Aylin Yılmaz", "aylin@lindenhaven.example", false, ("Wijkteam Noord", TeamRole.Member), ("Wijkteam Zuid", TeamRole.Member)),
            new("Joost Visser", "joost@lindenhaven.example", false, ("Wijkteam Noord", TeamRole.Member)),
            new("Priya Ramdin", "priya@lindenhaven.example", false, ("Wijkteam Noord", TeamRole.Member)),
            new("Kees Jansen", "kees@lindenhaven.example", false, ("Wijkteam Noord", TeamRole.Member)),
            new("Noor Haddou", "noor@lindenhaven.example", false, ("Wijkteam Noord", TeamRole.Member)),
            new("Tim de Boer", "tim@lindenhaven.example", false, ("Wijkteam Noord", TeamRole.Member)),
            new("Esther Mulder", "esther@lindenhaven.example", false, ("Wijkteam Noord", TeamRole.Member)),
            new("Lotte Kramer", "lotte@lindenhaven.example", false, ("Wijkteam Zuid", TeamRole.Facilitator), ("Wijkteam Zuid", TeamRole.Member)),
            new("Bram Hoekstra", "bram@lindenhaven.example", false, ("Wijkteam Zuid", TeamRole.Member)),
            new("Sanne Peters", "sanne@lindenhaven.example", false, ("Wijkteam Zuid", TeamRole.Member)),
            new("Youssef Amrani", "youssef@lindenhaven.example", false, ("Wijkteam Zuid", TeamRole.Member)),
        ]);

    public static readonly DemoOrganisation Rivierland = new(
        "Welzijn Rivierland",
        ["Team Ouderenwerk"],
        [
            new("Gerrit Willems", "beheer@rivierland.example", IsAdmin: true),
            new("Ingrid Vos", "leidinggevende@rivierland.example", false, ("Team Ouderenwerk", TeamRole.TeamLeader)),
            new("Daan Koster", "procesbegeleider@rivierland.example", false, ("Team Ouderenwerk", TeamRole.Facilitator), ("Team Ouderenwerk", TeamRole.Member)),
            new("Mirjam Hendriks", "mirjam@rivierland.example", false, ("Team Ouderenwerk", TeamRole.Member)),
            new("Ravi Soekhoe", "ravi@rivierland.example", false, ("Team Ouderenwerk", TeamRole.Member)),
            new("Els de Graaf", "els@rivierland.example", false, ("Team Ouderenwerk", TeamRole.Member)),
        ]);

    public static readonly IReadOnlyList<DemoOrganisation> All = [Lindenhaven, Rivierland];
}
