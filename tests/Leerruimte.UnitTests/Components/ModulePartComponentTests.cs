using Bunit;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Modules;
using Leerruimte.Features.Modules.Parts;
using Leerruimte.Infrastructure;
using Leerruimte.UnitTests.ContentPacks;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.UnitTests.Components;

public sealed class ModulePartComponentTests : BunitContext
{
    private readonly ModulePack module = (ModulePack)AppPacks.Parser.Parse("m.yaml", PackSamples.Module).Pack!;

    public ModulePartComponentTests()
    {
        Services.AddSingleton<MarkdownRenderer>();
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
    }

    [Fact]
    public void The_script_shows_when_each_agenda_item_starts()
    {
        var agenda = Render<AgendaView>(p => p.Add(a => a.Part, module.Facilitator!));

        var starts = agenda.FindAll("tr.app-agenda__item th").Select(th => th.TextContent).ToList();
        Assert.Equal(2, starts.Count);
        Assert.StartsWith("vanaf 0 min", starts[0]);
        Assert.StartsWith("vanaf 10 min", starts[1]);
        Assert.Contains("We oefenen vandaag.", agenda.Markup);
    }

    [Fact]
    public void The_paper_scale_has_a_box_for_every_point()
    {
        var scale = Render<ScaleRow>(p => p.Add(s => s.Label, "Nu").Add(s => s.Min, 1).Add(s => s.Max, 10));

        Assert.Equal(Enumerable.Range(1, 10).Select(i => i.ToString()), scale.FindAll(".app-scale__box").Select(b => b.TextContent));
        Assert.Equal("Nu", scale.Find("[role=group]").GetAttribute("aria-label"));
    }

    [Fact]
    public void The_feedback_form_has_a_row_per_statement_and_a_column_per_scale_point()
    {
        var form = Render<FeedbackFormView>(p => p.Add(f => f.Part, module.Facilitator!).Add(f => f.Competency, module.Competency));

        Assert.Single(form.FindAll("tbody tr"));
        Assert.Equal(4, form.FindAll("tbody tr td").Count);
        Assert.Contains("1 = nee, 2 = enigszins, 3 = grotendeels, 4 = ja", form.Find("caption").TextContent);
    }

    [Fact]
    public void A_group_assignment_says_how_big_the_groups_are()
    {
        var view = Render<AssignmentView>(p => p.Add(a => a.Module, module).Add(a => a.Assignment, module.Assignments[0]).Add(a => a.Number, 1));

        Assert.Contains("In groepjes van 3 tot 4", view.Markup);
        Assert.Contains("Werkblad: Plan-Do-Check-Act", view.Markup);
        Assert.Contains("2 min", view.Find(".app-timed").TextContent);
    }
}
