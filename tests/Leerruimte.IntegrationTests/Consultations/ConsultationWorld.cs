using Leerruimte.Data;
using Leerruimte.Features.Consultations;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.TeamActions;
using Leerruimte.IntegrationTests.Cases;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Consultations;

/// <summary>Planning and running case consultations as a team does: through the pages, and the console's commands.</summary>
public static class ConsultationWorld
{
    public const string ActionLearning = "actieleren";

    public static Dictionary<string, string> Plan(DateTime localStart, string method = ActionLearning, Guid? caseId = null, Guid? bringer = null) => new()
    {
        ["Input.MethodId"] = method, ["Input.CaseId"] = caseId?.ToString() ?? "", ["Input.CaseBringerId"] = bringer?.ToString() ?? "",
        ["Input.Date"] = localStart.ToString("yyyy-MM-dd"), ["Input.Time"] = localStart.ToString("HH:mm"), ["Input.Place"] = "Wijkcentrum",
        ["Input.RegisterCategory"] = "CaseConsultation",
    };

    /// <summary>Submits the plan form as <paramref name="client"/>, with these people ticked (or the form's defaults).</summary>
    public static async Task<HtmlPage> PlanConsultationAsync(this HttpClient client, Guid teamId, Dictionary<string, string> fields, IEnumerable<Guid>? invitees = null)
    {
        var form = await client.PageAsync($"/teams/{teamId}/casusoverleg/nieuw");
        var ticked = invitees ?? form.Document.QuerySelectorAll($"input[name={InviteeChoice.FieldName}][checked]").Select(i => Guid.Parse(i.GetAttribute("value")!));
        return await form.SubmitAsync(client, "plan-consultation", fields.Concat(ticked.Select(p => new KeyValuePair<string, string>(InviteeChoice.FieldName, p.ToString()))));
    }

    /// <summary>The member writes a case and plans an action-learning consultation on it, bringing it in; returns the consultation's id.</summary>
    public static async Task<(Guid Consultation, Guid Case)> ConsultationOnACaseAsync(this LeerruimteApp app, TestOrganisation org, string chair)
    {
        var team = await app.TeamIdAsync(org);
        var client = await app.LoginAsync(chair);
        var caseUrl = await client.NewCaseAsync(team, "Vader wil geen hulp bij de schulden", "Hij zegt dat hij het zelf oplost.", "schulden");
        var caseId = Guid.Parse(caseUrl.Split('?')[0].Split('/')[^1]);
        var planned = await client.PlanConsultationAsync(team, Plan(MeetingWorld.DutchTimeOf(app.UtcNow.AddMinutes(10)), caseId: caseId, bringer: await app.PersonIdAsync(chair)));
        Assert.Equal(HttpStatusCode.Redirect, planned.Status);
        return (Guid.Parse(planned.Response.Headers.Location!.OriginalString.Split('/')[^1]), caseId);
    }

    public static Task<CaseConsultation> ConsultationAsync(this LeerruimteApp app, Guid id) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().CaseConsultations.IgnoreQueryFilters().SingleAsync(c => c.Id == id));

    /// <summary>A console command on the consultation's session, as its chair (or whoever is given) gives it.</summary>
    public static async Task<SessionCommands.Result> ChairAsync(this LeerruimteApp app, string email, Guid consultation, Func<SessionCommands, Guid, Guid, Task<SessionCommands.Result>> command)
    {
        var session = (await app.ConsultationAsync(consultation)).SessionId;
        return await app.AsAsync(email, (sp, me) => command(sp.GetRequiredService<SessionCommands>(), session, me));
    }

    public static async Task<(TeamAction? Action, string? Error)> ActionFromAsync(this LeerruimteApp app, string email, Guid consultation, string text, Guid? note = null)
    {
        var c = await app.ConsultationAsync(consultation);
        return await app.AsAsync(email, (sp, me) => sp.GetRequiredService<RecordTeamAction>().AddAsync(c.TeamId, c.Origin, me, text, c.CaseBringerId, DateOnly.FromDateTime(app.UtcNow).AddDays(14), note));
    }
}
