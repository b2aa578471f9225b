using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Leerruimte.IntegrationTests.Infrastructure;

/// <summary>
/// Collects the app's error logs so a test that meets a 500 fails with the server's exception, not just the status.
/// </summary>
public sealed class ServerErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<string> errors = new();

    // Errors first: a warning logged at start (a migration note) must not hide the exception a test ran into.
    public string Latest => errors.IsEmpty ? "(no error logged)"
        : string.Join("\n---\n", errors.Where(e => e.Contains(" Error ", StringComparison.Ordinal)).DefaultIfEmpty(errors.Last()).TakeLast(3));

    public bool Any(string text) => errors.Any(e => e.Contains(text, StringComparison.Ordinal));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(ServerErrors owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var entry = $"{DateTime.UtcNow:O} {logLevel} {category}: {formatter(state, exception)}\n{exception}";
            owner.errors.Enqueue(entry);
            if (Environment.GetEnvironmentVariable("LEERRUIMTE_TEST_LOG") is { Length: > 0 } file) File.AppendAllText(file, entry + "\n");
        }
    }
}

/// <summary>Turns an unexpected 500 into a test failure that shows what went wrong on the server.</summary>
public sealed class FailOnServerError(ServerErrors errors) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if ((int)response.StatusCode >= 500)
            throw new HttpRequestException($"{request.Method} {request.RequestUri} gave {(int)response.StatusCode}. Server log:\n{errors.Latest}");
        return response;
    }
}
