using Leerruimte.Data;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Meetings;

public sealed class LiveBoardTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private async Task<int> StoredItemsAsync(Guid meeting)
    {
        var session = await app.SessionOfAsync(meeting);
        return await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().BoardItems.IgnoreQueryFilters([TenantFilters.Name]).CountAsync(i => i.SessionId == session));
    }

    private async Task<string> StoredTextAsync(Guid meeting)
    {
        var session = await app.SessionOfAsync(meeting);
        return await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().BoardItems.IgnoreQueryFilters([TenantFilters.Name])
            .Where(i => i.SessionId == session).Select(i => i.Text).SingleAsync());
    }

    [Fact]
    public async Task A_note_from_one_phone_reaches_the_other_phones_after_it_was_stored()
    {
        var (org, id) = await app.RunningMeetingAsync();
        await using var sender = await PhoneClient.ConnectAsync(app, org.Member);
        await using var other = await PhoneClient.ConnectAsync(app, org.Facilitator);
        Assert.Null((await sender.JoinAsync(id)).Error);
        Assert.Null((await other.JoinAsync(id)).Error);

        var added = await sender.AddAsync(id, "Iemand die altijd kansen ziet");

        Assert.Null(added.Error);
        Assert.Equal(1, await StoredItemsAsync(id));
        await Mail.Eventually.Until(() => Task.FromResult(other.ReceivedTexts.Contains("Iemand die altijd kansen ziet")), what: "note on the other phone");
        Assert.Contains(org.Member.Split('@')[0].Split('-')[1], added.Item!.AuthorName!); // name shown: not an anonymous assignment
    }

    [Fact]
    public async Task A_note_on_a_group_assignment_carries_the_authors_group_and_name()
    {
        var team = await app.CreateBigTeamAsync(present: 6);
        await app.ConsoleAsync(team.Facilitator, (c, me) => c.GoToAsync(team.Meeting, me, 1)); // plenary assignment
        await using var phone = await PhoneClient.ConnectAsync(app, team.Members[0]);
        await phone.JoinAsync(team.Meeting);
        var plenary = await phone.AddAsync(team.Meeting, "Voor de hele groep");

        await app.ConsoleAsync(team.Facilitator, (c, me) => c.GoToAsync(team.Meeting, me, 2)); // groups of 3-4
        Assert.Null(await app.RoomAsync(team.Facilitator, team.Meeting, (room, session, me) => room.FormGroupsAsync(session, me, new Random(1))));
        var inGroup = await phone.AddAsync(team.Meeting, "Als dromer");

        var author = await app.PersonIdAsync(team.Members[0]);
        var session = await app.SessionOfAsync(team.Meeting);
        var group = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().GroupMembers.IgnoreQueryFilters([TenantFilters.Name])
            .Where(g => g.SessionId == session && g.PersonId == author).Select(g => g.GroupNumber).SingleAsync());
        Assert.Null(plenary.Item!.GroupNumber);
        Assert.Equal("voorbeeld-aan-hen", plenary.Item.StepKey);
        Assert.Equal(group, inGroup.Item!.GroupNumber);
        Assert.Equal("stoelenstrategie", inGroup.Item.StepKey);
        Assert.StartsWith("Lid 1 ", inGroup.Item.AuthorName);
        Assert.Equal(author, inGroup.Item.AuthorId);
    }

    [Fact]
    public async Task Someone_outside_the_meeting_cannot_join_it_nor_receive_its_notes()
    {
        var (org, id) = await app.RunningMeetingAsync();
        var otherOrg = await app.CreateOrganisationAsync();
        await using var member = await PhoneClient.ConnectAsync(app, org.Member);
        await using var loner = await PhoneClient.ConnectAsync(app, org.Loner);
        await using var stranger = await PhoneClient.ConnectAsync(app, otherOrg.Member);
        await member.JoinAsync(id);

        var lonerJoin = await loner.JoinAsync(id);
        var strangerJoin = await stranger.JoinAsync(id);
        var lonerAdd = await loner.AddAsync(id, "Stiekem meeschrijven");
        await member.AddAsync(id, "Alleen voor het team");
        await Mail.Eventually.Until(() => Task.FromResult(member.ReceivedTexts.Any()), what: "member receives own note");

        Assert.NotNull(lonerJoin.Error);
        Assert.Null(lonerJoin.Items);
        Assert.NotNull(strangerJoin.Error);
        Assert.NotNull(lonerAdd.Error);
        Assert.Empty(loner.Events);
        Assert.Empty(stranger.Events);
        Assert.Equal(1, await StoredItemsAsync(id));
    }

    [Fact]
    public async Task A_team_leader_who_is_not_invited_cannot_join_the_meeting_nor_receive_its_notes()
    {
        var (org, id) = await app.RunningMeetingAsync(); // planned as the form ticks it: the team leader is not invited
        await using var member = await PhoneClient.ConnectAsync(app, org.Member);
        await using var leader = await PhoneClient.ConnectAsync(app, org.Leader);
        await member.JoinAsync(id);

        var join = await leader.JoinAsync(id);
        var add = await leader.AddAsync(id, "Even meekijken");
        await member.AddAsync(id, "Alleen voor wie erbij is");
        await Mail.Eventually.Until(() => Task.FromResult(member.ReceivedTexts.Any()), what: "member receives own note");

        Assert.StartsWith("Je doet niet mee aan deze bijeenkomst.", join.Error);
        Assert.Null(join.Items);
        Assert.Null(join.Groups);
        Assert.NotNull(add.Error);
        Assert.Empty(leader.Events);
        Assert.Equal(1, await StoredItemsAsync(id));
    }

    [Fact]
    public async Task A_note_sent_twice_with_the_same_id_is_stored_once()
    {
        var (org, id) = await app.RunningMeetingAsync();
        await using var phone = await PhoneClient.ConnectAsync(app, org.Member);
        await phone.JoinAsync(id);
        var noteId = Guid.NewGuid();

        var results = await Task.WhenAll(phone.AddAsync(id, "Dubbel getikt", noteId), phone.AddAsync(id, "Dubbel getikt", noteId));
        var again = await phone.AddAsync(id, "Dubbel getikt", noteId);

        Assert.All(results.Append(again), r => Assert.Null(r.Error));
        Assert.Equal(1, await StoredItemsAsync(id));
    }

    [Theory]
    [InlineData("", "Schrijf eerst iets op.")]
    [InlineData("   ", "Schrijf eerst iets op.")]
    [InlineData("LONG", "hoogstens 500 tekens")]
    public async Task Empty_or_oversized_notes_are_refused_in_Dutch(string text, string message)
    {
        var (org, id) = await app.RunningMeetingAsync();
        await using var phone = await PhoneClient.ConnectAsync(app, org.Member);
        await phone.JoinAsync(id);

        var result = await phone.AddAsync(id, text == "LONG" ? new string('a', 501) : text);

        Assert.Contains(message, result.Error);
        Assert.Equal(0, await StoredItemsAsync(id));
    }

    [Fact]
    public async Task Control_and_direction_characters_are_left_out_of_a_note_as_stored_and_as_sent_to_the_others()
    {
        var (org, id) = await app.RunningMeetingAsync();
        await using var sender = await PhoneClient.ConnectAsync(app, org.Member);
        await using var other = await PhoneClient.ConnectAsync(app, org.Facilitator);
        await sender.JoinAsync(id);
        await other.JoinAsync(id);

        var added = await sender.AddAsync(id, "Een\u0000 inloop\u202Espreekuur\u2066 in de\u0007 bibliotheek");

        const string clean = "Een inloopspreekuur in de bibliotheek";
        Assert.Null(added.Error);
        Assert.Equal(clean, added.Item!.Text);
        Assert.Equal(clean, await StoredTextAsync(id));
        await Mail.Eventually.Until(() => Task.FromResult(other.ReceivedTexts.Contains(clean)), what: "cleaned note on the other phone");
    }

    [Fact]
    public async Task A_note_of_only_control_characters_is_refused_as_empty()
    {
        var (org, id) = await app.RunningMeetingAsync();
        await using var phone = await PhoneClient.ConnectAsync(app, org.Member);
        await phone.JoinAsync(id);

        var result = await phone.AddAsync(id, "\u0000\u202E \u0000");

        Assert.Equal("Schrijf eerst iets op.", result.Error);
        Assert.Equal(0, await StoredItemsAsync(id));
    }

    [Fact]
    public async Task Phones_show_the_questions_of_an_assignment_with_question_blocks()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org, "eigen-kracht-zelfregie", app.UtcNow);
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.StartAsync(id, me));

        var page = await (await app.LoginAsync(org.Member)).PageAsync($"/bijeenkomsten/{id}/meedoen");

        var assignment = page.Document.QuerySelector("[data-step-key='richting-geven']")!;
        Assert.Contains("Blok 1: Zelfregie in je eigen leven", assignment.TextContent);
        Assert.Contains("Over welke kwestie moest je een besluit nemen?", assignment.QuerySelectorAll("ol li").Select(li => li.TextContent));
    }

    // A NUL cannot be tested here: the framework refuses %00 in a url-encoded form before the page sees it (400).
    [Fact]
    public async Task A_note_posted_from_the_phone_page_without_script_is_cleaned_too()
    {
        var (org, id) = await app.RunningMeetingAsync();
        var member = await app.LoginAsync(org.Member);
        var page = await member.PageAsync($"/bijeenkomsten/{id}/meedoen");

        var result = await page.SubmitAsync(member, "add-note", new Dictionary<string, string> { ["NoteText"] = "Zonder\u0007 script\u202E" });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("Zonder script", await StoredTextAsync(id));
    }

    [Fact]
    public async Task Notes_before_the_start_and_after_the_close_are_refused()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org);
        await using var phone = await PhoneClient.ConnectAsync(app, org.Member);

        var early = await phone.AddAsync(id, "Te vroeg");
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.StartAsync(id, me));
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.CloseAsync(id, me));
        var late = await phone.AddAsync(id, "Te laat");

        Assert.Equal("De bijeenkomst is nog niet begonnen.", early.Error);
        Assert.Equal("De bijeenkomst is afgesloten; het bord is dicht.", late.Error);
    }

    [Fact]
    public async Task A_phone_that_lost_its_connection_catches_up_from_the_database()
    {
        var (org, id) = await app.RunningMeetingAsync();
        await using (var first = await PhoneClient.ConnectAsync(app, org.Member))
        {
            await first.JoinAsync(id);
            await first.AddAsync(id, "Voor de storing");
        }
        await using var writer = await PhoneClient.ConnectAsync(app, org.Facilitator);
        await writer.JoinAsync(id);
        await writer.AddAsync(id, "Tijdens de storing");

        await using var back = await PhoneClient.ConnectAsync(app, org.Member);
        var joined = await back.JoinAsync(id);

        Assert.Equal(["Voor de storing", "Tijdens de storing"], joined.Items!.Select(i => i.Text));
    }

    [Fact]
    public async Task The_agenda_moving_on_reaches_the_phones()
    {
        var (org, id) = await app.RunningMeetingAsync();
        await using var phone = await PhoneClient.ConnectAsync(app, org.Member);
        await phone.JoinAsync(id);

        await app.ConsoleAsync(org.Facilitator, (c, me) => c.GoToAsync(id, me, 1));

        await Mail.Eventually.Until(() => Task.FromResult(phone.Events.Any(e => e.GetProperty("type").GetString() == "state"
            && e.GetProperty("state").GetProperty("stepIndex").GetInt32() == 1)), what: "state with agenda index 1");
    }

    [Fact]
    public async Task Joining_a_running_meeting_marks_the_participant_present()
    {
        var (org, id) = await app.RunningMeetingAsync();
        await using var phone = await PhoneClient.ConnectAsync(app, org.Member);

        await phone.JoinAsync(id);

        var memberId = await app.PersonIdAsync(org.Member);
        Assert.True((await app.ParticipantsAsync(id)).Single(i => i.PersonId == memberId).Present);
    }

    [Fact]
    public async Task Joining_in_the_hour_before_the_start_marks_the_participant_present()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org, at: app.UtcNow.AddMinutes(30));
        await using var phone = await PhoneClient.ConnectAsync(app, org.Member);

        Assert.Null((await phone.JoinAsync(id)).Error);

        var memberId = await app.PersonIdAsync(org.Member);
        Assert.True((await app.ParticipantsAsync(id)).Single(i => i.PersonId == memberId).Present);
    }

    [Fact]
    public async Task Opening_a_meeting_planned_for_next_week_does_not_mark_anyone_present()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org, at: app.UtcNow.AddDays(7));
        await using var phone = await PhoneClient.ConnectAsync(app, org.Member);

        Assert.Null((await phone.JoinAsync(id)).Error);

        Assert.DoesNotContain((await app.ParticipantsAsync(id)), i => i.Present);
    }
}
