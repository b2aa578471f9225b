namespace Leerruimte.Features.RolePlays;

public static class RolePlayLinks
{
    /// <summary>The observation form about one conversation leader of a round (the leader's own view when it is theirs).</summary>
    public static string Observation(Guid roundId, Guid leaderId) => $"/trainingen/rollenspellen/{roundId}/observatie/{leaderId}";

    /// <summary>The combined feedback on one conversation leader in a round.</summary>
    public static string Feedback(Guid roundId, Guid leaderId) => $"/trainingen/rollenspellen/{roundId}/feedback/{leaderId}";

    /// <summary>A participant's feedback over the whole programme: every round they led, and their progress.</summary>
    public static string Progress(Guid cohortId) => $"/trainingen/groepen/{cohortId}/mijn-feedback";
}
