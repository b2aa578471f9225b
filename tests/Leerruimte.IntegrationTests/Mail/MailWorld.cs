using System.Text.RegularExpressions;
using Leerruimte.Data;
using Leerruimte.Infrastructure.Mail;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Mail;

public static partial class MailWorld
{
    public static string NewAddress(string who = "ontvanger") => $"{who}-{Guid.NewGuid().ToString("N")[..10]}@test.example";

    public static async Task<Guid> AddToOutboxAsync(this LeerruimteApp app, string to, string subject, string body, string? toName = null, Guid? organisationId = null) =>
        (await app.AddToOutboxAsync([(to, toName, subject, body)], organisationId)).Single();

    /// <summary>Adds messages the way features do: through <see cref="MailOutbox"/>, saved together in one unit of work.</summary>
    public static Task<List<Guid>> AddToOutboxAsync(this LeerruimteApp app,
        IEnumerable<(string To, string? ToName, string Subject, string Body)> messages, Guid? organisationId = null) =>
        app.InScopeAsync(async sp =>
        {
            if (organisationId is { } organisation) sp.GetRequiredService<TenantContext>().Enter(organisation);
            var outbox = sp.GetRequiredService<MailOutbox>();
            var ids = messages.Select(m => outbox.Add(m.To, m.ToName, m.Subject, m.Body).Id).ToList();
            await sp.GetRequiredService<LeerruimteDb>().SaveChangesAsync();
            return ids;
        });

    public static async Task<OutboxMessage> OutboxRowAsync(this LeerruimteApp app, Guid id) => (await app.OutboxRowsAsync([id])).Single();

    public static Task<List<OutboxMessage>> OutboxRowsAsync(this LeerruimteApp app, IReadOnlyCollection<Guid> ids) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().OutboxMessages.IgnoreQueryFilters([TenantFilters.Name])
            .AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync());

    /// <summary>Waits until the SMTP server has received mail for this address, and returns it.</summary>
    public static Task<IReadOnlyList<ReceivedMail>> MailArrivesAsync(this SmtpTestServer smtp, string address) =>
        Eventually.Get(() => Task.FromResult(smtp.ReceivedFor(address)), m => m.Count > 0, what: $"mail for {address} arrives");

    /// <summary>The local part (path and query) of the set-password link in a mail body.</summary>
    public static string SetPasswordLinkIn(string body)
    {
        var match = SetPasswordLink().Match(body);
        Assert.True(match.Success, $"No set-password link in: {body}");
        var link = new Uri(match.Value);
        return link.PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+/wachtwoord-instellen\?\S+")]
    private static partial Regex SetPasswordLink();
}
