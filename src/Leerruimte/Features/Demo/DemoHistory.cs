using Leerruimte.Data;
using Leerruimte.Features.Actions;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Development;
using Leerruimte.Features.LearningLog;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Meter;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Sharing;
using Leerruimte.Features.Teams;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Demo;

/// <summary>
/// Two years of held meetings for both demo teams, one every six weeks, with attendance, actions whose
/// follow-up was answered (all but a few), the feedback form sent to the leader, and for the members a learning log
/// and (in Wijkteam Zuid) meter measurements they let count in the team and development points on meter statements, so the dashboards have
/// figures in last year and in this year's past quarters on any day. Aylin and the facilitators keep only the story
/// the README tells of them.
/// </summary>
public static class DemoHistory
{
    public const int Meetings = 18, WeeksApart = 6;

    private static readonly string[] Modules = ["ondernemend-professionele-ruimte", "eigen-kracht-zelfregie"];

    private static readonly string[] Actions =
    [
        "In elk huisbezoek eerst vragen wat al goed gaat.",
        "Een collega vragen mee te kijken bij een lastig gesprek.",
        "Eén keer per week een buurtpartner bellen die ik nog niet ken.",
        "Bij een nieuwe vraag eerst het netwerk in kaart brengen.",
    ];

    private static readonly (string Title, LearningCategory Category, ActivityKind Kind, int Minutes)[] Log =
    [
        ("Nieuwe aanpak geprobeerd bij een keukentafelgesprek", LearningCategory.Practice, ActivityKind.Practice, 90),
        ("Met een collega een huisbezoek nabesproken", LearningCategory.Social, ActivityKind.Other, 45),
        ("Artikel gelezen over eigen kracht", LearningCategory.Formal, ActivityKind.Reading, 60),
    ];

    /// <summary>
    /// <paramref name="teams"/>: each team, its facilitator, and whether its members get a meter and plan history too
    /// (not Wijkteam Noord, whose team overview the README describes as three members counting).
    /// </summary>
    public static async Task SeedAsync(IServiceProvider sp, IReadOnlyList<(string Team, string Facilitator, bool Development)> teams, IReadOnlySet<string> keepAsTold)
    {
        var db = sp.GetRequiredService<LeerruimteDb>();
        var catalogue = sp.GetRequiredService<ContentCatalogue>();
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var instrument = await catalogue.FindAsync<InstrumentPack>(DemoDevelopment.Instrument)
            ?? throw new InvalidOperationException($"Demo instrument {DemoDevelopment.Instrument} missing.");
        foreach (var (teamName, facilitatorEmail, development) in teams)
        {
            var team = await db.Teams.SingleAsync(t => t.Name == teamName);
            var leader = await db.TeamMemberships.Where(m => m.TeamId == team.Id && m.Role == TeamRole.TeamLeader).Select(m => m.PersonId).FirstAsync();
            var invitees = TeamPeople.InvitedByDefault(await TeamPeople.OfAsync(db, team.Id)).ToList();
            var emails = await db.Users.Where(u => invitees.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email!);
            var facilitator = emails.Single(e => e.Value == facilitatorEmail).Key;
            var learners = invitees.Where(p => !keepAsTold.Contains(emails[p])).ToList();
            for (var i = 1; i <= Meetings; i++)
            {
                var startsAt = DemoActivity.AtNine(DemoActivity.DutchDate(now).AddDays(-7 * WeeksApart * i));
                var meeting = await DemoActivity.MeetingAsync(db, catalogue, team.Id, Modules[i % Modules.Length], startsAt, facilitator, invitees, "Teamkamer, 2e verdieping");
                var present = meeting.Session!.Participants.Where((_, p) => (i + p) % 5 != 0).ToList();
                var closedAt = DemoActivity.Close(meeting, present);
                db.FeedbackReports.Add(await DemoActivity.FeedbackAsync(db, catalogue, meeting, facilitator, leader, shift: i));
                foreach (var (person, p) in present.Select(x => x.PersonId).Where(learners.Contains).Select((x, p) => (x, p)))
                {
                    var before = 4 + (i + p) % 3;
                    var answered = (i + p) % 7 != 0;
                    db.PersonalActions.Add(new PersonalAction
                    {
                        Origin = Origin.Meeting(meeting.Id), PersonId = person, Text = Actions[(i + p) % Actions.Length], RatingBefore = before,
                        RatingAfter = answered ? before + 1 + (i * p) % 3 : null, FollowUpAnsweredAt = answered ? startsAt.AddDays(21) : null,
                        UpdatedAt = startsAt.AddDays(21), WhatIDid = answered ? "Een paar keer gedaan en met de collega's besproken." : null,
                    });
                    if (development && i % 2 == 0) Measure(db, instrument, team.Id, person, startsAt.AddDays(10), growth: (Meetings - i) / 6 + p % 2);
                    if (development && i % 6 == 3) Point(db, instrument.Pack, person, closedAt.AddDays(2), i / 6);
                    var entry = Log[(i + p) % Log.Length];
                    db.LearningActivities.Add(new LearningActivity
                    {
                        PersonId = person, Date = DemoActivity.DutchDate(startsAt).AddDays(7), Title = entry.Title, Category = entry.Category,
                        Kind = entry.Kind, Minutes = entry.Minutes, CreatedAt = closedAt.AddDays(7),
                    });
                }
            }
            await db.SaveChangesAsync();
        }
    }

    /// <summary>A measurement the member lets count in the team, a little higher the more recent it is.</summary>
    private static void Measure(LeerruimteDb db, (PackSummary Summary, InstrumentPack Pack) instrument, Guid team, Guid person, DateTime at, int growth)
    {
        var (low, high) = (instrument.Pack.Min, instrument.Pack.Max);
        var measurement = new Measurement
        {
            PersonId = person, InstrumentVersionId = instrument.Summary.VersionId, InstrumentId = DemoDevelopment.Instrument,
            InstrumentVersion = instrument.Summary.Version, Title = instrument.Pack.Title!, CreatedAt = at.AddMinutes(-20), CompletedAt = at,
            Scores = instrument.Pack.Statements.Select((s, n) => new MeasurementScore { StatementId = s.Id!, Value = Math.Min(high, low + 1 + (n % 2) + growth) }).ToList(),
        };
        db.Measurements.Add(measurement);
        db.Shares.Add(new Share { OwnerId = person, Kind = ShareKind.Measurement, ItemId = measurement.Id, TeamId = team, CreatedAt = at });
    }

    /// <summary>A development point on one of the meter's first statements: the team's members want to grow in a few of the same things.</summary>
    private static void Point(LeerruimteDb db, InstrumentPack instrument, Guid person, DateTime at, int pick)
    {
        var statement = instrument.Statements.ElementAt(pick % 3);
        db.DevelopmentPoints.Add(new DevelopmentPoint
        {
            PersonId = person, Title = "Hierin wil ik groeien", StatementId = statement.Id, StatementText = statement.Text, CreatedAt = at, UpdatedAt = at,
        });
    }
}
