using System.ComponentModel.DataAnnotations;
using Leerruimte.Data;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.SocialMap;

/// <summary>Adding a partner to the team's social map, changing it, and removing it. The page checks the team first.</summary>
public sealed class SavePartner(LeerruimteDb db, TimeProvider clock)
{
    public sealed class Input
    {
        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Partner_NameRequired))]
        [StringLength(Partner.MaxName, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Name { get; set; }

        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Partner_OfferRequired))]
        [StringLength(Partner.MaxOffer, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Offer { get; set; }

        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Partner_RoleRequired))]
        [StringLength(Partner.MaxRole, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? ContactRole { get; set; }

        [StringLength(Partner.MaxRole, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? ContactName { get; set; }

        [StringLength(Partner.MaxReach, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Reach { get; set; }

        public static Input From(Partner p) => new() { Name = p.Name, Offer = p.Offer, ContactRole = p.ContactRole, ContactName = p.ContactName, Reach = p.Reach };
    }

    /// <summary>The new partner, or the Dutch reason it was not added.</summary>
    public async Task<(Partner? Partner, string? Error)> CreateAsync(Guid teamId, Input input, CancellationToken ct = default)
    {
        if (await db.Partners.CountAsync(p => p.TeamId == teamId, ct) >= Partner.MaxPerTeam)
            return (null, string.Format(Ui.Partner_TooMany, Partner.MaxPerTeam));
        var partner = new Partner { TeamId = teamId, Name = "", Offer = "", ContactRole = "" };
        Apply(partner, input);
        db.Partners.Add(partner);
        await db.SaveChangesAsync(ct);
        return (partner, null);
    }

    public async Task UpdateAsync(Partner partner, Input input, CancellationToken ct = default)
    {
        Apply(partner, input);
        await db.SaveChangesAsync(ct);
    }

    public async Task DeleteAsync(Partner partner, CancellationToken ct = default)
    {
        db.Partners.Remove(partner);
        await db.SaveChangesAsync(ct);
    }

    private void Apply(Partner partner, Input input)
    {
        partner.Name = input.Name!.Trim();
        partner.Offer = input.Offer!.Trim();
        partner.ContactRole = input.ContactRole!.Trim();
        partner.ContactName = Clean(input.ContactName);
        partner.Reach = Clean(input.Reach);
        partner.UpdatedAt = clock.GetUtcNow().UtcDateTime;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
