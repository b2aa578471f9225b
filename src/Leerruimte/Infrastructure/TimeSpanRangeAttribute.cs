using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Leerruimte.Infrastructure;

/// <summary>
/// A range check for <see cref="TimeSpan"/> options. The framework's <c>[Range(typeof(TimeSpan), ...)]</c>
/// converts its limits on first use without a lock and throws InvalidCastException when two hosts
/// validate at the same moment (dotnet/runtime#1143); these limits are parsed once, in the constructor.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TimeSpanRangeAttribute(string minimum, string maximum) : ValidationAttribute
{
    public TimeSpan Minimum { get; } = TimeSpan.Parse(minimum, CultureInfo.InvariantCulture);
    public TimeSpan Maximum { get; } = TimeSpan.Parse(maximum, CultureInfo.InvariantCulture);

    public override bool IsValid(object? value) =>
        value is not TimeSpan span || (span >= Minimum && span <= Maximum);

    public override string FormatErrorMessage(string name) =>
        $"{name} must lie between {Minimum} and {Maximum}.";
}
