using Leerruimte.IntegrationTests.Meetings;
using Leerruimte.IntegrationTests.Sharing;

namespace Leerruimte.IntegrationTests.Declarations;

/// <summary>
/// The register declaration: hours per register category from a confirmed session and the professional's own entries,
/// as a page, an A4 view and a PDF whose text holds every field the register asks for; the owner's alone.
/// </summary>
public sealed class DeclarationTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private const string LongNotes = "We bespraken hoe je bij een melding van huiselijk geweld het gesprek met beide ouders opent, "
        + "wie de regie houdt als Veilig Thuis erbij komt, en hoe je de kinderen hun eigen stem geeft in het plan dat volgt.";

    /// <summary>The consultation runs 90 minutes from now on the class's clock (23 November 2026, later with each test).</summary>
    private async Task<(TestOrganisation Org, HttpClient Member)> SeededAsync()
    {
        startedAt = MeetingWorld.DutchTimeOf(app.UtcNow);
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        await app.AttendConsultationAsync(org, member);
        await member.AddActivityAsync("2026-11-20", "Intervision", 60, "Intervisie over huiselijk geweld", "14:00", LongNotes);
        await member.AddActivityAsync("2026-10-05", "Supervision", 45, "Supervisie bij het wijkteam", evidence: "supervisie-verslag.pdf");
        await member.AddActivityAsync("2026-12-01", "Supervision", 50, "Supervisie over grenzen", "09:00");
        await member.AddActivityAsync("2026-11-10", "Training", 120, "Training gespreksvoering");
        await member.AddActivityAsync("2025-06-12", "Intervision", 60, "Intervisie in het oude jaar", "13:00");
        return (org, member);
    }

    private DateTime startedAt;

    [Fact]
    public async Task The_periods_page_offers_only_years_and_quarters_with_reflection_hours_and_their_hours()
    {
        var (_, member) = await SeededAsync();

        var page = await member.PageAsync("/leerlogboek/verklaring");

        Assert.Equal(["2026", "2026 K4", "2025", "2025 K2"], page.All("tbody th"));
        Assert.Equal(["4,1", "4,1", "1,0", "1,0"], page.All("tbody td.utrecht-table__cell--numeric-column"));
        Assert.NotNull(page.Document.QuerySelector("a[href='/leerlogboek/verklaring/2026-k4/pdf']"));
    }

    [Fact]
    public async Task The_totals_per_register_category_add_the_confirmed_session_and_the_own_entries_and_leave_other_kinds_out()
    {
        var (_, member) = await SeededAsync();

        var page = await member.PageAsync("/leerlogboek/verklaring/2026");
        var totals = page.Document.QuerySelectorAll(".app-declaration__totals tbody tr")
            .Select(r => (r.Children[0].TextContent.Trim(), r.Children[1].TextContent.Trim())).ToList();

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(
        [
            ("Casuïstiekbespreking", "1,5"), ("Intervisie", "1,0"), ("Intercollegiale consultatie of toetsing", "0,0"),
            ("Supervisie", "1,6"), ("Werkgerichte coaching", "0,0"), ("Werkbegeleiding", "0,0"), ("Totaal reflectie-uren", "4,1"),
        ], totals);
        Assert.Equal(4, page.Document.QuerySelectorAll(".app-declaration__table tbody tr").Length);
        Assert.DoesNotContain("Training gespreksvoering", page.Text);
    }

    [Fact]
    public async Task The_pdf_holds_name_number_period_every_activity_with_times_and_confirmation_the_totals_and_a_signature_line()
    {
        var (org, member) = await SeededAsync();
        await member.SaveRegisterNumberAsync("RP12345ab");

        var text = PdfText.Joined(await member.PdfAsync("2026-k4"));

        var name = $"Teamlid {org.Team["Team ".Length..]}";
        Assert.Contains($"Naam: {name}", text);
        Assert.Contains("Registratienummer: RP12345ab", text);
        Assert.Contains("Periode: 2026 K4 (01-10-2026 t/m 31-12-2026)", text);
        var (start, end) = (startedAt, startedAt.AddMinutes(90));
        Assert.Contains($"{start:dd-MM-yyyy} {start:HH:mm} {end:HH:mm} 1,5 Casuïstiekbespreking Casusoverleg: Actieleren Aanwezig genoteerd in de sessie, zelf bevestigd op {end:d-M-yyyy HH:mm}", text);
        Assert.Contains($"20-11-2026 14:00 15:00 1,0 Intervisie Intervisie over huiselijk geweld: {LongNotes} Eigen registratie", text);
        Assert.Contains("05-10-2026 - - 0,8 Supervisie Supervisie bij het wijkteam Eigen registratie met bewijsstuk (supervisie-verslag.pdf)", text);
        Assert.Contains("01-12-2026 09:00 09:50 0,8 Supervisie Supervisie over grenzen Eigen registratie", text);
        Assert.DoesNotContain("Training gespreksvoering", text);
        Assert.DoesNotContain("oude jaar", text);
        var totals = text[text.IndexOf("Totaal per registercategorie", StringComparison.Ordinal)..];
        Assert.Contains("Casuïstiekbespreking 1,5 Intervisie 1,0 Intercollegiale consultatie of toetsing 0,0 Supervisie 1,6 Werkgerichte coaching 0,0 Werkbegeleiding 0,0 Totaal reflectie-uren 4,1", totals);
        Assert.Contains($"Ik, {name}, verklaar dat deze opgave naar waarheid is ingevuld.", totals);
        Assert.Contains("Handtekening", totals);
        Assert.Contains("Datum en plaats", totals);
    }

    [Fact]
    public async Task A_long_declaration_runs_onto_more_pages_with_the_table_header_on_each()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        for (var day = 1; day <= 45; day++) await member.AddActivityAsync($"2026-08-{day % 28 + 1:00}", "WorkGuidance", 30, $"Werkbegeleiding nummer {day}", notes: LongNotes);

        var pages = PdfText.PagesOf(await member.PdfAsync("2026-k3"));

        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.All(pages.SkipLast(1), p => Assert.Contains("Omschrijving", p));
        Assert.Equal(45, pages.SelectMany(p => p).Count(l => l.StartsWith("Werkbegeleiding nummer ")));
        Assert.Contains($"pagina {pages.Count} van {pages.Count}", string.Join(" ", pages[^1]));
        Assert.Contains("Werkbegeleiding 22,5", string.Join(" ", pages.SelectMany(p => p)));
    }

    [Fact]
    public async Task Someone_else_gets_404_for_the_page_print_and_pdf_and_never_the_owners_content()
    {
        var (org, _) = await SeededAsync();

        foreach (var who in new[] { org.Leader, org.Facilitator, org.Admin })
        {
            var client = await app.LoginAsync(who);
            foreach (var address in new[] { "/leerlogboek/verklaring/2026", "/leerlogboek/verklaring/2026/afdrukken", "/leerlogboek/verklaring/2026/pdf" })
            {
                var response = await client.GetAsync(address);
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                Assert.DoesNotContain("huiselijk geweld", await response.Content.ReadAsStringAsync());
            }
        }
    }

    [Fact]
    public async Task The_leader_sees_that_a_declaration_exists_only_once_it_is_shared_and_never_its_content()
    {
        var (org, member) = await SeededAsync();
        var leader = await app.LoginAsync(org.Leader);
        Assert.DoesNotContain("Verklaring reflectie-uren", (await leader.PageAsync("/gedeeld")).Text);

        await app.ShareAsync(member, "/leerlogboek/verklaring/2026-k4", org.Leader, item: new Leerruimte.Features.Declarations.DeclarationPeriod(2026, 4).ItemId);

        var shared = await leader.PageAsync("/gedeeld");
        Assert.Contains($"Verklaring reflectie-uren 2026 K4 van Teamlid {org.Team["Team ".Length..]} (alleen dat die bestaat)", shared.Text);
        Assert.DoesNotContain("huiselijk geweld", shared.Text);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync("/leerlogboek/verklaring/2026-k4/pdf")).StatusCode);
        Assert.DoesNotContain("Verklaring reflectie-uren 2026 van", shared.Text); // the year was not shared, only its fourth quarter
    }

    [Theory]
    [InlineData("/leerlogboek/verklaring/2026-k5", HttpStatusCode.NotFound)]
    [InlineData("/leerlogboek/verklaring/1999", HttpStatusCode.NotFound)]
    [InlineData("/leerlogboek/verklaring/2024", HttpStatusCode.NotFound)]
    [InlineData("/leerlogboek/verklaring/99999999999/afdrukken", HttpStatusCode.NotFound)]
    [InlineData("/leerlogboek/verklaring/abc/pdf", HttpStatusCode.BadRequest)]
    [InlineData("/leerlogboek/verklaring/2026-k0/pdf", HttpStatusCode.BadRequest)]
    [InlineData("/leerlogboek/verklaring/2024/pdf", HttpStatusCode.NotFound)]
    public async Task A_period_that_does_not_exist_or_holds_nothing_gets_a_dutch_4xx(string address, HttpStatusCode expected)
    {
        var (_, member) = await SeededAsync();

        var page = await member.PageAsync(address);

        Assert.Equal(expected, page.Status);
        Assert.Equal(expected == HttpStatusCode.BadRequest ? "Dit verzoek klopt niet" : "Pagina niet gevonden", page.H1);
    }

    [Theory]
    [InlineData("RP-123")]
    [InlineData("12 34")]
    [InlineData("ABCDEFGHIJ12345678901")]
    public async Task A_register_number_with_other_than_letters_and_digits_or_too_long_is_refused_in_dutch_and_the_old_one_kept(string number)
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        await member.SaveRegisterNumberAsync("BIG123");

        var refused = await member.SaveRegisterNumberAsync(number);
        var again = await member.PageAsync("/leerlogboek/verklaring");

        Assert.Contains("Een registratienummer bestaat alleen uit letters en cijfers, ten hoogste 20 tekens.", refused.Text);
        Assert.Equal("BIG123", again.Document.QuerySelector("#number")!.GetAttribute("value"));
    }
}
