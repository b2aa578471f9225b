using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;

namespace Leerruimte.Infrastructure;

/// <summary>
/// Blazor parses a page's [SupplyParameterFromQuery] values while it renders, and throws on a value that does
/// not parse (<c>?versie=abc</c>, a number too large for an int): a 500. This checks them before the page runs,
/// parsing as Blazor does (invariant culture), and answers 400, shown as the Dutch status page. A text value
/// may not hold a NUL character: PostgreSQL cannot store or compare one, and no address needs it.
/// </summary>
public static class QueryValueCheck
{
    private static readonly ConcurrentDictionary<Type, (string Name, Func<string, bool> Parses)[]> Pages = new();

    public static IApplicationBuilder UseQueryValueCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is { } page && !Parses(context.Request.Query, page.Type))
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
        else
            await next(context);
    });

    private static bool Parses(IQueryCollection query, Type page) =>
        Pages.GetOrAdd(page, QueryParameters).All(p => query[p.Name].All(value => value is null || p.Parses(value)));

    private static (string, Func<string, bool>)[] QueryParameters(Type page) =>
        page.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => (p.Attribute!.Name ?? p.Property.Name, ParserFor(p.Property.PropertyType)))
            .ToArray();

    /// <summary>The types Blazor binds from a query string, alone, nullable or as an array.</summary>
    private static Func<string, bool> ParserFor(Type type)
    {
        var element = type.IsArray ? type.GetElementType()! : type;
        var nullable = Nullable.GetUnderlyingType(element) is not null || !element.IsValueType;
        var target = Nullable.GetUnderlyingType(element) ?? element;
        Func<string, bool> parse = target switch
        {
            _ when target == typeof(string) => s => !s.Contains('\0'),
            _ when target == typeof(int) => s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            _ when target == typeof(long) => s => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            _ when target == typeof(Guid) => s => Guid.TryParse(s, CultureInfo.InvariantCulture, out _),
            _ when target == typeof(bool) => s => bool.TryParse(s, out _),
            _ when target == typeof(decimal) => s => decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
            _ when target == typeof(double) => s => double.TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _),
            _ when target == typeof(float) => s => float.TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _),
            _ when target == typeof(DateTime) => s => DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ when target == typeof(DateOnly) => s => DateOnly.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ when target == typeof(TimeOnly) => s => TimeOnly.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => throw new NotSupportedException($"Blazor does not bind {type} from a query string."),
        };
        // Blazor reads an empty value as null for a nullable type.
        return s => (s.Length == 0 && nullable) || parse(s);
    }
}
