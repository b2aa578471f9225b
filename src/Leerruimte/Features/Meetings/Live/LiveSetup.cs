using Microsoft.AspNetCore.SignalR;

namespace Leerruimte.Features.Meetings.Live;

public static class LiveSetup
{
    public static WebApplicationBuilder AddLiveMeetings(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSignalR(o => o.AddFilter<CurrentUserHubFilter>())
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddSingleton<CurrentUserHubFilter>();
        services.AddSingleton<LiveSignIns>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveSignIns>());
        var redis = builder.Configuration["Redis:ConnectionString"];
        if (string.IsNullOrWhiteSpace(redis))
            services.AddSingleton<IMeetingEvents, InProcessMeetingEvents>();
        else
        {
            services.AddSingleton(sp => new RedisMeetingEvents(redis, sp.GetRequiredService<ILogger<InProcessMeetingEvents>>()));
            services.AddSingleton<IMeetingEvents>(sp => sp.GetRequiredService<RedisMeetingEvents>());
            services.AddHostedService(sp => sp.GetRequiredService<RedisMeetingEvents>());
        }
        services.AddHostedService<MeetingHubRelay>();
        services.AddScoped<BoardService>();
        services.AddScoped<MeetingConsole>();
        services.AddScoped<MeetingRoom>();
        return builder;
    }

    public static IEndpointRouteBuilder MapLiveMeetings(this IEndpointRouteBuilder app)
    {
        app.MapHub<MeetingHub>(MeetingHub.Path);
        return app;
    }
}
