using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.WorkForms;

namespace Leerruimte.Features.TrainingProgrammes;

/// <summary>Finds a training programme and its work forms for a page; an id that is no programme's gives null (the page's 404).</summary>
public static class TrainingProgrammeLookup
{
    public static async Task<(PackSummary Summary, TrainingProgrammePack Programme)?> FindProgrammeAsync(this ContentCatalogue catalogue, string packId) =>
        PackSlug.IsValid(packId) ? await catalogue.FindAsync<TrainingProgrammePack>(packId) : null;

    /// <summary>One module of a programme, for the script and its print view; null for an unknown programme or number.</summary>
    public static async Task<(PackSummary Summary, TrainingProgrammePack Programme, TrainingModule Module)?> FindTrainingModuleAsync(
        this ContentCatalogue catalogue, string packId, int number) =>
        await catalogue.FindProgrammeAsync(packId) is (var summary, var programme) && programme.FindModule(number) is { } module
            ? (summary, programme, module)
            : null;

    /// <summary>
    /// The titles of the work forms the organisation has, by id. A script names work forms of other packs, which are
    /// not checked when the programme is read, so the page links only those that are there.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> WorkFormTitlesAsync(this ContentCatalogue catalogue)
    {
        var titles = new Dictionary<string, string>();
        foreach (var form in await catalogue.WorkFormsAsync())
            if (form.Id is { } id) titles.TryAdd(id, form.Title ?? id);
        return titles;
    }
}

public static class TrainingProgrammeLinks
{
    public const string List = "/trainingen";

    public static string Programme(string packId) => $"{List}/{packId}";

    public static string Module(string packId, int number) => $"{List}/{packId}/module/{number}";

    public static string Print(string packId, int number) => $"{Module(packId, number)}/afdrukken";

    /// <summary>A blank observation form on A4; "back" from it is the programme.</summary>
    public static string PrintObservationForm(string packId, string formId) => $"{Programme(packId)}/afdrukken/observatieformulier/{formId}";

    /// <summary>A blank conversation report (ConversationReports) on A4, for writing on paper.</summary>
    public static string PrintReportTemplate(string packId) => $"{Programme(packId)}/afdrukken/gespreksverslag";
}

/// <summary>When each item of a module's script starts, counted from the start of the module.</summary>
public static class ScriptClock
{
    public static IReadOnlyList<(ScriptItem Item, int Start)> WithStarts(TrainingModule module)
    {
        var start = 0;
        var items = new List<(ScriptItem, int)>();
        foreach (var item in module.Script)
        {
            items.Add((item, start));
            start += item.Minutes;
        }
        return items;
    }

    /// <summary>An offset as on a clock: 0:00, 1:35.</summary>
    public static string Offset(int minutes) => $"{minutes / 60}:{minutes % 60:00}";
}
