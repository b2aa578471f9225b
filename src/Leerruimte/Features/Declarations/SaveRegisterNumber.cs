using System.ComponentModel.DataAnnotations;
using Leerruimte.Data;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Declarations;

/// <summary>The professional types their register number once; it stands on every declaration they make. Empty clears it.</summary>
public sealed class SaveRegisterNumber(LeerruimteDb db)
{
    public const int MaxLength = 20;

    public sealed class Input
    {
        [MaxLength(MaxLength, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Declaration_NumberFormat))]
        [RegularExpression("^[A-Za-z0-9]*$", ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Declaration_NumberFormat))]
        public string? RegisterNumber { get; set; }
    }

    public static bool IsValid(string? number) => number is null || (number.Length <= MaxLength && number.All(char.IsAsciiLetterOrDigit));

    public async Task<string?> HandleAsync(Guid personId, Input input, CancellationToken ct = default)
    {
        var number = string.IsNullOrWhiteSpace(input.RegisterNumber) ? null : input.RegisterNumber.Trim();
        if (!IsValid(number)) return Ui.Declaration_NumberFormat;
        await db.Users.Where(p => p.Id == personId).ExecuteUpdateAsync(u => u.SetProperty(p => p.RegisterNumber, number), ct);
        return null;
    }
}
