using System.Globalization;
using CsvHelper;
using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings;

/// <summary>A meeting's board read back after (or during) the meeting: for the people in its session, else null (404).</summary>
public sealed class MeetingBoard(LeerruimteDb db, ReadBoard read)
{
    public sealed record Result(Meeting Meeting, IReadOnlyList<ReadBoard.Step> Steps);

    public async Task<Result?> LoadAsync(Guid meetingId, Guid personId, CancellationToken ct = default) =>
        await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId && m.Status != MeetingStatus.Cancelled, ct) is { } meeting
        && await read.LoadAsync(meeting.SessionId, personId, ct) is { } steps
            ? new Result(meeting, steps) : null;
}

/// <summary>The board of a meeting as a file to keep or to open in a spreadsheet.</summary>
public static class MeetingBoardExport
{
    /// <summary>
    /// The board as a CSV file, one line per note: semicolons and a byte order mark, as Dutch spreadsheets open it;
    /// a note that starts like a formula is written as text (people type what they like on a phone).
    /// </summary>
    public static byte[] Csv(MeetingBoard.Result board)
    {
        using var bytes = new MemoryStream();
        var options = new CsvWriterOptions { Separator = ';', Injection = CsvInjection.Escape, WriteByteOrderMark = true };
        using (var csv = CsvWriter.Create(bytes, options, leaveOpen: true))
        {
            csv.WriteRecord([Ui.Board_CsvStep, Ui.Board_CsvPlace, Ui.Board_CsvText, Ui.Board_CsvAuthor, Ui.Board_CsvAt]);
            foreach (var step in board.Steps)
                foreach (var note in step.Notes)
                    csv.WriteRecord([
                        string.Format(Ui.Board_ReadBackStep, step.Index + 1, step.Script.Title), ReadBoard.PlaceOf(note, step.Script), note.Text,
                        note.AuthorName ?? "", DutchTime.ToLocal(note.CreatedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    ]);
        }
        return bytes.ToArray();
    }

    public static IEndpointRouteBuilder MapMeetingBoard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/bijeenkomsten/{meetingId:guid}/bord.csv", async (Guid meetingId, MeetingBoard boards, CurrentUser user) =>
            await boards.LoadAsync(meetingId, user.RequirePersonId()) is { } board
                ? Results.File(Csv(board), "text/csv; charset=utf-8", $"bord-{DutchTime.ToLocal(board.Meeting.StartsAt):yyyy-MM-dd}.csv")
                : Results.NotFound())
            .RequireAuthorization();
        return app;
    }
}
