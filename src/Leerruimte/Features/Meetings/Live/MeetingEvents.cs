using System.Collections.Concurrent;
using System.Text.Json.Serialization;

namespace Leerruimte.Features.Meetings.Live;

/// <summary>Something that changed in a meeting, published after it was stored.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ItemAdded), "item")]
[JsonDerivedType(typeof(StateChanged), "state")]
[JsonDerivedType(typeof(GroupsChanged), "groups")]
[JsonDerivedType(typeof(AttendanceChanged), "attendance")]
public abstract record MeetingEvent(Guid MeetingId);

public sealed record ItemAdded(Guid MeetingId, BoardItemView Item) : MeetingEvent(MeetingId);
public sealed record StateChanged(Guid MeetingId, LiveState State) : MeetingEvent(MeetingId);
public sealed record GroupsChanged(Guid MeetingId, string AssignmentId, IReadOnlyList<GroupView> Groups) : MeetingEvent(MeetingId);
public sealed record AttendanceChanged(Guid MeetingId, Guid PersonId, bool Present) : MeetingEvent(MeetingId);

/// <summary>
/// The fan-out of meeting events to everyone listening on this instance (console circuits, the hub relay).
/// Implementations differ only in how an event reaches every instance (docs/decisions/0006-live-meetings.md).
/// </summary>
public interface IMeetingEvents
{
    Task PublishAsync(MeetingEvent e);
    IDisposable Subscribe(Guid meetingId, Func<MeetingEvent, Task> listener);
    IDisposable SubscribeAll(Func<MeetingEvent, Task> listener);
}

/// <summary>One instance: publishing hands the event straight to the local listeners.</summary>
public class InProcessMeetingEvents(ILogger<InProcessMeetingEvents> logger) : IMeetingEvents
{
    private static readonly Guid All = Guid.Empty;
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Guid, Func<MeetingEvent, Task>>> listeners = new();

    public virtual Task PublishAsync(MeetingEvent e) => DispatchAsync(e);

    public IDisposable Subscribe(Guid meetingId, Func<MeetingEvent, Task> listener) => Add(meetingId, listener);

    public IDisposable SubscribeAll(Func<MeetingEvent, Task> listener) => Add(All, listener);

    /// <summary>Hands an event to this instance's listeners; one failing listener does not stop the others.</summary>
    protected async Task DispatchAsync(MeetingEvent e)
    {
        var targets = Listeners(e.MeetingId).Concat(Listeners(All)).ToList();
        foreach (var listener in targets)
        {
            try { await listener(e); }
            catch (Exception ex) { logger.LogWarning(ex, "A meeting event listener failed for meeting {Meeting}.", e.MeetingId); }
        }
    }

    private IEnumerable<Func<MeetingEvent, Task>> Listeners(Guid key) =>
        listeners.TryGetValue(key, out var set) ? set.Values : [];

    private Subscription Add(Guid key, Func<MeetingEvent, Task> listener)
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
