namespace Leerruimte.IntegrationTests.Development;

public sealed class PlanPrintTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task The_plan_page_links_to_a_print_version_with_every_point_and_a_print_button()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        await (await member.PageAsync("/ontwikkelplan/nieuw")).SubmitAsync(member, "point", new Dictionary<string, string>
        {
            ["Input.Title"] = "Vaker doorvragen naar het netwerk", ["Input.Goal"] = "In elk eerste gesprek", ["Input.Motivation"] = "", ["Input.Needs"] = "",
            ["Input.FirstStep"] = "", ["Input.TargetDate"] = "2027-03-01",
        });

        var plan = await member.PageAsync("/ontwikkelplan");
        var print = await member.PageAsync(plan.Document.QuerySelector("main a[href='/ontwikkelplan/afdrukken']")!.GetAttribute("href")!);
        var someoneElse = await (await app.LoginAsync(org.Leader)).PageAsync("/ontwikkelplan/afdrukken");

        Assert.Equal("Afdrukken", plan.Document.QuerySelector("main a[href='/ontwikkelplan/afdrukken']")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, print.Status);
        Assert.Equal("Mijn ontwikkelplan", print.H1);
        Assert.Contains("Vaker doorvragen naar het netwerk", print.Text);
        Assert.Contains("1 maart 2027", print.Text);
        Assert.NotNull(print.Document.QuerySelector(".app-print__toolbar button[data-print]"));
        Assert.Equal("/ontwikkelplan", print.Document.QuerySelector(".app-print__toolbar a")!.GetAttribute("href"));
        Assert.DoesNotContain("Vaker doorvragen naar het netwerk", someoneElse.Text);
    }
}
