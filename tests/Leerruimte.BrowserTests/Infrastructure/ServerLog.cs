using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Leerruimte.BrowserTests.Infrastructure;

/// <summary>Keeps the app's warnings and errors, so a failing browser test can show what went wrong on the server.</summary>
public sealed class ServerLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> entries = new();

    public int Count => entries.Count;

    /// <summary>The entries logged after the first <paramref name="skip"/>.</summary>
    public IEnumerable<string> Since(int skip) => entries.Skip(skip);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : Environment.NewLine + exception)}");
        }
    }
}
