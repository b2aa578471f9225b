using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Forms;
using Leerruimte.Resources;

namespace Leerruimte.Features.TrainingProgrammes;

/// <summary>
/// A training programme (trainingsprogramma) a trainer gives to a group over several half-day modules: the talk with
/// the client organisation beforehand, per module its learning outcomes and timed script, the observation forms of
/// its role plays and the evaluation at the end.
/// </summary>
public sealed class TrainingProgrammePack : PackHeader
{
    public string? Summary { get; set; }
    public PreparatoryTalk? PreparatoryTalk { get; set; }
    /// <summary>The id of the instrument pack participants fill in before the first module and again in the last.</summary>
    public string? Meter { get; set; }
    public List<TrainingModule> Modules { get; set; } = [];
    public List<ObservationForm> ObservationForms { get; set; } = [];
    public List<string> EvaluationQuestions { get; set; } = [];
    /// <summary>
    /// The personal agreement for after the training (afspraak na de training): written in the last module, rated
    /// then and again after the follow-up period, as a personal action. None when the programme asks for none.
    /// </summary>
    public Modules.IndividualAction? Agreements { get; set; }

    public TrainingModule? FindModule(int number) => Modules.FirstOrDefault(m => m.Number == number);

    /// <summary>Whether the agreements are made in this module: the last one.</summary>
    public bool HasAgreementsIn(int module) => Agreements is not null && Modules.Count > 0 && module == Modules.Max(m => m.Number);
}

/// <summary>The trainer's talk with the client organisation and the team before the training starts.</summary>
public sealed class PreparatoryTalk
{
    public string? Purpose { get; set; }
    public string? Participants { get; set; }
    public List<TalkTopic> Topics { get; set; } = [];
}

public sealed class TalkTopic
{
    public string? Question { get; set; }
    public string? Why { get; set; }
}

public sealed class TrainingModule
{
    public int Number { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public List<LearningOutcome> LearningOutcomes { get; set; } = [];
    public List<string> Programme { get; set; } = [];
    /// <summary>What participants do before the module.</summary>
    public List<string> Preparation { get; set; } = [];
    /// <summary>What participants read before the module.</summary>
    public List<Reading> Reading { get; set; } = [];
    /// <summary>What participants do after the module, towards the next one.</summary>
    public List<string> Homework { get; set; } = [];
    public List<string> TrainerMaterials { get; set; } = [];
    public List<Reading> BackgroundReading { get; set; } = [];
    public int DurationMinutes { get; set; }
    public List<ScriptItem> Script { get; set; } = [];

    public LearningOutcome? FindOutcome(string? id) => LearningOutcomes.FirstOrDefault(o => o.Id == id);
}

public sealed class LearningOutcome
{
    public string? Id { get; set; }
    public string? Text { get; set; }
}

/// <summary>A title to read, with a web address when there is one (many are books or pdfs handed out).</summary>
public sealed class Reading
{
    public string? Title { get; set; }
    public string? Url { get; set; }
}

/// <summary>One timed activity of a module's script (draaiboek), linked to the learning outcomes it serves.</summary>
public sealed class ScriptItem
{
    public int Minutes { get; set; }
    public string? Title { get; set; }
    public string? Purpose { get; set; }
    /// <summary>A break: it serves no outcome and needs no say or do.</summary>
    public bool Break { get; set; }
    public List<string> Outcomes { get; set; } = [];
    /// <summary>The id of a work form in a work-forms pack; resolved when the page is shown, not when the pack is read.</summary>
    public string? WorkForm { get; set; }
    public string? Say { get; set; }
    public string? Do { get; set; }
    public List<string> Materials { get; set; } = [];
}

/// <summary>
/// A form observers fill in while a participant leads a practice conversation: either statements on a scale, or
/// items with checkpoints an observer ticks when seen. Every statement and checkpoint keeps a stable id, so answers
/// stay comparable across rounds and versions.
/// </summary>
public sealed class ObservationForm
{
    public string? Id { get; set; }
    public int Module { get; set; }
    public string? Title { get; set; }
    public string? Introduction { get; set; }
    public List<string> Scale { get; set; } = [];
    public List<ObservationStatement> Statements { get; set; } = [];
    public List<ObservationItem> Items { get; set; } = [];

    public bool HasCheckpoints => Items.Count > 0;

    /// <summary>The question for the observer's remarks, added after the statements or items; no statement or item takes its id.</summary>
    public const string RemarksId = "opmerkingen";

    /// <summary>
    /// The form on the forms mechanism: each statement a question on the form's scale, or each item one question whose
    /// options are its checkpoints (any may be ticked: seen or not), then the remarks.
    /// </summary>
    public FormDefinition Definition() => new()
    {
        Scale = Scale,
        Questions =
        [
            .. Statements.Select(s => new FormQuestion { Id = s.Id, Kind = QuestionKind.Scale, Text = s.Text }),
            .. Items.Select(i => new FormQuestion { Id = i.Id, Kind = QuestionKind.Choice, Multiple = true, Text = i.Text, Options = [.. i.Checkpoints.Select(c => c.Text!)] }),
            new() { Id = RemarksId, Kind = QuestionKind.Text, Text = Ui.Observation_Remarks },
        ],
    };
}

public sealed class ObservationStatement
{
    public string? Id { get; set; }
    public string? Text { get; set; }
}

public sealed class ObservationItem
{
    public string? Id { get; set; }
    public string? Text { get; set; }
    public List<ObservationStatement> Checkpoints { get; set; } = [];
}
