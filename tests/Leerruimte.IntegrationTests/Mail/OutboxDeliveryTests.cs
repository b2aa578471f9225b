namespace Leerruimte.IntegrationTests.Mail;

public sealed class OutboxDeliveryTests(SmtpMailApp app) : IClassFixture<SmtpMailApp>
{
    private const string DutchBody = "Beste Anouk,\n\nJe actie van de teambijeenkomst staat klaar. Eén vraag: wat heb je geleerd?\n\nMet vriendelijke groet,\nLeerruimte";

    [Fact]
    public async Task A_message_in_the_outbox_is_delivered_over_SMTP_with_its_recipient_subject_Dutch_text_sender_and_stable_Message_Id()
    {
        var to = MailWorld.NewAddress("anouk");

        var id = await app.AddToOutboxAsync(to, "Herinnering: hoe ging je actie?", DutchBody, "Anouk de Vries");

        var received = Assert.Single(await app.Smtp.MailArrivesAsync(to));
        var row = await Eventually.Get(() => app.OutboxRowAsync(id), r => r.SentAt is not null, what: "row marked sent");
        Assert.Equal(SmtpMailApp.FromAddress, received.From);
        Assert.Equal([to], received.To);
        var message = received.Message;
        Assert.Equal("Herinnering: hoe ging je actie?", message.Subject);
        Assert.Equal(DutchBody, message.TextBody?.ReplaceLineEndings("\n")?.TrimEnd('\n'));
        var from = Assert.Single(message.From.Mailboxes);
        Assert.Equal((SmtpMailApp.FromName, SmtpMailApp.FromAddress), (from.Name, from.Address));
        var recipient = Assert.Single(message.To.Mailboxes);
        Assert.Equal(("Anouk de Vries", to), (recipient.Name, recipient.Address));
        Assert.Equal($"{id:N}@leerruimte", message.MessageId);
        Assert.Equal((0, null, null), (row.Attempts, row.LastError, row.ClaimedUntil));
    }

    [Fact]
    public async Task While_the_mail_server_is_down_nothing_is_lost_and_once_it_is_back_the_message_is_delivered_exactly_once()
    {
        var to = MailWorld.NewAddress();
        await app.Smtp.StopAsync();
        try
        {
            var id = await app.AddToOutboxAsync(to, "Uitnodiging teambijeenkomst", DutchBody);

            var failing = await Eventually.Get(() => app.OutboxRowAsync(id), r => r.Attempts >= 2, what: "two failed attempts");
            Assert.Null(failing.SentAt);
            Assert.Null(failing.GaveUpAt);
            Assert.Contains("SocketException", failing.LastError);
        }
        finally
        {
            app.Smtp.Start();
        }

        await app.Smtp.MailArrivesAsync(to);
        var row = Assert.Single(await app.MailsToAsync(to));
        await Eventually.Until(async () => (await app.OutboxRowAsync(row.Id)).SentAt is not null, what: "row marked sent");
        await app.OutboxSender.SendDueAsync(CancellationToken.None);
        Assert.Single(app.Smtp.ReceivedFor(to));
    }

    [Theory]
    [InlineData(SmtpStage.Rcpt)]
    [InlineData(SmtpStage.Data)]
    public async Task A_temporary_451_answer_is_retried_and_the_message_is_then_delivered_once(SmtpStage stage)
    {
        var to = MailWorld.NewAddress();
        var rejectedBefore = app.Smtp.Rejected;
        app.Smtp.FailNext(1, stage);

        var id = await app.AddToOutboxAsync(to, "Terugkoppeling bijeenkomst", DutchBody);

        var row = await Eventually.Get(() => app.OutboxRowAsync(id), r => r.SentAt is not null, what: "row marked sent");
        Assert.Equal(1, app.Smtp.Rejected - rejectedBefore);
        Assert.Equal(1, row.Attempts);
        Assert.Contains("try again later", row.LastError);
        Assert.Single(app.Smtp.ReceivedFor(to));
    }

    [Fact]
    public async Task Two_app_instances_sending_at_the_same_time_deliver_each_of_twenty_messages_exactly_once()
    {
        var second = new SecondInstance(app);
        try
        {
            _ = second.Server; // its own background sender now polls the same database
            var recipients = Enumerable.Range(1, 20).Select(i => MailWorld.NewAddress($"deelnemer{i}")).ToList();

            var ids = await app.AddToOutboxAsync(recipients.Select(r => (r, (string?)null, "Uitnodiging", DutchBody)));
            var senders = new[] { app.OutboxSender, second.OutboxSender, app.OutboxSender, second.OutboxSender };
            await Task.WhenAll(senders.Select(s => Task.Run(() => s.SendDueAsync(CancellationToken.None))));

            await Eventually.Until(async () => (await app.OutboxRowsAsync(ids)).All(r => r.SentAt is not null), what: "all rows marked sent");
            var delivered = app.Smtp.Received.Where(m => recipients.Contains(m.To.Single())).ToList();
            Assert.Equal(20, delivered.Count);
            Assert.Equal(ids.Select(id => $"{id:N}@leerruimte").Order(), delivered.Select(m => m.Message.MessageId).Order());
        }
        finally
        {
            await ((IAsyncLifetime)second).DisposeAsync();
        }
    }
}
