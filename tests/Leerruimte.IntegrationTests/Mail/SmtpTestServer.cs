using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Leerruimte.IntegrationTests.Mail;

/// <summary>A message the server accepted: the SMTP envelope and the MIME exactly as it came over the wire.</summary>
public sealed record ReceivedMail(string From, IReadOnlyList<string> To, byte[] Raw)
{
    public MimeMessage Message => MimeMessage.Load(new MemoryStream(Raw));
}

public enum SmtpStage { Rcpt, Data }

/// <summary>
/// A small, real SMTP server (RFC 5321 without TLS or AUTH) on 127.0.0.1 with an ephemeral port. It records every
/// message it accepts, can be stopped (connections are refused) and started again on the same port, and can
/// answer the next messages with a temporary failure. Serves any number of connections at once.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    public const string TemporaryFailure = "451 4.3.0 Test server says: try again later";

    private readonly Lock gate = new();
    private readonly List<ReceivedMail> received = [];
    private readonly List<Task> sessions = [];
    private TcpListener? listener;
    private CancellationTokenSource? stopping;
    private Task acceptLoop = Task.CompletedTask;
    private int failuresLeft, rejected;
    private SmtpStage failAt;
    private string failReply = TemporaryFailure;

    public int Port { get; private set; }

    /// <summary>How many messages (or recipients) were answered with the configured failure.</summary>
    public int Rejected { get { lock (gate) return rejected; } }

    public IReadOnlyList<ReceivedMail> Received { get { lock (gate) return [.. received]; } }

    /// <summary>Called with each command line before it is answered, so a test can act at an exact moment.</summary>
    public Action<string>? OnCommand { get; set; }

    public IReadOnlyList<ReceivedMail> ReceivedFor(string address) =>
        Received.Where(m => m.To.Contains(address, StringComparer.OrdinalIgnoreCase)).ToList();

    public static SmtpTestServer StartNew()
    {
        var server = new SmtpTestServer();
        server.Start();
        return server;
    }

    /// <summary>Starts listening: on a fresh ephemeral port the first time, on the same port after <see cref="StopAsync"/>.</summary>
    public void Start()
    {
        lock (gate)
        {
            if (listener is not null) return;
            var l = new TcpListener(IPAddress.Loopback, Port);
            // Connections closed by the server leave TIME_WAIT entries that would otherwise block a restart on this port.
            l.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            l.Start();
            Port = ((IPEndPoint)l.LocalEndpoint).Port;
            listener = l;
            stopping = new CancellationTokenSource();
            acceptLoop = AcceptAsync(l, stopping.Token);
        }
    }

    /// <summary>Stops listening and drops open connections: clients now get "connection refused".</summary>
    public async Task StopAsync()
    {
        Task[] running;
        CancellationTokenSource cancel;
        lock (gate)
        {
            if (listener is null) return;
            cancel = stopping!;
            cancel.Cancel();
            listener.Stop();
            listener = null;
            running = [acceptLoop, .. sessions];
            sessions.Clear();
        }
        await Task.WhenAll(running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        cancel.Dispose();
    }

    /// <summary>Answers the next <paramref name="messages"/> messages at <paramref name="stage"/> with <paramref name="reply"/>.</summary>
    public void FailNext(int messages, SmtpStage stage = SmtpStage.Data, string reply = TemporaryFailure)
    {
        lock (gate) (failuresLeft, failAt, failReply) = (messages, stage, reply);
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task AcceptAsync(TcpListener l, CancellationToken ct)
    {
        while (true)
        {
            TcpClient client;
            try { client = await l.AcceptTcpClientAsync(ct); }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException) { return; }
            lock (gate)
            {
                sessions.RemoveAll(s => s.IsCompleted);
                sessions.Add(ServeAsync(client, ct));
            }
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken ct)
    {
        using var _ = client;
        var stream = client.GetStream();
        // Latin-1 maps bytes to chars one to one, so 8-bit message content survives the round trip unchanged.
        var reader = new StreamReader(stream, Encoding.Latin1);
        var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        string? from = null;
        var to = new List<string>();
        try
        {
            await writer.WriteLineAsync("220 localhost SmtpTestServer ready".AsMemory(), ct);
            while (await reader.ReadLineAsync(ct) is { } line)
            {
                OnCommand?.Invoke(line);
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                string reply;
                switch (verb)
                {
                    case "EHLO": reply = "250-localhost greets you\r\n250-SIZE 10485760\r\n250 8BITMIME"; break;
                    case "HELO": reply = "250 localhost"; break;
                    case "MAIL" when AddressIn(line) is { } sender: (from, reply) = (sender, "250 2.1.0 OK"); to.Clear(); break;
                    case "RCPT" when from is null: reply = "503 5.5.1 MAIL first"; break;
                    case "RCPT" when AddressIn(line) is { } recipient:
                        reply = TakeFailure(SmtpStage.Rcpt) ?? "250 2.1.5 OK";
                        if (reply.StartsWith('2')) to.Add(recipient);
                        break;
                    case "DATA" when to.Count == 0: reply = "503 5.5.1 RCPT first"; break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>".AsMemory(), ct);
                        var raw = await ReadDataAsync(reader, ct);
                        reply = TakeFailure(SmtpStage.Data) ?? Accept(new ReceivedMail(from!, [.. to], raw));
                        (from, to) = (null, []);
                        break;
                    case "RSET": (from, to, reply) = (null, [], "250 2.0.0 OK"); break;
                    case "NOOP": reply = "250 2.0.0 OK"; break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye".AsMemory(), ct);
                        return;
                    case "MAIL" or "RCPT": reply = "501 5.1.7 Bad address syntax"; break;
                    default: reply = "502 5.5.2 Command not recognised"; break;
                }
                await writer.WriteLineAsync(reply.AsMemory(), ct);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or the server is stopping.
        }
    }

    private static async Task<byte[]> ReadDataAsync(StreamReader reader, CancellationToken ct)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(ct) is { } line && line != ".")
            data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n"); // dot-unstuffing (RFC 5321 4.5.2)
        return Encoding.Latin1.GetBytes(data.ToString());
    }

    private static string? AddressIn(string line)
    {
        var (open, close) = (line.IndexOf('<'), line.IndexOf('>'));
        return open >= 0 && close > open ? line[(open + 1)..close] : null;
    }

    private string? TakeFailure(SmtpStage stage)
    {
        lock (gate)
        {
            if (failuresLeft == 0 || failAt != stage) return null;
            failuresLeft--;
            rejected++;
            return failReply;
        }
    }

    private string Accept(ReceivedMail mail)
    {
        lock (gate) received.Add(mail);
        return "250 2.0.0 Queued";
    }
}
