using Leerruimte.Data;
using Leerruimte.Features.Actions;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Forms;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Meetings.Live;
using Leerruimte.Features.Modules;
using Leerruimte.Features.Scheduling;
using Leerruimte.Features.Sessions;
using Leerruimte.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Demo;

/// <summary>
/// Gives the demo team something to click through: a meeting about to start (join it from a phone), one
/// next week, and one held three weeks ago with actions, a sent feedback form and a follow-up that is due.
/// </summary>
public static class DemoActivity
{
    public static async Task SeedAsync(IServiceProvider sp, string teamName, string facilitatorEmail)
    {
        var db = sp.GetRequiredService<LeerruimteDb>();
        var catalogue = sp.GetRequiredService<ContentCatalogue>();
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var team = await db.Teams.SingleAsync(t => t.Name == teamName);
        var people = await db.TeamMemberships.Where(m => m.TeamId == team.Id).Select(m => new { m.PersonId, m.Role, m.Person!.Email }).ToListAsync();
        var facilitator = people.First(p => p.Email == facilitatorEmail).PersonId;
        var leader = people.First(p => p.Role == Teams.TeamRole.TeamLeader).PersonId;
        // Invited as planning does by default: the team without its leader, who does not read the team's board.
        var invitees = TeamPeople.InvitedByDefault(await TeamPeople.OfAsync(db, team.Id)).ToList();

        await DemoDevelopment.SeedAsync(sp, team.Id, invitees.Where(p => p != facilitator).ToList());
        await MeetingAsync(db, catalogue, team.Id, "eigen-kracht-zelfregie", RoundToQuarter(now.AddMinutes(30)), facilitator, invitees, "Teamkamer, 2e verdieping");
        await MeetingAsync(db, catalogue, team.Id, "ondernemend-professionele-ruimte", AtNine(DutchDate(now).AddDays(7)), facilitator, invitees, "Buurthuis De Linde");
        var past = await MeetingAsync(db, catalogue, team.Id, "ondernemend-professionele-ruimte", HeldWeeksAgo(now, 3), facilitator, invitees, "Buurthuis De Linde");
        var closedAt = Close(past, past.Session!.Participants.Take(6));

        string[] actions =
        [
            "Bij elk nieuw contact vragen wat iemand zelf al heeft geprobeerd.",
            "Met twee collega's een ochtend de wijk in om kansen te zien.",
            "De resultaten van de koffieochtend in foto's laten zien aan de gemeente.",
        ];
        foreach (var (person, i) in past.Session.Participants.Select(p => p.PersonId).Take(3).Select((p, i) => (p, i)))
            db.PersonalActions.Add(new PersonalAction
            {
                Origin = Origin.Meeting(past.Id), PersonId = person, Text = actions[i], RatingBefore = 4 + i, UpdatedAt = closedAt,
                RatingAfter = i == 0 ? 7 : null, WhatIDid = i == 0 ? "Elke week gevraagd, ook bij de balie." : null,
                WhatILearned = i == 0 ? "Mensen hebben vaak al meer geprobeerd dan ik dacht." : null,
                FollowUpAnsweredAt = i == 0 ? now.AddDays(-1) : null, SharedWithLeader = i == 0,
            });
        db.FeedbackReports.Add(await FeedbackAsync(db, catalogue, past, facilitator, leader));
        var due = FollowUpReminders.DueAt(past.StartsAt, 3);
        db.Tasks.Add(new Notifications.PersonTask { PersonId = leader, Kind = Notifications.TaskKind.PlanFollowUpMeeting, Origin = Origin.Meeting(past.Id), DueAt = due });
        await sp.GetRequiredService<JobScheduler>().ScheduleAsync(FollowUpReminders.Kind, past.Id, due);
        await db.SaveChangesAsync();
    }

    /// <summary>Marks a meeting held: its session closed 80 minutes after the start, these participants present.</summary>
    public static DateTime Close(Meeting meeting, IEnumerable<SessionParticipant> present)
    {
        var closedAt = meeting.StartsAt.AddMinutes(80);
        meeting.Status = MeetingStatus.Closed;
        meeting.Session!.Status = SessionStatus.Closed;
        meeting.Session.StartedAt = meeting.StartsAt;
        meeting.Session.ClosedAt = closedAt;
        foreach (var participant in present) participant.Present = true;
        return closedAt;
    }

    public static async Task<Meeting> MeetingAsync(LeerruimteDb db, ContentCatalogue catalogue, Guid team, string moduleId, DateTime startsAt,
        Guid facilitator, IEnumerable<Guid> invitees, string place)
    {
        var module = await catalogue.FindAsync<ModulePack>(moduleId) ?? throw new InvalidOperationException($"Demo module {moduleId} missing.");
        var meeting = new Meeting
        {
            TeamId = team, ModuleVersionId = module.Summary.VersionId, ModuleId = moduleId, ModuleVersion = module.Summary.Version,
            Title = module.Pack.Title!, DurationMinutes = module.Pack.Facilitator!.DurationMinutes, StartsAt = startsAt, Place = place,
            FacilitatorId = facilitator,
        };
        MeetingSessionKind.Attach(meeting, invitees, await JoinCodes.NewAsync(db));
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting;
    }

    /// <summary>
    /// The feedback form of a held meeting, filled in and sent, with its attendance; <paramref name="shift"/> moves some
    /// scores a point down, so a history of forms is not one flat line.
    /// </summary>
    public static async Task<FeedbackReport> FeedbackAsync(LeerruimteDb db, ContentCatalogue catalogue, Meeting past, Guid facilitator, Guid leader, int shift = 0)
    {
        var form = (await catalogue.ByVersionIdAsync<ModulePack>(past.ModuleVersionId))!.Facilitator!.FeedbackForm!.Definition;
        int[] scores = [.. new[] { 4, 3, 3, 4, 3, 3, 2, 3 }.Select((score, i) => (i + shift) % 3 == 0 ? Math.Max(1, score - 1) : score)];
        var texts = new Dictionary<string, string>
        {
            ["vragen"] = "Hoe maken we hier tijd voor in de drukke weken?", ["opmerkingen"] = "Goede sfeer; de stoelenstrategie werkte goed.",
        };
        var response = FormResponse.For(new FormTarget(past.ModuleVersionId, FeedbackForm.Key, facilitator, Origin: Origin.Meeting(past.Id)));
        response.SubmittedAt = response.UpdatedAt = past.Session!.ClosedAt!.Value;
        var scale = form.Questions.Where(q => q.Kind == QuestionKind.Scale).ToList();
        foreach (var (question, i) in scale.Select((q, i) => (q, i)))
            response.Answers.Add(new FormAnswer { QuestionId = question.Id!, Number = scores[i % scores.Length], UpdatedAt = response.UpdatedAt });
        foreach (var question in form.Questions.Where(q => q.Kind == QuestionKind.Text && texts.ContainsKey(q.Id!)))
            response.Answers.Add(new FormAnswer { QuestionId = question.Id!, Text = texts[question.Id!], UpdatedAt = response.UpdatedAt });
        foreach (var question in form.Questions.Where(q => q.Kind == QuestionKind.Attendance))
            response.Answers.Add(new FormAnswer
            {
                QuestionId = question.Id!, Choices = past.Session.Participants.Where(i => i.Present).Select(i => i.PersonId.ToString()).ToList(), UpdatedAt = response.UpdatedAt,
            });
        db.FormResponses.Add(response);
        return new FeedbackReport { MeetingId = past.Id, FacilitatorId = facilitator, CoordinatorId = leader, ResponseId = response.Id, SentAt = past.Session.ClosedAt.Value };
    }

    /// <summary>
    /// A meeting at 09:00 Dutch time so many weeks ago that its follow-up is due now: on the same weekday, or a day
    /// earlier while today's 09:00 (in the UTC its follow-up is due at, so also across a change of summer time) is
    /// still to come. The demo's reminder then goes out shortly after start at any hour.
    /// </summary>
    public static DateTime HeldWeeksAgo(DateTime now, int weeks)
    {
        var startsAt = AtNine(DutchDate(now).AddDays(-7 * weeks));
        return startsAt.AddDays(7 * weeks) <= now ? startsAt : AtNine(DutchDate(now).AddDays(-7 * weeks - 1));
    }

    public static DateOnly DutchDate(DateTime utc) => DateOnly.FromDateTime(DutchTime.ToLocal(utc));

    public static DateTime AtNine(DateOnly date) => DutchTime.TryToUtc(date, new TimeOnly(9, 0), out var utc) ? utc : throw new InvalidOperationException("09:00 always exists.");

    private static DateTime RoundToQuarter(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.FromMinutes(15).Ticks, DateTimeKind.Utc);
}
