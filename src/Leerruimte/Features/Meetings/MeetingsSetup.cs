namespace Leerruimte.Features.Meetings;

public static class MeetingsSetup
{
    public static WebApplicationBuilder AddMeetings(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<PlanMeeting>();
        services.AddScoped<EditMeeting>();
        services.AddScoped<MeetingInvitations>();
        services.AddScoped<SendFeedback>();
        services.AddScoped<MeetingEvaluation>();
        services.AddScoped<MeetingBoard>();
        services.AddScoped<PaperMeeting>();
        return builder;
    }
}
