using Leerruimte.Features.BoardSessions;
using Leerruimte.Features.Consultations;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Forms;
using Leerruimte.Features.LearningLog;
using Leerruimte.Features.Meter;
using Leerruimte.Features.Modules;
using Leerruimte.Features.WorkForms;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.Bench.Generator;

public sealed record Module(PackSummary Summary, ModulePack Pack, Guid FeedbackFormVersion, IReadOnlyList<FormQuestion> Questions, IReadOnlyList<(int Index, string Key)> BoardSteps);

public sealed record Method(Guid VersionId, WorkForm Form, int Minutes, ActivityKind Category);

public sealed record Instrument(PackSummary Summary, InstrumentPack Pack, IReadOnlyList<string> Statements);

/// <summary>The shipped packs the generated history points at, read through the app's own catalogue after the packs were loaded.</summary>
public sealed record Catalogue(IReadOnlyList<Module> Modules, IReadOnlyList<Method> Consultations, Method Board, IReadOnlyList<Instrument> Instruments)
{
    public static async Task<Catalogue> ReadAsync(IServiceProvider services)
    {
        var catalogue = services.GetRequiredService<ContentCatalogue>();
        var modules = new List<Module>();
        foreach (var summary in await catalogue.LatestAsync<ModulePack>())
        {
            var pack = (await catalogue.ByVersionIdAsync<ModulePack>(summary.VersionId))!;
            var agenda = pack.Facilitator!.Agenda;
            var steps = agenda.Select((a, i) => (i, a.Assignment)).Where(s => s.Assignment is not null).Select(s => (s.i, s.Assignment!)).ToList();
            modules.Add(new Module(summary, pack, summary.VersionId, pack.Facilitator.FeedbackForm!.Definition.Questions, steps));
        }
        var consultations = (await ConsultationMethod.AllAsync(catalogue))
            .Select(m => new Method(m.VersionId, m.Method, m.Method.Steps.Sum(s => s.Minutes), RegisterCategories.KindOf(m.Method) ?? ActivityKind.CaseConsultation)).ToList();
        var board = await BoardSessionKind.MethodAsync(catalogue) ?? throw new InvalidOperationException("The board-session work form is not loaded.");
        var instruments = new List<Instrument>();
        foreach (var summary in await catalogue.LatestAsync<InstrumentPack>())
        {
            var pack = (await catalogue.ByVersionIdAsync<InstrumentPack>(summary.VersionId))!;
            instruments.Add(new Instrument(summary, pack, pack.Statements.Select(s => s.Id!).ToList()));
        }
        if (modules.Count == 0 || consultations.Count == 0 || instruments.Count == 0) throw new InvalidOperationException("The shipped packs are not loaded.");
        return new Catalogue(modules, consultations, new Method(board.VersionId, board.Form, board.Form.Steps.Sum(s => s.Minutes), ActivityKind.Other), instruments);
    }
}
