using System.Collections.Concurrent;
using System.Text.Json;
using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Sessions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Meetings;

public static class MeetingWorld
{
    public const string Module = "ondernemend-professionele-ruimte";

    /// <summary>The facilitator plans a meeting through the page, inviting whom the page ticks (the team, not its leader); returns its id.</summary>
    public static async Task<Guid> PlanMeetingAsync(this LeerruimteApp app, TestOrganisation org, string module = Module, DateTime? at = null, string place = "Buurthuis De Linde", string? category = null)
    {
        var facilitator = await app.LoginAsync(org.Facilitator);
        var team = await app.TeamIdAsync(org);
        var page = await facilitator.PageAsync($"/bijeenkomsten/plannen?team={team}");
        var local = DutchTimeOf(at ?? app.UtcNow.AddDays(7));
        var fields = new Dictionary<string, string>
        {
            ["Input.ModuleId"] = module,
            ["Input.Date"] = local.ToString("yyyy-MM-dd"),
            ["Input.Time"] = local.ToString("HH:mm"),
            ["Input.Place"] = place,
            ["Input.FacilitatorId"] = (await app.PersonIdAsync(org.Facilitator)).ToString(),
        };
        if (category is not null) fields["Input.RegisterCategory"] = category;
        var result = await page.SubmitAsync(facilitator, "plan-meeting", fields.Concat(
            page.Document.QuerySelectorAll("input[name=invitee][checked]").Select(i => KeyValuePair.Create("invitee", i.GetAttribute("value")!))).ToList());
        if (result.Status != HttpStatusCode.Redirect) throw new InvalidOperationException($"Planning failed: {result.Text}");
        return Guid.Parse(new Uri(new Uri("http://localhost"), result.Response.Headers.Location!).AbsolutePath.Split('/')[2]);
    }

    /// <summary>A new organisation with a meeting its facilitator has started from the console.</summary>
    public static async Task<(TestOrganisation Org, Guid Meeting)> RunningMeetingAsync(this LeerruimteApp app)
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org);
        var started = await app.ConsoleAsync(org.Facilitator, (c, me) => c.StartAsync(id, me));
        if (started.Error is not null) throw new InvalidOperationException(started.Error);
        return (org, id);
    }

    /// <summary>A meeting planned for the next hour, started, closed, with the member's action in it; returns its id.</summary>
    public static async Task<Guid> ClosedMeetingWithAnActionAsync(this LeerruimteApp app, TestOrganisation org)
    {
        var id = await app.PlanMeetingAsync(org, at: app.UtcNow.AddHours(1));
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.StartAsync(id, me));
        var member = await app.LoginAsync(org.Member);
        await (await member.PageAsync($"/bijeenkomsten/{id}/mijn-actie")).SubmitAsync(member, "my-action",
            new Dictionary<string, string> { ["Input.Text"] = "Elke dag één compliment geven", ["Input.Rating"] = "4" });
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.CloseAsync(id, me));
        return id;
    }

    /// <summary>A closed meeting with one note on its first step and two (one starting like a formula) on its second.</summary>
    public static async Task<(TestOrganisation Org, Guid Meeting)> MeetingWithTwoBoardsAsync(this LeerruimteApp app)
    {
        var (org, id) = await app.RunningMeetingAsync();
        await using var phone = await PhoneClient.ConnectAsync(app, org.Member);
        await phone.JoinAsync(id);
        Assert.Null((await phone.AddAsync(id, "Wat betekent ondernemen voor ons?")).Error);
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.GoToAsync(id, me, 1));
        Assert.Null((await phone.AddAsync(id, "Een inloopspreekuur in de bibliotheek")).Error);
        Assert.Null((await phone.AddAsync(id, "=SUM(A1)")).Error);
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.CloseAsync(id, me));
        return (org, id);
    }

    public static DateTime DutchTimeOf(DateTime utc) => Leerruimte.Infrastructure.DutchTime.ToLocal(utc);

    public static Task<Meeting> MeetingAsync(this LeerruimteApp app, Guid id) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Meetings.IgnoreQueryFilters([TenantFilters.Name])
            .Include(m => m.Session!).ThenInclude(s => s.Participants).AsNoTracking().SingleAsync(m => m.Id == id));

    /// <summary>The participants of a meeting's session: its invitees, with their attendance.</summary>
    public static async Task<List<SessionParticipant>> ParticipantsAsync(this LeerruimteApp app, Guid meeting) =>
        (await app.MeetingAsync(meeting)).Session!.Participants;

    /// <summary>The live session a meeting runs on, as its console, beamer and phone pages find it.</summary>
    public static Task<Guid> SessionOfAsync(this LeerruimteApp app, Guid meeting) =>
        app.InScopeAsync(sp => SessionOfAsync(sp.GetRequiredService<LeerruimteDb>(), meeting));

    internal static async Task<Guid> SessionOfAsync(LeerruimteDb db, Guid meeting) =>
        await db.Meetings.IgnoreQueryFilters([TenantFilters.Name]).Where(m => m.Id == meeting).Select(m => (Guid?)m.SessionId).SingleOrDefaultAsync()
            ?? meeting; // no such meeting: the commands say so

    /// <summary>Runs a console command as the given person, the way the console component does.</summary>
    public static Task<T> AsAsync<T>(this LeerruimteApp app, string email, Func<IServiceProvider, Guid, Task<T>> work) =>
        app.InScopeAsync(async sp =>
        {
            var principal = await SignInPrincipalAsync(sp, email);
            sp.GetRequiredService<CurrentUser>().Set(principal);
            return await work(sp, sp.GetRequiredService<CurrentUser>().RequirePersonId());
        });

    public static Task<SessionCommands.Result> ConsoleAsync(this LeerruimteApp app, string email, Func<MeetingConsole, Guid, Task<SessionCommands.Result>> command) =>
        app.AsAsync(email, (sp, me) => command(new MeetingConsole(sp.GetRequiredService<SessionCommands>(), sp.GetRequiredService<LeerruimteDb>()), me));

    /// <summary>Runs something in the room (groups, attendance) of a meeting's session as the given person.</summary>
    public static Task<string?> RoomAsync(this LeerruimteApp app, string email, Guid meeting, Func<SessionRoom, Guid, Guid, Task<string?>> command) =>
        app.AsAsync(email, async (sp, me) => await command(sp.GetRequiredService<SessionRoom>(), await SessionOfAsync(sp.GetRequiredService<LeerruimteDb>(), meeting), me));

    /// <summary>The claims a new sign-in of this person carries, as its cookie would hold them.</summary>
    public static Task<System.Security.Claims.ClaimsPrincipal> SignInPrincipalAsync(this LeerruimteApp app, string email) =>
        app.InScopeAsync(sp => SignInPrincipalAsync(sp, email));

    private static async Task<System.Security.Claims.ClaimsPrincipal> SignInPrincipalAsync(IServiceProvider sp, string email)
    {
        var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Leerruimte.Features.People.Person>>();
        var tenant = sp.GetRequiredService<Leerruimte.Tenancy.TenantContext>();
        Leerruimte.Features.People.Person person;
        using (tenant.OpenAccountLookup()) person = (await users.FindByEmailAsync(email))!;
        var principal = await sp.GetRequiredService<Microsoft.AspNetCore.Identity.IUserClaimsPrincipalFactory<Leerruimte.Features.People.Person>>().CreateAsync(person);
        await sp.GetRequiredService<SignInSessions>().StartAsync(principal); // as signing in does: a session of its own
        return principal;
    }

    /// <summary>The sign-in cookie of a person, for clients that are not the test's HttpClient (the hub client).</summary>
    public static async Task<string> LoginCookieAsync(this LeerruimteApp app, string email)
    {
        var raw = app.CreateDefaultClient(new Uri("http://localhost"));
        var form = await raw.GetAsync("/inloggen");
        var html = await form.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var request = new HttpRequestMessage(HttpMethod.Post, "/inloggen")
        {
            Content = new FormUrlEncodedContent([new("_handler", "login"), new("__RequestVerificationToken", token),
                new("Input.Email", email), new("Input.Password", World.Password)]),
        };
        request.Headers.Add("Cookie", string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(v => v.Split(';')[0])));
        var response = await raw.SendAsync(request);
        return response.Headers.GetValues("Set-Cookie").Select(v => v.Split(';')[0]).FirstOrDefault(v => v.StartsWith("leerruimte="))
            ?? throw new InvalidOperationException($"No sign-in cookie for {email}");
    }
}

/// <summary>
/// The facilitator's console as tests drive it: by meeting, as the console page is addressed, each command going to
/// the meeting's session (what ConsolePage does through LiveScreen).
/// </summary>
public sealed class MeetingConsole(SessionCommands commands, LeerruimteDb db)
{
    private async Task<SessionCommands.Result> On(Guid meeting, Func<Guid, Task<SessionCommands.Result>> command) =>
        await command(await MeetingWorld.SessionOfAsync(db, meeting));

    public Task<SessionCommands.Result> StartAsync(Guid meeting, Guid me) => On(meeting, s => commands.StartAsync(s, me));
    public Task<SessionCommands.Result> PauseAsync(Guid meeting, Guid me) => On(meeting, s => commands.PauseAsync(s, me));
    public Task<SessionCommands.Result> ResumeAsync(Guid meeting, Guid me) => On(meeting, s => commands.ResumeAsync(s, me));
    public Task<SessionCommands.Result> ExtendAsync(Guid meeting, Guid me, int minutes) => On(meeting, s => commands.ExtendAsync(s, me, minutes));
    public Task<SessionCommands.Result> GoToAsync(Guid meeting, Guid me, int step) => On(meeting, s => commands.GoToAsync(s, me, step));
    public Task<SessionCommands.Result> StartSubTimerAsync(Guid meeting, Guid me, int timer) => On(meeting, s => commands.StartSubTimerAsync(s, me, timer));
    public Task<SessionCommands.Result> StopSubTimerAsync(Guid meeting, Guid me) => On(meeting, s => commands.StopSubTimerAsync(s, me));
    public Task<SessionCommands.Result> AddStepAsync(Guid meeting, Guid me, string key) => On(meeting, s => commands.AddStepAsync(s, me, key));
    public Task<SessionCommands.Result> CloseAsync(Guid meeting, Guid me) => On(meeting, s => commands.CloseAsync(s, me));
    public Task<SessionCommands.Result> SetAnonymousAsync(Guid meeting, Guid me, bool on) => On(meeting, s => commands.SetAnonymousAsync(s, me, on));
}

public static class Devices
{
    /// <summary>A browser on another device holding this sign-in cookie (a copy, or the cookie of its own sign-in).</summary>
    public static HttpClient BrowserWith(this LeerruimteApp app, string cookie)
    {
        var jar = new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler();
        var (name, value) = (cookie[..cookie.IndexOf('=')], cookie[(cookie.IndexOf('=') + 1)..]);
        jar.Container.Add(new Uri("http://localhost"), new System.Net.Cookie(name, value));
        return app.CreateDefaultClient(new Uri("http://localhost"), new FailOnServerError(app.Errors), jar);
    }

    /// <summary>Signs out on this browser through the page, as the person would.</summary>
    public static async Task<HtmlPage> SignOutAsync(this HttpClient browser) =>
        await (await browser.PageAsync("/uitloggen")).SubmitAsync(browser, "/account/uitloggen", new Dictionary<string, string>());
}

/// <summary>A phone on the live meeting: a real SignalR client against the in-process server.</summary>
public sealed class PhoneClient : IAsyncDisposable
{
    private readonly HubConnection connection;
    private readonly LeerruimteApp app;
    public ConcurrentQueue<JsonElement> Events { get; } = new();

    private PhoneClient(HubConnection connection, LeerruimteApp app) => (this.connection, this.app) = (connection, app);

    public static async Task<PhoneClient> ConnectAsync(LeerruimteApp app, string email) =>
        await ConnectWithCookieAsync(app, await app.LoginCookieAsync(email));

    public static async Task<PhoneClient> ConnectWithCookieAsync(LeerruimteApp app, string cookie)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, SessionHub.Path), o =>
            {
                o.Transports = HttpTransportType.LongPolling;
                o.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
                o.Headers["Cookie"] = cookie;
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
            .Build();
        var phone = new PhoneClient(connection, app);
        connection.On<JsonElement>(SessionHub.EventMethod, e => phone.Events.Enqueue(e));
        connection.On(SessionHub.SignedOutMethod, () => phone.ToldSignedOut = true);
        await connection.StartAsync();
        return phone;
    }

    public HubConnectionState State => connection.State;

    /// <summary>Whether the server said this connection's sign-in has ended.</summary>
    public bool ToldSignedOut { get; private set; }

    /// <summary>Joins the session of a meeting, as the phone page does with the session id it is given.</summary>
    public async Task<SessionHub.JoinResult> JoinAsync(Guid meetingId) =>
        await connection.InvokeAsync<SessionHub.JoinResult>("Join", await app.SessionOfAsync(meetingId));

    public async Task<SessionHub.AddResult> AddAsync(Guid meetingId, string text, Guid? id = null, string? column = null) =>
        await connection.InvokeAsync<SessionHub.AddResult>("AddItem", await app.SessionOfAsync(meetingId), id ?? Guid.NewGuid(), text, column);

    public IEnumerable<string> ReceivedTexts =>
        Events.Where(e => e.GetProperty("type").GetString() == "item").Select(e => e.GetProperty("item").GetProperty("text").GetString()!);

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
