using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.Forms;

/// <summary>
/// One respondent's filling-in of a form, optionally about a subject (the person observed) and from an origin
/// (the session host it was filled in). Answers are saved one by one as the respondent goes; once submitted
/// they no longer change. Only the respondent reads it, unless the host that shows it allows more (a feedback
/// form to the coordinator it was sent to).
/// </summary>
public sealed class FormResponse : IOrganisationOwned, IHasCreatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }

    /// <summary>The stored pack version that holds the definition, and which of its forms.</summary>
    public Guid FormVersionId { get; set; }
    public required string FormKey { get; set; }

    public Guid RespondentId { get; set; }
    public Guid? SubjectId { get; set; }
    public string? OriginKind { get; set; }
    public Guid? OriginId { get; set; }

    /// <summary>
    /// Form, origin, respondent and subject in one text, unique: saving from two tabs (or two quick changes) at
    /// once fills one response. One column because a unique index over the nullable columns would let NULLs repeat.
    /// </summary>
    public string Key { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public List<FormAnswer> Answers { get; set; } = [];

    public Origin? Origin => OriginKind is { } kind && OriginId is { } id ? new Origin(kind, id) : null;

    public static FormResponse For(FormTarget target) => new()
    {
        FormVersionId = target.FormVersionId, FormKey = target.FormKey, RespondentId = target.RespondentId, SubjectId = target.SubjectId,
        OriginKind = target.Origin?.Kind, OriginId = target.Origin?.Id, Key = target.Key,
    };

    public FormAnswer? AnswerTo(string questionId) => Answers.FirstOrDefault(a => a.QuestionId == questionId);
}

/// <summary>The answer to one question: a number (scale point or option), a text, or choices (options or people).</summary>
public sealed class FormAnswer : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid ResponseId { get; set; }
    public required string QuestionId { get; set; }
    public int? Number { get; set; }
    public string? Text { get; set; }

    /// <summary>Ticked options (their numbers) or people (their ids); empty when none is ticked on purpose.</summary>
    public List<string> Choices { get; set; } = [];
    public DateTime UpdatedAt { get; set; }
}

/// <summary>Which response: this form, filled by this respondent, about this subject, in this origin.</summary>
public sealed record FormTarget(Guid FormVersionId, string FormKey, Guid RespondentId, Guid? SubjectId = null, Origin? Origin = null)
{
    public string Key => $"{FormKey}|{Origin?.Kind}:{Origin?.Id}|{RespondentId}|{SubjectId}";
}
