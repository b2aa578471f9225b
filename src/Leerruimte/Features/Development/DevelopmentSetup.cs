using Leerruimte.Features.LearningLog;
using Leerruimte.Features.Meter;
using Leerruimte.Features.Sharing;

namespace Leerruimte.Features.Development;

public static class DevelopmentSetup
{
    /// <summary>W3: the competence meter, the development plan, the learning log and sharing them.</summary>
    public static WebApplicationBuilder AddDevelopment(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<Measurements>();
        services.AddScoped<TeamDevelopment>();
        services.AddScoped<DevelopmentPlan>();
        services.AddScoped<LearningLogService>();
        services.AddScoped<EvidenceFiles>();
        services.AddScoped<Shares>();
        return builder;
    }
}
