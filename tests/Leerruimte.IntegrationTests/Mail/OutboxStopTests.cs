namespace Leerruimte.IntegrationTests.Mail;

public sealed class OutboxStopTests(ManualSendApp app) : IClassFixture<ManualSendApp>
{
    [Fact]
    public async Task When_the_app_stops_in_the_middle_of_a_batch_what_was_already_sent_is_recorded_and_not_sent_again()
    {
        var recipients = new[] { MailWorld.NewAddress("eerste"), MailWorld.NewAddress("tweede") };
        var ids = await app.AddToOutboxAsync(recipients.Select(r => (r, (string?)null, "Uitnodiging", "Tot donderdag.")));
        using var stopping = new CancellationTokenSource();
        var mailCommands = 0;
        // Stop while the second message is being handed over, after the first one was accepted.
        app.Smtp.OnCommand = line => { if (line.StartsWith("MAIL", StringComparison.OrdinalIgnoreCase) && Interlocked.Increment(ref mailCommands) == 2) stopping.Cancel(); };
        try
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => app.OutboxSender.SendDueAsync(stopping.Token));
        }
        finally
        {
            app.Smtp.OnCommand = null;
        }

        var delivered = Assert.Single(app.Smtp.Received, m => recipients.Contains(m.To.Single()));
        var rows = await app.OutboxRowsAsync(ids);
        Assert.NotNull(rows.Single(r => r.To == delivered.To.Single()).SentAt);
        Assert.Null(rows.Single(r => r.To != delivered.To.Single()).SentAt);

        await app.OutboxSender.SendDueAsync(CancellationToken.None); // as after a restart
        Assert.Single(app.Smtp.ReceivedFor(delivered.To.Single()));
    }
}
