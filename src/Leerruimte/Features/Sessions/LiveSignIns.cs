using System.Collections.Concurrent;
using Leerruimte.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Leerruimte.Features.Sessions;

/// <summary>
/// A phone stays connected for a whole session, long after its sign-in was read, and keeps receiving the board.
/// At every check of sign-ins the people behind this instance's open connections are checked again; the
/// connections of someone who was blocked (or set a new password elsewhere) are told so and closed, and their
/// phone cannot reconnect with the old cookie.
/// </summary>
public sealed class LiveSignIns(
    SignInCheck check, SignInRevalidation revalidation, IHubContext<SessionHub> hub, TimeProvider clock, ILogger<LiveSignIns> logger)
    : BackgroundService
{
    private readonly ConcurrentDictionary<string, HubCallerContext> connections = new();

    public void Add(HubCallerContext connection) => connections[connection.ConnectionId] = connection;

    public void Remove(string connectionId) => connections.TryRemove(connectionId, out _);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(revalidation.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try { await RevalidateAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { logger.LogWarning(e, "Checking the sign-ins of live connections failed; trying again at the next tick."); }
        }
    }

    public async Task RevalidateAsync(CancellationToken ct)
    {
        var open = connections.Values.Where(c => c.User is not null).ToList();
        var withdrawn = await check.WithdrawnAsync(open.Select(c => c.User!).ToList(), ct);
        foreach (var connection in open.Where(c => withdrawn.Contains(c.User!)))
        {
            Remove(connection.ConnectionId);
            // Told first, so the phone goes to the login page at once instead of trying to reconnect for a minute.
            await hub.Clients.Client(connection.ConnectionId).SendAsync(SessionHub.SignedOutMethod, ct);
            connection.Abort();
        }
    }
}
