using Leerruimte.IntegrationTests.Consultations;
using Leerruimte.IntegrationTests.Meetings;

namespace Leerruimte.IntegrationTests.Declarations;

/// <summary>A professional's reflection hours as they come about: a consultation attended and confirmed, and entries typed in the log.</summary>
public static class DeclarationWorld
{
    /// <summary>The member attends a case consultation of 90 minutes on the app's clock and confirms on their phone.</summary>
    public static async Task AttendConsultationAsync(this FakeClockApp app, TestOrganisation org, HttpClient member)
    {
        var chair = await app.LoginAsync(org.Facilitator);
        var planned = await chair.PlanConsultationAsync(await app.TeamIdAsync(org), ConsultationWorld.Plan(MeetingWorld.DutchTimeOf(app.UtcNow)));
        var id = Guid.Parse(planned.Response.Headers.Location!.OriginalString.Split('/')[^1]);
        await app.ChairAsync(org.Facilitator, id, (c, s, me) => c.StartAsync(s, me));
        await member.PageAsync($"/casusoverleg/{id}/meedoen");
        app.Clock.Advance(TimeSpan.FromMinutes(90));
        await app.ChairAsync(org.Facilitator, id, (c, s, me) => c.CloseAsync(s, me));
        var confirmed = await (await member.PageAsync($"/casusoverleg/{id}/meedoen")).SubmitAsync(member, "confirm-attendance", []);
        Assert.Contains("in je leerlogboek", confirmed.Text);
    }

    /// <summary>An own entry through the log's form; <paramref name="start"/> "HH:mm" or empty, <paramref name="evidence"/> a file name or null.</summary>
    public static async Task AddActivityAsync(this HttpClient member, string date, string kind, int minutes, string title, string start = "", string notes = "", string? evidence = null)
    {
        var form = (await member.PageAsync("/leerlogboek/activiteiten/nieuw")).Form("activity");
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in RouteCrawl.FieldsOf(form).Where(f => f.Key.StartsWith('_'))) content.Add(new StringContent(value), name);
        foreach (var (name, value) in new Dictionary<string, string>
                 {
                     ["Input.Title"] = title, ["Input.Date"] = date, ["Input.StartTime"] = start, ["Input.Minutes"] = minutes.ToString(),
                     ["Input.Category"] = "Social", ["Input.Kind"] = kind, ["Input.Notes"] = notes, ["Input.DevelopmentPointId"] = "",
                 })
            content.Add(new StringContent(value), name);
        if (evidence is not null) content.Add(new ByteArrayContent("%PDF-1.4 bewijs"u8.ToArray()), "evidence", evidence);
        var response = await member.PostAsync("/leerlogboek/activiteiten/nieuw", content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static async Task<byte[]> PdfAsync(this HttpClient client, string period)
    {
        var response = await client.GetAsync($"/leerlogboek/verklaring/{period}/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static async Task<HtmlPage> SaveRegisterNumberAsync(this HttpClient member, string number) =>
        await (await member.PageAsync("/leerlogboek/verklaring")).SubmitAsync(member, "register-number", new Dictionary<string, string> { ["Input.RegisterNumber"] = number });
}
