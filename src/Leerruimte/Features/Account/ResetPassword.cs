using Leerruimte.Features.People;
using Leerruimte.Resources;
using Leerruimte.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace Leerruimte.Features.Account;

/// <summary>
/// Sets a new password with the link from a mail. It runs in a scope of its own, in the person's
/// organisation: whoever is signed in in this browser (perhaps someone of another organisation, whose
/// scope cannot enter a second one) has nothing to do with it, and stays signed in.
/// </summary>
public sealed class ResetPassword(IServiceScopeFactory scopes)
{
    /// <summary>The reasons it failed, in Dutch; empty when the password was set.</summary>
    public async Task<IReadOnlyList<string>> HandleAsync(string personId, string token, string password)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantContext>();
        Person? person;
        using (tenant.OpenAccountLookup())
            person = Guid.TryParse(personId, out var id) ? await users.FindByIdAsync(id.ToString()) : null;
        if (person is null) return [Ui.Identity_InvalidToken];
        tenant.Enter(person.OrganisationId);
        var result = await users.ResetPasswordAsync(person, token, password);
        if (!result.Succeeded) return result.Errors.Select(e => e.Description).ToList();
        await users.ResetAccessFailedCountAsync(person);
        await users.SetLockoutEndDateAsync(person, null);
        if (!person.EmailConfirmed)
        {
            person.EmailConfirmed = true;
            await users.UpdateAsync(person);
        }
        return [];
    }
}
