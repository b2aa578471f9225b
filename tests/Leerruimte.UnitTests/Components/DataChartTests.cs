using System.Globalization;
using System.Text.Json;
using Bunit;
using Leerruimte.Components.Charts;

namespace Leerruimte.UnitTests.Components;

public sealed class DataChartTests : BunitContext
{
    private static readonly string[] Weeks = ["2 nov", "9 nov", "16 nov"];

    public DataChartTests() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-NL");

    private IRenderedComponent<DataChart> Chart(ChartTarget? target = null) => Render<DataChart>(p => p
        .Add(c => c.Title, "Eerste gesprek binnen vijf dagen").Add(c => c.LabelHeader, "Datum").Add(c => c.Labels, Weeks)
        .Add(c => c.Series, [new ChartSeries("Gemeten", "%", [55, 62.5, null]), new ChartSeries("Vorig jaar", "%", [40, 41, 43])])
        .Add(c => c.Target, target));

    [Fact]
    public void The_table_has_a_caption_header_cells_and_every_value()
    {
        var chart = Chart(new ChartTarget("Streefwaarde", 80, "%"));

        Assert.Equal("Eerste gesprek binnen vijf dagen", chart.Find("table caption").TextContent);
        Assert.Equal(["Datum", "Gemeten (%)", "Vorig jaar (%)"], chart.FindAll("thead th[scope=col]").Select(th => th.TextContent));
        Assert.Equal(Weeks, chart.FindAll("tbody th[scope=row]").Select(th => th.TextContent));
        Assert.Equal(["55", "40", "62,5", "41", "–", "43"], chart.FindAll("tbody td").Select(td => td.TextContent));
        Assert.Equal("Streefwaarde", chart.Find("tfoot th[scope=row]").TextContent);
        Assert.Equal("80%", chart.Find("tfoot td").TextContent);
    }

    [Fact]
    public void The_canvas_is_hidden_from_screen_readers_and_the_table_is_a_labelled_region_reached_by_tab()
    {
        var chart = Chart();

        Assert.Equal("true", chart.Find("canvas").ParentElement!.GetAttribute("aria-hidden"));
        var region = chart.Find("[role=region]");
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.Equal(chart.Find("caption").Id, region.GetAttribute("aria-labelledby"));
        Assert.Empty(chart.FindAll("tfoot"));
        Assert.DoesNotContain("style=", chart.Markup);
    }

    [Fact]
    public void The_data_attribute_holds_the_same_numbers_as_the_table()
    {
        var chart = Chart(new ChartTarget("Streefwaarde", 80, "%"));

        var data = JsonDocument.Parse(chart.Find("[data-chart]").GetAttribute("data-chart")!).RootElement;
        Assert.Equal(Weeks, data.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        var series = data.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(["Gemeten", "Vorig jaar"], series.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal([55, 62.5, null], series[0].GetProperty("values").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (double?)null : v.GetDouble()));
        Assert.Equal([40.0, 41, 43], series[1].GetProperty("values").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal("%", series[0].GetProperty("unit").GetString());
        Assert.Equal(80, data.GetProperty("target").GetProperty("value").GetDouble());
        var cells = chart.FindAll("tbody td").Select(td => td.TextContent).Where(t => t != "–").Select(t => double.Parse(t, CultureInfo.CurrentCulture));
        Assert.Equal(series.SelectMany(s => s.GetProperty("values").EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).Select(v => v.GetDouble())).Order(), cells.Order());
    }

    [Fact]
    public void Without_a_target_the_data_says_so_and_the_script_file_is_named()
    {
        var data = JsonDocument.Parse(Chart().Find("[data-chart]").GetAttribute("data-chart")!).RootElement;

        Assert.Equal(JsonValueKind.Null, data.GetProperty("target").ValueKind);
        Assert.EndsWith("chart.umd.min.js", Chart().Find("[data-chart]").GetAttribute("data-chart-lib"));
    }
}
