using System.Text;
using Leerruimte.Data;
using Leerruimte.Features.Consultations;
using Leerruimte.Infrastructure;
using Leerruimte.IntegrationTests.Cases;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Consultations;

/// <summary>
/// Consultation as a fixed agenda item: a team plans it in its rhythm, everyone gets one invitation for the series,
/// and the case of each one is chosen nearer the day.
/// </summary>
public sealed class ConsultationSeriesTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private const string CaseTitle = "Moeder met drie banen en een zoon die spijbelt";

    private async Task<(TestOrganisation Org, Guid Team, HttpClient Chair, Guid Case)> TeamWithACaseAsync()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var chair = await app.LoginAsync(org.Facilitator);
        var url = await chair.NewCaseAsync(team, CaseTitle, "Ze vraagt hoe ze het thuis rustig krijgt.", "onderwijs");
        return (org, team, chair, Guid.Parse(url.Split('?')[0].Split('/')[^1]));
    }

    private Task<List<CaseConsultation>> ConsultationsOfAsync(Guid team) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().CaseConsultations.IgnoreQueryFilters().Where(c => c.TeamId == team).OrderBy(c => c.StartsAt).ToListAsync());

    private static Dictionary<string, string> Series(DateTime localStart, string rhythm, int times, Guid? caseId = null)
    {
        var fields = ConsultationWorld.Plan(localStart, caseId: caseId);
        (fields["Input.Rhythm"], fields["Input.Times"]) = (rhythm, times.ToString());
        return fields;
    }

    [Fact]
    public async Task A_weekly_series_plans_each_consultation_a_week_apart_at_the_same_dutch_time_with_the_case_only_in_the_first()
    {
        var (org, team, chair, caseId) = await TeamWithACaseAsync();
        var start = MeetingWorld.DutchTimeOf(app.UtcNow.AddDays(3)).Date.AddHours(10);

        var planned = await chair.PlanConsultationAsync(team, Series(start, "Weekly", 4, caseId));

        Assert.Equal(HttpStatusCode.Redirect, planned.Status);
        var all = await ConsultationsOfAsync(team);
        Assert.Equal(4, all.Count);
        Assert.Single(all.Select(c => c.SeriesId).Distinct());
        Assert.All(all, c => Assert.Equal(new TimeOnly(10, 0), TimeOnly.FromDateTime(DutchTime.ToLocal(c.StartsAt))));
        Assert.Equal([0, 7, 14, 21], all.Select(c => DutchTime.DateOf(c.StartsAt).DayNumber - DutchTime.DateOf(all[0].StartsAt).DayNumber));
        Assert.Equal(caseId, all[0].CaseId);
        Assert.All(all.Skip(1), c => { Assert.Null(c.CaseId); Assert.False(c.CaseChosen); });
    }

    [Fact]
    public async Task Everyone_gets_one_invitation_for_the_whole_series_with_a_calendar_file_that_repeats_and_no_case_in_it()
    {
        var (org, team, chair, caseId) = await TeamWithACaseAsync();
        var start = MeetingWorld.DutchTimeOf(app.UtcNow.AddDays(3)).Date.AddHours(14);

        await chair.PlanConsultationAsync(team, Series(start, "Fortnightly", 6, caseId));

        var series = (await ConsultationsOfAsync(team))[0].SeriesId!.Value;
        foreach (var person in new[] { org.Member, org.Facilitator })
        {
            var mail = Assert.Single(await app.MailsToAsync(person));
            var ics = Encoding.UTF8.GetString(mail.AttachmentContent!);
            Assert.StartsWith("Uitnodiging casusoverleg: Actieleren", mail.Subject);
            Assert.Contains("Om de week op dezelfde tijd, 6 keer in totaal.", mail.TextBody);
            Assert.Contains($"UID:{series:N}@leerruimte", ics);
            Assert.Contains("RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=6", ics);
            Assert.Contains($"DTSTART;TZID=Europe/Amsterdam:{start:yyyyMMdd}T140000", ics);
            Assert.Contains("BEGIN:VTIMEZONE", ics);
            Assert.DoesNotContain("spijbelt", mail.TextBody + ics);
            Assert.Equal("text/calendar; method=REQUEST; charset=utf-8", mail.AttachmentContentType);
        }
    }

    [Fact]
    public async Task A_single_consultation_is_invited_as_one_event_without_a_repeat()
    {
        var (org, team, chair, _) = await TeamWithACaseAsync();

        await chair.PlanConsultationAsync(team, ConsultationWorld.Plan(MeetingWorld.DutchTimeOf(app.UtcNow.AddDays(2))));

        var only = Assert.Single(await ConsultationsOfAsync(team));
        var ics = Encoding.UTF8.GetString(Assert.Single(await app.MailsToAsync(org.Member)).AttachmentContent!);
        Assert.Null(only.SeriesId);
        Assert.Contains($"UID:{only.Id:N}@leerruimte", ics);
        Assert.DoesNotContain("RRULE:FREQ=WEEKLY", ics); // the time zone has yearly rules of its own
    }

    [Theory]
    [InlineData("Weekly", "1")]
    [InlineData("Weekly", "13")]
    [InlineData("Fortnightly", "100000000")]
    [InlineData("Monthly", "4")]
    [InlineData("7", "4")]
    public async Task A_rhythm_or_count_out_of_bounds_is_refused_in_dutch_and_nothing_is_planned(string rhythm, string times)
    {
        var (org, team, chair, _) = await TeamWithACaseAsync();
        var fields = ConsultationWorld.Plan(MeetingWorld.DutchTimeOf(app.UtcNow.AddDays(2)));
        (fields["Input.Rhythm"], fields["Input.Times"]) = (rhythm, times);

        var refused = await chair.PlanConsultationAsync(team, fields);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Empty(await ConsultationsOfAsync(team));
        Assert.Empty(await app.MailsToAsync(org.Member));
        Assert.NotNull(refused.Document.QuerySelector(".utrecht-alert--error, .validation-message, .utrecht-form-field-error-message"));
    }

    [Fact]
    public async Task A_participant_chooses_the_case_of_a_later_consultation_and_once_it_runs_the_case_is_fixed()
    {
        var (org, team, chair, caseId) = await TeamWithACaseAsync();
        await chair.PlanConsultationAsync(team, Series(MeetingWorld.DutchTimeOf(app.UtcNow.AddDays(3)), "Weekly", 2));
        var second = (await ConsultationsOfAsync(team))[1].Id;
        var member = await app.LoginAsync(org.Member);
        var memberId = await app.PersonIdAsync(org.Member);

        var chosen = await (await member.PageAsync($"/casusoverleg/{second}")).SubmitAsync(member, "choose-case",
            new Dictionary<string, string> { ["CaseId"] = caseId.ToString(), ["BringerId"] = memberId.ToString() });
        var page = await member.PageAsync($"/casusoverleg/{second}");

        Assert.Contains("De casus is opgeslagen.", chosen.Text);
        Assert.Contains(CaseTitle, page.Text);
        var c = await app.ConsultationAsync(second);
        Assert.Equal((caseId, true, memberId), (c.CaseId, c.CaseChosen, c.CaseBringerId));

        var before = await member.PageAsync($"/casusoverleg/{second}");
        await app.ChairAsync(org.Facilitator, second, (cmd, s, me) => cmd.StartAsync(s, me));
        var late = await before.SubmitAsync(member, "choose-case",
            new Dictionary<string, string> { ["CaseId"] = "", ["BringerId"] = "" });
        Assert.Contains("de casus ligt nu vast", late.Text);
        Assert.NotNull((await member.PageAsync($"/casusoverleg/{second}")).Document.QuerySelector("form[hidden] #case"));
        Assert.Equal(caseId, (await app.ConsultationAsync(second)).CaseId);
    }

    [Fact]
    public async Task A_case_of_another_team_or_a_bringer_who_is_not_taking_part_is_refused()
    {
        var (org, team, chair, _) = await TeamWithACaseAsync();
        var other = await app.CreateOrganisationAsync();
        var foreignCase = Guid.Parse((await (await app.LoginAsync(other.Member)).NewCaseAsync(await app.TeamIdAsync(other), "Buurman met veel katten")).Split('?')[0].Split('/')[^1]);
        await chair.PlanConsultationAsync(team, ConsultationWorld.Plan(MeetingWorld.DutchTimeOf(app.UtcNow.AddDays(2))));
        var id = Assert.Single(await ConsultationsOfAsync(team)).Id;
        var page = await chair.PageAsync($"/casusoverleg/{id}");

        var foreign = await page.SubmitAsync(chair, "choose-case", new Dictionary<string, string> { ["CaseId"] = foreignCase.ToString(), ["BringerId"] = "" });
        var outsider = await page.SubmitAsync(chair, "choose-case", new Dictionary<string, string> { ["CaseId"] = "", ["BringerId"] = (await app.PersonIdAsync(other.Member)).ToString() });
        var garbage = await page.SubmitAsync(chair, "choose-case", new Dictionary<string, string> { ["CaseId"] = "niet-een-id", ["BringerId"] = "x" });

        Assert.Contains("Deze casus staat niet (meer) in de casuïstiek van dit team.", foreign.Text);
        Assert.Equal(HttpStatusCode.OK, outsider.Status);
        Assert.DoesNotContain("De casus is opgeslagen.", outsider.Text);
        Assert.Equal(HttpStatusCode.OK, garbage.Status);
        var c = await app.ConsultationAsync(id);
        Assert.Null(c.CaseId);
        Assert.Null(c.CaseBringerId);
    }
}
