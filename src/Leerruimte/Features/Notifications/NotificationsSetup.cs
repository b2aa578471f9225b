using Leerruimte.Features.Scheduling;

namespace Leerruimte.Features.Notifications;

public static class NotificationsSetup
{
    /// <summary>Messages on the start page and by mail, each person's mail choice per kind, and the weekly digest.</summary>
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<Messages>();
        builder.Services.AddScoped<MailChoices>();
        builder.Services.AddScoped<IJobHandler, WeeklyDigest>();
        return builder;
    }
}
