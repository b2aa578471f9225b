using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Mail;

public sealed class OutboxGiveUpTests(GiveUpAfterThreeApp app) : IClassFixture<GiveUpAfterThreeApp>
{
    [Fact]
    public async Task After_MaxAttempts_failures_the_message_is_given_up_and_never_retried()
    {
        var to = MailWorld.NewAddress();
        app.Smtp.FailNext(3);

        var id = await app.AddToOutboxAsync(to, "Je competentiemeter staat klaar", "Beste collega, vul je meter in.");

        var row = await Eventually.Get(() => app.OutboxRowAsync(id), r => r.GaveUpAt is not null, what: "message given up");
        Assert.Equal(3, row.Attempts);
        Assert.Null(row.SentAt);
        Assert.Contains("try again later", row.LastError);

        // Even when it is due again and the server now accepts mail, a given-up message is not sent.
        await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().OutboxMessages.IgnoreQueryFilters([TenantFilters.Name])
            .Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, app.UtcNow.AddHours(-1))));
        Assert.Equal(0, await app.OutboxSender.SendDueAsync(CancellationToken.None));
        Assert.Empty(app.Smtp.ReceivedFor(to));
        Assert.Equal(3, (await app.OutboxRowAsync(id)).Attempts);
    }
}

public sealed class OutboxPermanentFailureTests(SmtpMailApp app) : IClassFixture<SmtpMailApp>
{
    [Fact]
    public async Task A_permanent_refusal_is_given_up_at_once_instead_of_retried()
    {
        var to = MailWorld.NewAddress();
        app.Smtp.FailNext(1, SmtpStage.Rcpt, "550 5.1.1 Test server says: no such mailbox");

        var id = await app.AddToOutboxAsync(to, "Uitnodiging", "Beste collega.");

        var row = await Eventually.Get(() => app.OutboxRowAsync(id), r => r.GaveUpAt is not null, what: "message given up");
        Assert.Equal(1, row.Attempts);
        Assert.Contains("no such mailbox", row.LastError);
    }
}
