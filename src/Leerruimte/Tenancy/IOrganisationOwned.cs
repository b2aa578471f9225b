namespace Leerruimte.Tenancy;

/// <summary>
/// A record that belongs to exactly one organisation. The DbContext filters every query on it by the
/// current organisation and stamps the organisation on insert; nothing crosses organisations.
/// </summary>
public interface IOrganisationOwned
{
    Guid OrganisationId { get; set; }
}
