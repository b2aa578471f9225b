using Leerruimte.Features.Teams;

namespace Leerruimte.Authorization;

/// <summary>
/// Role names as they appear in claims. <see cref="Admin"/> and <see cref="Trainer"/> are held for the organisation
/// (Identity roles; a trainer is bound to no team, ADR 0013); the others come from team memberships. Dutch names: docs/glossary.md.
/// </summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string TeamLeader = "team-leader";
    public const string Facilitator = "facilitator";
    public const string Trainer = "trainer";
    public const string Member = "member";

    public static readonly IReadOnlyList<string> All = [Admin, TeamLeader, Facilitator, Trainer, Member];

    /// <summary>The roles an admin gives for the whole organisation, not per team.</summary>
    public static readonly IReadOnlyList<string> OfOrganisation = [Admin, Trainer];

    public static string For(TeamRole role) => role switch
    {
        TeamRole.TeamLeader => TeamLeader,
        TeamRole.Facilitator => Facilitator,
        _ => Member,
    };
}

public static class Policies
{
    public const string Admin = "admin";

    /// <summary>The facilitator part of a module: facilitators, trainers and admins.</summary>
    public const string FacilitatorContent = "facilitator-content";
}
