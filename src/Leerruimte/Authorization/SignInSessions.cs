using System.Security.Claims;
using Leerruimte.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Authorization;

/// <summary>Starts and ends the <see cref="SignInSession"/> of a device's sign-in.</summary>
public sealed class SignInSessions(LeerruimteDb db, TimeProvider clock)
{
    public const string Claim = "leerruimte:session";

    /// <summary>How stale <see cref="SignInSession.SeenAt"/> may be: checks write it at most this often.</summary>
    public static readonly TimeSpan SeenPrecision = TimeSpan.FromHours(1);

    /// <summary>A session not seen for this long belongs to a cookie that has expired (12 hours) and is removed.</summary>
    public static readonly TimeSpan Forgotten = TimeSpan.FromDays(1);

    public static Guid? IdOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(Claim), out var id) ? id : null;

    /// <summary>Records a new sign-in and names it in the principal its cookie is made from.</summary>
    public async Task StartAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        var person = Guid.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.SignInSessions.Where(s => s.PersonId == person && s.SeenAt < now - Forgotten).ExecuteDeleteAsync(ct);
        var session = new SignInSession { PersonId = person, CreatedAt = now, SeenAt = now };
        db.SignInSessions.Add(session);
        await db.SaveChangesAsync(ct);
        principal.Identities.First().AddClaim(new Claim(Claim, session.Id.ToString()));
    }

    /// <summary>Ends this device's sign-in only; the person's other devices stay signed in.</summary>
    public async Task EndAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        if (IdOf(principal) is { } id) await db.SignInSessions.Where(s => s.Id == id).ExecuteDeleteAsync(ct);
    }

    /// <summary>The cookie is rebuilt from the database at every check; the rebuilt one keeps naming its session.</summary>
    public static Task KeepSession(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(Claim) is { } claim && context.NewPrincipal?.Identities.FirstOrDefault() is { } identity)
            identity.AddClaim(new Claim(Claim, claim.Value));
        return Task.CompletedTask;
    }
}
