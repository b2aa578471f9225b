using Leerruimte.IntegrationTests.Mail;

namespace Leerruimte.IntegrationTests.Sharing;

public sealed class SharedWithYouMailTests(SmtpMailApp app) : IClassFixture<SmtpMailApp>
{
    [Fact]
    public async Task The_mail_that_a_learning_log_was_shared_arrives_over_SMTP_in_Dutch_with_its_link()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var name = $"Teamlid {org.Team["Team ".Length..]}";

        await app.ShareAsync(member, "/leerlogboek", org.Leader);

        var message = Assert.Single(await app.Smtp.MailArrivesAsync(org.Leader)).Message;
        Assert.Equal($"{name} heeft iets met je gedeeld: Leerlogboek van {name}", message.Subject);
        var body = message.TextBody!.ReplaceLineEndings("\n");
        Assert.StartsWith($"Beste Leidinggevende {org.Team["Team ".Length..]},\n\n{name} heeft iets met je gedeeld in Leerruimte: Leerlogboek van {name}.", body);
        Assert.Contains($"{LeerruimteApp.PublicUrl}/gedeeld/leerlogboek/{await app.PersonIdAsync(org.Member)}", body);
    }
}
