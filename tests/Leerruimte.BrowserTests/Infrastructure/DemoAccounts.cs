using Leerruimte.Features.Demo;

namespace Leerruimte.BrowserTests.Infrastructure;

/// <summary>The demo logins of Gemeente Lindenhaven (see DemoData), by the role they play in the tests.</summary>
public static class DemoAccounts
{
    public const string Password = DemoData.Password;
    public const string Member = "aylin@lindenhaven.example";
    public const string MemberName = "Aylin Yılmaz";
    public const string Facilitator = "procesbegeleider@lindenhaven.example";
    public const string Admin = "beheer@lindenhaven.example";
    public const string FacilitatorName = "Sander Bakker";
    public const string TeamLeader = "leidinggevende@lindenhaven.example";
    public const string TeamLeaderName = "Marieke de Vries";
    public const string Trainer = "trainer@lindenhaven.example";

    /// <summary>Three members of Wijkteam Noord, the facilitator's team, by e-mail and name.</summary>
    public static readonly IReadOnlyList<(string Email, string Name)> TeamNoord =
    [
        (Member, MemberName),
        ("joost@lindenhaven.example", "Joost Visser"),
        ("priya@lindenhaven.example", "Priya Ramdin"),
    ];
}

/// <summary>The two competency modules that ship with the app.</summary>
public static class ShippedModules
{
    public const string ProfessionalSpace = "ondernemend-professionele-ruimte";
    public const string OwnStrength = "eigen-kracht-zelfregie";

    public static readonly IReadOnlyList<string> All = [ProfessionalSpace, OwnStrength];

    public static string Title(string module) => module switch
    {
        ProfessionalSpace => "Hoe ben ik ondernemend en hoe benut ik mijn professionele ruimte?",
        OwnStrength => "Hoe versterk ik eigen kracht en zelfregie?",
        _ => throw new ArgumentOutOfRangeException(nameof(module), module, null),
    };
}
