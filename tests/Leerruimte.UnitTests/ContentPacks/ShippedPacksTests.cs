using System.Globalization;
using Leerruimte.Features.CaseAssignments;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Forms;
using Leerruimte.Features.Meetings.Live;
using Leerruimte.Features.Modules;
using Leerruimte.Features.LearningLog;
using Leerruimte.Features.Meter;
using Leerruimte.Features.References;
using Leerruimte.Features.RunningCases;
using Leerruimte.Features.TrainingProgrammes;
using Leerruimte.Features.WorkForms;
using Leerruimte.Resources;

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
    public void The_brainstorm_of_the_chair_strategy_is_two_timed_steps_of_four_and_eleven_minutes()
    {
        var module = Pack<ModulePack>("ondernemend-professionele-ruimte");
        var steps = MeetingScript.Of(module).Steps;

        // The console times each step of the script on its own: choosing a situation, then the chairs.
        var choose = steps.Single(s => s.Title == "Opdracht 2: Kies een situatie");
        var chairs = steps[steps.ToList().IndexOf(choose) + 1];
        Assert.Equal(("stoelenstrategie", 4), (choose.Key, choose.Minutes));
        Assert.Equal(("stoelenstrategie", 11), (chairs.Key, chairs.Minutes));
        Assert.Equal(15, choose.Minutes + chairs.Minutes);
        Assert.Equal([2, 2, 2], chairs.SubTimers.Select(t => t.Minutes));
        Assert.Equal(75, steps.Sum(s => s.Minutes));
        // Only where the chairs are done does the console offer their timers, not on the assignment's other items.
        Assert.Equal(["Opdracht 2: De drie stoelen"], steps.Where(s => s.SubTimers.Count > 0).Select(s => s.Title));
    }

    [Fact]
    public void The_self_direction_steps_give_phones_the_questions_to_discuss()
    {
        var module = Pack<ModulePack>("eigen-kracht-zelfregie");
        var own = module.FindAssignment("richting-geven")!;

        // The phone shows each step's text and prompts; the discussion of both blocks asks its questions there.
        var block1 = own.Steps.Single(s => s.Title == "Bespreek blok 1");
        Assert.Equal(3, block1.Prompts.Count);
        foreach (var marker in new[] { "inrichting", "zeggenschap", "eigen kracht", "eigen netwerk" })
            Assert.Contains($"**{marker}**", block1.Text);
        Assert.Equal(3, own.Steps.Single(s => s.Title == "Bespreek blok 2").Prompts.Count);
        Assert.All(module.Assignments, a => Assert.True(a.Steps.Count(s => s.Prompts.Count > 0) >= 2, a.Id));
    }

    [Theory]
    [InlineData("ondernemend-professionele-ruimte")]
    [InlineData("eigen-kracht-zelfregie")]
    public void Every_worksheet_of_a_module_is_used_by_an_assignment(string id)
    {
        var module = Pack<ModulePack>(id);

        Assert.All(module.Worksheets, w => Assert.Contains(module.Assignments, a => a.Worksheet == w.Id));
    }

    [Theory]
    [InlineData("ondernemend-professionele-ruimte")]
    [InlineData("eigen-kracht-zelfregie")]
    public void The_PDCA_worksheet_asks_what_the_experiment_page_of_an_action_asks(string id)
    {
        static string T(string key) => Ui.ResourceManager.GetString(key, CultureInfo.InvariantCulture)!;
        var sheet = Pack<ModulePack>(id).FindWorksheet("pdca")!;

        Assert.Equal(
            [
                ["Plan", T("Pdca_PlanWhat"), T("Pdca_PlanHow"), T("Pdca_PlanExpectation"), T("Pdca_PlanCheck")],
                ["Do", T("Pdca_DoObservations")],
                ["Check", T("Pdca_CheckResults"), T("Pdca_CheckAnalysis"), T("Pdca_CheckMet"), T("Pdca_CheckLessons")],
                ["Act", T("Pdca_ActDecision"), T("Pdca_ActNotes")],
            ],
            sheet.Phases.Select(p => new[] { p.Title! }.Concat(p.Questions).ToArray()));
    }

    [Fact]
    public void No_link_in_a_shipped_module_names_a_port()
    {
        var links = Files.Select(f => f.Result.Pack).OfType<ModulePack>()
            .SelectMany(m => m.Introduction!.Links.Concat(m.LearningForms.SelectMany(l => l.References))).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.True(new Uri(l.Url!).IsDefaultPort && !l.Url!.Contains(":80"), l.Url));
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
    [InlineData("leerstijlen", 5)]
    [InlineData("leercyclus-kolb", 4)]
    [InlineData("praktische-tips-leren", 7)]
    [InlineData("willen-kunnen-mogen", 3)]
    [InlineData("drie-niveaus-van-leren", 3)]
    [InlineData("enkel-dubbel-drieslagleren", 3)]
    [InlineData("hrm-instrumenten-ondernemerschap", 6)]
    public void The_reference_lists_hold_their_items(string listId, int count)
    {
        var list = Pack<ReferenceListPack>("referentielijsten").Lists.Single(l => l.Id == listId);

        Assert.Equal(count, list.Items.Count);
    }

    [Fact]
    public void Every_reference_list_says_where_it_comes_from() =>
        Assert.All(Pack<ReferenceListPack>("referentielijsten").Lists, l => Assert.False(string.IsNullOrWhiteSpace(l.Source), l.Id));

    private static WorkForm WorkForm(string id) => Pack<WorkFormPack>("werkvormen").WorkForms.Single(w => w.Id == id);

    [Fact]
    public void Action_learning_has_the_five_steps_of_the_issue_in_their_order_with_roles_and_prompts()
    {
        var form = WorkForm("actieleren");

        Assert.Equal(["Inbrengen", "Open vragen", "Richtingen en ideeën", "Keuze van de actie-eigenaar", "Actie"], form.Steps.Select(s => s.Title));
        Assert.True(form.Consultation);
        Assert.Equal(ActivityKind.Intervision, RegisterCategories.KindOf(form));
        Assert.Equal(6, form.Conditions.Count);
        Assert.All(form.Steps, s => Assert.NotEmpty(s.Prompts));
        Assert.Contains(form.Steps[0].Roles, r => r.Role!.StartsWith("Inbrenger (actie-eigenaar)"));
        Assert.Contains(form.Steps[0].Roles, r => r.Role!.Contains("leercoach", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(form.Steps[0].Roles, r => r.Role == "Deelnemers");
    }

    [Fact]
    public void Appreciative_organising_builds_on_what_works_in_five_steps_as_a_case_consultation()
    {
        var form = WorkForm("waarderend-organiseren");

        Assert.Equal(["Verwoorden", "Verdiepen", "Verbeelden", "Vormgeven", "Verwezenlijken"], form.Steps.Select(s => s.Title));
        Assert.True(form.Consultation);
        Assert.Equal(ActivityKind.CaseConsultation, RegisterCategories.KindOf(form));
        Assert.Contains("wat al goed werkt", form.Purpose);
        Assert.All(form.Steps, s => Assert.NotEmpty(s.Prompts));
    }

    [Fact]
    public void The_board_session_takes_fifteen_minutes_in_five_parts_with_a_measurable_goal_example()
    {
        var form = WorkForm("bordsessie");

        Assert.Equal(15, form.Minutes);
        Assert.Equal(["Check-in", "Successen", "Doelen", "Acties", "Planning"], form.Steps.Select(s => s.Title));
        Assert.Equal(15, form.Steps.Sum(s => s.Minutes));
        Assert.All(form.Steps, s => Assert.NotEmpty(s.Prompts));
        Assert.Contains("80 procent", form.Steps[2].Text);
        Assert.Null(RegisterCategories.KindOf(form));
    }

    [Fact]
    public void The_case_assignment_method_asks_the_seven_question_groups_of_the_source()
    {
        var form = WorkForm("casusopdracht");

        Assert.Equal(["Problemen", "Kansen", "Plan van aanpak", "Toetsen aan de bakens", "Partners", "Competenties", "Werkvormen"], form.Steps.Select(s => s.Title));
        Assert.True(form.Consultation);
        Assert.Equal(ActivityKind.CaseConsultation, RegisterCategories.KindOf(form));
        Assert.All(form.Steps, s => Assert.True(s.Prompts.Count >= 3, s.Title));
        // One prompt per beacon of Welzijn Nieuwe Stijl, each opening with the beacon's name as the reference list has it.
        var beacons = Pack<ReferenceListPack>("referentielijsten").Lists.Single(l => l.Id == "bakens-welzijn-nieuwe-stijl").Items;
        Assert.All(beacons, b => Assert.Contains(form.Steps[3].Prompts, p => p.StartsWith($"{b.Title}: ")));
    }

    [Fact]
    public void Where_the_source_gives_no_timings_the_method_says_the_minutes_are_ours()
    {
        foreach (var id in new[] { "actieleren", "waarderend-organiseren", "bordsessie", "casusopdracht" })
            Assert.Contains("van ons", WorkForm(id).Note);
    }

    [Fact]
    public void The_case_assignments_are_seed_003s_case_and_examples_a_to_f_each_on_a_shipped_consultation_method()
    {
        var assignments = Pack<CaseAssignmentPack>("casusopdrachten").CaseAssignments;

        Assert.Equal(7, assignments.Count);
        Assert.Equal("overlast-in-de-buurt", assignments[0].Id);
        Assert.All(assignments, a => Assert.True(WorkForm(a.Method!).Consultation, a.Id));
        Assert.All(assignments, a => Assert.False(string.IsNullOrWhiteSpace(a.Source), a.Id));
    }

    [Fact]
    public void The_Het_Gesprek_programme_has_four_half_day_modules_four_evaluation_questions_and_both_observation_forms()
    {
        var programme = Pack<TrainingProgrammePack>("het-gesprek");

        Assert.Equal([1, 2, 3, 4], programme.Modules.Select(m => m.Number));
        Assert.Equal([235, 240, 240, 240], programme.Modules.Select(m => m.DurationMinutes));
        Assert.Equal([5, 5, 6, 4], programme.Modules.Select(m => m.LearningOutcomes.Count));
        Assert.Equal(4, programme.EvaluationQuestions.Count);
        Assert.Equal(4, programme.PreparatoryTalk!.Topics.Count);
        var m2 = Assert.Single(programme.ObservationForms, f => f.Module == 2);
        Assert.Equal(8, m2.Statements.Count);
        var m3 = Assert.Single(programme.ObservationForms, f => f.Module == 3);
        Assert.Equal([4, 6, 4, 3, 4], m3.Items.Select(i => i.Checkpoints.Count));
        Assert.Equal(21, m3.Items.Sum(i => i.Checkpoints.Count));
    }

    [Fact]
    public void The_Het_Gesprek_programme_measures_with_the_shipped_meter_of_its_name()
    {
        var programme = Pack<TrainingProgrammePack>("het-gesprek");

        Assert.Equal("competentiemeter-het-gesprek", Pack<InstrumentPack>(programme.Meter!).Id);
    }

    [Fact]
    public void Every_work_form_a_shipped_training_script_names_is_a_shipped_work_form()
    {
        var shipped = Files.Select(f => f.Result.Pack).OfType<WorkFormPack>().SelectMany(p => p.WorkForms).Select(w => w.Id).ToHashSet();
        var named = Files.Select(f => f.Result.Pack).OfType<TrainingProgrammePack>()
            .SelectMany(p => p.Modules).SelectMany(m => m.Script).Select(s => s.WorkForm).OfType<string>().Distinct().ToList();

        Assert.NotEmpty(named);
        Assert.All(named, id => Assert.Contains(id, shipped));
    }

    [Fact]
    public void The_running_cases_of_Het_Gesprek_are_Johan_Emma_and_Richard_each_with_a_carer_card_and_stages_through_the_four_modules()
    {
        var pack = Pack<RunningCasePack>("het-gesprek-casussen");

        Assert.Equal("het-gesprek", pack.Programme);
        Assert.Equal(["johan", "emma", "richard"], pack.Cases.Select(c => c.Id));
        Assert.Equal([["Johan", "Johanna"], ["Emma", "Tom"], ["Richard"]], pack.Cases.Select(c => c.Names));
        Assert.Equal(["moeder", "vader", "begeleider"], pack.Cases.Select(c => c.CarerCard!.Role));
        // The seed's course of the cases: the first description in module 1, the first conversation and then the
        // behaviour in module 2, the second conversation with the carer in module 3 and the last one in module 4.
        Assert.All(pack.Cases, c => Assert.Equal([1, 2, 2, 3, 4], c.Stages.Select(s => s.Module)));
        Assert.All(pack.Cases, c => Assert.Equal(["eerste-beeld", "eerste-gesprek", "gedrag", "tweede-gesprek", "laatste-gesprek"], c.Stages.Select(s => s.Id)));
    }

    [Fact]
    public void The_running_cases_settle_the_contradictions_of_the_source_as_docs_training_het_gesprek_says()
    {
        var cases = Pack<RunningCasePack>("het-gesprek-casussen").Cases.ToDictionary(c => c.Id!);
        static string Intake(RunningCase c, string label) => c.IntakeData.Single(f => f.Label == label).Value!;

        Assert.Equal("35 jaar", Intake(cases["johan"], "Leeftijd"));
        Assert.Contains("zestien jaar", cases["johan"].Summary);
        Assert.Contains("negentiende", Intake(cases["johan"], "Werk"));
        Assert.Equal("22 jaar", Intake(cases["emma"], "Leeftijd"));
        Assert.DoesNotContain("18", cases["emma"].ActorBackground);
        Assert.DoesNotContain("Ton ", string.Join(" ", cases["emma"].Names.Append(cases["emma"].Summary).Append(cases["emma"].ActorBackground)));
        Assert.Contains("Op donderdag eet hij", cases["richard"].ActorBackground);
        Assert.DoesNotContain("drie keer", cases["richard"].ActorBackground);
    }

    private static readonly string[] HetGesprekWorkForms =
    [
        "programma-uitleg", "brainstorm-kanteling", "krachtgericht-kijken", "eerste-kennismaking", "route-van-het-gesprek",
        "doelgroepen-verkennen", "diagnose-voor-en-nadelen", "icf-introductie", "stigma-oefening",
        "casus-oefenen-acteur-mantelzorger", "contactstijl-en-irb", "voorbereiding-laatste-gesprek",
        "wat-brengt-een-collega-in", "t-shaped-professional", "ondersteuningsplan-maken",
    ];

    [Fact]
    public void The_Het_Gesprek_work_forms_have_the_fifteen_ids_the_training_script_refers_to()
    {
        var forms = Pack<WorkFormPack>("werkvormen-het-gesprek").WorkForms;

        Assert.Equal(HetGesprekWorkForms, forms.Select(f => f.Id));
        Assert.All(forms, f => Assert.True(f.Steps.Sum(s => s.Minutes) == f.Minutes, f.Id));
        Assert.All(forms, f => Assert.True(f.Steps.Any(s => s.Prompts.Count > 0) || f.Id is "casus-oefenen-acteur-mantelzorger", f.Id));
        Assert.All(forms, f => Assert.False(string.IsNullOrWhiteSpace(f.GroupSize), f.Id));
    }

    [Fact]
    public void The_stigma_exercise_holds_the_fifteen_labels_of_the_source()
    {
        var text = Pack<WorkFormPack>("werkvormen-het-gesprek").WorkForms.Single(f => f.Id == "stigma-oefening").Steps[0].Text!;
        var labels = new[]
        {
            "angstig", "arrogant", "bipolair", "bloedmooi", "clown", "creatief", "dom", "leider", "pietluttig", "populair",
            "psychotisch", "schattig", "schizofreen", "volgzaam", "zelfverzekerd",
        };

        Assert.All(labels, l => Assert.Matches($@"\b{l}\b", text));
    }

    [Fact]
    public void No_work_form_id_is_in_two_shipped_packs()
    {
        // A work form is found by id over all packs; an id in two packs would make one of them unreachable.
        var ids = Files.Select(f => f.Result.Pack).OfType<WorkFormPack>().SelectMany(p => p.WorkForms.Select(w => w.Id)).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
