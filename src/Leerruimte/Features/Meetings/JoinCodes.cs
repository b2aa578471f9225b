using System.Security.Cryptography;
using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings;

/// <summary>Short codes to join a meeting from a phone: six characters without look-alikes (no 0/O, 1/I/L).</summary>
public static class JoinCodes
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 6;

    /// <summary>A code can be used from an hour before the start until the meeting is closed, at most a day after its start.</summary>
    public static bool IsOpen(Meeting meeting, DateTime now) =>
        meeting.Status is MeetingStatus.Planned or MeetingStatus.Running
        && now >= meeting.StartsAt.AddHours(-1)
        && now <= meeting.StartsAt.AddDays(1);

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
            // Codes are unique across organisations, because a phone types one before we know the organisation.
            if (!await db.Meetings.IgnoreQueryFilters([TenantFilters.Name]).AnyAsync(m => m.JoinCode == code, ct)) return code;
        }
    }
}
