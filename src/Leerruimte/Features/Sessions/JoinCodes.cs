using System.Security.Cryptography;
using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Sessions;

/// <summary>
/// Short codes to join a live session of any kind from a phone (<c>/meedoen</c>, <c>/m/{code}</c>): six characters
/// without look-alikes (no 0/O, 1/I/L). Every session gets one when its host is planned.
/// </summary>
public static class JoinCodes
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 6;
    public const int MaxLength = 8;

    /// <summary>A code can be used from an hour before the planned start until the session is closed, at most a day after the start.</summary>
    public static bool IsOpen(LiveSession session, DateTime plannedStart, DateTime now) =>
        session.Status is SessionStatus.Planned or SessionStatus.Running
        && now >= plannedStart.AddHours(-1)
        && now <= plannedStart.AddDays(1);

    public static string Normalise(string? code) =>
        new string((code ?? "").ToUpperInvariant().Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    public static async Task<string> NewAsync(LeerruimteDb db, CancellationToken ct = default)
    {
        while (true)
        {
            var code = string.Create(Length, 0, (span, _) =>
            {
                for (var i = 0; i < span.Length; i++) span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            });
            // Codes are unique across organisations, because a phone types one before we know the organisation; a
            // series planned at once is not saved yet, so its sessions are checked too.
            if (db.LiveSessions.Local.Any(s => s.JoinCode == code)) continue;
            if (!await db.LiveSessions.IgnoreQueryFilters([TenantFilters.Name]).AnyAsync(s => s.JoinCode == code, ct)) return code;
        }
    }
}
