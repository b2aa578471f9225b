using Leerruimte.Data;
using Leerruimte.Features.Actions;
using Leerruimte.Features.Sessions;
using Leerruimte.IntegrationTests.Meetings;
using Leerruimte.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Actions;

/// <summary>
/// The two ratings of an individual action are named by when they were given — at the meeting, and after the
/// module's follow-up period — not "now" and "later", which change meaning once the follow-up comes (issue 10,
/// item 5); the scale says what its ends mean.
/// </summary>
public sealed class FollowUpLabelsTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task The_team_screen_and_the_follow_up_page_name_the_averages_by_time_not_now_and_after()
    {
        var (org, id) = await ClosedMeetingWithFollowUpsAsync();
        var facilitator = await app.LoginAsync(org.Facilitator);

        var screen = await facilitator.PageAsync($"/bijeenkomsten/{id}/vervolg/scherm");
        var page = await facilitator.PageAsync($"/bijeenkomsten/{id}/vervolg");

        var numbers = screen.Document.QuerySelector(".app-aggregate__numbers")!.TextContent;
        Assert.Matches(@"Bij de bijeenkomst\s+5,0\s+→\s+Na drie weken\s+7,3", numbers);
        Assert.DoesNotContain("Nu", numbers);
        Assert.Equal(["Bij de bijeenkomst", "Na drie weken"], page.All("thead th.utrecht-table__header-cell--numeric-column"));
    }

    [Fact]
    public async Task The_action_form_says_what_the_ends_of_the_scale_mean_and_the_summary_names_the_ratings_by_time()
    {
        var (org, id) = await ClosedMeetingWithFollowUpsAsync();
        var member = await app.LoginAsync(org.Member);

        var follow = await member.PageAsync($"/bijeenkomsten/{id}/vervolg");

        var facts = follow.All(".app-facts dt");
        Assert.Contains("Bij de bijeenkomst", facts);
        Assert.Contains("Na drie weken", facts);
        Assert.DoesNotContain("Waar sta je nu?", facts);
        var anchors = follow.Document.QuerySelector(".app-rating__anchors")!;
        Assert.Equal("1 = dit lukt me nog niet · 10 = dit lukt me altijd, ook als het lastig wordt", anchors.TextContent);
        Assert.Contains(anchors.Id!, follow.Document.QuerySelector("fieldset.app-rating")!.GetAttribute("aria-describedby")!);
        Assert.Contains("Waar sta je nu, drie weken na de bijeenkomst?", follow.Text);
    }

    /// <summary>A closed meeting where three people gave themselves 4, 5 and 6 at the meeting and 7, 7 and 8 after three weeks.</summary>
    private async Task<(TestOrganisation Org, Guid Meeting)> ClosedMeetingWithFollowUpsAsync()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org);
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.StartAsync(id, me));
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.CloseAsync(id, me));
        var people = new[] { (org.Member, 4, 7), (org.Facilitator, 5, 7), (org.Trainer, 6, 8) };
        foreach (var (email, before, after) in people)
        {
            var person = await app.PersonIdAsync(email);
            await app.InScopeAsync(sp =>
            {
                sp.GetRequiredService<TenantContext>().Enter(org.Id);
                var db = sp.GetRequiredService<LeerruimteDb>();
                db.PersonalActions.Add(new PersonalAction
                {
                    Origin = Origin.Meeting(id), PersonId = person, Text = "Elke week één krachtvraag stellen", RatingBefore = before, RatingAfter = after,
                    UpdatedAt = app.UtcNow, FollowUpAnsweredAt = email == org.Member ? null : app.UtcNow,
                });
                return db.SaveChangesAsync();
            });
        }
        return (org, id);
    }
}
