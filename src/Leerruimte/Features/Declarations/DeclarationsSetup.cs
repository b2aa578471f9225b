namespace Leerruimte.Features.Declarations;

public static class DeclarationsSetup
{
    /// <summary>The register declaration of reflection hours (W8): the periods page, the A4 view and the PDF.</summary>
    public static WebApplicationBuilder AddDeclarations(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SaveRegisterNumber>();
        return builder;
    }
}
