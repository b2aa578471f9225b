using Leerruimte.Authorization;
using Leerruimte.Data;

namespace Leerruimte.Features.Declarations;

public static class DeclarationEndpoint
{
    /// <summary>The signed-in professional's own declaration over one period as a PDF; nobody can ask for someone else's.</summary>
    public static IEndpointRouteBuilder MapDeclarationPdf(this IEndpointRouteBuilder app)
    {
        app.MapGet("/leerlogboek/verklaring/{period}/pdf", async (string period, LeerruimteDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        {
            if (!DeclarationPeriod.TryParse(period, out var p)) return Results.BadRequest(); // the Dutch "Dit verzoek klopt niet" page
            var declaration = await DeclarationOf.PeriodAsync(db, user.RequirePersonId(), p, ct);
            if (declaration is null) return Results.NotFound();
            var pdf = DeclarationPdf.Render(declaration, clock.GetUtcNow().UtcDateTime);
            return Results.File(pdf, "application/pdf", $"verklaring-reflectie-uren-{p.Key}.pdf");
        }).RequireAuthorization();
        return app;
    }
}
