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
}
