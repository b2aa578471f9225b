using Leerruimte.Resources;

namespace Leerruimte.Features.Teams;

public static class TeamRoleNames
{
    public static string Of(TeamRole role) => role switch
    {
        TeamRole.TeamLeader => Ui.Role_TeamLeader,
        TeamRole.Facilitator => Ui.Role_Facilitator,
        _ => Ui.Role_Member,
    };

    public static readonly IReadOnlyList<TeamRole> All = [TeamRole.Member, TeamRole.Facilitator, TeamRole.TeamLeader];
}
