namespace Leerruimte.Features.Meter;

public static class MeterSetup
{
    /// <summary>The competence meter (W3): measurements and what a team sees of them.</summary>
    public static WebApplicationBuilder AddMeter(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<Measurements>();
        builder.Services.AddScoped<TeamDevelopment>();
        return builder;
    }
}
