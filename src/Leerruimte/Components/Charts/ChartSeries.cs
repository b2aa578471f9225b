using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Leerruimte.Components.Charts;

/// <summary>One line of a <see cref="DataChart"/>: a value per label (null where there is none).</summary>
public sealed record ChartSeries(string Name, string Unit, IReadOnlyList<double?> Values);

/// <summary>A level the chart marks with a dashed line, such as a target value.</summary>
public sealed record ChartTarget(string Name, double Value, string Unit);

/// <summary>A row of a <see cref="DataChart"/>'s table under the points, a value per line, that the chart does not draw.</summary>
public sealed record ChartTotal(string Name, IReadOnlyList<double?> Values);

/// <summary>What js/charts.js draws, as JSON in the chart's data-chart attribute: the same numbers as its table.</summary>
public sealed record ChartData(string Title, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series, ChartTarget? Target)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>A number as a reader writes it: up to two decimals, "62,5" in Dutch.</summary>
    public static string Show(double value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);

    /// <summary>A number with its unit: "80%" and "12 gesprekken".</summary>
    public static string Show(double value, string unit) =>
        unit is "%" or "" ? Show(value) + unit : $"{Show(value)} {unit}";
}
