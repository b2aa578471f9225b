using Leerruimte.Data;
using Leerruimte.Features.Meter;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Development;

public static class MeterWorld
{
    public const string Gesprek = "competentiemeter-het-gesprek";

    /// <summary>Starts a measurement through the page and returns its address.</summary>
    public static async Task<string> StartMeasurementAsync(this HttpClient client, string instrument = Gesprek, string kind = "Pre")
    {
        var result = await (await client.PageAsync("/meter")).SubmitAsync(client, "start-measurement",
            new Dictionary<string, string> { ["Input.InstrumentId"] = instrument, ["Input.Kind"] = kind });
        if (result.Status != HttpStatusCode.Redirect) throw new InvalidOperationException(result.Text);
        return new Uri(new Uri("http://localhost"), result.Response.Headers.Location!).AbsolutePath;
    }

    /// <summary>Fills every cluster page with the score that <paramref name="score"/> gives each statement, then finishes.</summary>
    public static async Task<HtmlPage> FillAsync(this HttpClient client, string url, Func<string, int> score)
    {
        var page = await client.PageAsync(url);
        while (page.HasForm("scores"))
        {
            var statements = page.Document.QuerySelectorAll("input[type=radio]").Select(r => r.GetAttribute("name")!).Distinct().ToList();
            var last = page.Form("scores").QuerySelector("button[value=finish]") is not null;
            var fields = statements.Select(n => KeyValuePair.Create(n, score(n["score-".Length..]).ToString()));
            page = await page.SubmitAsync(client, "scores", fields, ("go", last ? "finish" : "next"));
            if (last) break;
        }
        return page;
    }

    /// <summary>A new member with three finished measurements of Het Gesprek: an old one (all 1), a pre (all 2) and a post (all 4).</summary>
    public static async Task<(TestOrganisation Org, HttpClient Member, Guid Old, Guid Pre, Guid Post)> ThreeMeasurementsAsync(this LeerruimteApp app)
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var old = IdOf((await member.FillAsync(await member.StartMeasurementAsync(kind: "Free"), _ => 1)).Url);
        var pre = IdOf((await member.FillAsync(await member.StartMeasurementAsync(kind: "Pre"), _ => 2)).Url);
        var post = IdOf((await member.FillAsync(await member.StartMeasurementAsync(kind: "Post"), _ => 4)).Url);
        return (org, member, old, pre, post);
    }

    /// <summary>The id at the end of a page address such as /meter/metingen/{id}.</summary>
    public static Guid IdOf(string url) => Guid.Parse(url.Split('/').Last());

    public static async Task<List<string>> StatementIdsAsync(this LeerruimteApp app) => [.. (await app.StatementsAsync()).Select(s => s.Id)];

    /// <summary>The statements of Het Gesprek, in order, with their text.</summary>
    public static async Task<List<(string Id, string Text)>> StatementsAsync(this LeerruimteApp app) =>
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeerruimteDb>();
            var source = await db.ContentPackVersions.IgnoreQueryFilters([TenantFilters.Name]).Where(p => p.PackId == Gesprek).Select(p => new { p.FileName, p.Source }).FirstAsync();
            var pack = (InstrumentPack)sp.GetRequiredService<Leerruimte.Features.ContentPacks.PackParser>().Parse(source.FileName, source.Source).Pack!;
            return pack.Statements.Select(s => (s.Id!, s.Text!)).ToList();
        });
}
