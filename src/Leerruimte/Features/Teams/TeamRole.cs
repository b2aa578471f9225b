namespace Leerruimte.Features.Teams;

/// <summary>What a person does in one team. A person may hold several roles in several teams.</summary>
public enum TeamRole
{
    Member = 0,
    Facilitator = 1,
    TeamLeader = 2,
    Trainer = 3,
}
