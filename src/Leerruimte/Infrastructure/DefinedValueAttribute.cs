using System.ComponentModel.DataAnnotations;
using Leerruimte.Resources;

namespace Leerruimte.Infrastructure;

/// <summary>
/// A choice posted from a form must be one of the enum's values: "7" reads as a number without complaint, but is no
/// role, decision or kind, and would be stored as one.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DefinedValueAttribute() : ValidationAttribute(() => Ui.Validation_UnknownChoice)
{
    public override bool IsValid(object? value) => value is not Enum choice || Enum.IsDefined(choice.GetType(), choice);
}
