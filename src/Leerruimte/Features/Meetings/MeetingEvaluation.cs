using Leerruimte.Data;
using Leerruimte.Features.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings;

/// <summary>A meeting's evaluation board, read back after the meeting: for the people in its session, else null (404).</summary>
public sealed class MeetingEvaluation(LeerruimteDb db, ReadEvaluation read)
{
    public sealed record Result(Meeting Meeting, IReadOnlyList<ReadEvaluation.Field> Fields);

    public async Task<Result?> LoadAsync(Guid meetingId, Guid personId, CancellationToken ct = default) =>
        await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, ct) is { } meeting
        && await read.LoadAsync(meeting.SessionId, personId, ct) is { } fields
            ? new Result(meeting, fields) : null;
}
