namespace Leerruimte.Features.Sessions;

/// <summary>How the room is arranged during a step.</summary>
public enum SessionFormat { Plenary, Groups, Pairs, Individual }

/// <summary>
/// What a session runs: ordered steps. Each host maps its own content to it (a meeting: the module's agenda; a
/// consultation method, a board-session template or a training script later), and the kernel runs only this.
/// </summary>
public sealed record SessionScript(IReadOnlyList<ScriptStep> Steps)
{
    /// <summary>The step at <paramref name="index"/>, or the nearest one (a script never runs out under a stored index).</summary>
    public ScriptStep At(int index) => Steps[Math.Clamp(index, 0, Steps.Count - 1)];

    public int Minutes => Steps.Sum(s => s.Minutes);
}

/// <summary>
/// One step of a script. <paramref name="Key"/> names its content (a meeting's assignment): notes and groups are kept
/// by it, so two steps on the same assignment share their groups. Notes go into one of its <paramref name="Columns"/>
/// when it has any; with <paramref name="Anonymous"/> the screens leave the authors' names out.
/// </summary>
public sealed record ScriptStep(
    string Title,
    int Minutes,
    string? Key = null,
    SessionFormat Format = SessionFormat.Plenary,
    GroupBounds? GroupSize = null,
    bool SwapRoles = false,
    bool Anonymous = false,
    IReadOnlyList<SubTimer>? SubTimers = null,
    IReadOnlyList<BoardColumn>? Columns = null)
{
    public IReadOnlyList<SubTimer> SubTimers { get; init; } = SubTimers ?? [];
    public IReadOnlyList<BoardColumn> Columns { get; init; } = Columns ?? [];

    public bool HasGroups => Key is not null && Format is SessionFormat.Groups or SessionFormat.Pairs;

    /// <summary>The sizes groups are made in: pairs are two, groups as the step says.</summary>
    public GroupBounds Bounds => Format == SessionFormat.Pairs ? new(2, 2) : GroupSize ?? new(3, 4);
}

public sealed record GroupBounds(int Min, int Max);

/// <summary>A part of a step with its own timer, such as one chair of the chair strategy.</summary>
public sealed record SubTimer(string Title, int Minutes, IReadOnlyList<string> Prompts);

/// <summary>A field of a step's board that notes are sorted into, with the question it asks.</summary>
public sealed record BoardColumn(string Key, string Title, string? Question = null);
