using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.Modules;

public static class ModulesSetup
{
    public static WebApplicationBuilder AddModules(this WebApplicationBuilder builder)
    {
        builder.AddPackKind<ModulePack>("module", ModulePackValidator.Validate);
        builder.Services.AddSingleton<RenderedParts>();
        return builder;
    }
}
