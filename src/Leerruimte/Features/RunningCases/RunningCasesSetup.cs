using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.RunningCases;

public static class RunningCasesSetup
{
    public static WebApplicationBuilder AddRunningCases(this WebApplicationBuilder builder) =>
        builder.AddPackKind<RunningCasePack>("running-cases", RunningCasePackValidator.Validate);
}
