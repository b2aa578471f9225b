using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.Meter;

public static class MeterSetup
{
    /// <summary>The competence meter (W3): its instruments, measurements and what a team sees of them.</summary>
    public static WebApplicationBuilder AddMeter(this WebApplicationBuilder builder)
    {
        builder.AddPackKind<InstrumentPack>("instrument", InstrumentPackValidator.Validate);
        builder.Services.AddScoped<Measurements>();
        builder.Services.AddScoped<TeamDevelopment>();
        return builder;
    }
}
