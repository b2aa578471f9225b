using System.ComponentModel.DataAnnotations;
using Leerruimte.Data;
using Leerruimte.Features.Teams;
using Leerruimte.Infrastructure.Privacy;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Cases;

/// <summary>
/// Writing a case, new or changed: only someone in the team, and only once the privacy guard finds nothing the writer
/// has not confirmed (what they confirm is recorded with the case). Until then nothing is saved and the form comes
/// back with what was typed.
/// </summary>
public sealed class WriteCase(LeerruimteDb db, TimeProvider clock)
{
    public sealed class Input
    {
        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Case_TitleRequired))]
        [StringLength(TeamCase.MaxTitle, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Title { get; set; }

        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Case_SituationRequired))]
        [StringLength(TeamCase.MaxSituation, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Situation { get; set; }

        [StringLength(TeamCase.MaxQuestion, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Question { get; set; }

        [StringLength(TeamCase.MaxQuestion, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? DevelopmentQuestion { get; set; }

        [StringLength(CaseTags.MaxStored, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Tags { get; set; }

        public static Input From(TeamCase c) => new()
        {
            Title = c.Title, Situation = c.Situation, Question = c.Question, DevelopmentQuestion = c.DevelopmentQuestion,
            Tags = string.Join(", ", CaseTags.Read(c.Tags)),
        };

        /// <summary>The fields where client information may land, as the guard checks them.</summary>
        public IReadOnlyList<GuardedField> Guarded =>
        [
            new("case-title", Ui.Case_Title, Title), new("case-situation", Ui.Case_Situation, Situation),
            new("case-question", Ui.Case_Question, Question), new("case-development", Ui.Case_DevelopmentQuestion, DevelopmentQuestion),
            new("case-tags", Ui.Case_Tags, Tags),
        ];
    }

    /// <summary>The case as saved, or why not: an error, or what the guard found (nothing saved in either case).</summary>
    public sealed record Result(TeamCase? Saved, string? Error = null, IReadOnlyList<GuardedField>? Findings = null);

    public async Task<Result> CreateAsync(Guid teamId, Guid personId, Input input, IReadOnlySet<string> confirmed, CancellationToken ct = default)
    {
        if (!await TeamAccess.IsInAsync(db, teamId, personId, ct)) return new(null, Ui.Case_NotInTeam);
        var c = new TeamCase { TeamId = teamId, AuthorId = personId, Title = "", Situation = "" };
        return await SaveAsync(c, personId, input, confirmed, isNew: true, ct);
    }

    public Task<Result> UpdateAsync(TeamCase c, Guid personId, Input input, IReadOnlySet<string> confirmed, CancellationToken ct = default) =>
        SaveAsync(c, personId, input, confirmed, isNew: false, ct);

    private async Task<Result> SaveAsync(TeamCase c, Guid personId, Input input, IReadOnlySet<string> confirmed, bool isNew, CancellationToken ct)
    {
        var (tags, tagError) = CaseTags.Parse(input.Tags);
        if (tagError is not null) return new(null, tagError);
        if (PrivacyGuard.Open(input.Guarded, c.Confirmations, confirmed) is { Count: > 0 } findings) return new(null, Ui.Privacy_NotSaved, findings);

        var now = clock.GetUtcNow().UtcDateTime;
        PrivacyGuard.Record(c.Confirmations, input.Guarded, confirmed, f => new CaseConfirmation { Kind = f.Kind, Key = f.Key, ConfirmedById = personId, ConfirmedAt = now });
        c.Title = input.Title!.Trim();
        c.Situation = input.Situation!.Trim();
        c.Question = Clean(input.Question);
        c.DevelopmentQuestion = Clean(input.DevelopmentQuestion);
        c.Tags = CaseTags.Store(tags);
        c.UpdatedAt = now;
        if (isNew) db.TeamCases.Add(c);
        await db.SaveChangesAsync(ct);
        return new(c);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
