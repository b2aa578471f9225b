using System.Text;
using Leerruimte.Data;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.Sessions;
using Leerruimte.Infrastructure;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Cohorts;

/// <summary>W6, item 2: the trainer (or the commissioning leader) moves or cancels a session; the cohort's calendars follow.</summary>
public sealed class ChangeCohortSessionTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private static Dictionary<string, string> Move(DateOnly date, string time = "13:30", string place = "Wijkcentrum Oost") =>
        new() { ["MoveDate"] = date.ToString("yyyy-MM-dd"), ["MoveTime"] = time, ["MovePlace"] = place };

    private async Task<(Guid Cohort, CohortSession Second, HttpClient Trainer)> PlannedAsync(TestOrganisation org)
    {
        var id = await app.PlanCohortAsync(org, org.Member, org.Colleague);
        return (id, (await app.CohortAsync(id)).Sessions.Single(s => s.Module == 2), await app.LoginAsync(org.Trainer));
    }

    private async Task<HtmlPage> PostAsync(HttpClient who, CohortSession session, string form, Dictionary<string, string> values) =>
        await (await who.PageAsync(CohortLinks.Session(session.Id))).SubmitAsync(who, form, values);

    private Task<Leerruimte.Features.Scheduling.ScheduledJob?> ReminderAsync(Guid session) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().ScheduledJobs.IgnoreQueryFilters([TenantFilters.Name])
            .FirstOrDefaultAsync(j => j.Kind == HomeworkReminders.Kind && j.SubjectId == session));

    [Fact]
    public async Task The_trainer_moves_a_session_and_everyone_gets_the_same_event_again_with_a_higher_sequence_and_the_reminder_moves()
    {
        var org = await app.CreateOrganisationAsync();
        var (id, second, trainer) = await PlannedAsync(org);
        var newDate = DateOnly.FromDateTime(DutchTime.ToLocal(second.StartsAt)).AddDays(1);

        var page = await PostAsync(trainer, second, "move-session", Move(newDate));
        var moved = (await app.CohortAsync(id)).Sessions.Single(s => s.Module == 2);
        var mail = Assert.Single(await app.MailsToAsync(org.Colleague), m => m.Subject.StartsWith("Gewijzigd", StringComparison.Ordinal));
        var ics = Encoding.UTF8.GetString(mail.AttachmentContent!);

        Assert.Contains("Verplaatst. Iedereen in de groep krijgt bericht.", page.Text);
        Assert.Equal(new TimeOnly(13, 30), TimeOnly.FromDateTime(DutchTime.ToLocal(moved.StartsAt)));
        Assert.Equal(newDate, DateOnly.FromDateTime(DutchTime.ToLocal(moved.StartsAt)));
        Assert.Equal("Wijkcentrum Oost", moved.Place);
        Assert.Equal(1, moved.CalendarSequence);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(ics, "BEGIN:VEVENT"));
        Assert.Contains($"UID:{second.Id:N}@leerruimte", ics.Replace("\r\n ", ""));
        Assert.Contains("SEQUENCE:1", ics);
        Assert.Contains("LOCATION:Wijkcentrum Oost", ics);
        Assert.Contains("Een bijeenkomst van Het Gesprek, voorjaar is verplaatst.", mail.TextBody);
        Assert.Single(await app.MailsToAsync(org.Trainer), m => m.Subject.StartsWith("Gewijzigd", StringComparison.Ordinal));
        Assert.Equal(HomeworkReminders.DueAt(moved), (await ReminderAsync(second.Id))!.DueAt);
        Assert.Empty(await app.MailsToAsync(org.Loner));
    }

    [Fact]
    public async Task A_move_before_the_module_before_or_with_nonsense_is_refused_in_dutch_and_changes_nothing()
    {
        var org = await app.CreateOrganisationAsync();
        var (id, second, trainer) = await PlannedAsync(org);
        var first = (await app.CohortAsync(id)).Sessions.Single(s => s.Module == 1);

        var early = await PostAsync(trainer, second, "move-session", Move(DateOnly.FromDateTime(DutchTime.ToLocal(first.StartsAt)), "09:30"));
        var garbage = await PostAsync(trainer, second, "move-session", new() { ["MoveDate"] = "morgen", ["MoveTime"] = "25:99", ["MovePlace"] = new string('x', 5000) });
        var longPlace = await PostAsync(trainer, second, "move-session", Move(DateOnly.FromDateTime(DutchTime.ToLocal(second.StartsAt)), place: new string('x', 201)));
        var after = (await app.CohortAsync(id)).Sessions.Single(s => s.Module == 2);

        Assert.All(new[] { early, garbage, longPlace }, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        Assert.Contains("Module 2 begint voordat de module ervoor is afgelopen.", early.Text);
        Assert.Contains("Geef module 2 een datum en een begintijd.", garbage.Text);
        Assert.Contains("Deze tekst is te lang.", longPlace.Text);
        Assert.Equal((second.StartsAt, second.Place, 0), (after.StartsAt, after.Place, after.CalendarSequence));
        Assert.DoesNotContain(await app.MailsToAsync(org.Member), m => m.Subject.StartsWith("Gewijzigd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_trainer_cancels_a_session_only_when_ticked_everyone_gets_a_cancellation_and_no_reminder_comes()
    {
        var org = await app.CreateOrganisationAsync();
        var (id, second, trainer) = await PlannedAsync(org);

        var unticked = await PostAsync(trainer, second, "cancel-session", new());
        var stillPlanned = (await app.CohortAsync(id)).Sessions.Single(s => s.Module == 2).Session!.Status;
        var cancelled = await PostAsync(trainer, second, "cancel-session", new() { ["ConfirmCancel"] = "true" });
        var after = (await app.CohortAsync(id)).Sessions.Single(s => s.Module == 2);
        var mail = Assert.Single(await app.MailsToAsync(org.Member), m => m.Subject.StartsWith("Afgezegd", StringComparison.Ordinal));
        var again = await app.AsAsync(org.Trainer, (sp, me) => sp.GetRequiredService<ChangeCohortSession>().CancelAsync(second.Id, me));
        var move = await app.AsAsync(org.Trainer, (sp, me) => sp.GetRequiredService<ChangeCohortSession>().MoveAsync(second.Id, me, new(DateOnly.FromDateTime(DutchTime.ToLocal(second.StartsAt)), new TimeOnly(10, 0), null)));

        Assert.Contains("Vink eerst aan dat de bijeenkomst niet doorgaat.", unticked.Text);
        Assert.Equal(SessionStatus.Planned, stillPlanned);
        Assert.Contains("Afgezegd. Iedereen in de groep krijgt bericht.", cancelled.Text);
        Assert.False(cancelled.HasForm("move-session"));
        Assert.DoesNotContain(CohortLinks.Console(second.Id), cancelled.Text);
        Assert.Equal((SessionStatus.Cancelled, 1), (after.Session!.Status, after.CalendarSequence));
        var ics = Encoding.UTF8.GetString(mail.AttachmentContent!);
        Assert.Contains("METHOD:CANCEL", ics);
        Assert.Contains("STATUS:CANCELLED", ics);
        Assert.Contains("Deze bijeenkomst van Het Gesprek, voorjaar gaat niet door:", mail.TextBody);
        Assert.Null(await ReminderAsync(second.Id));
        Assert.Equal("Deze bijeenkomst is al begonnen, afgesloten of afgezegd en kan niet meer veranderen.", again);
        Assert.Equal(again, move);
        // Module 3 may now be moved into the cancelled session's time: a cancelled session does not count for the order.
        var third = (await app.CohortAsync(id)).Sessions.Single(s => s.Module == 3);
        Assert.Null(await app.AsAsync(org.Trainer, (sp, me) => sp.GetRequiredService<ChangeCohortSession>()
            .MoveAsync(third.Id, me, new(DateOnly.FromDateTime(DutchTime.ToLocal(second.StartsAt)), TimeOnly.FromDateTime(DutchTime.ToLocal(second.StartsAt)), null))));
    }

    [Fact]
    public async Task Only_who_runs_the_cohort_moves_or_cancels_and_participants_see_no_such_form()
    {
        var org = await app.CreateOrganisationAsync();
        var (_, second, _) = await PlannedAsync(org);
        var member = await app.LoginAsync(org.Member);

        var page = await member.PageAsync(CohortLinks.Session(second.Id));
        var asMember = await app.AsAsync(org.Member, (sp, me) => sp.GetRequiredService<ChangeCohortSession>().CancelAsync(second.Id, me));
        var asLeader = await app.AsAsync(org.Leader, (sp, me) => sp.GetRequiredService<ChangeCohortSession>().CancelAsync(second.Id, me));

        Assert.False(page.HasForm("move-session"));
        Assert.False(page.HasForm("cancel-session"));
        Assert.Equal("Alleen de trainer of wie de training aanvroeg, kan een bijeenkomst verplaatsen of afzeggen.", asMember);
        Assert.Equal(asMember, asLeader); // this leader did not commission it
        Assert.Equal(SessionStatus.Planned, (await app.CohortAsync(second.CohortId)).Sessions.Single(s => s.Module == 2).Session!.Status);
    }
}
