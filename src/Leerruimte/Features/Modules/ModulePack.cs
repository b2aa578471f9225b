using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Forms;

namespace Leerruimte.Features.Modules;

/// <summary>A competency module (leerpakket): the five parts for the team plus the facilitator part.</summary>
public sealed class ModulePack : PackHeader
{
    public string? Competency { get; set; }
    public string? Summary { get; set; }
    public Introduction? Introduction { get; set; }
    public List<Assignment> Assignments { get; set; } = [];
    public List<Worksheet> Worksheets { get; set; } = [];
    public IndividualAction? IndividualAction { get; set; }
    public List<LearningForm> LearningForms { get; set; } = [];
    public List<Case> Cases { get; set; } = [];
    public List<string> Dilemmas { get; set; } = [];
    public FacilitatorPart? Facilitator { get; set; }

    public Assignment? FindAssignment(string? id) => Assignments.FirstOrDefault(a => a.Id == id);
    public Worksheet? FindWorksheet(string? id) => Worksheets.FirstOrDefault(w => w.Id == id);
}

public sealed class Introduction
{
    public string? Definition { get; set; }
    public string? IndividualsAndNetwork { get; set; }
    public string? GroupsAndSociety { get; set; }
    public string? Example { get; set; }
    public List<string> WarmUpQuestions { get; set; } = [];
    public string? Background { get; set; }
    public List<Link> Links { get; set; } = [];
}

public enum AssignmentFormat { Plenary, Groups, Pairs, Individual }

public sealed class Assignment
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Purpose { get; set; }
    public string? Introduction { get; set; }
    public AssignmentFormat Format { get; set; } = AssignmentFormat.Plenary;
    public GroupSize? GroupSize { get; set; }
    public bool SwapRoles { get; set; }
    public bool Anonymous { get; set; }
    public List<AssignmentStep> Steps { get; set; } = [];
    public List<TimedStep> TimedSteps { get; set; } = [];
    public List<QuestionBlock> QuestionBlocks { get; set; } = [];
    public string? Worksheet { get; set; }
    public string? Tip { get; set; }
}

public sealed class GroupSize
{
    public int Min { get; set; }
    public int Max { get; set; }
}

public sealed class AssignmentStep
{
    public string? Title { get; set; }
    public string? Text { get; set; }
    public List<string> Prompts { get; set; } = [];
}

/// <summary>A sub-step with its own timer, such as one chair of the chair strategy.</summary>
public sealed class TimedStep
{
    public string? Title { get; set; }
    public int Minutes { get; set; }
    public string? Text { get; set; }
    public List<string> Prompts { get; set; } = [];
}

public sealed class QuestionBlock
{
    public string? Title { get; set; }
    public string? Introduction { get; set; }
    public List<string> Questions { get; set; } = [];
}

/// <summary>A fill-in sheet such as PDCA: phases with their questions.</summary>
public sealed class Worksheet
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Introduction { get; set; }
    public List<WorksheetPhase> Phases { get; set; } = [];
}

public sealed class WorksheetPhase
{
    public string? Title { get; set; }
    public List<string> Questions { get; set; } = [];
}

public sealed class IndividualAction
{
    public string? Goal { get; set; }
    public string? Guidance { get; set; }
    public string? FormTitle { get; set; }
    public string? ScaleText { get; set; }
    public RatingScale Scale { get; set; } = new();
}

public sealed class RatingScale
{
    public int Min { get; set; } = 1;
    public int Max { get; set; } = 10;
    public int FollowUpWeeks { get; set; } = 3;
}

public enum WayOfLearning { Experimenting, Insight, Imitating, Knowledge }

public sealed class LearningForm
{
    public WayOfLearning Way { get; set; }
    public List<string> Ideas { get; set; } = [];
    public List<Link> References { get; set; } = [];
}

public sealed class Case
{
    public string? Title { get; set; }
    public string? Text { get; set; }
    public List<string> Questions { get; set; } = [];
}

public sealed class FacilitatorPart
{
    public string? Goal { get; set; }
    public string? Role { get; set; }
    public List<string> Usage { get; set; } = [];
    public int DurationMinutes { get; set; }
    public List<string> Materials { get; set; } = [];
    public List<AgendaItem> Agenda { get; set; } = [];
    public FeedbackForm? FeedbackForm { get; set; }
}

/// <summary>One block of the timed script; its activities split the block's minutes.</summary>
public sealed class AgendaItem
{
    public string? Title { get; set; }
    public int Minutes { get; set; }
    public string? Part { get; set; }
    public string? Purpose { get; set; }
    public string? Assignment { get; set; }

    /// <summary>
    /// Whether the console offers the assignment's timed steps (the chairs) on this item. By default it does; an
    /// assignment spread over several items (explaining, choosing, doing) keeps them to the item where they are done.
    /// </summary>
    public bool? Timers { get; set; }
    public List<string> Materials { get; set; } = [];
    public List<AgendaActivity> Activities { get; set; } = [];
}

public sealed class AgendaActivity
{
    public string? Title { get; set; }
    public int Minutes { get; set; }
    public string? Say { get; set; }
    public string? Do { get; set; }
    public List<string> Materials { get; set; } = [];
}

/// <summary>
/// The facilitator's feedback form, a form of the forms mechanism (<see cref="FormDefinition"/>) under the key
/// <see cref="Key"/>. Written out as <c>scale</c> and <c>questions</c>, or short as <c>scaleLabels</c> and
/// <c>statements</c> (the format of every version stored before forms existed), which gives the statements,
/// attendance and the two open questions with the ids those versions' answers were carried over under.
/// </summary>
public sealed class FeedbackForm
{
    public const string Key = "terugkoppeling";

    public List<string> Scale { get; set; } = [];
    public List<FormQuestion> Questions { get; set; } = [];
    public List<string> ScaleLabels { get; set; } = [];
    public List<string> Statements { get; set; } = [];

    public bool IsShort => Statements.Count > 0 || ScaleLabels.Count > 0;

    private FormDefinition? definition;

    public FormDefinition Definition => definition ??= IsShort ? ShortForm() : new FormDefinition { Scale = Scale, Questions = Questions };

    private FormDefinition ShortForm() => new()
    {
        Scale = ScaleLabels,
        Questions =
        [
            .. Statements.Select((text, i) => new FormQuestion { Id = $"stelling-{i + 1}", Kind = QuestionKind.Scale, Required = true, Text = text }),
            new() { Id = "aanwezig", Kind = QuestionKind.Attendance, Text = "Aanwezig", Hint = "Ingevuld vanuit het begeleidersscherm; pas aan als het niet klopt." },
            new() { Id = "vragen", Kind = QuestionKind.Text, Text = "Vragen en opmerkingen uit het team" },
            new() { Id = "opmerkingen", Kind = QuestionKind.Text, Text = "Opmerkingen van de procesbegeleider" },
        ],
    };
}
