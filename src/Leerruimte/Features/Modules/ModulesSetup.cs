namespace Leerruimte.Features.Modules;

public static class ModulesSetup
{
    public static WebApplicationBuilder AddModules(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RenderedParts>();
        return builder;
    }
}
