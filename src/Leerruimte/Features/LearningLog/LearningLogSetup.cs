namespace Leerruimte.Features.LearningLog;

public static class LearningLogSetup
{
    /// <summary>The learning log (W3): reflections, activities and their evidence files.</summary>
    public static WebApplicationBuilder AddLearningLog(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<LearningLogService>();
        builder.Services.AddScoped<EvidenceFiles>();
        return builder;
    }
}
