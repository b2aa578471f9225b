using Leerruimte.Features.Scheduling;

namespace Leerruimte.Features.Actions;

public static class ActionsSetup
{
    /// <summary>Personal actions, their PDCA experiment, the follow-up three weeks later and its reminder.</summary>
    public static WebApplicationBuilder AddActions(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<SaveAction>();
        services.AddScoped<SavePdca>();
        services.AddScoped<SaveFollowUp>();
        services.AddScoped<IJobHandler, FollowUpReminders>();
        return builder;
    }
}
