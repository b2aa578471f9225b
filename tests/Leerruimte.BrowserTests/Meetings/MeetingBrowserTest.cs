using Leerruimte.Infrastructure;
using Xunit.Abstractions;

namespace Leerruimte.BrowserTests.Meetings;

/// <summary>The steps most meeting tests begin with: a meeting planned for now and started, and phones joining it.</summary>
public abstract class MeetingBrowserTest(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    protected const string Module = ShippedModules.ProfessionalSpace;

    protected static DateTime DutchNow => DutchTime.ToLocal(DateTime.UtcNow);

    /// <summary>The facilitator plans a meeting for now, opens the console and starts the meeting.</summary>
    protected async Task<(MeetingPage Meeting, ConsolePage Console, string Code)> RunningMeetingAsync(string facilitatorEmail = DemoAccounts.Facilitator)
    {
        var plan = new PlanMeetingPage(await NewPageSignedInAsAsync(facilitatorEmail));
        await plan.GotoAsync();
        var meeting = await plan.PlanAsync(Module, DutchNow, "Teamkamer");
        var console = await meeting.OpenConsoleAsync();
        var code = await console.JoinCodeAsync();
        await console.StartAsync();
        return (meeting, console, code);
    }

    /// <summary>A phone (already signed in) types the join code and is live in the meeting.</summary>
    protected static async Task<PhonePage> JoinOnPhoneAsync(IPage phone, string code, Guid meetingId)
    {
        var join = new JoinPage(phone);
        await join.GotoAsync();
        return await join.JoinWithCodeAsync(code, meetingId);
    }

    protected async Task<PhonePage> JoinOnPhoneAsync(string email, string code, Guid meetingId) =>
        await JoinOnPhoneAsync(await NewPageSignedInAsAsync(email, Phone), code, meetingId);

    /// <summary>
    /// A phone on the room's wifi, signed in: its web sockets are kept hold of, so <see cref="LoseWifiAsync"/> can break
    /// them as bad wifi does (going offline in the browser alone leaves an open socket alone).
    /// </summary>
    protected async Task<IPage> PhoneOnWeakWifiAsync(string email)
    {
        var page = await NewPageSignedInAsAsync(email, Phone);
        await page.AddInitScriptAsync("""
            (() => {
              const Native = window.WebSocket;
              window.__sockets = [];
              window.WebSocket = function (...args) { const socket = new Native(...args); window.__sockets.push(socket); return socket; };
              Object.assign(window.WebSocket, Native);
              window.WebSocket.prototype = Native.prototype;
            })();
            """);
        return page;
    }

    /// <summary>Fails when the page is wider than its window (the reader would scroll sideways), naming the widest parts.</summary>
    protected static async Task ShouldFitAsync(BasePage page)
    {
        var fit = await page.HorizontalFitAsync();
        Assert.True(fit.Fits, $"{page.Page.Url} scrolls sideways: {fit}");
    }

    protected static async Task LoseWifiAsync(IPage page)
    {
        await page.Context.SetOfflineAsync(true);
        await page.EvaluateAsync("() => window.__sockets.forEach(socket => socket.close())");
    }
}
