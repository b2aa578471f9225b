using System.Collections.Concurrent;
using System.Text.Json.Serialization;

namespace Leerruimte.Features.Sessions;

/// <summary>Something that changed in a session, published after it was stored.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ItemAdded), "item")]
[JsonDerivedType(typeof(StateChanged), "state")]
[JsonDerivedType(typeof(GroupsChanged), "groups")]
[JsonDerivedType(typeof(AttendanceChanged), "attendance")]
[JsonDerivedType(typeof(ItemRemoved), "removed")]
[JsonDerivedType(typeof(AuthorsHidden), "authorsHidden")]
[JsonDerivedType(typeof(ActionsChanged), "actions")]
[JsonDerivedType(typeof(HostChanged), "host")]
public abstract record SessionEvent(Guid SessionId);

public sealed record ItemAdded(Guid SessionId, BoardItemView Item) : SessionEvent(SessionId);
public sealed record StateChanged(Guid SessionId, LiveState State) : SessionEvent(SessionId);
public sealed record GroupsChanged(Guid SessionId, string StepKey, IReadOnlyList<GroupView> Groups) : SessionEvent(SessionId);
public sealed record AttendanceChanged(Guid SessionId, Guid PersonId, bool Present) : SessionEvent(SessionId);

/// <summary>The facilitator took a note off the board.</summary>
public sealed record ItemRemoved(Guid SessionId, Guid ItemId) : SessionEvent(SessionId);

/// <summary>A step was switched to anonymous: its notes lose their authors' names on every screen.</summary>
public sealed record AuthorsHidden(Guid SessionId, int StepIndex) : SessionEvent(SessionId);

/// <summary>The team's actions were added to or changed at the console: screens that show them read them again.</summary>
public sealed record ActionsChanged(Guid SessionId) : SessionEvent(SessionId);

/// <summary>
/// The host's own content changed (a case stage released, the parts in a role play, the next conversation leader):
/// screens read the host again. It carries none of that content, so each screen shows only what its viewer may see.
/// </summary>
public sealed record HostChanged(Guid SessionId) : SessionEvent(SessionId);

/// <summary>
/// The fan-out of session events to everyone listening on this instance (console and beamer circuits, the hub relay).
/// Implementations differ only in how an event reaches every instance (docs/decisions/0006-live-meetings.md).
/// </summary>
public interface ISessionEvents
{
    Task PublishAsync(SessionEvent e);
    IDisposable Subscribe(Guid sessionId, Func<SessionEvent, Task> listener);
    IDisposable SubscribeAll(Func<SessionEvent, Task> listener);
}

/// <summary>One instance: publishing hands the event straight to the local listeners.</summary>
public class InProcessSessionEvents(ILogger<InProcessSessionEvents> logger) : ISessionEvents
{
    private static readonly Guid All = Guid.Empty;
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Guid, Func<SessionEvent, Task>>> listeners = new();

    public virtual Task PublishAsync(SessionEvent e) => DispatchAsync(e);

    public IDisposable Subscribe(Guid sessionId, Func<SessionEvent, Task> listener) => Add(sessionId, listener);

    public IDisposable SubscribeAll(Func<SessionEvent, Task> listener) => Add(All, listener);

    /// <summary>Hands an event to this instance's listeners; one failing listener does not stop the others.</summary>
    protected async Task DispatchAsync(SessionEvent e)
    {
        var targets = Listeners(e.SessionId).Concat(Listeners(All)).ToList();
        foreach (var listener in targets)
        {
            try { await listener(e); }
            catch (Exception ex) { logger.LogWarning(ex, "A session event listener failed for session {Session}.", e.SessionId); }
        }
    }

    private IEnumerable<Func<SessionEvent, Task>> Listeners(Guid key) =>
        listeners.TryGetValue(key, out var set) ? set.Values : [];

    private Subscription Add(Guid key, Func<SessionEvent, Task> listener)
    {
        var id = Guid.NewGuid();
        listeners.GetOrAdd(key, _ => new()).TryAdd(id, listener);
        return new Subscription(() =>
        {
            if (listeners.TryGetValue(key, out var set) && set.TryRemove(id, out _) && set.IsEmpty) listeners.TryRemove(key, out _);
        });
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int disposed;
        public void Dispose() { if (Interlocked.Exchange(ref disposed, 1) == 0) dispose(); }
    }
}
