using Leerruimte.Data;
using Leerruimte.Features.Actions;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.LearningLog;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Demo;

/// <summary>
/// Two years of held meetings for both demo teams, one every six weeks, with attendance, actions whose
/// follow-up was answered and a learning log for the members, so the dashboards have figures in last year and in
/// this year's past quarters on any day. Aylin and the facilitators keep only the story the README tells of them.
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

    public static async Task SeedAsync(IServiceProvider sp, IReadOnlyList<(string Team, string Facilitator)> teams, IReadOnlySet<string> keepAsTold)
    {
        var db = sp.GetRequiredService<LeerruimteDb>();
        var catalogue = sp.GetRequiredService<ContentCatalogue>();
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        foreach (var (teamName, facilitatorEmail) in teams)
        {
            var team = await db.Teams.SingleAsync(t => t.Name == teamName);
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
                foreach (var (person, p) in present.Select(x => x.PersonId).Where(learners.Contains).Select((x, p) => (x, p)))
                {
                    var before = 4 + (i + p) % 3;
                    db.PersonalActions.Add(new PersonalAction
                    {
                        Origin = Origin.Meeting(meeting.Id), PersonId = person, Text = Actions[(i + p) % Actions.Length], RatingBefore = before,
                        RatingAfter = before + 1 + (i * p) % 3, FollowUpAnsweredAt = startsAt.AddDays(21), UpdatedAt = startsAt.AddDays(21),
                        WhatIDid = "Een paar keer gedaan en met de collega's besproken.",
                    });
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
}
