namespace Leerruimte.Features.Modules;

/// <summary>The printable A4 sheets of a module (/modules/{id}/afdrukken/{handout}).</summary>
public static class Handouts
{
    public const string All = "hand-outs";
    public const string Script = "draaiboek";
    public const string FeedbackForm = "terugkoppelingsformulier";
    public const string Pdca = "pdca";

    /// <summary>Sheets for the whole team; the script and the feedback form are for facilitators only.</summary>
    public static readonly IReadOnlyList<string> ForEveryone =
        [All, ModulePart.Assignments, ModulePart.IndividualAction, ModulePart.LearningForms, ModulePart.Cases, Pdca];
}
