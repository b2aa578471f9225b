using Leerruimte.Features.Sessions;

namespace Leerruimte.Features.AgendaSessions;

public static class AgendaSessionsSetup
{
    /// <summary>Team sessions with their own agenda of work forms (issue 11, item 5) as a kind of live session.</summary>
    public static WebApplicationBuilder AddAgendaSessions(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PlanAgendaSession>();
        builder.Services.AddScoped<ISessionKind, AgendaSessionKind>();
        return builder;
    }
}
