using Microsoft.AspNetCore.SignalR;

namespace Leerruimte.Features.Sessions;

/// <summary>The live-session kernel: commands, board, room, events (in process or through Redis), the hub and its relay.</summary>
public static class SessionsSetup
{
    public static WebApplicationBuilder AddSessions(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSignalR(o => o.AddFilter<CurrentUserHubFilter>())
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddSingleton<CurrentUserHubFilter>();
        services.AddSingleton<LiveSignIns>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveSignIns>());
        var redis = builder.Configuration["Redis:ConnectionString"];
        if (string.IsNullOrWhiteSpace(redis))
            services.AddSingleton<ISessionEvents, InProcessSessionEvents>();
        else
        {
            services.AddSingleton(sp => new RedisSessionEvents(redis, sp.GetRequiredService<ILogger<InProcessSessionEvents>>()));
            services.AddSingleton<ISessionEvents>(sp => sp.GetRequiredService<RedisSessionEvents>());
            services.AddHostedService(sp => sp.GetRequiredService<RedisSessionEvents>());
        }
        services.AddHostedService<SessionHubRelay>();
        services.AddSingleton<ScriptCache>();
        services.AddSingleton<AddableSteps>();
        services.AddScoped<SessionScripts>();
        services.AddScoped<SessionCommands>();
        services.AddScoped<SessionBoard>();
        services.AddScoped<SessionRoom>();
        services.AddScoped<ReadBoard>();
        services.AddScoped<ConfirmAttendance>();
        return builder;
    }

    public static IEndpointRouteBuilder MapSessions(this IEndpointRouteBuilder app)
    {
        app.MapHub<SessionHub>(SessionHub.Path);
        return app;
    }
}
