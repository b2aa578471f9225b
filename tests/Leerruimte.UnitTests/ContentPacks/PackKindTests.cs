using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Modules;

namespace Leerruimte.UnitTests.ContentPacks;

/// <summary>A pack kind is a registration by its feature: ContentPacks reads, checks and refuses packs of any kind it is given.</summary>
public sealed class PackKindTests
{
    /// <summary>A kind no feature has yet, registered here the way a feature would in its setup.</summary>
    public sealed class TrainingPack : PackHeader
    {
        public List<string> Sessions { get; set; } = [];
    }

    private static readonly PackParser WithTraining = new(new PackKinds([
        PackKind.Of<ModulePack>("module", ModulePackValidator.Validate),
        PackKind.Of<TrainingPack>("training", (pack, errors) => errors.AtLeast("sessions", pack.Sessions, 1)),
    ]));

    private const string Training = "kind: training\nid: omgaan-met-agressie\nversion: 1\ntitle: Omgaan met agressie\nsessions:\n  - Rollenspel\n";

    [Fact]
    public void A_registered_kind_is_read_into_its_own_class()
    {
        var result = WithTraining.Parse("t.yaml", Training);

        Assert.True(result.IsValid);
        Assert.Equal(["Rollenspel"], Assert.IsType<TrainingPack>(result.Pack).Sessions);
    }

    [Fact]
    public void A_registered_kind_refuses_a_pack_whole_by_its_own_rules_with_file_line_and_field()
    {
        var result = WithTraining.Parse("t.yaml", Training.Replace("sessions:\n  - Rollenspel\n", "sessions: []\n").Replace("version: 1", "version: 0"));

        Assert.Null(result.Pack);
        Assert.Contains(result.Errors, e => e is { File: "t.yaml", Line: 5, Field: "sessions", Message: "moet minstens één onderdeel hebben" });
        Assert.Contains(result.Errors, e => e is { Line: 3, Field: "version" });
    }

    [Fact]
    public void A_field_the_kind_does_not_have_is_refused()
    {
        var error = Assert.Single(WithTraining.Parse("t.yaml", Training + "trainer: Kees\n").Errors);

        Assert.Equal((7, "trainer"), (error.Line, error.Field));
        Assert.StartsWith("onbekend veld 'trainer'", error.Message);
    }

    [Fact]
    public void An_unknown_kind_is_told_in_Dutch_with_the_kinds_there_are()
    {
        var error = Assert.Single(WithTraining.Parse("t.yaml", Training.Replace("kind: training", "kind: casus")).Errors);

        Assert.Equal(("t.yaml", 1, "kind"), (error.File, error.Line, error.Field));
        Assert.Equal("onbekend soort pakket 'casus'; kies uit: module, training", error.Message);
    }

    [Fact]
    public void A_pack_without_a_kind_is_told_the_field_is_required()
    {
        var error = Assert.Single(WithTraining.Parse("t.yaml", Training.Replace("kind: training\n", "")).Errors);

        Assert.Equal("kind", error.Field);
        Assert.StartsWith("is verplicht", error.Message);
    }

    [Fact]
    public void The_features_register_the_seven_kinds_of_the_shipped_content()
    {
        Assert.Equal(["case-assignments", "instrument", "module", "reference-lists", "running-cases", "training-programme", "work-forms"], AppPacks.Kinds().Names.Order());
    }

    [Fact]
    public void A_kind_registered_twice_stops_the_app_from_starting()
    {
        var twice = PackKind.Of<TrainingPack>("training", (_, _) => { });

        Assert.Throws<InvalidOperationException>(() => new PackKinds([twice, twice with { PackType = typeof(ModulePack) }]));
        Assert.Throws<InvalidOperationException>(() => new PackKinds([twice, twice with { Name = "training-2" }]));
    }

    [Fact]
    public void Content_packs_know_no_feature()
    {
        var kinds = AppPacks.Kinds();
        var packClasses = kinds.Names.Select(n => kinds.Find(n)!.PackType.Name).ToList();
        var folder = Path.Combine(Repository.Root, "src", "Leerruimte", "Features", "ContentPacks");
        var mentions = Directory.GetFiles(folder).Where(f => f.EndsWith(".cs") || f.EndsWith(".razor"))
            .SelectMany(f => File.ReadLines(f)
                .Where(l => (l.Contains("Features.") && !l.Contains("Features.ContentPacks")) || packClasses.Any(l.Contains))
                .Select(l => $"{Path.GetFileName(f)}: {l.Trim()}"))
            .ToList();

        Assert.Equal(7, packClasses.Count);
        Assert.True(mentions.Count == 0, string.Join("\n", mentions));
    }
}
