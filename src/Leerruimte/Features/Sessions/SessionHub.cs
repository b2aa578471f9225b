using System.Text.Json;
using System.Text.Json.Serialization;
using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Leerruimte.Features.Sessions;

/// <summary>
/// The live connection of phones (and of the load test), for sessions of every kind. Access is checked on every
/// call: only the session's participants and facilitator can join its group or add to its board.
/// </summary>
[Authorize]
public sealed class SessionHub(LeerruimteDb db, CurrentUser user, IServiceProvider services, SessionBoard board, SessionRoom room, TimeProvider clock) : Hub
{
    public const string Path = "/hubs/session";
    public const string EventMethod = "sessionEvent";
    public const string SignedOutMethod = "signedOut";

    public static string GroupOf(Guid sessionId) => $"session:{sessionId:N}";

    public sealed record JoinResult(string? Error, LiveState? State, List<BoardItemView>? Items, Dictionary<string, List<GroupView>>? Groups, Guid Me);

    public sealed record AddResult(string? Error, BoardItemView? Item);

    /// <summary>Joins the session's live group and returns everything to show (also after a reconnect).</summary>
    public async Task<JoinResult> Join(Guid sessionId)
    {
        var me = user.RequirePersonId();
        if (!await SessionAccess.IsInAsync(db, sessionId, me)) return new(Ui.Board_NoAccess, null, null, null, me);
        var snapshot = await SessionSnapshot.LoadAsync(services, sessionId, clock.GetUtcNow().UtcDateTime);
        if (snapshot is null) return new(Ui.Board_NoAccess, null, null, null, me);
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(sessionId));
        await room.JoinedAsync(snapshot.Session, me);
        return new(null, snapshot.State, snapshot.Items, snapshot.Groups, me);
    }

    /// <summary>Adds a note; <paramref name="column"/> is the field it goes in on a step with columns, else null.</summary>
    public async Task<AddResult> AddItem(Guid sessionId, Guid itemId, string text, string? column)
    {
        var result = await board.AddAsync(sessionId, user.RequirePersonId(), itemId, text, column);
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

/// <summary>Forwards this instance's session events to the phones connected to this instance.</summary>
public sealed class SessionHubRelay(ISessionEvents events, IHubContext<SessionHub> hub) : IHostedService
{
    // Serialised as the base type so the "type" discriminator is written; scripts switch on it.
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private IDisposable? subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = events.SubscribeAll(e =>
            hub.Clients.Group(SessionHub.GroupOf(e.SessionId)).SendAsync(SessionHub.EventMethod, JsonSerializer.SerializeToElement(e, Json)));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        subscription?.Dispose();
        return Task.CompletedTask;
    }
}
