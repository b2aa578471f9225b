using Leerruimte.Data;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Leerruimte.IntegrationTests.ScaleOut;

// redis-server does not run under faketime, so ./test.sh leaves these out of its moved-clock run.
[Trait("Needs", "redis-server")]
public sealed class TwoInstancesTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private LeerruimteApp First => instances.First;
    private LeerruimteApp Second => instances.Second;

    [Fact]
    public async Task A_note_added_on_one_instance_reaches_a_phone_connected_to_the_other()
    {
        var (org, id) = await First.RunningMeetingAsync();
        await using var onFirst = await PhoneClient.ConnectAsync(First, org.Member);
        await using var onSecond = await PhoneClient.ConnectAsync(Second, org.Facilitator);
        Assert.Null((await onFirst.JoinAsync(id)).Error);
        Assert.Null((await onSecond.JoinAsync(id)).Error);

        Assert.Null((await onFirst.AddAsync(id, "Via de eerste server")).Error);
        Assert.Null((await onSecond.AddAsync(id, "Via de tweede server")).Error);

        await Mail.Eventually.Until(() => onSecond.ReceivedTexts.Contains("Via de eerste server"), what: "note from the first instance on the second");
        await Mail.Eventually.Until(() => onFirst.ReceivedTexts.Contains("Via de tweede server"), what: "note from the second instance on the first");
        Assert.Single(onFirst.ReceivedTexts, "Via de eerste server"); // each instance delivers an event once, not once per instance
    }

    [Fact]
    public async Task The_agenda_moved_on_one_instance_moves_on_phones_of_the_other()
    {
        var (org, id) = await First.RunningMeetingAsync();
        await using var phone = await PhoneClient.ConnectAsync(Second, org.Member);
        await phone.JoinAsync(id);

        await First.ConsoleAsync(org.Facilitator, (c, me) => c.GoToAsync(id, me, 1));

        await Mail.Eventually.Until(() => phone.Events.Any(e => e.GetProperty("type").GetString() == "state"
            && e.GetProperty("state").GetProperty("stepIndex").GetInt32() == 1), what: "state with agenda index 1 on the second instance");
    }

    [Fact]
    public async Task A_sign_in_on_one_instance_holds_on_the_other_and_its_forms_post_to_either()
    {
        var org = await First.CreateOrganisationAsync();
        var cookies = new System.Net.CookieContainer();
        using var toFirst = First.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
        using var toSecond = Second.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));

        // The login form (and its antiforgery token) comes from the first instance, the post goes to the second.
        var form = await toFirst.PageAsync("/inloggen");
        var signedIn = await form.SubmitAsync(toSecond, "login", new Dictionary<string, string> { ["Input.Email"] = org.Member, ["Input.Password"] = World.Password });
        var start = await toFirst.PageAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.Contains("Teamlid", start.Text);
        Assert.NotEqual(0, await First.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().DataProtectionKeys.CountAsync()));
    }
}
