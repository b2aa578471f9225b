namespace Leerruimte.Features.Modules;

/// <summary>The parts of a module as they appear in addresses (/modules/{id}/{part}).</summary>
public static class ModulePart
{
    public const string Introduction = "introductie";
    public const string Assignments = "opdrachten";
    public const string IndividualAction = "individuele-actie";
    public const string LearningForms = "leervormen";
    public const string Cases = "casuistiek";
    public const string Facilitator = "procesbegeleider";

    public static readonly IReadOnlyList<string> ForEveryone = [Introduction, Assignments, IndividualAction, LearningForms, Cases];

    public static string Title(string part) => part switch
    {
        Introduction => Resources.Ui.Part_Introduction,
        Assignments => Resources.Ui.Part_Assignments,
        IndividualAction => Resources.Ui.Part_IndividualAction,
        LearningForms => Resources.Ui.Part_LearningForms,
        Cases => Resources.Ui.Part_Cases,
        Facilitator => Resources.Ui.Part_Facilitator,
        _ => part,
    };

    public static string WayTitle(WayOfLearning way) => way switch
    {
        WayOfLearning.Experimenting => Resources.Ui.Way_Experimenting,
        WayOfLearning.Insight => Resources.Ui.Way_Insight,
        WayOfLearning.Imitating => Resources.Ui.Way_Imitating,
        _ => Resources.Ui.Way_Knowledge,
    };

    public static string FormatTitle(Assignment a) => a.Format switch
    {
        AssignmentFormat.Groups when a.GroupSize is { } g => string.Format(Resources.Ui.Format_Groups, g.Min, g.Max),
        AssignmentFormat.Pairs => a.SwapRoles ? Resources.Ui.Format_PairsSwap : Resources.Ui.Format_Pairs,
        AssignmentFormat.Individual => Resources.Ui.Format_Individual,
        _ => Resources.Ui.Format_Plenary,
    };
}
