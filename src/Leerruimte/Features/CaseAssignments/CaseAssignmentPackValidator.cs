using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.CaseAssignments;

/// <summary>
/// The fields of a case-assignment pack. Whether <c>method</c> names a work form that exists is not checked here:
/// a pack is validated on its own, and which work forms an organisation has depends on its other packs. The page
/// says so in Dutch when the method is missing (see docs/content-packs.md).
/// </summary>
public static class CaseAssignmentPackValidator
{
    public const int MaxCount = 50, MaxTitle = 200, MaxLocation = 200, MaxSituation = 6000, MaxSource = 300;

    public static void Validate(CaseAssignmentPack pack, PackErrors errors)
    {
        errors.AtLeast("caseAssignments", pack.CaseAssignments, 1);
        errors.AtMost("caseAssignments", pack.CaseAssignments, MaxCount);
        errors.UniqueIds("caseAssignments", pack.CaseAssignments.Select(c => c.Id));
        for (var i = 0; i < pack.CaseAssignments.Count; i++)
        {
            var assignment = pack.CaseAssignments[i];
            var path = $"caseAssignments[{i}]";
            errors.Slug($"{path}.id", assignment.Id);
            errors.Required($"{path}.title", assignment.Title);
            errors.MaxLength($"{path}.title", assignment.Title, MaxTitle);
            errors.MaxLength($"{path}.location", assignment.Location, MaxLocation);
            errors.Required($"{path}.situation", assignment.Situation);
            errors.MaxLength($"{path}.situation", assignment.Situation, MaxSituation);
            errors.Slug($"{path}.method", assignment.Method);
            errors.MaxLength($"{path}.source", assignment.Source, MaxSource);
        }
    }
}
