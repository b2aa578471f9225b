using System.Collections.Concurrent;
using System.Security.Claims;
using Leerruimte.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;

namespace Leerruimte.Features.Meetings.Live;

/// <summary>
/// A phone stays connected for a whole meeting, long after its sign-in was read, and keeps receiving the board.
/// At every check of sign-ins the people behind this instance's open connections are checked again; the
/// connections of someone who was blocked (or set a new password elsewhere) are told so and closed, and their
/// phone cannot reconnect with the old cookie.
/// </summary>
public sealed class LiveSignIns(
    SignInCheck check, SignInRevalidation revalidation, IHubContext<MeetingHub> hub, TimeProvider clock, ILogger<LiveSignIns> logger)
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
        // One check per sign-in, however many tabs or phones it has open.
        foreach (var signIn in connections.Values.Where(c => c.User is not null).GroupBy(c => SignInKey(c.User!)))
        {
            if (await check.StillValidAsync(signIn.First().User!, ct)) continue;
            foreach (var connection in signIn)
            {
                Remove(connection.ConnectionId);
                // Told first, so the phone goes to the login page at once instead of trying to reconnect for a minute.
                await hub.Clients.Client(connection.ConnectionId).SendAsync(MeetingHub.SignedOutMethod, ct);
                connection.Abort();
            }
        }
    }

    private static string SignInKey(ClaimsPrincipal user) =>
        $"{user.FindFirstValue(ClaimTypes.NameIdentifier)}/{user.FindFirstValue(new ClaimsIdentityOptions().SecurityStampClaimType)}";
}
