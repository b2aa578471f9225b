using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Leerruimte.Data;

/// <summary>All instants are stored and read as UTC, whichever provider is used.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
