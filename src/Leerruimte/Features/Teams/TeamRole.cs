namespace Leerruimte.Features.Teams;

/// <summary>What a person does in one team. A person may hold several roles in several teams; admin and trainer are held for the organisation (<see cref="Authorization.Roles"/>).</summary>
public enum TeamRole
{
    Member = 0,
    Facilitator = 1,
    TeamLeader = 2,
    // 3 was Trainer, an organisation role since docs/decisions/0013-trainer-organisation-role.md.
}
