namespace Leerruimte.Features.TeamGoals;

public static class TeamGoalsSetup
{
    /// <summary>The team's measurable goals (teamdoelen) and their values, for the board session and the dashboards.</summary>
    public static WebApplicationBuilder AddTeamGoals(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReadGoals>();
        builder.Services.AddScoped<SaveGoal>();
        builder.Services.AddScoped<RecordGoalValue>();
        return builder;
    }
}
