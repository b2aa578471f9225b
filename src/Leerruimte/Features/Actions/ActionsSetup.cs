using Leerruimte.Features.Scheduling;

namespace Leerruimte.Features.Actions;

public static class ActionsSetup
{
    /// <summary>Personal actions, their PDCA experiment, the follow-up after the host's period (three weeks for a meeting) and its reminder.</summary>
    public static WebApplicationBuilder AddActions(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<SaveAction>();
        services.AddScoped<SavePdca>();
        services.AddScoped<SaveFollowUp>();
        services.AddScoped<ActionHosts>();
        services.AddScoped<FollowUpReminders>();
        services.AddScoped<IJobHandler>(sp => new FollowUpReminders.Job(FollowUpReminders.Kind, Sessions.Origin.MeetingKind, sp.GetRequiredService<FollowUpReminders>()));
        services.AddScoped<IJobHandler>(sp => new FollowUpReminders.Job(FollowUpReminders.TrainingKind, Cohorts.CohortSession.Kind, sp.GetRequiredService<FollowUpReminders>()));
        return builder;
    }
}
