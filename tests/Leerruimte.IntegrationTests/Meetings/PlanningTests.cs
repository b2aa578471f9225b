using System.Text;
using Leerruimte.Features.Meetings;

namespace Leerruimte.IntegrationTests.Meetings;

public sealed class PlanningTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task A_planned_meeting_invites_everyone_with_a_calendar_file_and_links_to_the_hand_outs()
    {
        var org = await app.CreateOrganisationAsync();

        var id = await app.PlanMeetingAsync(org);
        var version = await Packs.LatestVersionAsync(app, "ondernemend-professionele-ruimte");

        var mail = Assert.Single(await app.MailsToAsync(org.Member));
        var ics = Encoding.UTF8.GetString(mail.AttachmentContent!);
        Assert.StartsWith("Uitnodiging teambijeenkomst", mail.Subject);
        Assert.Contains("METHOD:REQUEST", ics);
        Assert.Contains($"UID:{id:N}@leerruimte", ics);
        Assert.Contains("SEQUENCE:0", ics);
        Assert.Contains("LOCATION:Buurthuis De Linde", ics);
        Assert.Contains($"/modules/ondernemend-professionele-ruimte/opdrachten?versie={version}", mail.TextBody);
        Assert.Contains($"/afdrukken/hand-outs?versie={version}", mail.TextBody);
        Assert.Equal("text/calendar; method=REQUEST; charset=utf-8", mail.AttachmentContentType);
    }

    [Fact]
    public async Task The_meeting_appears_on_each_invitees_start_page()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org);

        var start = await (await app.LoginAsync(org.Member)).PageAsync("/");

        Assert.NotNull(start.Document.QuerySelector($"a[href='/bijeenkomsten/{id}']"));
    }

    [Fact]
    public async Task The_meeting_keeps_the_module_version_it_was_planned_with()
    {
        var org = await app.CreateOrganisationAsync();
        var packId = $"eigen-{Guid.NewGuid():N}"[..20];
        await Packs.UploadAsync(app, org.Admin, Packs.Module(packId, "Versie een"));
        var id = await app.PlanMeetingAsync(org, packId);

        await Packs.UploadAsync(app, org.Admin, Packs.Module(packId, "Versie twee", version: 2));
        var meeting = await app.MeetingAsync(id);

        Assert.Equal(1, meeting.ModuleVersion);
        Assert.Equal("Versie een", meeting.Title);
        Assert.Contains("versie 1", (await (await app.LoginAsync(org.Member)).PageAsync($"/bijeenkomsten/{id}")).Text);
    }

    [Fact]
    public async Task A_team_member_cannot_plan_meetings()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);

        var page = await member.PageAsync($"/bijeenkomsten/plannen?team={await app.TeamIdAsync(org)}");

        Assert.Contains("Je kunt nog geen bijeenkomsten plannen", page.Text);
        Assert.False(page.HasForm("plan-meeting"));
    }

    [Fact]
    public async Task Missing_fields_and_people_from_outside_the_team_get_Dutch_messages()
    {
        var org = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync();
        var facilitator = await app.LoginAsync(org.Facilitator);
        var page = await facilitator.PageAsync($"/bijeenkomsten/plannen?team={await app.TeamIdAsync(org)}");

        var empty = await page.SubmitAsync(facilitator, "plan-meeting", new Dictionary<string, string> { ["Input.ModuleId"] = "", ["Input.Date"] = "" });
        var outsider = await page.SubmitAsync(facilitator, "plan-meeting", new Dictionary<string, string>
        {
            ["Input.ModuleId"] = MeetingWorld.Module, ["Input.Date"] = "2026-12-01", ["Input.Time"] = "10:00",
            ["Input.FacilitatorId"] = (await app.PersonIdAsync(org.Facilitator)).ToString(),
            ["invitee"] = (await app.PersonIdAsync(other.Member)).ToString(),
        });

        Assert.Contains("Kies een module.", empty.Text);
        Assert.Contains("Kies een datum.", empty.Text);
        Assert.Contains("Je kunt alleen mensen uit dit team uitnodigen.", outsider.Text);
    }

    [Fact]
    public async Task A_start_time_the_clocks_skip_in_spring_is_refused_in_dutch_when_planning_and_changing()
    {
        var org = await app.CreateOrganisationAsync();
        var facilitator = await app.LoginAsync(org.Facilitator);
        var plan = await facilitator.PageAsync($"/bijeenkomsten/plannen?team={await app.TeamIdAsync(org)}");
        var id = await app.PlanMeetingAsync(org);
        var edit = await facilitator.PageAsync($"/bijeenkomsten/{id}/wijzigen");
        // 28 March 2027: in the Netherlands the clocks go from 02:00 straight to 03:00.
        var skipped = new Dictionary<string, string>
        {
            ["Input.ModuleId"] = MeetingWorld.Module, ["Input.Date"] = "2027-03-28", ["Input.Time"] = "02:30",
            ["Input.FacilitatorId"] = (await app.PersonIdAsync(org.Facilitator)).ToString(), ["invitee"] = (await app.PersonIdAsync(org.Member)).ToString(),
        };

        var planned = await plan.SubmitAsync(facilitator, "plan-meeting", skipped);
        var changed = await edit.SubmitAsync(facilitator, "edit-meeting", skipped);

        foreach (var result in new[] { planned, changed })
        {
            Assert.Equal(HttpStatusCode.OK, result.Status);
            Assert.Contains("02:30 bestaat op die dag niet", result.Text);
        }
        Assert.NotEqual(new DateTime(2027, 3, 28), (await app.MeetingAsync(id)).StartsAt.Date);
    }

    [Fact]
    public async Task Changing_a_meeting_updates_the_calendar_of_those_who_stay_and_cancels_it_for_those_removed()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org);
        var facilitator = await app.LoginAsync(org.Facilitator);
        var page = await facilitator.PageAsync($"/bijeenkomsten/{id}/wijzigen");
        var keep = page.Document.QuerySelectorAll("input[name=invitee][checked]").Select(i => i.GetAttribute("value")!)
            .Where(v => v != (app.PersonIdAsync(org.Member).Result).ToString()).ToList();

        var result = await page.SubmitAsync(facilitator, "edit-meeting", new Dictionary<string, string>
        {
            ["Input.Date"] = "2026-12-03", ["Input.Time"] = "14:30", ["Input.Place"] = "Teamkamer",
            ["Input.FacilitatorId"] = (await app.PersonIdAsync(org.Facilitator)).ToString(),
        }.Concat(keep.Select(v => KeyValuePair.Create("invitee", v))));

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        var removed = (await app.MailsToAsync(org.Member)).Last();
        var stayed = (await app.MailsToAsync(org.Leader)).Count == 0 ? (await app.MailsToAsync(org.Colleague)).Last() : (await app.MailsToAsync(org.Leader)).Last();
        Assert.Contains("METHOD:CANCEL", Encoding.UTF8.GetString(removed.AttachmentContent!));
        Assert.Contains("SEQUENCE:1", Encoding.UTF8.GetString(stayed.AttachmentContent!));
        Assert.Contains("LOCATION:Teamkamer", Encoding.UTF8.GetString(stayed.AttachmentContent!));
        Assert.StartsWith("Gewijzigd", stayed.Subject);
    }

    [Fact]
    public async Task Cancelling_a_meeting_tells_everyone()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org);
        var facilitator = await app.LoginAsync(org.Facilitator);

        await (await facilitator.PageAsync($"/bijeenkomsten/{id}/wijzigen")).SubmitAsync(facilitator, "cancel-meeting", new Dictionary<string, string>());

        Assert.Equal(MeetingStatus.Cancelled, (await app.MeetingAsync(id)).Status);
        Assert.StartsWith("Gaat niet door", (await app.MailsToAsync(org.Member)).Last().Subject);
    }

    [Fact]
    public async Task The_planning_form_ticks_the_team_but_not_its_leader_who_is_labelled_as_leader()
    {
        var org = await app.CreateOrganisationAsync();
        var facilitator = await app.LoginAsync(org.Facilitator);

        var page = await facilitator.PageAsync($"/bijeenkomsten/plannen?team={await app.TeamIdAsync(org)}");

        var leader = page.Document.QuerySelector($"#invitee-{await app.PersonIdAsync(org.Leader)}")!;
        var member = page.Document.QuerySelector($"#invitee-{await app.PersonIdAsync(org.Member)}")!;
        Assert.False(leader.HasAttribute("checked"));
        Assert.True(member.HasAttribute("checked"));
        Assert.EndsWith("(leidinggevende)", page.Document.QuerySelector($"label[for='{leader.Id}']")!.TextContent.Trim());
        Assert.DoesNotContain("leidinggevende", page.Document.QuerySelector($"label[for='{member.Id}']")!.TextContent);
        Assert.Contains("Leidinggevenden staan niet aangevinkt", page.Document.GetElementById(leader.GetAttribute("aria-describedby")!)!.TextContent);
    }

    [Fact]
    public async Task A_team_leader_who_is_not_invited_sees_the_outline_but_not_the_board_console_beamer_or_participant_page()
    {
        var (org, id) = await app.RunningMeetingAsync();
        await using (var phone = await PhoneClient.ConnectAsync(app, org.Member))
        {
            await phone.JoinAsync(id);
            Assert.Null((await phone.AddAsync(id, "Wat we in de wijk zagen")).Error);
        }
        var leader = await app.LoginAsync(org.Leader);

        var outline = await leader.PageAsync($"/bijeenkomsten/{id}");
        Assert.Equal(HttpStatusCode.OK, outline.Status);
        Assert.DoesNotContain("Wat we in de wijk zagen", outline.Text);
        Assert.Null(outline.Document.QuerySelector(".app-code")); // no join code
        Assert.Null(outline.Document.QuerySelector($"a[href='/bijeenkomsten/{id}/meedoen']"));
        var start = await leader.PageAsync("/");
        Assert.NotNull(start.Document.QuerySelector($"a[href='/bijeenkomsten/{id}']")); // her team's meeting is listed
        Assert.Null(start.Document.QuerySelector($"a[href='/bijeenkomsten/{id}/meedoen']")); // but offers no way in
        foreach (var page in new[] { "meedoen", "console", "beamer", "afdrukken/actieformulier" })
            Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/bijeenkomsten/{id}/{page}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(org.Loner)).PageAsync($"/bijeenkomsten/{id}")).Status);
    }

    [Fact]
    public async Task A_team_leader_ticked_on_purpose_takes_part_like_any_invitee()
    {
        var org = await app.CreateOrganisationAsync();
        var facilitator = await app.LoginAsync(org.Facilitator);
        var page = await facilitator.PageAsync($"/bijeenkomsten/plannen?team={await app.TeamIdAsync(org)}");
        var ticked = page.Document.QuerySelectorAll("input[name=invitee][checked]").Select(i => i.GetAttribute("value")!)
            .Append((await app.PersonIdAsync(org.Leader)).ToString());
        var local = MeetingWorld.DutchTimeOf(app.UtcNow.AddDays(7));

        var result = await page.SubmitAsync(facilitator, "plan-meeting", new Dictionary<string, string>
        {
            ["Input.ModuleId"] = MeetingWorld.Module, ["Input.Date"] = local.ToString("yyyy-MM-dd"), ["Input.Time"] = "10:00",
            ["Input.FacilitatorId"] = (await app.PersonIdAsync(org.Facilitator)).ToString(),
        }.Concat(ticked.Select(v => KeyValuePair.Create("invitee", v))));

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        var id = Guid.Parse(new Uri(new Uri("http://localhost"), result.Response.Headers.Location!).AbsolutePath.Split('/')[2]);
        Assert.Equal(HttpStatusCode.OK, (await (await app.LoginAsync(org.Leader)).PageAsync($"/bijeenkomsten/{id}/meedoen")).Status);
    }
}
