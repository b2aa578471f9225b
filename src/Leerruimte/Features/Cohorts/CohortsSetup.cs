using Leerruimte.Features.Sessions;

namespace Leerruimte.Features.Cohorts;

public static class CohortsSetup
{
    /// <summary>Training cohorts (W6): planning, invitations, homework reminders, and training sessions as a kind of live session.</summary>
    public static WebApplicationBuilder AddCohorts(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PlanCohort>();
        builder.Services.AddScoped<ChangeCohortSession>();
        builder.Services.AddScoped<CohortInvitations>();
        builder.Services.AddScoped<CohortMeter>();
        builder.Services.AddScoped<Live.TrainingScreens>();
        builder.Services.AddScoped<Scheduling.IJobHandler, HomeworkReminders>();
        builder.Services.AddScoped<ISessionKind, TrainingSessionKind>();
        return builder;
    }
}
