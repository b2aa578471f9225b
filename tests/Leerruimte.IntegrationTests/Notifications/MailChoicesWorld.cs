using Leerruimte.Data;
using Leerruimte.Features.Notifications;
using Leerruimte.IntegrationTests.Mail;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Leerruimte.IntegrationTests.Notifications;

/// <summary>The app with its mail going over SMTP to a test server, on a clock that stands still until the test moves it.</summary>
public sealed class FakeClockMailApp : SmtpMailApp
{
    public new FakeTimeProvider Clock => (FakeTimeProvider)base.Clock;

    protected override TimeProvider CreateClock() => new FakeTimeProvider(Start);

    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Scheduling:PollInterval"] = "00:00:00.100" };
}

/// <summary>A fresh <see cref="FakeClockMailApp"/> for every test: its clock only moves forward, so tests cannot share one.</summary>
public abstract class OwnMailAppPerTest : IAsyncLifetime
{
    protected readonly FakeClockMailApp app = new();

    public Task InitializeAsync()
    {
        _ = app.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await app.Database.DisposeAsync();
    }
}

public static class MailChoicesWorld
{
    /// <summary>The person chooses on their page, for the kinds given (field and value as the form names them); the others stay as they are.</summary>
    public static async Task<HtmlPage> ChooseAsync(this LeerruimteApp app, string email, params (string Field, string Value)[] choices)
    {
        var person = await app.LoginAsync(email);
        var page = await person.PageAsync(MailChoices.Page);
        var fields = page.Document.QuerySelectorAll("input[type=radio][checked]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
        foreach (var (field, value) in choices) fields[field] = value;
        return await page.SubmitAsync(person, "mail-choices", fields);
    }

    /// <summary>A message of this kind to this person, sent the way features send it: through <see cref="Messages"/>, saved in one unit of work.</summary>
    public static Task SendMessageAsync(this LeerruimteApp app, TestOrganisation org, string email, MessageKind kind, string notice, string link = "/meter") =>
        app.InScopeAsync(async sp =>
        {
            sp.GetRequiredService<TenantContext>().Enter(org.Id);
            var db = sp.GetRequiredService<LeerruimteDb>();
            var person = await db.Users.Where(p => p.Email == email).Select(p => new Messages.Recipient(p.Id, p.DisplayName, p.Email!)).SingleAsync();
            await sp.GetRequiredService<Messages>().SendAsync(person, new(kind, notice, link, "Onderwerp: " + notice, "Beste collega,\n\n" + notice));
            await db.SaveChangesAsync();
        });

    /// <summary>Waits until the SMTP server has received mail for this address that matches, and returns those.</summary>
    public static Task<IReadOnlyList<ReceivedMail>> MailArrivesAsync(this SmtpTestServer smtp, string address, Func<ReceivedMail, bool> matches) =>
        Eventually.Get(() => Task.FromResult<IReadOnlyList<ReceivedMail>>(smtp.ReceivedFor(address).Where(matches).ToList()), m => m.Count > 0,
            what: $"matching mail for {address} arrives");

    /// <summary>Waits until the scheduled job of this kind and subject has run (by whichever loop picked it up).</summary>
    public static Task JobDoneAsync(this LeerruimteApp app, string kind, Guid subject) =>
        Eventually.Until(() => app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().ScheduledJobs
            .AnyAsync(j => j.Kind == kind && j.SubjectId == subject && j.CompletedAt != null)), what: $"job {kind} done");

    /// <summary>Start-page messages of this person, read or not.</summary>
    public static Task<List<Notification>> NotificationsOfAsync(this LeerruimteApp app, string email) =>
        app.InScopeAsync(async sp =>
        {
            var id = await app.PersonIdAsync(email);
            return await sp.GetRequiredService<LeerruimteDb>().Notifications.IgnoreQueryFilters([TenantFilters.Name]).AsNoTracking()
                .Where(n => n.PersonId == id).ToListAsync();
        });
}
