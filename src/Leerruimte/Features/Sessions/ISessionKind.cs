using System.Collections.Concurrent;

namespace Leerruimte.Features.Sessions;

/// <summary>
/// What a host of live sessions tells the kernel (one per <see cref="Origin.Kind"/>, registered in the host's own
/// setup): how its content maps to a script, and what happens to the host when its session starts and closes. The
/// hooks run inside the command, before it is stored, so the host's change and the session's are saved together.
/// </summary>
public interface ISessionKind
{
    string Kind { get; }

    /// <summary>The script a session of this kind runs; the same <see cref="LiveSession.ScriptRef"/> always gives the same script (it is cached).</summary>
    Task<SessionScript?> ScriptAsync(string scriptRef, CancellationToken ct);

    /// <summary>
    /// Whether someone opening a session that has not started yet counts as present (people join while the facilitator
    /// waits): from an hour before its planned start, unless the kind says otherwise.
    /// </summary>
    async Task<bool> IsOpenBeforeStartAsync(LiveSession session, DateTime now, CancellationToken ct) =>
        await EntryAsync(session, ct) is { } entry && now >= entry.StartsAt.AddHours(-1);

    /// <summary>Where a phone that typed the session's join code goes, and when the session is planned to start; null when the host is gone.</summary>
    Task<SessionEntry?> EntryAsync(LiveSession session, CancellationToken ct);

    Task OnStartedAsync(LiveSession session, CancellationToken ct);

    Task OnClosedAsync(LiveSession session, CancellationToken ct);

    /// <summary>What an hour in this session counts as for the register, if anything; attendees who confirm get it in their learning log.</summary>
    Task<SessionReflection?> ReflectionAsync(LiveSession session, CancellationToken ct) => Task.FromResult<SessionReflection?>(null);
}

/// <summary>What the join page needs of a host: its planned start (the code opens an hour before) and its phone page.</summary>
public sealed record SessionEntry(DateTime StartsAt, string PhonePath);

/// <summary>
/// The scripts of sessions: their kind's script, cached by kind and reference (a note arrives every few seconds from
/// every phone), followed by the steps the facilitator added (<see cref="AddableSteps"/>).
/// </summary>
public sealed class SessionScripts(IEnumerable<ISessionKind> kinds, AddableSteps addable, ScriptCache cache)
{
    public ISessionKind KindOf(string kind) =>
        kinds.FirstOrDefault(k => k.Kind == kind) ?? throw new InvalidOperationException($"No session kind '{kind}' is registered.");

    public async Task<SessionScript> OfAsync(LiveSession session, CancellationToken ct = default) =>
        addable.With(await BaseAsync(session.OriginKind, session.ScriptRef, ct), session.AddedSteps, session.AnonymousSteps);

    /// <summary>The kind's own script, without added steps.</summary>
    public async Task<SessionScript> BaseAsync(string kind, string scriptRef, CancellationToken ct = default) =>
        await cache.GetAsync((kind, scriptRef), () => KindOf(kind).ScriptAsync(scriptRef, ct))
            ?? throw new InvalidOperationException($"The script {scriptRef} of a {kind} session is missing.");
}

/// <summary>The steps a facilitator can add to any session, as features registered them.</summary>
public sealed class AddableSteps(IEnumerable<AddedStep> steps)
{
    public IReadOnlyList<AddedStep> All { get; } = [.. steps];

    public AddedStep? Find(string key) => All.FirstOrDefault(a => a.Key == key);

    /// <summary>
    /// A session's script: its kind's script followed by the added steps, in the order they were added, with the
    /// steps the facilitator switched to anonymous marked so.
    /// </summary>
    public SessionScript With(SessionScript script, IReadOnlyList<string> keys, IReadOnlyList<int> anonymous)
    {
        if (keys.Count == 0 && anonymous.Count == 0) return script;
        var steps = script.Steps.Concat(keys.Select(k => Find(k)?.Step()).OfType<ScriptStep>());
        return new([.. steps.Select((step, i) => anonymous.Contains(i) ? step with { Anonymous = true } : step)]);
    }
}

/// <summary>
/// A step the facilitator can add to any running session from the console, such as the evaluation board; a feature
/// registers one in its own setup. <paramref name="Step"/> builds it in the current language; <paramref name="Panel"/>
/// is the component the console shows beside it (it gets the session as a parameter named Session).
/// </summary>
public sealed record AddedStep(string Key, Func<ScriptStep> Step, Func<string> OpenLabel, Type? Panel = null);

/// <summary>Scripts by kind and reference: a reference never changes what it names, so entries never go stale.</summary>
public sealed class ScriptCache
{
    private readonly ConcurrentDictionary<(string Kind, string Ref), SessionScript> scripts = new();

    public async Task<SessionScript?> GetAsync((string Kind, string Ref) key, Func<Task<SessionScript?>> load)
    {
        if (scripts.TryGetValue(key, out var script)) return script;
        script = await load();
        return script is null ? null : scripts.GetOrAdd(key, script);
    }
}
