using Leerruimte.Features.Declarations;
using Leerruimte.Features.LearningLog;

namespace Leerruimte.UnitTests.Declarations;

public sealed class RegisterDeclarationTests
{
    private static readonly DeclarationPeriod Q4 = new(2026, 4);

    private static LearningActivity Entry(string date, ActivityKind kind, int minutes, string? start = null) => new()
    {
        Title = $"{kind} {date}", Date = DateOnly.Parse(date), Kind = kind, Minutes = minutes, StartTime = start is null ? null : TimeOnly.Parse(start),
    };

    [Fact]
    public void Totals_add_minutes_per_category_first_and_round_once()
    {
        var six = Enumerable.Range(1, 6).Select(d => Entry($"2026-10-0{d}", ActivityKind.Intervision, 50));

        var declaration = RegisterDeclaration.Of("Sanne", null, Q4, six);

        Assert.Equal(5.0, declaration.Totals.Single(t => t.Kind == ActivityKind.Intervision).Hours); // not 6 × 0,8 = 4,8
        Assert.Equal(5.0, declaration.TotalHours);
    }

    [Fact]
    public void Every_register_category_has_a_total_in_the_registers_list_and_other_kinds_and_other_periods_do_not_count()
    {
        var declaration = RegisterDeclaration.Of("Sanne", "RP1", Q4,
        [
            Entry("2026-11-02", ActivityKind.Supervision, 45), Entry("2026-12-31", ActivityKind.WorkCoaching, 75), Entry("2026-10-01", ActivityKind.WorkGuidance, 20),
            Entry("2026-11-03", ActivityKind.Training, 240), Entry("2026-09-30", ActivityKind.Supervision, 60), Entry("2027-01-01", ActivityKind.Supervision, 60),
        ]);

        Assert.Equal(RegisterKinds.All, declaration.Totals.Select(t => t.Kind));
        Assert.Equal([0, 0, 0, 0.8, 1.3, 0.3], declaration.Totals.Select(t => t.Hours));
        Assert.Equal(2.3, declaration.TotalHours); // 140 minutes
        Assert.Equal(3, declaration.Lines.Count);
    }

    [Fact]
    public void Lines_run_in_date_and_start_order_and_end_at_start_plus_minutes_or_stay_empty_without_a_start()
    {
        var declaration = RegisterDeclaration.Of("Sanne", null, Q4,
            [Entry("2026-11-20", ActivityKind.Intervision, 90, "14:00"), Entry("2026-11-20", ActivityKind.Supervision, 30, "09:15"), Entry("2026-10-05", ActivityKind.Supervision, 45)]);

        Assert.Equal(["2026-10-05", "2026-11-20", "2026-11-20"], declaration.Lines.Select(l => l.Date.ToString("yyyy-MM-dd")));
        Assert.Equal([null, new TimeOnly(9, 45), new TimeOnly(15, 30)], declaration.Lines.Select(l => l.End));
        Assert.Equal(1.5, declaration.Lines[2].Hours);
    }

    [Theory]
    [InlineData("2026", 2026, null)]
    [InlineData("2026-k1", 2026, 1)]
    [InlineData("2026-K4", 2026, 4)]
    public void A_period_parses_from_a_year_or_a_quarter(string text, int year, int? quarter)
    {
        Assert.True(DeclarationPeriod.TryParse(text, out var period));
        Assert.Equal(new DeclarationPeriod(year, quarter), period);
        Assert.Equal(period, DeclarationPeriod.FromItemId(period.ItemId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1999")]
    [InlineData("2101")]
    [InlineData("2026-k0")]
    [InlineData("2026-k5")]
    [InlineData("2026-k12")]
    [InlineData("+2026")]
    [InlineData("99999999999")]
    public void Anything_else_is_no_period(string text) => Assert.False(DeclarationPeriod.TryParse(text, out _));

    [Fact]
    public void A_quarter_runs_from_its_first_to_its_last_day_and_an_ordinary_id_is_no_period()
    {
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), (Q4.First, Q4.Last));
        Assert.Equal(new DateOnly(2028, 3, 31), new DeclarationPeriod(2028, 1).Last);
        Assert.Null(DeclarationPeriod.FromItemId(Guid.Empty));
        Assert.Null(DeclarationPeriod.FromItemId(Guid.CreateVersion7()));
    }

    [Theory]
    [InlineData("RP12345", true)]
    [InlineData("12345678901234567890", true)]
    [InlineData("123456789012345678901", false)]
    [InlineData("RP-123", false)]
    [InlineData("RP 123", false)]
    [InlineData("RPé123", false)]
    public void A_register_number_is_letters_and_digits_up_to_twenty(string number, bool valid) =>
        Assert.Equal(valid, SaveRegisterNumber.IsValid(number));
}
