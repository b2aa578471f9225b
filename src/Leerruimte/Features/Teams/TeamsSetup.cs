namespace Leerruimte.Features.Teams;

public static class TeamsSetup
{
    public static WebApplicationBuilder AddTeams(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<TeamMembers>();
        return builder;
    }
}
