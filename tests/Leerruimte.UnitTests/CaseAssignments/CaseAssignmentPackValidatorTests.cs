using Leerruimte.Features.CaseAssignments;
using Leerruimte.Features.ContentPacks;
using Leerruimte.UnitTests.ContentPacks;

namespace Leerruimte.UnitTests.CaseAssignments;

public sealed class CaseAssignmentPackValidatorTests
{
    private const string Valid = """
        kind: case-assignments
        id: c
        version: 1
        title: C
        caseAssignments:
          - id: overlast
            title: Overlast
            location: Een buurt
            method: casusopdracht
            situation: Twee kinderen maken het de buurt moeilijk.
        """;

    private static PackParseResult Parse(string from, string to) => AppPacks.Parser.Parse("c.yaml", Valid.Replace(from, to));

    private static PackError Single(PackParseResult result, string field) => PackAssert.RefusedFor(result, "c.yaml", field);

    private static int LineOf(string fragment) => PackAssert.LineOf(Valid, fragment);

    [Fact]
    public void A_case_assignment_pack_is_read_with_its_method()
    {
        var result = AppPacks.Parser.Parse("c.yaml", Valid);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var assignment = Assert.IsType<CaseAssignmentPack>(result.Pack).CaseAssignments.Single();
        Assert.Equal(("overlast", "casusopdracht", "Een buurt"), (assignment.Id, assignment.Method, assignment.Location));
    }

    [Fact]
    public void A_case_assignment_without_a_situation_is_refused()
    {
        var error = Single(Parse("\n    situation: Twee kinderen maken het de buurt moeilijk.", ""), "caseAssignments[0].situation");

        Assert.Equal(LineOf("  - id: overlast"), error.Line);
    }

    [Fact]
    public void A_case_assignment_without_a_title_is_refused_on_its_line() =>
        Assert.Equal(LineOf("    title: Overlast"), Single(Parse("title: Overlast", "title: ' '"), "caseAssignments[0].title").Line);

    [Fact]
    public void A_method_that_is_no_id_is_refused_on_its_line()
    {
        var error = Single(Parse("method: casusopdracht", "method: Casus Opdracht"), "caseAssignments[0].method");

        Assert.Equal(LineOf("    method:"), error.Line);
        Assert.Contains("geen geldige id", error.Message);
    }

    [Fact]
    public void A_case_assignment_without_a_method_is_refused() =>
        Single(Parse("    method: casusopdracht\n", ""), "caseAssignments[0].method");

    [Fact]
    public void A_situation_that_is_too_long_is_refused() =>
        Assert.Contains($"hoogstens {CaseAssignmentPackValidator.MaxSituation}",
            Single(Parse("Twee kinderen maken het de buurt moeilijk.", new string('x', CaseAssignmentPackValidator.MaxSituation + 1)), "caseAssignments[0].situation").Message);

    [Fact]
    public void Two_case_assignments_with_one_id_are_refused()
    {
        var twice = Valid + "\n  - id: overlast\n    title: Nog eens\n    method: casusopdracht\n    situation: Weer.\n";

        var result = AppPacks.Parser.Parse("c.yaml", twice);

        Assert.Contains(result.Errors, e => e.Field == "caseAssignments[1].id" && e.Message.Contains("meer dan eens"));
    }
}
