namespace Leerruimte.Features.Development;

public static class DevelopmentSetup
{
    /// <summary>The development plan (W3); the meter, learning log and sharing register themselves.</summary>
    public static WebApplicationBuilder AddDevelopment(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DevelopmentPlan>();
        builder.Services.AddScoped<Scheduling.IJobHandler, TargetDateReminders>();
        return builder;
    }
}
