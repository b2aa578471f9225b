using System.ComponentModel.DataAnnotations;
using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Features.Account;
using Leerruimte.Features.Teams;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Leerruimte.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.People;

/// <summary>An admin adds a person to the organisation; the person gets an e-mail to set a password.</summary>
public sealed class CreatePerson(LeerruimteDb db, UserManager<Person> users, TenantContext tenant, PasswordLinks links)
{
    public sealed class Input
    {
        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_NameRequired))]
        [MaxLength(200, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string Name { get; set; } = "";

        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_EmailRequired))]
        [EmailAddress(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_EmailInvalid))]
        [MaxLength(320, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string Email { get; set; } = "";

        public bool IsAdmin { get; set; }
        public bool IsTrainer { get; set; }
        public Guid? TeamId { get; set; }
        [DefinedValue] public TeamRole Role { get; set; } = TeamRole.Member;
    }

    public sealed record Result(Person? Person, IReadOnlyList<string> Errors);

    public async Task<Result> HandleAsync(Input input, CancellationToken ct = default)
    {
        var organisation = await db.Organisations.SingleAsync(ct);
        if (input.TeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId, ct))
            return new Result(null, [Ui.Team_NotFound]);

        var email = input.Email.Trim();
        var person = new Person { OrganisationId = organisation.Id, DisplayName = input.Name.Trim(), Email = email, UserName = email };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        IdentityResult created;
        try
        {
            using (tenant.OpenAccountLookup()) created = await users.CreateAsync(person);
        }
        catch (DbUpdateException)
        {
            // Lost a race with someone creating the same address: the unique index said no.
            return new Result(null, [string.Format(Ui.Identity_DuplicateEmail, email)]);
        }
        if (!created.Succeeded) return new Result(null, created.Errors.Select(e => e.Description).ToList());

        if (input.IsAdmin) await users.AddToRoleAsync(person, Roles.Admin);
        if (input.IsTrainer) await users.AddToRoleAsync(person, Roles.Trainer);
        if (input.TeamId is { } team) db.TeamMemberships.Add(new TeamMembership { TeamId = team, PersonId = person.Id, Role = input.Role });
        await links.SendWelcomeAsync(person, organisation.Name);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Result(person, []);
    }
}
