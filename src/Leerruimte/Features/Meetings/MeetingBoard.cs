using System.Globalization;
using CsvHelper;
using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings;

/// <summary>
/// A meeting's board read back after (or during) the meeting: for the people in its session, else null (404). Its
/// facilitator can take notes off it (<see cref="CanRemove"/>).
/// </summary>
public sealed class MeetingBoard(LeerruimteDb db, ReadBoard read)
{
    public sealed record Result(Meeting Meeting, IReadOnlyList<ReadBoard.Step> Steps, bool CanRemove);

    public async Task<Result?> LoadAsync(Guid meetingId, Guid personId, CancellationToken ct = default)
    {
        if (await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId && m.Status != MeetingStatus.Cancelled, ct) is not { } meeting
            || await read.LoadAsync(meeting.SessionId, personId, ct) is not { } steps) return null;
        var facilitates = await db.LiveSessions.AnyAsync(s => s.Id == meeting.SessionId && s.FacilitatorId == personId, ct);
        return new Result(meeting, steps, facilitates);
    }

    public static string RemovePath(Guid meetingId) => $"/bijeenkomsten/{meetingId}/bord/weghalen";
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
        // The facilitator takes a note off the board read back. A form post with antiforgery, checked here as the
        // form is read by hand; anyone but the facilitator gets a 404, as for a meeting they cannot see.
        app.MapPost("/bijeenkomsten/{meetingId:guid}/bord/weghalen", async (Guid meetingId, HttpContext context, IAntiforgery antiforgery,
            LeerruimteDb db, SessionBoard board, CurrentUser user) =>
        {
            if (!await FormToken.IsValidAsync(antiforgery, context)) return Results.Text(Ui.Form_Expired, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (!Guid.TryParse(form["item"], out var itemId)) return Results.Text(Ui.Board_Invalid, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            var sessionId = await db.Meetings.Where(m => m.Id == meetingId).Select(m => (Guid?)m.SessionId).FirstOrDefaultAsync(context.RequestAborted);
            if (sessionId is null) return Results.NotFound();
            var removal = await board.RemoveAsync(sessionId.Value, user.RequirePersonId(), itemId, context.RequestAborted);
            if (removal == SessionBoard.Removal.NotAllowed) return Results.NotFound();
            return Results.LocalRedirect($"/bijeenkomsten/{meetingId}/bord?weggehaald={(removal == SessionBoard.Removal.Removed ? 1 : 0)}");
        }).RequireAuthorization();
        return app;
    }
}
