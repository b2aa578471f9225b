using Leerruimte.Infrastructure;
using Leerruimte.Resources;

namespace Leerruimte.Features.Meter;

public static class MeterTexts
{
    public static string Kind(MeasurementKind kind) => kind switch
    {
        MeasurementKind.Pre => Ui.Meter_Kind_Pre,
        MeasurementKind.Post => Ui.Meter_Kind_Post,
        _ => Ui.Meter_Kind_Free,
    };

    public static string Signed(double? value) => value is { } v ? (v > 0 ? "+" : "") + DutchNumbers.Show(v) : "–";

    /// <summary>"Joost Visser", "Joost Visser en Priya Sharma", "Aylin, Joost en Priya".</summary>
    public static string Names(IEnumerable<MatchedPerson> people)
    {
        var names = people.Select(p => p.Name).ToList();
        return names.Count <= 1 ? string.Concat(names) : string.Join(", ", names[..^1]) + Ui.List_And + names[^1];
    }

    public static string Signed(int? value) => value is { } v ? (v > 0 ? "+" : "") + v : "–";
}
