namespace Leerruimte.IntegrationTests.TeamGoals;

/// <summary>What a hurried member may type: each gets the form again with a Dutch message, and nothing saved is lost.</summary>
public sealed class BadGoalInputTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    public static TheoryData<string, string, string> BadGoals => new()
    {
        { "Input.Start", "vijftig", "Dit is geen getal dat we kunnen lezen" },
        { "Input.Target", "1.250,5", "Dit is geen getal dat we kunnen lezen" },
        { "Input.Target", "55", "De streefwaarde is gelijk aan de beginwaarde" },
        { "Input.Target", "55,0", "De streefwaarde is gelijk aan de beginwaarde" },
        { "Input.Title", new string('x', 201), "Deze tekst is te lang" },
        { "Input.Title", "", "Vul in wat het doel is." },
        { "Input.Unit", "", "Vul een eenheid in" },
        { "Input.TargetDate", "9999-12-31", "Kies een streefdatum tussen" },
        { "Input.TargetDate", "2001-01-01", "Kies een streefdatum tussen" },
        { "Input.TargetDate", "morgen", "" },
    };

    [Theory]
    [MemberData(nameof(BadGoals))]
    public async Task A_goal_with_bad_input_is_not_added_and_the_form_says_why_in_Dutch(string field, string value, string message)
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);
        var fields = GoalWorld.Goal(title: "Minder wachttijd");
        fields[field] = value;

        var result = await (await member.PageAsync($"/teams/{team}/doelen")).SubmitAsync(member, "new-goal", fields);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(message, result.Text);
        Assert.Contains(result.All(".app-field-error, .utrecht-alert--error"), t => t.Length > 0);
        if (field != "Input.Title") Assert.Equal("Minder wachttijd", result.Document.QuerySelector("#goal-title")!.GetAttribute("value"));
        Assert.Contains("Dit team heeft nog geen doelen.", (await member.PageAsync($"/teams/{team}/doelen")).Text);
    }

    public static TheoryData<string, string, string> BadValues => new()
    {
        { "Value.Value", "veel", "Dit is geen getal dat we kunnen lezen" },
        { "Value.Value", "", "Vul een getal in." },
        { "Value.Value", "1e400", "Dit is geen getal dat we kunnen lezen" },
        { "Value.Value", "12,5,1", "Dit is geen getal dat we kunnen lezen" },
        { "Value.Date", "2999-01-01", "Kies een datum tussen" },
        { "Value.Date", "1900-01-01", "Kies een datum tussen" },
        { "Value.Date", "", "Vul de datum van de meting in." },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task A_value_that_cannot_be_read_is_not_recorded_and_the_earlier_values_stay(string field, string value, string message)
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var goal = await member.AddGoalAsync(await app.TeamIdAsync(org));
        await member.RecordAsync(goal, app.Today().AddDays(-7), "61");
        var fields = new Dictionary<string, string> { ["Value.Date"] = app.Today().ToString("yyyy-MM-dd"), ["Value.Value"] = "64", [field] = value };

        var result = await (await member.PageAsync(goal)).SubmitAsync(member, "record-value", fields);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(message, result.Text);
        Assert.Equal(["61"], (await member.PageAsync(goal)).All("[data-chart] tbody td"));
    }

    [Fact]
    public async Task A_value_with_a_Dutch_comma_or_a_point_is_read_as_the_same_number()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var goal = await member.AddGoalAsync(await app.TeamIdAsync(org), GoalWorld.Goal(unit: "gesprekken", start: "2,5", target: "10"));

        await member.RecordAsync(goal, app.Today().AddDays(-2), "3,75");
        await member.RecordAsync(goal, app.Today(), " 4.25 ");
        var page = await member.PageAsync(goal);

        Assert.Equal(["3,75", "4,25"], page.All("[data-chart] tbody td"));
        Assert.Contains("Begonnen bij 2,5 gesprekken, streefwaarde 10 gesprekken", page.Text);
    }
}
