using System.Net;
using Leerruimte.Data;
using Leerruimte.Features.LearningLog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Meetings;

/// <summary>
/// A module meeting counts as no reflection for the register unless its planner says so; attendees confirm on their
/// phone either way, and only a meeting planned as reflection puts hours in their learning log.
/// </summary>
public sealed class MeetingReflectionTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private async Task<(TestOrganisation Org, Guid Id, HttpClient Member)> ClosedWithTheMemberPresentAsync(string? category)
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org, at: app.UtcNow.AddHours(1), category: category);
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.StartAsync(id, me));
        var member = await app.LoginAsync(org.Member);
        await member.PageAsync($"/bijeenkomsten/{id}/meedoen"); // opening the phone page in the room marks them present
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.CloseAsync(id, me));
        return (org, id, member);
    }

    private static async Task<HtmlPage> ConfirmAsync(HttpClient client, Guid id) =>
        await (await client.PageAsync($"/bijeenkomsten/{id}/meedoen")).SubmitAsync(client, "confirm-attendance", []);

    private Task<List<LearningActivity>> LogOfAsync(string email) =>
        app.InScopeAsync(async sp =>
        {
            var person = await app.PersonIdAsync(email);
            return await sp.GetRequiredService<LeerruimteDb>().LearningActivities.IgnoreQueryFilters().Where(a => a.PersonId == person).ToListAsync();
        });

    [Fact]
    public async Task A_module_meeting_is_no_reflection_by_default_so_confirming_logs_no_hours()
    {
        var (org, id, member) = await ClosedWithTheMemberPresentAsync(category: null);

        var confirmed = await ConfirmAsync(member, id);
        var page = await member.PageAsync($"/bijeenkomsten/{id}");

        Assert.Equal(ActivityKind.Other, (await app.MeetingAsync(id)).RegisterCategory);
        Assert.Contains("Je hebt bevestigd dat je erbij was.", confirmed.Text);
        Assert.Empty(await LogOfAsync(org.Member));
        Assert.Contains("geen reflectie", page.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_meeting_planned_as_intervision_puts_the_hours_in_the_log_of_whoever_confirms()
    {
        var (org, id, member) = await ClosedWithTheMemberPresentAsync("Intervision");

        var phone = await member.PageAsync($"/bijeenkomsten/{id}/meedoen");
        var confirmed = await ConfirmAsync(member, id);

        Assert.Contains("als Intervisie", phone.Text);
        Assert.Contains("als Intervisie in je leerlogboek.", confirmed.Text);
        var logged = Assert.Single(await LogOfAsync(org.Member));
        Assert.Equal(ActivityKind.Intervision, logged.Kind);
        Assert.Equal((await app.MeetingAsync(id)).Title, logged.Title);
        Assert.Empty(await LogOfAsync(org.Facilitator)); // the facilitator did not confirm
    }

    [Fact]
    public async Task Changing_a_meeting_keeps_its_category_unless_the_planner_changes_it()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org, category: "Intervision");
        var facilitator = await app.LoginAsync(org.Facilitator);
        var edit = await facilitator.PageAsync($"/bijeenkomsten/{id}/wijzigen");
        var selected = edit.Document.QuerySelector("#category option[selected]")?.GetAttribute("value");
        var fields = new Dictionary<string, string>
        {
            ["Input.Date"] = edit.Document.QuerySelector("#date")!.GetAttribute("value")!,
            ["Input.Time"] = edit.Document.QuerySelector("#time")!.GetAttribute("value")!,
            ["Input.FacilitatorId"] = (await app.PersonIdAsync(org.Facilitator)).ToString(),
            ["Input.RegisterCategory"] = selected!, ["invitee"] = (await app.PersonIdAsync(org.Member)).ToString(),
        };

        var kept = await edit.SubmitAsync(facilitator, "edit-meeting", fields);
        var afterKeeping = (await app.MeetingAsync(id)).RegisterCategory;
        fields["Input.RegisterCategory"] = "Other";
        await (await facilitator.PageAsync($"/bijeenkomsten/{id}/wijzigen")).SubmitAsync(facilitator, "edit-meeting", fields);

        Assert.Equal("Intervision", selected);
        Assert.NotEqual(HttpStatusCode.InternalServerError, kept.Status);
        Assert.Equal(ActivityKind.Intervision, afterKeeping);
        Assert.Equal(ActivityKind.Other, (await app.MeetingAsync(id)).RegisterCategory);
    }

    [Fact]
    public async Task A_category_that_is_no_register_category_is_refused_in_dutch_and_nothing_is_planned()
    {
        var org = await app.CreateOrganisationAsync();
        var before = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Meetings.IgnoreQueryFilters().CountAsync());

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => app.PlanMeetingAsync(org, category: "Reading"));

        Assert.Contains("Kies wat de uren waard zijn uit de lijst.", refused.Message);
        Assert.Equal(before, await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Meetings.IgnoreQueryFilters().CountAsync()));
    }
}
