namespace Leerruimte.Tenancy;

/// <summary>
/// The organisation whose data this scope (request, circuit or background job) may see.
/// Empty until set: then every organisation-owned query returns nothing.
/// </summary>
public sealed class TenantContext
{
    public Guid? OrganisationId { get; private set; }

    /// <summary>
    /// True only inside <see cref="OpenAccountLookup"/>: lets Identity find an account by e-mail before we
    /// know its organisation, and check that an e-mail address is unique. It opens people (accounts), nothing else.
    /// </summary>
    public bool AccountLookup { get; private set; }

    public void Enter(Guid organisationId)
    {
        if (OrganisationId is { } current && current != organisationId)
            throw new InvalidOperationException("This scope already belongs to another organisation.");
        OrganisationId = organisationId;
    }

    /// <summary>Used by sign-in, password and account-creation code only; dispose as soon as the lookup is done.</summary>
    public IDisposable OpenAccountLookup()
    {
        AccountLookup = true;
        return new Closer(this);
    }

    private sealed class Closer(TenantContext tenant) : IDisposable
    {
        public void Dispose() => tenant.AccountLookup = false;
    }
}
