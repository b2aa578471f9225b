using Leerruimte.Features.Actions;
using Leerruimte.Features.Scheduling;

namespace Leerruimte.Features.Meetings;

public static class MeetingsSetup
{
    public static WebApplicationBuilder AddMeetings(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<PlanMeeting>();
        services.AddScoped<EditMeeting>();
        services.AddScoped<MeetingInvitations>();
        services.AddScoped<IJobHandler, FollowUpReminders>();
        services.AddScoped<SaveAction>();
        services.AddScoped<SavePdca>();
        services.AddScoped<SendFeedback>();
        services.AddScoped<SaveFollowUp>();
        return builder;
    }
}
