using Leerruimte.Data;
using Leerruimte.Features.Actions;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.Sessions;
using Leerruimte.IntegrationTests.Cohorts;
using Leerruimte.IntegrationTests.Meetings;
using Leerruimte.IntegrationTests.Notifications;
using Leerruimte.IntegrationTests.RolePlays;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Actions;

/// <summary>
/// Issue 12, item 7: the last module of a training ends with an agreement for after it, a personal action that is
/// followed up after the programme's period (six weeks for Het Gesprek), by e-mail with a link from the configuration.
/// </summary>
public sealed class TrainingAgreementTests : OwnMailAppPerTest
{
    private static Dictionary<string, string> Agreement(string text, string rating) => new()
    {
        ["Input.Text"] = text, ["Input.Rating"] = rating, ["Input.ShareWithLeader"] = "False",
    };

    private static Origin Of(RolePlayWorld.Room room) => room.Session.Origin;

    [Fact]
    public async Task The_last_module_ends_with_an_agreement_that_is_followed_up_six_weeks_later_and_only_the_trainer_sees_names()
    {
        var room = await app.RunningModuleAsync(module: 4);
        var member = await app.LoginAsync(room.Org.Member);
        var form = await member.PageAsync(ActionLinks.Page(Of(room)));
        var saved = await form.SubmitAsync(member, "my-action", Agreement("In elk keukentafelgesprek doorvragen naar de vraag achter de vraag", "5"));
        await app.AsAsync(room.Org.Trainer, (sp, me) => sp.GetRequiredService<SessionCommands>().CloseAsync(room.Session.SessionId, me));
        var job = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().ScheduledJobs.AsNoTracking().SingleAsync(j => j.SubjectId == room.Session.Id && j.Kind == FollowUpReminders.TrainingKind));

        app.Clock.SetUtcNow(new DateTimeOffset(room.Session.StartsAt.AddDays(42).AddMinutes(1), TimeSpan.Zero));
        await app.JobDoneAsync(FollowUpReminders.TrainingKind, room.Session.Id);
        var reminder = Assert.Single(await app.Smtp.MailArrivesAsync(room.Org.Member, m => m.Message.Subject!.StartsWith("Zes weken later")));
        var invitation = Assert.Single(await app.Smtp.MailArrivesAsync(room.Org.Colleague, m => m.Message.Subject!.StartsWith("Zes weken later")));
        member = await app.LoginAsync(room.Org.Member); // six weeks on, the first sign-in has expired
        var followUp = await (await member.PageAsync(ActionLinks.FollowUp(Of(room)))).SubmitAsync(member, "follow-up", new Dictionary<string, string>
        {
            ["Input.Rating"] = "8", ["Input.WhatIDid"] = "Bij vier aanvragen doorgevraagd", ["Input.WhatILearned"] = "De eerste vraag is zelden de echte",
        });
        var action = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().PersonalActions.IgnoreQueryFilters([TenantFilters.Name]).AsNoTracking().SingleAsync(a => a.OriginId == room.Session.Id));
        var trainerView = await (await app.LoginAsync(room.Org.Trainer)).PageAsync(ActionLinks.FollowUp(Of(room)));
        var participantView = await (await app.LoginAsync(room.Org.Facilitator)).PageAsync(ActionLinks.FollowUp(Of(room)));

        Assert.Equal("Mijn afspraak voor na de training", form.Document.QuerySelector("h1")?.TextContent);
        Assert.Contains("Je actie is opgeslagen", saved.Text);
        Assert.Equal(room.Session.StartsAt.AddDays(42), job.DueAt);
        Assert.Contains($"{LeerruimteApp.PublicUrl}{ActionLinks.FollowUp(Of(room))}", reminder.Message.TextBody!);
        Assert.Contains("maak alsnog een afspraak", invitation.Message.Subject!);
        Assert.Contains($"{LeerruimteApp.PublicUrl}{ActionLinks.Page(Of(room))}", invitation.Message.TextBody!);
        Assert.Contains("Opgeslagen", followUp.Text);
        Assert.Equal((5, 8, "Bij vier aanvragen doorgevraagd"), (action.RatingBefore, action.RatingAfter!.Value, action.WhatIDid!));
        Assert.Equal(Of(room), action.Origin);
        Assert.Contains("In elk keukentafelgesprek doorvragen", trainerView.Text);
        Assert.DoesNotContain("In elk keukentafelgesprek doorvragen", participantView.Text);
    }

    [Fact]
    public async Task Only_the_last_module_holds_the_agreement_it_waits_for_the_start_and_nobody_outside_the_cohort_opens_it()
    {
        var room = await app.RunningModuleAsync(module: 1);
        var cohort = await app.CohortAsync(room.CohortId);
        var last = new Origin(CohortSession.Kind, cohort.Sessions.Single(s => s.Module == 4).Id);
        var member = await app.LoginAsync(room.Org.Member);

        var firstModule = await member.GetAsync(ActionLinks.Page(Of(room)));
        var early = await (await member.PageAsync(ActionLinks.Page(last))).SubmitAsync(member, "my-action", Agreement("Te vroeg", "5"));
        var earlyFollowUp = await member.PageAsync(ActionLinks.FollowUp(last));
        var outsider = await (await app.LoginAsync(room.Org.Loner)).GetAsync(ActionLinks.Page(last));
        var phone = await member.PageAsync(CohortLinks.Phone(room.Session.Id));
        var saved = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().PersonalActions.IgnoreQueryFilters([TenantFilters.Name]).CountAsync(a => a.OriginKind == CohortSession.Kind));

        Assert.Equal(HttpStatusCode.NotFound, firstModule.StatusCode);
        Assert.Contains("De bijeenkomst is nog niet begonnen", early.Text);
        Assert.Contains("nog geen actie ingevuld", earlyFollowUp.Text);
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
        Assert.Equal(0, saved);
        Assert.NotNull(phone.Document.QuerySelector($"a[href='{CohortLinks.Page(room.CohortId)}']"));
    }

    [Fact]
    public async Task In_the_last_module_the_phone_and_the_session_page_lead_to_the_agreement()
    {
        var room = await app.RunningModuleAsync(module: 4);
        var member = await app.LoginAsync(room.Org.Member);

        var phone = await member.PageAsync(CohortLinks.Phone(room.Session.Id));
        var page = await member.PageAsync(CohortLinks.Session(room.Session.Id));

        Assert.NotNull(phone.Document.QuerySelector($"a[href='{ActionLinks.Page(Of(room))}']"));
        Assert.NotNull(page.Document.QuerySelector($"a[href='{ActionLinks.Page(Of(room))}']"));
        Assert.Null(page.Document.QuerySelector($"a[href='{ActionLinks.FollowUp(Of(room))}']"));
    }
}
