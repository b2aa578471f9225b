using Leerruimte.Features.Cohorts;
using Leerruimte.Features.Evaluation;
using Leerruimte.Features.Sessions;
using Leerruimte.IntegrationTests.Meetings;
using Leerruimte.IntegrationTests.RolePlays;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Evaluation;

/// <summary>Issue 12, item 7: the training closes with the evaluation board, the module's own last step, read back on the session's page.</summary>
public sealed class TrainingCloseTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    [Fact]
    public async Task Module_4s_close_is_the_evaluation_board_with_its_four_fields_and_the_notes_come_back_per_field_after_the_session()
    {
        var room = await app.RunningModuleAsync(module: 4);
        var script = await app.InScopeAsync(sp => sp.GetRequiredService<SessionScripts>().BaseAsync(CohortSession.Kind, room.Session.Session!.ScriptRef));
        var close = script.Steps.ToList().FindIndex(EvaluationBoard.Is);
        await app.AsAsync(room.Org.Trainer, (sp, me) => sp.GetRequiredService<SessionCommands>().GoToAsync(room.Session.SessionId, me, close));
        var added = await app.AsAsync(room.Org.Member, (sp, me) =>
            sp.GetRequiredService<SessionBoard>().AddAsync(room.Session.SessionId, me, Guid.NewGuid(), "De rollenspellen met de acteur", EvaluationBoard.Keep));
        await app.AsAsync(room.Org.Colleague, (sp, me) =>
            sp.GetRequiredService<SessionBoard>().AddAsync(room.Session.SessionId, me, Guid.NewGuid(), "Elke maand samen een casus oefenen", EvaluationBoard.Grow));
        await app.AsAsync(room.Org.Trainer, (sp, me) => sp.GetRequiredService<SessionCommands>().CloseAsync(room.Session.SessionId, me));

        var page = await (await app.LoginAsync(room.Org.Facilitator)).PageAsync(CohortLinks.Session(room.Session.Id));
        var outsider = await (await app.LoginAsync(room.Org.Loner)).GetAsync(CohortLinks.Session(room.Session.Id));

        Assert.InRange(close, script.Steps.Count - 2, script.Steps.Count - 1); // at the end of the training
        Assert.Equal([EvaluationBoard.Keep, EvaluationBoard.Freeze, EvaluationBoard.Stop, EvaluationBoard.Grow], script.Steps[close].Columns.Select(c => c.Key));
        Assert.Null(added.Error);
        Assert.Equal("De rollenspellen met de acteur", page.Document.QuerySelector("[data-column=bloem] .app-note__text")?.TextContent);
        Assert.Equal("Elke maand samen een casus oefenen", page.Document.QuerySelector("[data-column=zaadje] .app-note__text")?.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
    }
}
