using System.Text.Json;
using StackExchange.Redis;

namespace Leerruimte.Features.Sessions;

/// <summary>
/// Several instances: every event goes through one Redis pub/sub channel, and each instance hands what it
/// receives to its own listeners. The publishing instance hears its own event back the same way.
/// </summary>
public sealed class RedisSessionEvents : InProcessSessionEvents, IHostedService, IAsyncDisposable
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("leerruimte:sessions");
    private readonly string connectionString;
    private readonly ILogger<InProcessSessionEvents> logger;
    private ConnectionMultiplexer? redis;

    public RedisSessionEvents(string connectionString, ILogger<InProcessSessionEvents> logger) : base(logger)
    {
        this.connectionString = connectionString;
        this.logger = logger;
    }

    public override async Task PublishAsync(SessionEvent e)
    {
        var subscriber = (redis ?? throw new InvalidOperationException("Redis is not connected yet.")).GetSubscriber();
        await subscriber.PublishAsync(Channel, JsonSerializer.Serialize(e));
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        redis = await ConnectionMultiplexer.ConnectAsync(connectionString);
        var queue = await redis.GetSubscriber().SubscribeAsync(Channel);
        queue.OnMessage(async message =>
        {
            try
            {
                if (JsonSerializer.Deserialize<SessionEvent>((string)message.Message!) is { } e) await DispatchAsync(e);
            }
            catch (JsonException ex) { logger.LogWarning(ex, "Ignored a malformed session event from Redis."); }
        });
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (redis is not null) await redis.DisposeAsync();
    }
}
