using Leerruimte.Features.Actions;
using Leerruimte.Features.Notifications;
using Leerruimte.IntegrationTests.Mail;
using Leerruimte.IntegrationTests.Meetings;

namespace Leerruimte.IntegrationTests.Notifications;

/// <summary>What each mail choice does to a reminder and to an invitation: over HTTP, through the real SMTP conversation.</summary>
public sealed class MailChoiceTests : OwnMailAppPerTest
{
    /// <summary>A meeting closed with the member's action, and three weeks later its follow-up reminder has run.</summary>
    private async Task<(TestOrganisation Org, Guid Meeting)> RemindedAsync(TestOrganisation org)
    {
        var id = await app.ClosedMeetingWithAnActionAsync(org);
        app.Clock.Advance(TimeSpan.FromDays(22));
        await app.JobDoneAsync(FollowUpReminders.Kind, id);
        return (org, id);
    }

    private static bool IsReminder(ReceivedMail mail) => mail.Message.Subject!.StartsWith("Drie weken later");

    private static bool IsDigest(ReceivedMail mail) => mail.Message.Subject!.StartsWith("Verzamelmail van Leerruimte");

    [Fact]
    public async Task By_default_a_reminder_comes_by_mail_at_once_with_a_link_to_choose_less_and_on_the_start_page()
    {
        var (org, id) = await RemindedAsync(await app.CreateOrganisationAsync());

        var mail = Assert.Single(await app.Smtp.MailArrivesAsync(org.Member, IsReminder));
        Assert.Contains($"Minder e-mail? Kies hier wat je per mail krijgt: {LeerruimteApp.PublicUrl}/mijn-e-mail", mail.Message.TextBody!);
        Assert.Contains("geef jezelf opnieuw een cijfer", (await (await app.LoginAsync(org.Member)).PageAsync("/")).Text);
    }

    [Theory]
    [InlineData("verzamelmail")]
    [InlineData("startpagina")]
    public async Task With_the_digest_or_the_start_page_only_a_reminder_sends_no_mail_now_but_is_on_the_start_page(string choice)
    {
        var org = await app.CreateOrganisationAsync();
        await app.ChooseAsync(org.Member, ("herinneringen", choice));

        await RemindedAsync(org);

        Assert.DoesNotContain(await app.MailsToAsync(org.Member), m => m.Subject.StartsWith("Drie weken later"));
        Assert.Contains("geef jezelf opnieuw een cijfer", (await (await app.LoginAsync(org.Member)).PageAsync("/")).Text);
        var notice = Assert.Single(await app.NotificationsOfAsync(org.Member), n => n.Link.EndsWith("/vervolg"));
        Assert.Equal(choice == "verzamelmail", notice.KeptForDigest);
    }

    [Fact]
    public async Task A_reminder_kept_for_the_digest_comes_in_it_and_one_for_the_start_page_only_never_by_mail()
    {
        var org = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync();
        await app.ChooseAsync(org.Member, ("herinneringen", "verzamelmail"));
        await app.ChooseAsync(other.Member, ("herinneringen", "startpagina"));
        await RemindedAsync(org);
        await RemindedAsync(other);

        app.Clock.Advance(TimeSpan.FromDays(7)); // past the next Monday 07:00
        var digest = Assert.Single(await app.Smtp.MailArrivesAsync(org.Member, IsDigest));

        Assert.Contains("geef jezelf opnieuw een cijfer", digest.Message.TextBody!);
        Assert.DoesNotContain(app.Smtp.ReceivedFor(org.Member), IsReminder);
        Assert.DoesNotContain(await app.MailsToAsync(other.Member), m => m.Subject.StartsWith("Drie weken later") || m.Subject.StartsWith("Verzamelmail"));
    }

    [Theory]
    [InlineData("verzamelmail")]
    [InlineData("startpagina")]
    public async Task An_invitation_with_a_calendar_file_comes_at_once_whatever_the_choice(string choice)
    {
        var org = await app.CreateOrganisationAsync();
        await app.ChooseAsync(org.Member, ("uitnodigingen", choice));

        var id = await app.PlanMeetingAsync(org);

        var invitation = Assert.Single(await app.Smtp.MailArrivesAsync(org.Member, m => m.Message.Subject!.StartsWith("Uitnodiging")));
        Assert.Contains(invitation.Message.Attachments, a => a.ContentType.MimeType == "text/calendar");
        Assert.Contains("Uitnodiging:", (await (await app.LoginAsync(org.Member)).PageAsync("/")).Text);
        Assert.False(Assert.Single(await app.NotificationsOfAsync(org.Member), n => n.Link == $"/bijeenkomsten/{id}").KeptForDigest);
    }

    [Fact]
    public async Task The_feedback_notice_follows_the_coordinators_choice_for_notices()
    {
        var org = await app.CreateOrganisationAsync();
        await app.ChooseAsync(org.Leader, ("meldingen", "startpagina"));
        var id = await app.PlanMeetingAsync(org);
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.StartAsync(id, me));
        var facilitator = await app.LoginAsync(org.Facilitator);
        var form = Enumerable.Range(1, 8).Select(i => KeyValuePair.Create($"answer-stelling-{i}", "3"))
            .Append(KeyValuePair.Create("coordinator", (await app.PersonIdAsync(org.Leader)).ToString()))
            .Append(KeyValuePair.Create("answer-vragen", "Geen")).Append(KeyValuePair.Create("answer-opmerkingen", "Geen")).Append(KeyValuePair.Create("go", "send"));

        var sent = await (await facilitator.PageAsync($"/bijeenkomsten/{id}/terugkoppeling")).SubmitAsync(facilitator, "feedback", form);

        Assert.Contains("Het formulier is verstuurd", sent.Text);
        Assert.DoesNotContain(await app.MailsToAsync(org.Leader), m => m.Subject.StartsWith("Terugkoppeling"));
        Assert.Contains("Terugkoppeling ontvangen", (await (await app.LoginAsync(org.Leader)).PageAsync("/")).Text);
    }
}
