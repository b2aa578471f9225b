using Leerruimte.Data;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Bench;

/// <summary>
/// The database side of the check, read through the app's own model: every acknowledged note is stored
/// exactly once, in its meeting, by its author, with its text; nothing else was stored on the bench boards.
/// </summary>
public sealed record StoredNotes(int Rows, int Acknowledged, int StoredOnce, int NotStored, int Wrong, int DuplicateTexts, int Unacknowledged, int Stray)
{
    public bool Ok => NotStored == 0 && Wrong == 0 && DuplicateTexts == 0 && Stray == 0 && StoredOnce == Acknowledged;

    public static async Task<StoredNotes> CheckAsync(DatabaseChoice database, Plan plan, LoadRun run)
    {
        var tenant = new TenantContext();
        tenant.Enter(plan.OrganisationId);
        await using LeerruimteDb db = database.Provider == "Postgres"
            ? new PostgresLeerruimteDb(new DbContextOptionsBuilder<PostgresLeerruimteDb>().UseNpgsql(database.ConnectionString).Options, tenant)
            : new SqliteLeerruimteDb(new DbContextOptionsBuilder<SqliteLeerruimteDb>().UseSqlite(database.SqliteConnectionString).Options, tenant);
        var meetings = run.Participants.Select(p => p.MeetingId).Distinct().ToList();
        // Notes from before this run (an earlier run on the same database, with --cookies) are left out.
        var since = run.StartedUtc.AddSeconds(-5);
        var rows = await db.BoardItems.AsNoTracking().Where(i => meetings.Contains(i.SessionId) && i.CreatedAt >= since)
            .Select(i => new { i.Id, MeetingId = i.SessionId, i.AuthorId, i.Text }).ToListAsync();

        var byId = rows.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.ToList());
        var sent = run.Sent.ToDictionary(n => n.Id);
        int once = 0, notStored = 0, wrong = 0;
        var acknowledged = sent.Values.Where(n => n.Acknowledged).ToList();
        foreach (var note in acknowledged)
        {
            if (!byId.TryGetValue(note.Id, out var copies)) { notStored++; continue; }
            if (copies.Count == 1) once++;
            var row = copies[0];
            if (row.MeetingId != note.Sender.MeetingId || row.AuthorId != note.Sender.Person.Id || row.Text != note.Text) wrong++;
        }
        return new StoredNotes(
            rows.Count, acknowledged.Count, once, notStored, wrong,
            DuplicateTexts: rows.GroupBy(r => r.Text).Count(g => g.Count() > 1),
            Unacknowledged: rows.Count(r => sent.TryGetValue(r.Id, out var n) && !n.Acknowledged),
            Stray: rows.Count(r => !sent.ContainsKey(r.Id)));
    }

    public void Print()
    {
        Console.WriteLine($"database: {Rows:N0} notes stored on the bench boards during the run; of {Acknowledged:N0} acknowledged: stored exactly once {StoredOnce:N0}, " +
            $"not stored {NotStored:N0}, in the wrong meeting/author/text {Wrong:N0}; texts stored twice {DuplicateTexts:N0}; " +
            $"stored but not acknowledged {Unacknowledged:N0}; stored but never sent {Stray:N0}");
        Console.WriteLine(Ok ? "exactly-once check: OK" : "exactly-once check: FAILED");
    }
}
