using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Forms;
using Leerruimte.Features.Modules;
using Leerruimte.Features.References;

namespace Leerruimte.UnitTests.ContentPacks;

/// <summary>The packs in content/ are what every organisation starts with: they must load, and be complete.</summary>
public sealed class ShippedPacksTests
{
    private static readonly string ContentFolder = Path.Combine(AppContext.BaseDirectory, "content");
    private static readonly IReadOnlyList<PackFolder.PackFile> Files = PackFolder.Read(AppPacks.Parser, ContentFolder);

    private static T Pack<T>(string id) where T : PackHeader =>
        Files.Select(f => f.Result.Pack).OfType<T>().Single(p => p.Id == id);

    [Fact]
    public void Every_shipped_pack_is_valid()
    {
        Assert.NotEmpty(Files);
        var errors = Files.SelectMany(f => f.Result.Errors).Select(e => e.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("ondernemend-professionele-ruimte", 75)]
    [InlineData("eigen-kracht-zelfregie", 85)]
    public void Both_competency_modules_are_complete_in_every_part(string id, int minutes)
    {
        var module = Pack<ModulePack>(id);

        Assert.Equal(minutes, module.Facilitator!.DurationMinutes);
        Assert.Equal(2, module.Assignments.Count);
        Assert.All(module.Assignments, a => Assert.NotEmpty(a.Steps));
        Assert.Contains(module.Worksheets, w => w.Id == "pdca" && w.Phases.Count == 4);
        Assert.Equal((1, 10, 3), (module.IndividualAction!.Scale.Min, module.IndividualAction.Scale.Max, module.IndividualAction.Scale.FollowUpWeeks));
        Assert.Equal(4, module.LearningForms.Count);
        Assert.NotEmpty(module.Cases);
        Assert.All(module.Cases, c => Assert.NotEmpty(c.Questions));
        Assert.NotEmpty(module.Dilemmas);
        var feedback = module.Facilitator.FeedbackForm!.Definition;
        Assert.Equal(8, feedback.Questions.Count(q => q.Kind == QuestionKind.Scale && q.Required));
        Assert.Equal(["nee", "enigszins", "grotendeels", "ja"], feedback.Scale);
        Assert.Equal([QuestionKind.Attendance, QuestionKind.Text, QuestionKind.Text], feedback.Questions.Skip(8).Select(q => q.Kind));
        // The ids the short form gives, under which the answers sent before forms existed were carried over.
        Assert.Equal([.. Enumerable.Range(1, 8).Select(i => $"stelling-{i}"), "aanwezig", "vragen", "opmerkingen"], feedback.Questions.Select(q => q.Id));
        Assert.NotEmpty(module.Introduction!.WarmUpQuestions);
    }

    [Fact]
    public void The_chair_strategy_times_each_chair_for_two_minutes()
    {
        var chairs = Pack<ModulePack>("ondernemend-professionele-ruimte").FindAssignment("stoelenstrategie")!;

        Assert.Equal(AssignmentFormat.Groups, chairs.Format);
        Assert.Equal([2, 2, 2], chairs.TimedSteps.Select(t => t.Minutes));
    }

    [Fact]
    public void The_self_direction_module_has_two_question_blocks_and_a_pairs_assignment_with_swapped_roles()
    {
        var module = Pack<ModulePack>("eigen-kracht-zelfregie");

        Assert.Equal(2, module.Assignments[0].QuestionBlocks.Count);
        Assert.Equal(AssignmentFormat.Pairs, module.Assignments[1].Format);
        Assert.True(module.Assignments[1].SwapRoles);
    }

    [Theory]
    [InlineData("bakens-welzijn-nieuwe-stijl", 8)]
    [InlineData("ondernemende-competenties", 7)]
    [InlineData("route-van-het-gesprek", 10)]
    public void The_reference_lists_hold_their_items(string listId, int count)
    {
        var list = Pack<ReferenceListPack>("referentielijsten").Lists.Single(l => l.Id == listId);

        Assert.Equal(count, list.Items.Count);
    }
}
