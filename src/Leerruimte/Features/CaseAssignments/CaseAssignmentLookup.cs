using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.WorkForms;

namespace Leerruimte.Features.CaseAssignments;

/// <summary>A case assignment with the work form that holds its questions; the method is null when no pack has it.</summary>
public sealed record CaseAssignmentView(CaseAssignment Assignment, WorkForm? Method, PackSummary Summary);

public static class CaseAssignmentLookup
{
    public static async Task<List<(CaseAssignment Assignment, PackSummary Summary)>> CaseAssignmentsAsync(this ContentCatalogue catalogue)
    {
        var all = new List<(CaseAssignment, PackSummary)>();
        foreach (var summary in await catalogue.LatestAsync<CaseAssignmentPack>())
            if (await catalogue.FindAsync<CaseAssignmentPack>(summary.PackId) is { } found)
                all.AddRange(found.Pack.CaseAssignments.Select(c => (c, found.Summary)));
        return all;
    }

    /// <summary>The case assignment with this id and its method, or null for an id no pack has.</summary>
    public static async Task<CaseAssignmentView?> FindCaseAssignmentAsync(this ContentCatalogue catalogue, string? id)
    {
        if (string.IsNullOrEmpty(id) || !PackSlug.IsValid(id)) return null;
        var found = (await catalogue.CaseAssignmentsAsync()).FirstOrDefault(c => c.Assignment.Id == id);
        if (found.Assignment is null) return null;
        return new CaseAssignmentView(found.Assignment, await catalogue.FindWorkFormAsync(found.Assignment.Method), found.Summary);
    }
}
