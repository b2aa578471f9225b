namespace Leerruimte.Features.Cases;

public static class CasesSetup
{
    /// <summary>The team's case library (casuïstiek) and the privacy guard its texts pass.</summary>
    public static WebApplicationBuilder AddCases(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CaseLibrary>();
        builder.Services.AddScoped<WriteCase>();
        builder.Services.AddScoped<RetireCase>();
        return builder;
    }
}
