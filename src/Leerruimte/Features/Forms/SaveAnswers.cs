using Leerruimte.Data;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Forms;

/// <summary>
/// Saving as you go: each posted answer that changed is stored on its own, the ones that cannot be stored get a
/// message at their question and the rest is saved anyway. The response is made with its first answer. Who may
/// fill in the response is the host's check; once submitted, nothing changes.
/// </summary>
public sealed class SaveAnswers(LeerruimteDb db, TimeProvider clock)
{
    public sealed record Result(FormResponse? Response, IReadOnlyDictionary<string, string> Errors, string? Error = null)
    {
        public bool Saved => Error is null && Errors.Count == 0;
    }

    public Task<FormResponse?> FindAsync(FormTarget target, CancellationToken ct = default) =>
        db.FormResponses.Include(r => r.Answers).FirstOrDefaultAsync(r => r.Key == target.Key, ct);

    public async Task<Result> SaveAsync(FormTarget target, FormDefinition form, IReadOnlyDictionary<string, IReadOnlyList<string?>> posted,
        IReadOnlyList<FormPerson> people, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var values = new Dictionary<string, AnswerValue>();
        foreach (var (id, value) in posted)
        {
            if (form.Find(id) is not { } question) continue;
            var read = AnswerRules.Read(form, question, value, people);
            if (read.Error is { } error) errors[id] = error;
            else values[id] = read.Value;
        }

        var response = await FindAsync(target, ct);
        if (response?.SubmittedAt is not null) return new Result(response, errors, Ui.Forms_AlreadySubmitted);
        if (response is null && values.Values.All(v => v.IsNone)) return new Result(null, errors);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new Result(await ApplyAsync(response, target, values, ct), errors);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another request made the response (or an answer) at the same moment: apply these answers to what it stored.
                foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is FormResponse or FormAnswer).ToList()) entry.State = EntityState.Detached;
                response = await FindAsync(target, ct);
                if (response?.SubmittedAt is not null) return new Result(response, errors, Ui.Forms_AlreadySubmitted);
            }
        }
    }

    private async Task<FormResponse> ApplyAsync(FormResponse? response, FormTarget target, Dictionary<string, AnswerValue> values, CancellationToken ct)
    {
        if (response is null) db.FormResponses.Add(response = FormResponse.For(target));
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = false;
        foreach (var (id, value) in values) changed |= Apply(response, id, value, now);
        if (changed) response.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return response;
    }

    private bool Apply(FormResponse response, string questionId, AnswerValue value, DateTime now)
    {
        var answer = response.AnswerTo(questionId);
        if (value.IsNone)
        {
            if (answer is null) return false;
            response.Answers.Remove(answer);
            db.FormAnswers.Remove(answer);
            return true;
        }
        var choices = value.Choices ?? [];
        if (answer is not null && answer.Number == value.Number && answer.Text == value.Text && answer.Choices.SequenceEqual(choices)) return false;
        if (answer is null) response.Answers.Add(answer = new FormAnswer { ResponseId = response.Id, QuestionId = questionId });
        (answer.Number, answer.Text, answer.Choices, answer.UpdatedAt) = (value.Number, value.Text, choices.ToList(), now);
        return true;
    }
}
