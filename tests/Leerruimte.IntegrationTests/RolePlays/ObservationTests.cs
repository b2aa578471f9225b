using Leerruimte.Features.RolePlays;
using Leerruimte.IntegrationTests.Meetings;
using static Leerruimte.IntegrationTests.RolePlays.ObservationWorld;

namespace Leerruimte.IntegrationTests.RolePlays;

/// <summary>Issue 12, item 5: observers fill in the observation form per conversation leader on their phones; the leader fills in their own view.</summary>
public sealed class ObservationTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    [Fact]
    public async Task An_observer_fills_in_the_module_3_form_about_a_leader_as_they_go_and_after_sending_can_only_read_it()
    {
        var room = await app.RunningModuleAsync(module: 3, extra: 2);
        var p = room.People;
        var round = await app.StartedRoundAsync(room);
        var observer = p[4];

        var saved = await app.ObserveAsync(room, observer, round.Id, p[0], [.. Ticks("contactstijl", 1, 3)], go: "save");
        var draft = Assert.Single(await app.ResponsesAsync(round.Id));
        var reopened = await (await app.LoginAsync(room.EmailOf(observer))).PageAsync(RolePlayLinks.Observation(round.Id, p[0]));
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        var sent = await app.ObserveAsync(room, observer, round.Id, p[0], [.. Ticks("contactstijl", 1, 3), .. Ticks("vat-samen"), .. Ticks("levensgebieden", 2), Remark("Mooi doorgevraagd")]);
        var response = Assert.Single(await app.ResponsesAsync(round.Id));
        var again = await app.ObserveAsync(room, observer, round.Id, p[0], [.. Ticks("contactstijl", 4)]);

        Assert.Contains("Opgeslagen", saved.Text);
        Assert.Null(draft.SubmittedAt);
        Assert.Equal(["1", "3"], draft.AnswerTo("contactstijl")!.Choices);
        Assert.Equal(["q-contactstijl-1", "q-contactstijl-3"], reopened.Document.QuerySelectorAll("input[name=answer-contactstijl][checked]").Select(i => i.Id!));
        Assert.Contains("Observatie van", reopened.H1);
        Assert.Contains(await app.NameAsync(p[0]), reopened.H1);
        Assert.Contains("ronde 1", reopened.H1);
        Assert.Contains("Je formulier is verstuurd", sent.Text);
        Assert.False(sent.HasForm("observation") && sent.Document.QuerySelector("form[data-autosave]") is not null);
        Assert.Contains("niet meer veranderen", sent.Text);
        Assert.Contains("Mooi doorgevraagd", sent.Text);
        Assert.Equal(app.UtcNow, response.SubmittedAt);
        Assert.Equal((observer, p[0], "observation:observatie-module-3", RolePlay.OriginKind), (response.RespondentId, response.SubjectId, response.FormKey, response.OriginKind));
        Assert.Equal(["2"], response.AnswerTo("levensgebieden")!.Choices);
        Assert.Empty(response.AnswerTo("cognitief-niveau")!.Choices); // on the page, nothing ticked: an answer too
        Assert.Contains("al verstuurd", again.Text);
        Assert.Equal(["1", "3"], Assert.Single(await app.ResponsesAsync(round.Id)).AnswerTo("contactstijl")!.Choices);
    }

    [Fact]
    public async Task The_form_can_still_be_filled_in_after_the_round_ended_and_an_empty_form_is_not_sent()
    {
        var room = await app.RunningModuleAsync(module: 2, extra: 2);
        var p = room.People;
        var round = await app.StartedRoundAsync(room);
        await app.EndAsync(room, round.Id);

        var empty = await app.ObserveAsync(room, p[4], round.Id, p[1], []);
        var bad = await app.ObserveAsync(room, p[4], round.Id, p[1], [KeyValuePair.Create("answer-eigen-rol", "9"), KeyValuePair.Create("answer-open-houding", "abc")]);
        var sent = await app.ObserveAsync(room, p[4], round.Id, p[1], [.. Rates(4, 3, 2, 1)]);

        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Contains("een leeg formulier wordt niet verstuurd", empty.Text);
        Assert.Equal(HttpStatusCode.OK, bad.Status);
        Assert.Contains("Kies een punt van 1 tot en met 4", bad.Text);
        Assert.Contains("Je formulier is verstuurd", sent.Text);
        Assert.Equal(3, Assert.Single(await app.ResponsesAsync(round.Id), r => r.SubmittedAt is not null).AnswerTo("eigen-rol")!.Number);
    }

    [Fact]
    public async Task A_leader_fills_in_their_own_view_about_themselves_and_about_nobody_else()
    {
        var room = await app.RunningModuleAsync(module: 3, extra: 2);
        var p = room.People;
        var round = await app.StartedRoundAsync(room);
        var leader = await app.LoginAsync(room.EmailOf(p[0]));

        var own = await leader.PageAsync(RolePlayLinks.Observation(round.Id, p[0]));
        var other = await leader.PageAsync(RolePlayLinks.Observation(round.Id, p[1]));
        await app.ObserveAsync(room, p[0], round.Id, p[0], [.. Ticks("bandscheppend", 1, 2), Remark("Ik was zenuwachtig")]);

        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Contains("Jouw eigen kijk", own.H1);
        Assert.Contains("ronde 1", own.H1);
        Assert.Equal(HttpStatusCode.NotFound, other.Status);
        var response = Assert.Single(await app.ResponsesAsync(round.Id));
        Assert.Equal((p[0], p[0]), (response.RespondentId, response.SubjectId));
    }

    [Fact]
    public async Task Observers_client_and_carer_fill_in_about_any_leader_and_nobody_else_opens_the_form()
    {
        var room = await app.RunningModuleAsync(module: 3, extra: 4);
        var p = room.People;
        var bystander = p[6];
        var round = await app.StartedRoundAsync(room, observers: [p[4], p[5]]);
        var other = await app.CreateOrganisationAsync();
        async Task<HttpStatusCode> StatusAsync(string email, Guid leader) => (await (await app.LoginAsync(email)).PageAsync(RolePlayLinks.Observation(round.Id, leader))).Status;

        foreach (var person in new[] { p[2], p[3], p[4], p[5] })
            foreach (var leader in new[] { p[0], p[1] })
                Assert.Equal(HttpStatusCode.OK, await StatusAsync(room.EmailOf(person), leader));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(room.EmailOf(p[0]), p[1]));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(room.EmailOf(bystander), p[0]));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(room.Org.Trainer, p[0]));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other.Member, p[0]));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other.Trainer, p[0]));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(room.EmailOf(p[4]), p[2])); // the client is no leader
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(room.EmailOf(p[4]))).PageAsync(RolePlayLinks.Observation(Guid.NewGuid(), p[0]))).Status);
    }

    [Fact]
    public async Task A_round_in_a_module_without_an_observation_form_has_no_form_to_fill_in()
    {
        var room = await app.RunningModuleAsync(module: 1, extra: 2);
        var p = room.People;
        var round = await app.StartedRoundAsync(room);

        var page = await (await app.LoginAsync(room.EmailOf(p[4]))).PageAsync(RolePlayLinks.Observation(round.Id, p[0]));
        var feedback = await (await app.LoginAsync(room.EmailOf(p[0]))).PageAsync(RolePlayLinks.Feedback(round.Id, p[0]));

        Assert.Null(round.FormId);
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(HttpStatusCode.NotFound, feedback.Status);
    }
}
