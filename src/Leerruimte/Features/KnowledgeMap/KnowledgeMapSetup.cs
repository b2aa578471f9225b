namespace Leerruimte.Features.KnowledgeMap;

public static class KnowledgeMapSetup
{
    /// <summary>The team's knowledge map (kenniskaart): named specialists, and meter strengths of members who consented.</summary>
    public static WebApplicationBuilder AddKnowledgeMap(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReadKnowledgeMap>();
        builder.Services.AddScoped<NameSpecialist>();
        builder.Services.AddScoped<ShowStrengths>();
        return builder;
    }
}
