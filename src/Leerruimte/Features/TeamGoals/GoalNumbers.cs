using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Leerruimte.Resources;

namespace Leerruimte.Features.TeamGoals;

/// <summary>
/// Reads a number as people type it: "12", "12,5" (the Dutch comma) or "12.5", with a minus sign if needed. No
/// thousands separators: "1.250" would be 1,25 to one reader and 1250 to another, so one separator at most.
/// </summary>
public static class GoalNumbers
{
    /// <summary>Far beyond any count or percentage a team measures, and well within what a double holds exactly enough.</summary>
    public const double Limit = 1_000_000_000;

    public const int MaxLength = 30;

    public static bool TryParse(string? text, out double value)
    {
        value = 0;
        var t = text?.Trim().Replace(" ", "");
        if (string.IsNullOrEmpty(t) || t.Length > MaxLength || t.Count(c => c is ',' or '.') > 1) return false;
        return double.TryParse(t.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value) && Math.Abs(value) <= Limit;
    }

    /// <summary>A number to put back in a form field: every decimal kept, no thousands separator, so it reads back the same.</summary>
    public static string Format(double value) => value.ToString("0.###############", CultureInfo.CurrentCulture);

    public static double Parse(string? text) => TryParse(text, out var v) ? v : throw new FormatException($"Not a number: {text}");
}

/// <summary>A form field that must hold a number <see cref="GoalNumbers"/> can read; empty is left to [Required].</summary>
public sealed class DutchNumberAttribute : ValidationAttribute
{
    public DutchNumberAttribute() : base(() => Ui.Goal_NotANumber) { }

    public override bool IsValid(object? value) => value is not string s || string.IsNullOrWhiteSpace(s) || GoalNumbers.TryParse(s, out _);
}
