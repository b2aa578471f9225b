namespace Leerruimte.Features.MonthTopics;

public static class MonthTopicsSetup
{
    /// <summary>The team's topic of the month (thema van de maand), with the team's meetings of that month.</summary>
    public static WebApplicationBuilder AddMonthTopics(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReadMonthTopics>();
        builder.Services.AddScoped<SaveMonthTopic>();
        return builder;
    }
}
