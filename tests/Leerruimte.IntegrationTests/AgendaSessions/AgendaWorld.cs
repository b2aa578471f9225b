using AngleSharp.Html.Dom;
using Leerruimte.Data;
using Leerruimte.Features.AgendaSessions;
using Leerruimte.Features.Meetings;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.AgendaSessions;

/// <summary>Composing a team session's agenda through the planning page, as a browser would post it.</summary>
public static class AgendaWorld
{
    public const string Form = "plan-agenda";

    /// <summary>Every field of the planning form as it stands on the page (visible ones too), with the invitees ticked.</summary>
    public static List<KeyValuePair<string, string>> FieldsOf(HtmlPage page)
    {
        var form = page.Form(Form);
        var fields = form.QuerySelectorAll("input").Cast<IHtmlInputElement>()
            .Where(i => i.Type is not ("checkbox" or "submit") || (i.Type == "checkbox" && i.IsChecked))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        fields.AddRange(form.QuerySelectorAll("select").Cast<IHtmlSelectElement>().Select(s => new KeyValuePair<string, string>(s.Name!, s.Value ?? "")));
        return fields;
    }

    /// <summary>Posts the form as it stands with <paramref name="changes"/> and the button pressed.</summary>
    public static async Task<HtmlPage> PressAsync(this HtmlPage page, HttpClient client, string command, Dictionary<string, string>? changes = null)
    {
        changes ??= [];
        var fields = FieldsOf(page).Where(f => !changes.ContainsKey(f.Key)).Concat(changes).ToList();
        return await page.SubmitAsync(client, Form, fields, ("Input.Command", command));
    }

    public static async Task<HtmlPage> AddAsync(this HtmlPage page, HttpClient client, string workForm, Dictionary<string, string>? changes = null) =>
        await page.PressAsync(client, ComposeAgenda.Add, new(changes ?? []) { ["Input.Pick"] = workForm });

    /// <summary>A new planning form with the title and a start now, and these work forms added one by one.</summary>
    public static async Task<HtmlPage> ComposeAsync(this LeerruimteApp app, HttpClient client, TestOrganisation org, params string[] workForms)
    {
        var page = await client.PageAsync($"/teams/{await app.TeamIdAsync(org)}/teamsessies/nieuw");
        var start = MeetingWorld.DutchTimeOf(app.UtcNow);
        var when = new Dictionary<string, string> { ["Input.Title"] = "Teamochtend", ["Input.Date"] = start.ToString("yyyy-MM-dd"), ["Input.Time"] = start.ToString("HH:mm") };
        foreach (var form in workForms) page = await page.AddAsync(client, form, when);
        return page;
    }

    /// <summary>Plans the composed agenda; the session's id from where the page sends the planner.</summary>
    public static async Task<Guid> PlanAsync(this HtmlPage page, HttpClient client, Dictionary<string, string>? changes = null)
    {
        var planned = await page.PressAsync(client, "plan", changes);
        Assert.Equal(HttpStatusCode.Redirect, planned.Status);
        return Guid.Parse(planned.Response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    public static IEnumerable<string> Items(HtmlPage page) => page.All(".app-agenda-editor__title");

    public static Task<Guid> AgendaSessionOfAsync(this LeerruimteApp app, Guid agenda) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().AgendaSessions.IgnoreQueryFilters([TenantFilters.Name])
            .Where(a => a.Id == agenda).Select(a => a.SessionId).SingleAsync());

    public static Task<int> AgendaSessionsOfAsync(this LeerruimteApp app, TestOrganisation org) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().AgendaSessions.IgnoreQueryFilters([TenantFilters.Name]).CountAsync(a => a.OrganisationId == org.Id));

    /// <summary>Starts, moves or closes the session as its facilitator would from the console.</summary>
    public static async Task<Leerruimte.Features.Sessions.SessionCommands.Result> ChairAgendaAsync(this LeerruimteApp app, string email, Guid agenda,
        Func<Leerruimte.Features.Sessions.SessionCommands, Guid, Guid, Task<Leerruimte.Features.Sessions.SessionCommands.Result>> command)
    {
        var session = await app.AgendaSessionOfAsync(agenda);
        return await app.AsAsync(email, (sp, me) => command(sp.GetRequiredService<Leerruimte.Features.Sessions.SessionCommands>(), session, me));
    }
}
