using System.Text.Json;
using System.Text.Json.Serialization;
using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Leerruimte.Features.Meetings.Live;

/// <summary>
/// The live connection of phones (and of the load test). Access is checked on every call: only the
/// meeting's invitees and facilitator can join its group or add to its board.
/// </summary>
[Authorize]
public sealed class MeetingHub(LeerruimteDb db, CurrentUser user, ContentCatalogue catalogue, BoardService board, MeetingRoom room, TimeProvider clock) : Hub
{
    public const string Path = "/hubs/meeting";
    public const string EventMethod = "meetingEvent";
    public const string SignedOutMethod = "signedOut";

    public static string GroupOf(Guid meetingId) => $"meeting:{meetingId:N}";

    public sealed record JoinResult(string? Error, LiveState? State, List<BoardItemView>? Items, Dictionary<string, List<GroupView>>? Groups, Guid Me);

    public sealed record AddResult(string? Error, BoardItemView? Item);

    /// <summary>Joins the meeting's live group and returns everything to show (also after a reconnect).</summary>
    public async Task<JoinResult> Join(Guid meetingId)
    {
        var me = user.RequirePersonId();
        if (!await MeetingAccess.IsParticipantAsync(db, meetingId, me)) return new(Ui.Board_NoAccess, null, null, null, me);
        var snapshot = await MeetingSnapshot.LoadAsync(db, catalogue, meetingId, clock.GetUtcNow().UtcDateTime);
        if (snapshot is null) return new(Ui.Board_NoAccess, null, null, null, me);
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(meetingId));
        if (MeetingRoom.JoiningCountsAsPresent(snapshot.Meeting, clock.GetUtcNow().UtcDateTime)) await room.MarkJoinedAsync(meetingId, me);
        return new(null, snapshot.State, snapshot.Items, snapshot.Groups, me);
    }

    public async Task Leave(Guid meetingId) => await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(meetingId));

    public async Task<AddResult> AddItem(Guid meetingId, Guid itemId, string text)
    {
        var result = await board.AddAsync(meetingId, user.RequirePersonId(), itemId, text);
        return new(result.Error, result.Item);
    }
}

/// <summary>
/// Each hub call runs in its own scope: open the tenant and current user from the connection's sign-in.
/// Open connections are known to <see cref="LiveSignIns"/>, which closes them when their sign-in ends.
/// </summary>
public sealed class CurrentUserHubFilter(LiveSignIns signIns) : IHubFilter
{
    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        context.ServiceProvider.GetRequiredService<CurrentUser>().Set(context.Context.User!);
        return next(context);
    }

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        signIns.Add(context.Context);
        return next(context);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        signIns.Remove(context.Context.ConnectionId);
        return next(context, exception);
    }
}

/// <summary>Forwards this instance's meeting events to the phones connected to this instance.</summary>
public sealed class MeetingHubRelay(IMeetingEvents events, IHubContext<MeetingHub> hub) : IHostedService
{
    // Serialised as the base type so the "type" discriminator is written; scripts switch on it.
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private IDisposable? subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = events.SubscribeAll(e =>
            hub.Clients.Group(MeetingHub.GroupOf(e.MeetingId)).SendAsync(MeetingHub.EventMethod, JsonSerializer.SerializeToElement(e, Json)));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        subscription?.Dispose();
        return Task.CompletedTask;
    }
}
