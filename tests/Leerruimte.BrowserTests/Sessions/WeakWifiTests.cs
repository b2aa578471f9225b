using System.Text.RegularExpressions;
using Leerruimte.Data;
using Leerruimte.BrowserTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Sessions;

/// <summary>
/// Weak wifi in the meeting room: a phone that loses its connection keeps what is written on it, visibly waiting,
/// also across a reload, and sends it when the connection is back, under the id it got on the phone: stored once.
/// </summary>
public sealed class WeakWifiTests(BrowserSuite suite, ITestOutputHelper output) : MeetingBrowserTest(suite, output)
{
    [Fact]
    public async Task Notes_written_offline_wait_on_the_phone_survive_a_reload_and_are_stored_once_when_it_is_back_online()
    {
        var (meeting, console, code) = await RunningMeetingAsync();
        var page = await PhoneOnWeakWifiAsync(DemoAccounts.TeamNoord[2].Email);
        var phone = await JoinOnPhoneAsync(page, code, meeting.Id);
        string[] notes = ["Eerst vragen wat iemand al probeerde", "Samen de wijk in"];

        await LoseWifiAsync(page);
        await Expect(phone.Root).ToHaveAttributeAsync("data-connection", new Regex("reconnecting|offline"));
        foreach (var note in notes) await phone.AddNoteAsync(note);
        await Expect(phone.Root.Locator(".app-note--pending")).ToHaveCountAsync(2);
        await Expect(phone.Root.Locator(".app-note--pending").First).ToContainTextAsync("Wacht op verbinding");

        // The phone reloads in the dead spot (the browser can only show that it is offline), then the wifi returns.
        await Assert.ThrowsAnyAsync<Exception>(() => page.ReloadAsync());
        await page.Context.SetOfflineAsync(false);
        await page.GotoAsync(phone.Path);
        await phone.ShouldBeLiveAsync();

        foreach (var note in notes)
        {
            await Expect(phone.NoteTexts.Filter(new() { HasText = note })).ToHaveCountAsync(1);
            await Expect(console.Notes.Filter(new() { HasText = note })).ToHaveCountAsync(1);
        }
        await Expect(phone.Root.Locator(".app-note--pending")).ToHaveCountAsync(0);
        // A second reload sends nothing again: the browser's storage let go of them once they were stored.
        await phone.ReloadAsync();
        await Expect(phone.Notes).ToHaveCountAsync(await console.Notes.CountAsync());
        var stored = await StoredCountsAsync(notes);
        Assert.Equal([1, 1], stored);
    }

    [Fact]
    public async Task Form_answers_given_offline_are_kept_through_a_reload_and_saved_once_when_the_connection_returns()
    {
        var (meeting, console, _) = await RunningMeetingAsync();
        var page = console.Page;
        await page.GotoAsync($"/bijeenkomsten/{meeting.Id}/terugkoppeling");
        var status = page.Locator("[data-autosave-status]");
        const string remark = "Goed gesprek over de stoelen";

        await page.Context.SetOfflineAsync(true);
        await page.Locator("label[for='q-stelling-1-3']").ClickAsync();
        await page.Locator("textarea[name='answer-opmerkingen']").FillAsync(remark);
        await Expect(status).ToContainTextAsync("Geen verbinding");

        await Assert.ThrowsAnyAsync<Exception>(() => page.ReloadAsync());
        await page.Context.SetOfflineAsync(false);
        await page.GotoAsync($"/bijeenkomsten/{meeting.Id}/terugkoppeling");
        await Expect(status).ToHaveTextAsync("Je antwoorden zijn opgeslagen.");

        // What the server shows after one more reload is what it stored.
        await page.ReloadAsync();
        await Expect(page.Locator("input[name='answer-stelling-1'][value='3']")).ToBeCheckedAsync();
        await Expect(page.Locator("textarea[name='answer-opmerkingen']")).ToHaveValueAsync(remark);
        await using var scope = Suite.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeerruimteDb>();
        var responses = await db.FormResponses.IgnoreQueryFilters([TenantFilters.Name]).Where(r => r.OriginId == meeting.Id).Select(r => r.Id).ToListAsync();
        var answers = await db.FormAnswers.IgnoreQueryFilters([TenantFilters.Name]).Where(a => responses.Contains(a.ResponseId))
            .Select(a => new { a.QuestionId, a.Number, a.Text }).ToListAsync();
        Assert.Equal(3, Assert.Single(answers, a => a.QuestionId == "stelling-1").Number);
        Assert.Equal(remark, Assert.Single(answers, a => a.QuestionId == "opmerkingen").Text);
    }

    private async Task<int[]> StoredCountsAsync(string[] texts)
    {
        await using var scope = Suite.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeerruimteDb>();
        var stored = await db.BoardItems.IgnoreQueryFilters([TenantFilters.Name]).Where(i => texts.Contains(i.Text)).Select(i => i.Text).ToListAsync();
        return [.. texts.Select(t => stored.Count(s => s == t))];
    }
}
