using Leerruimte.Features.People;
using Leerruimte.Infrastructure;
using Leerruimte.Infrastructure.Mail;
using Leerruimte.Resources;
using Leerruimte.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace Leerruimte.Features.Account;

/// <summary>Mails a link to set a password: for a new person (welcome) or after "forgot password".</summary>
public sealed class PasswordLinks(UserManager<Person> users, TenantContext tenant, MailOutbox outbox, Data.LeerruimteDb db, PublicLinks links)
{
    public async Task SendWelcomeAsync(Person person, string organisationName)
    {
        var link = await LinkFor(person);
        outbox.Add(person.Email!, person.DisplayName,
            string.Format(Ui.Mail_Welcome_Subject, organisationName),
            string.Format(Ui.Mail_Welcome_Body, person.DisplayName, organisationName, link, person.Email));
    }

    public async Task SendResetLinkAsync(string email)
    {
        Person? person;
        using (tenant.OpenAccountLookup()) person = await users.FindByEmailAsync(email);
        if (person is null) return;
        // Not tenant.Enter: whoever asks (perhaps signed in elsewhere), the mail belongs to the person's organisation.
        var link = await LinkFor(person);
        outbox.Add(person.Email!, person.DisplayName, Ui.Mail_Reset_Subject, string.Format(Ui.Mail_Reset_Body, person.DisplayName, link),
            organisationId: person.OrganisationId);
        await db.SaveChangesAsync();
    }

    private async Task<string> LinkFor(Person person)
    {
        var token = await users.GeneratePasswordResetTokenAsync(person);
        return links.To($"/wachtwoord-instellen?persoon={person.Id}&code={Uri.EscapeDataString(token)}");
    }
}
