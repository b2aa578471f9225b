using Leerruimte.Features.Sessions;

namespace Leerruimte.Features.BoardSessions;

public static class BoardSessionsSetup
{
    /// <summary>The weekly board session (W5) as a kind of live session.</summary>
    public static WebApplicationBuilder AddBoardSessions(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PlanBoardSession>();
        builder.Services.AddScoped<ISessionKind, BoardSessionKind>();
        return builder;
    }
}
