using Leerruimte.Features.Actions;
using Leerruimte.Features.Forms;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Modules;
using Leerruimte.Features.Sessions;

namespace Leerruimte.Bench.Generator;

/// <summary>
/// A team's meetings on the module packs, every four to eight weeks for five years and a few weeks ahead: a held one
/// has its closed session with most invitees present, notes on the board, an action per present member (most with
/// their follow-up rating) and the facilitator's feedback form sent to the leader, as a meeting in the app ends up.
/// </summary>
public sealed class Meetings(IRowSink sink, Random random, Ids ids, Sessions sessions, Catalogue catalogue, DateTime now)
{
    private static readonly string[] Actions =
    [
        "Bij elk huisbezoek eerst vragen wat er al goed gaat.", "Een collega vragen mee te kijken bij een lastig gesprek.",
        "Elke week één buurtpartner bellen die ik nog niet ken.", "Bij een nieuwe vraag eerst het netwerk in kaart brengen.",
        "In het teamoverleg één casus inbrengen waar ik vastloop.", "Na elk keukentafelgesprek drie minuten noteren wat werkte.",
        "Iemand uit het netwerk uitnodigen bij het tweede gesprek.", "Eén keer per maand met de wijkagent afstemmen.",
    ];

    private static readonly string[] Notes =
    [
        "Meer tijd voor het eerste gesprek", "Samen met de huisarts optrekken", "Vrijwilligers eerder betrekken", "Minder formulieren, meer gesprek",
        "Buurthuis als vaste plek", "Korte lijnen met de woningcorporatie", "Elkaar vaker om hulp vragen", "Successen delen in het overleg",
    ];

    public async Task<int> WriteAsync(PlannedOrganisation organisation, PlannedTeam team, DateTime since)
    {
        var count = 0;
        for (var at = since.AddDays(random.Next(0, 42)); at < now.AddDays(42); at = at.AddDays(random.Next(28, 57)))
        {
            var startsAt = sessions.StartOn(Sessions.DateOf(at));
            var status = startsAt > now ? MeetingStatus.Planned : random.NextDouble() < 0.03 ? MeetingStatus.Cancelled : MeetingStatus.Closed;
            await MeetingAsync(organisation, team, catalogue.Modules[random.Next(catalogue.Modules.Count)], startsAt, status);
            count++;
        }
        return count;
    }

    private async Task MeetingAsync(PlannedOrganisation organisation, PlannedTeam team, Module module, DateTime startsAt, MeetingStatus status)
    {
        var org = organisation.Organisation.Id;
        var minutes = module.Pack.Facilitator!.DurationMinutes;
        var meeting = new Meeting
        {
            Id = ids.At(startsAt.AddDays(-21)), OrganisationId = org, TeamId = team.Team.Id, ModuleVersionId = module.Summary.VersionId, ModuleId = module.Summary.PackId,
            ModuleVersion = module.Summary.Version, Title = module.Pack.Title!, DurationMinutes = minutes, StartsAt = startsAt, Place = "Teamkamer",
            FacilitatorId = team.Facilitator, Status = status, CreatedAt = startsAt.AddDays(-21),
        };
        var sessionStatus = status switch { MeetingStatus.Closed => SessionStatus.Closed, MeetingStatus.Cancelled => SessionStatus.Cancelled, _ => SessionStatus.Planned };
        var (sessionId, present) = await sessions.WriteAsync(org, Origin.Meeting(meeting.Id), module.Summary.VersionId.ToString(), team.Facilitator, team.Members,
            startsAt, minutes, sessionStatus, module.Pack.Facilitator.Agenda.Count - 1, attendance: 0.85);
        meeting.SessionId = sessionId;
        await sink.AddAsync(meeting);
        if (status != MeetingStatus.Closed) return;
        var closedAt = startsAt.AddMinutes(minutes);
        await NotesAsync(org, sessionId, module, present, startsAt);
        foreach (var person in present.Where(p => p != team.Facilitator)) await ActionAsync(org, meeting, person, closedAt);
        if (random.NextDouble() < 0.9) await FeedbackAsync(org, meeting, module, team, present, closedAt);
    }

    private async Task NotesAsync(Guid org, Guid session, Module module, List<Guid> present, DateTime startsAt)
    {
        if (module.BoardSteps.Count == 0 || random.NextDouble() < 0.3) return;
        var (index, key) = module.BoardSteps[random.Next(module.BoardSteps.Count)];
        foreach (var person in present)
            for (var n = random.Next(0, 3); n > 0; n--)
            {
                var at = startsAt.AddMinutes(random.Next(15, 60));
                await sink.AddAsync(new BoardItem { Id = ids.At(at), OrganisationId = org, SessionId = session, StepIndex = index, StepKey = key, AuthorId = person, Text = Notes[random.Next(Notes.Length)], CreatedAt = at });
            }
    }

    private async Task ActionAsync(Guid org, Meeting meeting, Guid person, DateTime closedAt)
    {
        if (random.NextDouble() > 0.9) return;
        var before = random.Next(3, 8);
        var answered = closedAt.AddDays(random.Next(21, 31));
        var followedUp = answered < now && random.NextDouble() < 0.75;
        await sink.AddAsync(new PersonalAction
        {
            Id = ids.At(closedAt), OrganisationId = org, Origin = Origin.Meeting(meeting.Id), PersonId = person, Text = Actions[random.Next(Actions.Length)],
            RatingBefore = before, RatingAfter = followedUp ? Math.Clamp(before + random.Next(-1, 4), 1, 10) : null,
            WhatIDid = followedUp ? "Een paar keer gedaan en in het team besproken." : null, FollowUpAnsweredAt = followedUp ? answered : null,
            SharedWithLeader = random.NextDouble() < 0.2, CreatedAt = closedAt, UpdatedAt = followedUp ? answered : closedAt,
        });
    }

    private async Task FeedbackAsync(Guid org, Meeting meeting, Module module, PlannedTeam team, List<Guid> present, DateTime closedAt)
    {
        var sentAt = closedAt.AddHours(random.Next(1, 48));
        var response = FormResponse.For(new FormTarget(module.Summary.VersionId, FeedbackForm.Key, team.Facilitator, Origin: Origin.Meeting(meeting.Id)));
        response.Id = ids.At(closedAt);
        response.OrganisationId = org;
        response.CreatedAt = closedAt;
        response.SubmittedAt = response.UpdatedAt = sentAt;
        await sink.AddAsync(response);
        foreach (var question in module.Questions)
        {
            var answer = new FormAnswer { Id = ids.At(closedAt), OrganisationId = org, ResponseId = response.Id, QuestionId = question.Id!, UpdatedAt = sentAt };
            switch (question.Kind)
            {
                case QuestionKind.Scale: answer.Number = Math.Clamp(random.Next(2, 6), 1, 4); break;
                case QuestionKind.Attendance: answer.Choices = present.Select(p => p.ToString()).ToList(); break;
                case QuestionKind.Text when random.NextDouble() < 0.3: answer.Text = "Goede sfeer, de opdracht leverde veel op."; break;
                default: continue;
            }
            await sink.AddAsync(answer);
        }
        await sink.AddAsync(new FeedbackReport { Id = ids.At(sentAt), OrganisationId = org, MeetingId = meeting.Id, FacilitatorId = team.Facilitator, CoordinatorId = team.Leader, ResponseId = response.Id, CreatedAt = sentAt, SentAt = sentAt });
    }
}
