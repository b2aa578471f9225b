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

    public static string Signed(int? value) => value is { } v ? (v > 0 ? "+" : "") + v : "–";
}
