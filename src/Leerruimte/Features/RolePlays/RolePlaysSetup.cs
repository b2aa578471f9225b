namespace Leerruimte.Features.RolePlays;

public static class RolePlaysSetup
{
    /// <summary>Role plays in training sessions (W6): rounds with their parts, estafette and subtitling, fair rotation;
    /// observation forms per conversation leader, their combined feedback and a participant's progress over the programme.</summary>
    public static WebApplicationBuilder AddRolePlays(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RunRolePlay>();
        builder.Services.AddScoped<RolePlayRotation>();
        builder.Services.AddScoped<ObserveLeader>();
        builder.Services.AddScoped<LeaderFeedback>();
        builder.Services.AddScoped<ObservationProgress>();
        return builder;
    }
}
