using Leerruimte.Features.Notifications;
using Leerruimte.Features.Scheduling;
using Leerruimte.IntegrationTests.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Notifications;

/// <summary>The weekly digest (verzamelmail) on the fake clock: Monday 07:00 Dutch time, once, and nothing for an empty week.</summary>
public sealed class WeeklyDigestTests : OwnMailAppPerTest
{
    private JobRunner Runner => app.Services.GetRequiredService<JobRunner>();

    private static bool IsDigest(ReceivedMail mail) => mail.Message.Subject!.StartsWith("Verzamelmail van Leerruimte");

    private async Task<TestOrganisation> KeepingEverythingAsync()
    {
        var org = await app.CreateOrganisationAsync();
        await app.ChooseAsync(org.Member, ("uitnodigingen", "verzamelmail"), ("herinneringen", "verzamelmail"), ("gedeeld", "verzamelmail"), ("meldingen", "verzamelmail"));
        return org;
    }

    private async Task<List<Leerruimte.Infrastructure.Mail.OutboxMessage>> DigestsToAsync(string email) =>
        (await app.MailsToAsync(email)).Where(m => m.Subject.StartsWith("Verzamelmail")).ToList();

    [Fact]
    public async Task On_Monday_at_seven_Dutch_time_one_mail_lists_every_kept_message_with_its_link_and_a_second_run_sends_nothing_more()
    {
        var org = await KeepingEverythingAsync();  // the clock stands on Monday 23 November 2026, 10:00 Dutch time
        await app.SendMessageAsync(org, org.Member, MessageKind.Reminder, "Vul je vervolg in", "/bijeenkomsten/vervolg-1");
        await app.SendMessageAsync(org, org.Member, MessageKind.Share, "Joost deelde zijn ontwikkelplan met je", "/gedeeld");
        await app.SendMessageAsync(org, org.Member, MessageKind.Notice, "Terugkoppeling ontvangen", "/bijeenkomsten/terugkoppeling-1");
        Assert.Empty(await app.MailsToAsync(org.Member));

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 5, 59, 59, TimeSpan.Zero));  // Monday 06:59:59 in winter time
        await Runner.RunDueAsync(CancellationToken.None);
        Assert.Empty(await DigestsToAsync(org.Member));
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero));  // Monday 07:00
        var digest = Assert.Single(await app.Smtp.MailArrivesAsync(org.Member, IsDigest));
        Assert.Equal(0, await Runner.RunDueAsync(CancellationToken.None));
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await Runner.RunDueAsync(CancellationToken.None);

        Assert.Equal("Verzamelmail van Leerruimte: 3 berichten", digest.Message.Subject);
        var body = digest.Message.TextBody!.ReplaceLineEndings("\n");
        Assert.Contains($"Vul je vervolg in\n  {LeerruimteApp.PublicUrl}/bijeenkomsten/vervolg-1", body);
        Assert.Contains($"{LeerruimteApp.PublicUrl}/gedeeld", body);
        Assert.Contains($"{LeerruimteApp.PublicUrl}/bijeenkomsten/terugkoppeling-1", body);
        Assert.Contains($"{LeerruimteApp.PublicUrl}/mijn-e-mail", body);
        Assert.Single(await DigestsToAsync(org.Member));
        Assert.Single(app.Smtp.ReceivedFor(org.Member), IsDigest);
        Assert.Equal(3, (await (await app.LoginAsync(org.Member)).PageAsync("/")).All(".app-notification a").Count());
    }

    [Fact]
    public async Task A_week_with_nothing_kept_sends_no_digest()
    {
        var org = await KeepingEverythingAsync();
        var quiet = await KeepingEverythingAsync();
        await app.SendMessageAsync(org, org.Member, MessageKind.Reminder, "Vul je vervolg in");
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero));
        Assert.Single(await app.Smtp.MailArrivesAsync(org.Member, IsDigest));

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 6, 30, 0, TimeSpan.Zero));  // the next Monday, past 07:00
        await Runner.RunDueAsync(CancellationToken.None);
        await app.OutboxSender.SendDueAsync(CancellationToken.None);

        Assert.Single(await DigestsToAsync(org.Member));
        Assert.Empty(await app.MailsToAsync(quiet.Member));
        Assert.Empty(app.Smtp.ReceivedFor(quiet.Member));
    }

    [Theory]
    [InlineData("2027-03-25T12:00:00Z", "2027-03-29T05:00:00Z")]  // summer time starts on Sunday 28 March: 07:00 is 05:00 UTC
    [InlineData("2027-10-28T12:00:00Z", "2027-11-01T06:00:00Z")]  // winter time starts on Sunday 31 October: 07:00 is 06:00 UTC
    public async Task Across_a_change_of_summer_time_the_digest_still_comes_at_seven_Dutch_time(string kept, string seven)
    {
        var org = await KeepingEverythingAsync();
        app.Clock.SetUtcNow(DateTimeOffset.Parse(kept, System.Globalization.CultureInfo.InvariantCulture));
        await app.SendMessageAsync(org, org.Member, MessageKind.Reminder, "Vul je vervolg in");
        var at = DateTimeOffset.Parse(seven, System.Globalization.CultureInfo.InvariantCulture);

        app.Clock.SetUtcNow(at.AddSeconds(-1));
        await Runner.RunDueAsync(CancellationToken.None);
        Assert.Empty(await DigestsToAsync(org.Member));
        app.Clock.SetUtcNow(at);

        var digest = Assert.Single(await app.Smtp.MailArrivesAsync(org.Member, IsDigest));
        Assert.Equal("Verzamelmail van Leerruimte: 1 bericht", digest.Message.Subject);
    }
}
