using System.Collections.Concurrent;
using System.Text.Json;
using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Meetings.Live;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Meetings;

public static class MeetingWorld
{
    public const string Module = "ondernemend-professionele-ruimte";

    /// <summary>The facilitator plans a meeting through the page, inviting whom the page ticks (the team, not its leader); returns its id.</summary>
    public static async Task<Guid> PlanMeetingAsync(this LeerruimteApp app, TestOrganisation org, string module = Module, DateTime? at = null, string place = "Buurthuis De Linde")
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

    public static DateTime DutchTimeOf(DateTime utc) => Leerruimte.Infrastructure.DutchTime.ToLocal(utc);

    public static Task<Meeting> MeetingAsync(this LeerruimteApp app, Guid id) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Meetings.IgnoreQueryFilters([TenantFilters.Name])
            .Include(m => m.Invitees).AsNoTracking().SingleAsync(m => m.Id == id));

    /// <summary>Runs a console command as the given person, the way the console component does.</summary>
    public static Task<T> AsAsync<T>(this LeerruimteApp app, string email, Func<IServiceProvider, Guid, Task<T>> work) =>
        app.InScopeAsync(async sp =>
        {
            var principal = await SignInPrincipalAsync(sp, email);
            sp.GetRequiredService<CurrentUser>().Set(principal);
            return await work(sp, sp.GetRequiredService<CurrentUser>().RequirePersonId());
        });

    public static Task<MeetingConsole.Result> ConsoleAsync(this LeerruimteApp app, string email, Func<MeetingConsole, Guid, Task<MeetingConsole.Result>> command) =>
        app.AsAsync(email, (sp, me) => command(sp.GetRequiredService<MeetingConsole>(), me));

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
    public ConcurrentQueue<JsonElement> Events { get; } = new();

    private PhoneClient(HubConnection connection) => this.connection = connection;

    public static async Task<PhoneClient> ConnectAsync(LeerruimteApp app, string email) =>
        await ConnectWithCookieAsync(app, await app.LoginCookieAsync(email));

    public static async Task<PhoneClient> ConnectWithCookieAsync(LeerruimteApp app, string cookie)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, MeetingHub.Path), o =>
            {
                o.Transports = HttpTransportType.LongPolling;
                o.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
                o.Headers["Cookie"] = cookie;
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
            .Build();
        var phone = new PhoneClient(connection);
        connection.On<JsonElement>(MeetingHub.EventMethod, e => phone.Events.Enqueue(e));
        connection.On(MeetingHub.SignedOutMethod, () => phone.ToldSignedOut = true);
        await connection.StartAsync();
        return phone;
    }

    public HubConnectionState State => connection.State;

    /// <summary>Whether the server said this connection's sign-in has ended.</summary>
    public bool ToldSignedOut { get; private set; }

    public Task<MeetingHub.JoinResult> JoinAsync(Guid meetingId) => connection.InvokeAsync<MeetingHub.JoinResult>("Join", meetingId);

    public Task<MeetingHub.AddResult> AddAsync(Guid meetingId, string text, Guid? id = null) =>
        connection.InvokeAsync<MeetingHub.AddResult>("AddItem", meetingId, id ?? Guid.NewGuid(), text);

    public IEnumerable<string> ReceivedTexts =>
        Events.Where(e => e.GetProperty("type").GetString() == "item").Select(e => e.GetProperty("item").GetProperty("text").GetString()!);

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
