using MimeKit;

namespace Leerruimte.IntegrationTests.Mail;

/// <summary>The default test app has no SMTP host, so its mail goes to the pickup folder.</summary>
public sealed class PickupFolderTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task Without_an_SMTP_host_messages_are_written_as_eml_files_in_the_pickup_folder_and_marked_sent()
    {
        var to = MailWorld.NewAddress();

        var id = await app.AddToOutboxAsync(to, "Welkom bij Leerruimte", "Beste Sanne, welkom in het team.");

        var row = await Eventually.Get(() => app.OutboxRowAsync(id), r => r.SentAt is not null, what: "row marked sent");
        var file = Path.Combine(app.Database.DataFolder, "mail", $"{id}.eml");
        Assert.True(File.Exists(file), $"No pickup file {file}");
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal(to, Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("Welkom bij Leerruimte", message.Subject);
        Assert.Equal($"{id:N}@leerruimte", message.MessageId);
        Assert.Contains("Beste Sanne, welkom in het team.", message.TextBody);
        Assert.Equal(0, row.Attempts);
    }
}
