using Leerruimte.Features.Forms;
using Leerruimte.Features.TrainingProgrammes;

namespace Leerruimte.Features.RolePlays;

/// <summary>
/// The observers' answers counted, never averaged: per scale point how many observers chose it, per checkpoint how many
/// saw it. The leader's own view and the client's and carer's are shown beside these, never counted in.
/// </summary>
public static class ObservationTally
{
    /// <summary>How many of the responses chose each point of the scale, from point 1.</summary>
    public static int[] Points(FormDefinition form, FormQuestion question, IEnumerable<FormResponse> responses)
    {
        var counts = new int[form.ScaleOf(question).Count];
        foreach (var response in responses)
            if (response.AnswerTo(question.Id!)?.Number is { } n && n >= 1 && n <= counts.Length) counts[n - 1]++;
        return counts;
    }

    /// <summary>The counts as read: highest point first, points nobody chose left out ("ja 2 · grotendeels 1").</summary>
    public static string PointsText(FormDefinition form, FormQuestion question, IEnumerable<FormResponse> responses)
    {
        var scale = form.ScaleOf(question);
        var counts = Points(form, question, responses);
        var parts = Enumerable.Range(0, counts.Length).Reverse().Where(i => counts[i] > 0).Select(i => $"{scale[i]} {counts[i]}").ToList();
        return parts.Count == 0 ? "–" : string.Join(" · ", parts);
    }

    /// <summary>How many of the responses ticked this checkpoint (option number from 1) of an item.</summary>
    public static int Seen(FormQuestion item, int checkpoint, IEnumerable<FormResponse> responses) =>
        responses.Count(r => Ticked(r, item, checkpoint));

    public static bool Ticked(FormResponse response, FormQuestion item, int checkpoint) =>
        response.AnswerTo(item.Id!)?.Choices.Contains(checkpoint.ToString()) == true;

    /// <summary>
    /// A module's share: for checkpoints, ticks out of (responses × checkpoints); for statements, ratings in the top two
    /// points out of all ratings given. Null when there is nothing to count.
    /// </summary>
    public static int? SharePercent(ObservationForm observation, IReadOnlyCollection<FormResponse> responses)
    {
        var form = observation.Definition();
        int part = 0, whole = 0;
        if (observation.HasCheckpoints)
        {
            foreach (var item in form.Questions.Where(q => q.Kind == QuestionKind.Choice))
            {
                whole += responses.Count * item.Options.Count;
                part += responses.Sum(r => r.AnswerTo(item.Id!)?.Choices.Count ?? 0);
            }
        }
        else
        {
            foreach (var statement in form.Questions.Where(q => q.Kind == QuestionKind.Scale))
            {
                var counts = Points(form, statement, responses);
                whole += counts.Sum();
                part += counts.Skip(Math.Max(0, counts.Length - 2)).Sum();
            }
        }
        return whole == 0 ? null : (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// The minimum-group rule for observers' answers: unless the cohort names its observers, their counts and remarks
    /// are shown only once at least k observers sent their form, so no single observer's answers can be read from them.
    /// </summary>
    public static bool MayShow(int submittedObservers, int k, bool namesObservers) =>
        submittedObservers > 0 && (namesObservers || submittedObservers >= Organisations.MinimumGroup.Size(k));
}
