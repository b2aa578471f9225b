using Leerruimte.Features.BoardSessions;
using Leerruimte.Features.Consultations;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.WorkForms;

namespace Leerruimte.Bench.Generator;

/// <summary>Half the teams hold a case consultation about every four weeks, a third a board session every two; all held ones closed with attendance.</summary>
public sealed class TeamSessions(IRowSink sink, Random random, Ids ids, Sessions sessions, Catalogue catalogue, DateTime now)
{
    public async Task<int> WriteAsync(PlannedOrganisation organisation, PlannedTeam team, DateTime since)
    {
        var count = 0;
        if (random.NextDouble() < 0.5)
            for (var at = since.AddDays(random.Next(0, 28)); at < now.AddDays(28); at = at.AddDays(random.Next(21, 36)), count++)
                await ConsultationAsync(organisation.Organisation.Id, team, catalogue.Consultations[random.Next(catalogue.Consultations.Count)], sessions.StartOn(Sessions.DateOf(at)));
        if (random.NextDouble() < 0.35)
            for (var at = since.AddDays(random.Next(0, 14)); at < now.AddDays(14); at = at.AddDays(random.Next(12, 17)), count++)
                await BoardSessionAsync(organisation.Organisation.Id, team, sessions.StartOn(Sessions.DateOf(at)));
        return count;
    }

    private async Task ConsultationAsync(Guid org, PlannedTeam team, Method method, DateTime startsAt)
    {
        var held = startsAt < now;
        var chair = random.NextDouble() < 0.6 ? team.Facilitator : team.Members[random.Next(team.Members.Count)];
        var consultation = new CaseConsultation
        {
            Id = ids.At(startsAt.AddDays(-14)), OrganisationId = org, TeamId = team.Team.Id, MethodPackVersionId = method.VersionId, MethodId = method.Form.Id!,
            MethodTitle = method.Form.Title!, StartsAt = startsAt, DurationMinutes = method.Minutes, ChairId = chair, RegisterCategory = method.Category,
            Status = held ? ConsultationStatus.Closed : ConsultationStatus.Planned, CreatedAt = startsAt.AddDays(-14),
        };
        var (sessionId, present) = await sessions.WriteAsync(org, consultation.Origin, WorkFormScript.Ref(method.VersionId, method.Form.Id!), chair, team.Members,
            startsAt, method.Minutes, held ? SessionStatus.Closed : SessionStatus.Planned, method.Form.Steps.Count - 1, attendance: 0.8);
        consultation.SessionId = sessionId;
        if (present.Count > 1) consultation.CaseBringerId = present[random.Next(present.Count)];
        await sink.AddAsync(consultation);
    }

    private async Task BoardSessionAsync(Guid org, PlannedTeam team, DateTime startsAt)
    {
        var held = startsAt < now;
        var method = catalogue.Board;
        var board = new BoardSession
        {
            Id = ids.At(startsAt.AddDays(-7)), OrganisationId = org, TeamId = team.Team.Id, MethodPackVersionId = method.VersionId, StartsAt = startsAt,
            DurationMinutes = method.Minutes, ChairId = team.Facilitator, Status = held ? BoardSessionStatus.Closed : BoardSessionStatus.Planned, CreatedAt = startsAt.AddDays(-7),
        };
        var (sessionId, _) = await sessions.WriteAsync(org, board.Origin, WorkFormScript.Ref(method.VersionId, BoardSession.MethodId), team.Facilitator, team.Members,
            startsAt, method.Minutes, held ? SessionStatus.Closed : SessionStatus.Planned, method.Form.Steps.Count - 1, attendance: 0.75);
        board.SessionId = sessionId;
        await sink.AddAsync(board);
    }
}
