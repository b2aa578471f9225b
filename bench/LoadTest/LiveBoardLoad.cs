using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Leerruimte.Features.Sessions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.Bench;

/// <summary>
/// Drives the running app like the phones of every meeting do: sign in, connect to the meeting hub over
/// WebSockets, join, add notes. Sender and receivers live in this process, so one <see cref="Stopwatch"/>
/// times every note from the moment its AddItem call is made to its arrival at each other participant.
/// </summary>
public static partial class LiveBoardLoad
{
    public static async Task<int> RunAsync(Options options)
    {
        var baseUri = new Uri(options.Required("url"));
        var plan = Plan.Read(options.Required("plan"));
        var database = options.Database();
        var settings = new LoadSettings(
            Duration: TimeSpan.FromSeconds(options.Number("duration", 60)),
            Warmup: TimeSpan.FromSeconds(options.Number("warmup", 10)),
            IntervalMin: TimeSpan.FromSeconds(options.Number("interval-min", 3)),
            IntervalMax: TimeSpan.FromSeconds(options.Number("interval-max", 5)),
            Seed: options.Integer("seed", 1));
        if (settings.IntervalMax < settings.IntervalMin) throw new OptionException("--interval-max must not be below --interval-min.");
        var signInParallel = options.Integer("sign-in-parallel", Environment.ProcessorCount);
        var connectParallel = options.Integer("connect-parallel", 16);

        // With consultations seeded, the run measures the meetings first as the baseline, then the consultations on the
        // same teams, people and sign-ins, and reports the consultations' figures as ratios to the meetings'. The chair
        // (the facilitator) is then connected in both, receiving every note as the console does, adding none.
        var phases = plan.Consultations is { Count: > 0 } consultations
            ? new List<Phase> { new("meetings (baseline)", plan.Meetings.Take(consultations.Count).ToList(), true), new("consultations", consultations, true) }
            : [new Phase("meetings", plan.Meetings, false)];
        var everyone = phases.SelectMany(ph => ph.Clients()).DistinctBy(p => p.Person.Email).ToList();
        Console.WriteLine($"load: {string.Join(", then ", phases.Select(ph => $"{ph.Sessions.Count} {ph.Name}"))}; {everyone.Count} people, app at {baseUri}");

        var clock = Stopwatch.StartNew();
        if (options.Optional("cookies") is { } saved && File.Exists(saved))
        {
            // For repeated runs while working on the app: the sign-ins of an earlier run against the same database.
            var cookies = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(saved))!;
            foreach (var p in everyone) p.Cookie = cookies[p.Person.Email];
            Console.WriteLine($"load: {everyone.Count} sign-in cookies read from {saved}");
        }
        else
        {
            await SignInAllAsync(baseUri, plan.Password, everyone, signInParallel);
            Console.WriteLine($"load: {everyone.Count} signed in in {clock.Elapsed.TotalSeconds:F1} s ({signInParallel} at a time)");
            if (options.Optional("cookies") is { } save)
                await File.WriteAllTextAsync(save, JsonSerializer.Serialize(everyone.ToDictionary(p => p.Person.Email, p => p.Cookie)));
        }
        var signedIn = everyone.ToDictionary(p => p.Person.Email, p => p.Cookie);

        var ok = true;
        var reports = new List<LoadReport>();
        foreach (var phase in phases)
        {
            var participants = phase.Clients();
            foreach (var p in participants) p.Cookie = signedIn[p.Person.Email];
            if (phases.Count > 1) Console.WriteLine($"{Environment.NewLine}== {phase.Name}");
            var (report, stored) = await RunPhaseAsync(baseUri, database, plan, participants, settings, connectParallel);
            reports.Add(report);
            ok &= stored.Ok && report.Ok;
        }
        if (reports.Count == 2) Ratios.Print(phases[1].Name, phases[0].Name, reports[1], reports[0]);
        Console.WriteLine(ok ? "RESULT: every acknowledged note stored exactly once and delivered to every other participant"
                             : "RESULT: FAILED (see the checks above)");
        return ok ? 0 : 1;
    }

    private static async Task<(LoadReport, StoredNotes)> RunPhaseAsync(Uri baseUri, DatabaseChoice database, Plan plan, List<Participant> participants,
        LoadSettings settings, int connectParallel)
    {
        var run = new LoadRun(baseUri, participants, settings);
        try
        {
            var clock = Stopwatch.StartNew();
            await ForEachAsync(participants, connectParallel, run.ConnectAndJoinAsync);
            Console.WriteLine($"load: {participants.Count} hub clients connected (WebSockets) and joined in {clock.Elapsed.TotalSeconds:F1} s");

            await run.AddNotesAsync();
            var report = run.Report();
            report.Print(settings);

            var stored = await StoredNotes.CheckAsync(database, plan, run);
            stored.Print();
            return (report, stored);
        }
        finally
        {
            await ForEachAsync(participants, 64, p => p.Connection is null ? Task.CompletedTask : p.Connection.DisposeAsync().AsTask());
        }
    }

    /// <summary>Sessions measured together: a phone per participant, and the chair's screen when <paramref name="WithChair"/>.</summary>
    private sealed record Phase(string Name, List<PlannedMeeting> Sessions, bool WithChair)
    {
        public List<Participant> Clients() =>
        [
            .. Sessions.SelectMany((m, mi) => m.Participants.Select(p => new Participant(mi, m.SessionId, p))
                .Concat(WithChair ? [new Participant(mi, m.SessionId, m.Facilitator, sends: false)] : [])),
        ];
    }

    internal static async Task ForEachAsync<T>(IEnumerable<T> items, int parallel, Func<T, Task> work)
    {
        using var gate = new SemaphoreSlim(parallel);
        await Task.WhenAll(items.Select(async item =>
        {
            await gate.WaitAsync();
            try { await work(item); }
            finally { gate.Release(); }
        }));
    }

    /// <summary>
    /// Signs in like a browser: GET the form for its antiforgery token and cookie, POST it, keep the sign-in
    /// cookie. Password hashing is slow on purpose, so only a few run at once (by default one per core).
    /// </summary>
    private static async Task SignInAllAsync(Uri baseUri, string password, List<Participant> participants, int parallel)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseUri };
        await ForEachAsync(participants, parallel, async p => p.Cookie = await SignInAsync(http, p.Person.Email, password));
    }

    private static async Task<string> SignInAsync(HttpClient http, string email, string password)
    {
        using var form = await http.GetAsync("/inloggen");
        form.EnsureSuccessStatusCode();
        var html = await form.Content.ReadAsStringAsync();
        var token = TokenField().Match(html).Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/inloggen")
        {
            Content = new FormUrlEncodedContent([new("_handler", "login"), new("__RequestVerificationToken", WebUtility.HtmlDecode(token)),
                new("Input.Email", email), new("Input.Password", password)]),
        };
        request.Headers.Add("Cookie", string.Join("; ", CookiesOf(form)));
        using var response = await http.SendAsync(request);
        var cookies = CookiesOf(response).Where(c => c.StartsWith("leerruimte", StringComparison.Ordinal)).ToList();
        if (response.StatusCode != HttpStatusCode.Redirect || cookies.Count == 0)
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}");
        return string.Join("; ", cookies);
    }

    private static IEnumerable<string> CookiesOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : [];

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

public sealed record LoadSettings(TimeSpan Duration, TimeSpan Warmup, TimeSpan IntervalMin, TimeSpan IntervalMax, int Seed);

/// <summary>One phone: a participant of one meeting with a hub connection, and what it received.</summary>
public sealed class Participant(int meetingIndex, Guid meetingId, PlannedPerson person, bool sends = true)
{
    /// <summary>Whether it adds notes (a phone) or only receives them (the chair's screen).</summary>
    public bool Sends { get; } = sends;
    public int MeetingIndex { get; } = meetingIndex;
    /// <summary>The live session of the meeting: what the phone joins.</summary>
    public Guid MeetingId { get; } = meetingId;
    public PlannedPerson Person { get; } = person;
    public string Cookie { get; set; } = "";
    public HubConnection? Connection { get; set; }

    /// <summary>Ids of notes received, with the number of times each arrived (more than once is a duplicate delivery).</summary>
    public Dictionary<Guid, int> Received { get; } = [];
    /// <summary>Send-to-arrival times (Stopwatch ticks) of the measured notes, with when each note was sent.</summary>
    public List<(long SentAt, long Ticks)> Latencies { get; } = [];
    public List<long> WarmupLatencies { get; } = [];
    public int Foreign { get; set; }
    public int Unknown { get; set; }
}

/// <summary>A note as sent: by whom, when (Stopwatch ticks), and whether the hub acknowledged it as stored.</summary>
public sealed class SentNote(Guid id, Participant sender, string text, long sentAt, bool warmup)
{
    public Guid Id { get; } = id;
    public Participant Sender { get; } = sender;
    public string Text { get; } = text;
    public long SentAt { get; } = sentAt;
    public bool Warmup { get; } = warmup;
    public long AckAt;
    public string? Error;
    public bool Acknowledged => AckAt != 0 && Error is null;
}

public sealed class LoadRun(Uri baseUri, List<Participant> participants, LoadSettings settings)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly ConcurrentDictionary<Guid, SentNote> sent = new();
    private readonly Stopwatch stopwatch = Stopwatch.StartNew();
    private long measuringFrom;

    private readonly Dictionary<Guid, int> clientsIn = participants.GroupBy(p => p.MeetingId).ToDictionary(g => g.Key, g => g.Count());
    public DateTime StartedUtc { get; private set; } = DateTime.UtcNow;
    public IReadOnlyCollection<SentNote> Sent => (IReadOnlyCollection<SentNote>)sent.Values;
    public List<Participant> Participants => participants;
    public int Connected => participants.Count(p => p.Connection?.State == HubConnectionState.Connected);

    public async Task ConnectAndJoinAsync(Participant p)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUri, SessionHub.Path), HttpTransportType.WebSockets, o => o.Headers["Cookie"] = p.Cookie)
            .AddJsonProtocol(o => o.PayloadSerializerOptions = Json)
            .Build();
        connection.On<JsonElement>(SessionHub.EventMethod, e => Receive(p, e));
        p.Connection = connection;
        await connection.StartAsync();
        var joined = await connection.InvokeAsync<SessionHub.JoinResult>("Join", p.MeetingId);
        if (joined.Error is not null) throw new InvalidOperationException($"{p.Person.Email} could not join {p.MeetingId}: {joined.Error}");
    }

    /// <summary>Every participant adds a note every interval-min..interval-max seconds (uniform jitter), first one at a random moment.</summary>
    public async Task AddNotesAsync()
    {
        var total = settings.Warmup + settings.Duration;
        Console.WriteLine($"load: adding notes for {total.TotalSeconds:F0} s ({settings.Warmup.TotalSeconds:F0} s warm-up, not measured), " +
            $"one per participant every {settings.IntervalMin.TotalSeconds:0.#}-{settings.IntervalMax.TotalSeconds:0.#} s");
        StartedUtc = DateTime.UtcNow;
        var start = stopwatch.Elapsed;
        measuringFrom = Stopwatch.GetTimestamp() + (long)(settings.Warmup.TotalSeconds * Stopwatch.Frequency);
        var end = start + total;
        var random = new Random(settings.Seed);
        var seeds = participants.Select(_ => random.Next()).ToList();
        var inFlight = new ConcurrentBag<Task>();
        await Task.WhenAll(participants.Select((p, i) => !p.Sends ? Task.CompletedTask : Task.Run(async () =>
        {
            var rng = new Random(seeds[i]);
            var next = start + TimeSpan.FromMilliseconds(rng.NextDouble() * settings.IntervalMax.TotalMilliseconds);
            var n = 0;
            while (next < end)
            {
                var wait = next - stopwatch.Elapsed;
                if (wait > TimeSpan.Zero) await Task.Delay(wait);
                inFlight.Add(SendAsync(p, ++n)); // open loop: the next note does not wait for this one's answer
                next += settings.IntervalMin + TimeSpan.FromMilliseconds(rng.NextDouble() * (settings.IntervalMax - settings.IntervalMin).TotalMilliseconds);
            }
        })));
        Console.WriteLine($"load: sending done after {(stopwatch.Elapsed - start).TotalSeconds:F1} s, waiting for answers and deliveries");
        var answered = Task.WhenAll(inFlight);
        await Task.WhenAny(answered, Task.Delay(TimeSpan.FromSeconds(30)));

        // Give deliveries up to 10 s more to arrive, then count what is missing.
        var expected = sent.Values.Where(s => s.Acknowledged).Sum(s => (long)OthersIn(s.Sender.MeetingId));
        for (var waited = 0; waited < 100 && DeliveredToOthers() < expected; waited++) await Task.Delay(100);
    }

    private int OthersIn(Guid sessionId) => clientsIn[sessionId] - 1;

    private long DeliveredToOthers()
    {
        long count = 0;
        foreach (var p in participants) lock (p) count += p.Latencies.Count + p.WarmupLatencies.Count;
        return count;
    }

    private async Task SendAsync(Participant p, int n)
    {
        var id = Guid.NewGuid();
        // The id in letters only: every board's privacy guard would take a run of nine hex digits for a BSN now and then.
        var tag = string.Concat(id.ToString("N").Select(c => char.IsAsciiDigit(c) ? (char)('g' + (c - '0')) : c));
        var text = $"Idee {n} van {p.Person.Email.Split('@')[0]}: iemand die kansen ziet ({tag})";
        var now = Stopwatch.GetTimestamp();
        var note = new SentNote(id, p, text, now, now < measuringFrom);
        sent[id] = note;
        try
        {
            var result = await p.Connection!.InvokeAsync<SessionHub.AddResult>("AddItem", p.MeetingId, id, text, null);
            note.Error = result.Error ?? (result.Item?.Id == id ? null : "answer names another note");
        }
        catch (Exception ex)
        {
            note.Error = $"{ex.GetType().Name}: {ex.Message}";
        }
        note.AckAt = Stopwatch.GetTimestamp();
    }

    private Task Receive(Participant p, JsonElement e)
    {
        var at = Stopwatch.GetTimestamp();
        if (e.GetProperty("type").GetString() != "item") return Task.CompletedTask;
        var id = e.GetProperty("item").GetProperty("id").GetGuid();
        lock (p)
        {
            p.Received[id] = p.Received.GetValueOrDefault(id) + 1;
            if (!sent.TryGetValue(id, out var note)) { p.Unknown++; return Task.CompletedTask; }
            if (note.Sender.MeetingId != p.MeetingId) { p.Foreign++; return Task.CompletedTask; }
            if (note.Sender == p || p.Received[id] > 1) return Task.CompletedTask; // own echo, or a duplicate (counted in Received)
            if (note.Warmup) p.WarmupLatencies.Add(at - note.SentAt);
            else p.Latencies.Add((note.SentAt, at - note.SentAt));
        }
        return Task.CompletedTask;
    }

    public LoadReport Report()
    {
        var notes = sent.Values.ToList();
        var acked = notes.Where(n => n.Acknowledged).ToList();
        var measured = participants.SelectMany(p => p.Latencies.Select(l => l.Ticks)).ToArray();
        // The p99 per 10 s of sending: a figure that grows from window to window means the app falls behind.
        var window = 10 * Stopwatch.Frequency;
        var byWindow = participants.SelectMany(p => p.Latencies).GroupBy(l => (l.SentAt - measuringFrom) / window).OrderBy(g => g.Key)
            .Select(g => Percentiles.Of(g.Select(l => l.Ticks).ToArray()).P99).ToList();
        var warm = participants.SelectMany(p => p.WarmupLatencies).ToArray();
        var acks = acked.Where(n => !n.Warmup).Select(n => n.AckAt - n.SentAt).ToArray();

        long missing = 0, duplicates = 0;
        var byMeeting = participants.GroupBy(p => p.MeetingId).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var note in acked)
            foreach (var r in byMeeting[note.Sender.MeetingId])
            {
                if (r == note.Sender) continue;
                var times = r.Received.GetValueOrDefault(note.Id);
                if (times == 0) missing++;
                else if (times > 1) duplicates += times - 1;
            }
        var errors = notes.Where(n => n.Error is not null).GroupBy(n => n.Error!).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} x {g.Key}").ToList();
        return new LoadReport(notes.Count, acked.Count, notes.Count(n => n.Error is not null), notes.Count(n => n.AckAt == 0), errors,
            acked.Sum(n => (long)OthersIn(n.Sender.MeetingId)), measured.Length + warm.Length, missing, duplicates,
            participants.Sum(p => p.Foreign), participants.Sum(p => p.Unknown),
            Percentiles.Of(measured), Percentiles.Of(warm), Percentiles.Of(acks), byWindow, Connected, participants.Count);
    }
}

public sealed record Percentiles(int Count, double P50, double P95, double P99, double Max)
{
    public static Percentiles Of(long[] ticks)
    {
        if (ticks.Length == 0) return new(0, 0, 0, 0, 0);
        Array.Sort(ticks);
        double Ms(long t) => t * 1000.0 / Stopwatch.Frequency;
        double At(double q) => Ms(ticks[Math.Min(ticks.Length - 1, (int)Math.Ceiling(q * ticks.Length) - 1)]);
        return new(ticks.Length, At(0.50), At(0.95), At(0.99), Ms(ticks[^1]));
    }

    public override string ToString() => $"count {Count,9:N0}   p50 {P50,7:F1} ms   p95 {P95,7:F1} ms   p99 {P99,7:F1} ms   max {Max,7:F1} ms";
}

public sealed record LoadReport(
    int Sent, int Acknowledged, int Failed, int Unanswered, List<string> Errors, long ExpectedDeliveries, long Delivered, long Missing, long Duplicates,
    int Foreign, int Unknown, Percentiles Arrival, Percentiles WarmupArrival, Percentiles Ack, List<double> P99ByWindow, int Connected, int Participants)
{
    public bool Ok => Missing == 0 && Duplicates == 0 && Foreign == 0 && Unknown == 0 && Failed == 0 && Unanswered == 0;

    public void Print(LoadSettings settings)
    {
        Console.WriteLine();
        Console.WriteLine($"== live board: {Participants} participants, a note every {settings.IntervalMin.TotalSeconds:0.#}-{settings.IntervalMax.TotalSeconds:0.#} s each, " +
            $"{settings.Duration.TotalSeconds:F0} s measured after {settings.Warmup.TotalSeconds:F0} s warm-up");
        Console.WriteLine($"send -> arrival at every other client (measured):  {Arrival}");
        Console.WriteLine($"p99 send -> arrival per 10 s of sending (ms): {string.Join(" ", P99ByWindow.Select(p => p.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))}");
        Console.WriteLine($"send -> arrival during warm-up (not in the figure above): {WarmupArrival}");
        Console.WriteLine($"send -> acknowledgement to the sender (measured):        {Ack}");
        Console.WriteLine($"notes sent {Sent:N0}, acknowledged {Acknowledged:N0}, refused or failed {Failed:N0}, unanswered {Unanswered:N0}");
        foreach (var e in Errors.Take(5)) Console.WriteLine($"  {e}");
        Console.WriteLine($"deliveries to other participants: expected {ExpectedDeliveries:N0} (acknowledged x others), received {Delivered:N0}, " +
            $"missing {Missing:N0}, duplicate {Duplicates:N0}, from another meeting {Foreign:N0}, unknown {Unknown:N0}");
        Console.WriteLine($"hub clients still connected at the end: {Connected:N0} of {Participants:N0}");
    }
}

/// <summary>One run's figures against its baseline in the same run: ratios, so machines and busy moments compare.</summary>
public static class Ratios
{
    public static void Print(string name, string baseline, LoadReport measured, LoadReport against)
    {
        static string R(double a, double b) => b > 0 ? (a / b).ToString("F2", System.Globalization.CultureInfo.InvariantCulture) : "n/a";
        Console.WriteLine();
        Console.WriteLine($"== {name} against {baseline} in the same run (ratio = {name} / {baseline})");
        Console.WriteLine($"send -> arrival p50 {R(measured.Arrival.P50, against.Arrival.P50)}   p95 {R(measured.Arrival.P95, against.Arrival.P95)}   " +
            $"p99 {R(measured.Arrival.P99, against.Arrival.P99)}   max {R(measured.Arrival.Max, against.Arrival.Max)}   ack p99 {R(measured.Ack.P99, against.Ack.P99)}");
        Console.WriteLine($"notes acknowledged {R(measured.Acknowledged, against.Acknowledged)}   deliveries {R(measured.Delivered, against.Delivered)}");
    }
}
