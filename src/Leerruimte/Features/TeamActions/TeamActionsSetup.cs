namespace Leerruimte.Features.TeamActions;

public static class TeamActionsSetup
{
    /// <summary>The team's list of actions that come back at every next session until they are closed.</summary>
    public static WebApplicationBuilder AddTeamActions(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RecordTeamAction>();
        return builder;
    }
}
