using System.Text.RegularExpressions;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Meetings;

/// <summary>
/// The console and the beamer are interactive screens on a circuit; when its connection drops, blazor.web.js shows a
/// reconnect notice. Blazor's own notice brings an inline style the Content-Security-Policy refuses, so the app has its own.
/// </summary>
public sealed class ConsoleReconnectTests(BrowserSuite suite, ITestOutputHelper output) : MeetingBrowserTest(suite, output)
{
    private const string RecordReconnectStates =
        "document.addEventListener('components-reconnect-state-changed', e => (window.reconnectStates ??= []).push(e.detail.state), true);";

    [Fact]
    public async Task A_console_that_loses_its_connection_shows_the_apps_own_notice_and_carries_on_once_it_is_back()
    {
        var (_, console, _) = await RunningMeetingAsync();
        var page = console.Page;
        IWebSocketRoute? circuit = null;
        await page.RouteWebSocketAsync(new Regex(@"/_blazor\?id="), ws => { circuit = ws; ws.ConnectToServer(); });
        await page.AddInitScriptAsync(RecordReconnectStates);
        await page.ReloadAsync(); // the circuit's socket now goes through the route
        await console.ShouldBeLoadedAsync();
        await Expect(console.CurrentAgendaButton).ToHaveCountAsync(1);

        await circuit!.CloseAsync(new() { Code = 4000, Reason = "dropped by the test" });

        await page.WaitForFunctionAsync("() => (window.reconnectStates || []).includes('hide')");
        Assert.Equal("show", (await page.EvaluateAsync<string[]>("window.reconnectStates"))[0]);
        await Expect(page.Locator("#components-reconnect-modal.app-reconnect")).ToBeHiddenAsync();
        await console.NextAsync();
    }
}
