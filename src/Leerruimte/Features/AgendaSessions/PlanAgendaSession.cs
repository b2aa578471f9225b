using System.ComponentModel.DataAnnotations;
using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.LearningLog;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Teams;
using Leerruimte.Features.WorkForms;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.AgendaSessions;

/// <summary>
/// A team session with an agenda of work forms from the catalogue: anyone in the team may plan and chair it. Each
/// item is stored with the pack version it came from, so a new version of a pack does not change a planned session.
/// </summary>
public sealed class PlanAgendaSession(LeerruimteDb db, ContentCatalogue catalogue, TimeProvider clock)
{
    public sealed class Input
    {
        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.TeamSession_TitleRequired))]
        [MaxLength(200, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Title { get; set; }

        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Plan_DateRequired))]
        public DateOnly? Date { get; set; }

        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Plan_TimeRequired))]
        public TimeOnly? Time { get; set; }

        public ActivityKind RegisterCategory { get; set; } = ActivityKind.Other;

        public List<ComposeAgenda.Item> Items { get; set; } = [];

        /// <summary>The work form to add next.</summary>
        public string? Pick { get; set; }

        /// <summary>The button pressed: one of <see cref="ComposeAgenda"/>'s commands, or planning the session.</summary>
        public string? Command { get; set; }
    }

    public sealed record Result(AgendaSession? Agenda, string? Error);

    /// <summary>The work forms with steps a team session can hold, newest versions, by title.</summary>
    public async Task<List<(Guid VersionId, WorkForm Form)>> CatalogueAsync(CancellationToken ct = default) =>
        [.. (await WorkFormScript.NewestAsync(catalogue, _ => true, ct)).OrderBy(f => f.Form.Title, StringComparer.CurrentCulture)];

    public async Task<Result> HandleAsync(Guid teamId, Guid chairId, Input input, IReadOnlyCollection<Guid> participants, CancellationToken ct = default)
    {
        if (!await TeamAccess.IsInAsync(db, teamId, chairId, ct)) return new(null, Ui.Case_NotInTeam);
        if (!SessionReflection.Categories.Contains(input.RegisterCategory)) return new(null, Ui.Consultation_CategoryUnknown);
        var forms = await CatalogueAsync(ct);
        if (Check(input.Items, forms) is { } wrong) return new(null, wrong);
        var people = participants.Append(chairId).ToHashSet();
        if (!await TeamAccess.AllInAsync(db, teamId, people, ct))
            return new(null, Ui.Plan_InviteeNotInTeam);
        var (startsAt, wrongTime) = PlannedStart.Of(input.Date!.Value, input.Time!.Value, clock.GetUtcNow().UtcDateTime);
        if (wrongTime is not null) return new(null, wrongTime);

        var agenda = new AgendaSession
        {
            TeamId = teamId, ChairId = chairId, Title = input.Title!.Trim(), StartsAt = startsAt, RegisterCategory = input.RegisterCategory,
            Items = [.. input.Items.Select((item, i) => new AgendaSessionItem
            {
                Position = i, WorkFormId = item.FormId!, Minutes = item.Minutes!.Value, PackVersionId = forms.First(f => f.Form.Id == item.FormId).VersionId,
            })],
        };
        AgendaSessionKind.Attach(agenda, people, await JoinCodes.NewAsync(db, ct));
        db.AgendaSessions.Add(agenda);
        await db.SaveChangesAsync(ct);
        return new(agenda, null);
    }

    /// <summary>Why the agenda cannot be planned as it is: none, too many, an unknown work form, minutes out of range.</summary>
    private static string? Check(List<ComposeAgenda.Item> items, List<(Guid VersionId, WorkForm Form)> forms)
    {
        if (items.Count == 0) return Ui.TeamSession_NoItems;
        if (items.Count > AgendaSession.MaxItems) return string.Format(Ui.TeamSession_TooManyItems, AgendaSession.MaxItems);
        foreach (var item in items)
        {
            if (forms.FirstOrDefault(f => f.Form.Id == item.FormId).Form is not { } form) return Ui.TeamSession_WorkFormUnknown;
            if (item.Minutes is not (>= AgendaSessionItem.MinMinutes and <= AgendaSessionItem.MaxMinutes) || item.Minutes < form.Steps.Count)
                return string.Format(Ui.TeamSession_MinutesOutOfRange, form.Title, Math.Max(AgendaSessionItem.MinMinutes, form.Steps.Count), AgendaSessionItem.MaxMinutes);
        }
        return null;
    }
}
