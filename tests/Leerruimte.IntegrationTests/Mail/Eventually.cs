namespace Leerruimte.IntegrationTests.Mail;

/// <summary>Waits for something the background worker does, by polling a condition instead of sleeping a fixed time.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public static async Task Until(Func<Task<bool>> condition, TimeSpan? timeout = null, string? what = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > limit) throw new TimeoutException($"Still not true after {limit.TotalSeconds:0.#} s: {what ?? "condition"}.");
            await Task.Delay(50);
        }
    }

    public static Task Until(Func<bool> condition, TimeSpan? timeout = null, string? what = null) =>
        Until(() => Task.FromResult(condition()), timeout, what);

    /// <summary>Waits until <paramref name="read"/> gives a value that satisfies <paramref name="done"/>, and returns it.</summary>
    public static async Task<T> Get<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null, string? what = null)
    {
        var value = await read();
        await Until(async () => done(value = await read()), timeout, what);
        return value;
    }
}
