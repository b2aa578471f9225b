using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.CaseAssignments;

public static class CaseAssignmentsSetup
{
    public static WebApplicationBuilder AddCaseAssignments(this WebApplicationBuilder builder) =>
        builder.AddPackKind<CaseAssignmentPack>("case-assignments", CaseAssignmentPackValidator.Validate);
}
