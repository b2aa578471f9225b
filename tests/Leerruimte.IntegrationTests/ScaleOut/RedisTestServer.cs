using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Leerruimte.IntegrationTests.ScaleOut;

/// <summary>
/// A real Redis server (Debian's redis-server, which test.sh installs) on a free local port, without persistence,
/// for as long as the test class needs it.
/// </summary>
public sealed class RedisTestServer : IAsyncDisposable
{
    private readonly Process process;

    public int Port { get; }
    public string ConnectionString => $"127.0.0.1:{Port}";

    private RedisTestServer(Process process, int port) => (this.process, Port) = (process, port);

    public static async Task<RedisTestServer> StartAsync()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("redis-server", ["--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("redis-server is not installed; ./test.sh installs it (apt-get install redis-server).", e);
        }
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new RedisTestServer(process, port);
        await Mail.Eventually.Until(server.AnswersAsync, what: $"redis-server answering on port {port}");
        return server;
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG");
        }
        catch (SocketException) { return false; }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
