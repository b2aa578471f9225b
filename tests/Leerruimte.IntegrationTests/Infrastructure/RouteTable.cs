using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Infrastructure;

/// <summary>A parameter taken from the address: a route segment or a query value.</summary>
public sealed record RouteValue(string Name, Type Type, string? Constraint = null);

/// <summary>A form a page binds with [SupplyParameterFromForm]; <see cref="FormName"/> null binds any of its forms.</summary>
public sealed record FormModel(string? FormName, IReadOnlyList<RouteValue> Fields);

/// <summary>
/// One route the app answers, read from its endpoint data source: a Razor page (with its component type, the
/// query values and form models it binds) or a minimal-API or hub endpoint.
/// </summary>
public sealed record AppRoute(
    string Template,
    RoutePattern Pattern,
    IReadOnlyList<string> Methods,
    IReadOnlyList<RouteValue> RouteParameters,
    IReadOnlyList<RouteValue> QueryParameters,
    IReadOnlyList<FormModel> Forms,
    Type? Component,
    IReadOnlyList<IAuthorizeData> Authorization,
    bool AllowsAnonymous,
    Endpoint Endpoint)
{
    public bool IsPage => Component is not null;
    public bool IsHub => Endpoint.Metadata.GetMetadata<HubMetadata>() is not null;
    public bool Accepts(string method) => Methods.Count == 0 || Methods.Contains(method, StringComparer.OrdinalIgnoreCase);

    /// <summary>The route values of <paramref name="path"/> when it is an address of this route, else null.</summary>
    public RouteValueDictionary? Match(string path)
    {
        matcher ??= new TemplateMatcher(new RouteTemplate(Pattern), new RouteValueDictionary());
        var values = new RouteValueDictionary();
        return matcher.TryMatch(path, values) && RouteParameters.All(p => Fits(p, values[p.Name])) ? values : null;
    }

    private TemplateMatcher? matcher;

    /// <summary>This route's address with these values in its segments (values are escaped here).</summary>
    public string Address(IReadOnlyDictionary<string, string> values) =>
        "/" + string.Join("/", Pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => Uri.EscapeDataString(values[parameter.Name]),
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));

    public override string ToString() => $"{string.Join(",", Methods)} {Template}";

    private static bool Fits(RouteValue parameter, object? value) => parameter.Constraint switch
    {
        "guid" => Guid.TryParse(value?.ToString(), out _),
        "int" => int.TryParse(value?.ToString(), out _),
        _ => true,
    };
}

/// <summary>
/// Every route of the running app, generated from its endpoint data source (static files left out), so tests
/// that walk all routes (bad input, who may see what) follow the app as pages are added.
/// </summary>
public static class RouteTable
{
    public static IReadOnlyList<AppRoute> Of(LeerruimteApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null && !IsFileFallback(e))
            .Select(Row)
            .OrderBy(r => r.Template, StringComparer.Ordinal)
            .ToList();

    // The static-file fallback ({**path:file}) answers only addresses that look like file names.
    private static bool IsFileFallback(RouteEndpoint e) =>
        e.RoutePattern.Parameters.Any(p => p.IsCatchAll && p.ParameterPolicies.Any(c => c.Content == "file"));

    private static AppRoute Row(RouteEndpoint endpoint)
    {
        var component = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type;
        var routeParameters = endpoint.RoutePattern.Parameters
            .Select(p => new RouteValue(p.Name, typeof(string), p.ParameterPolicies.Select(c => c.Content).FirstOrDefault())).ToList();
        return new AppRoute(
            "/" + endpoint.RoutePattern.RawText!.TrimStart('/'),
            endpoint.RoutePattern,
            endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() ?? [],
            routeParameters,
            component is null ? HandlerQuery(endpoint) : ComponentQuery(component),
            component is null ? [] : ComponentForms(component),
            component,
            endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().ToList(),
            endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null,
            endpoint);
    }

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

    private static List<RouteValue> ComponentQuery(Type component) =>
        Properties(component).Select(p => (p, a: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(x => x.a is not null).Select(x => new RouteValue(x.a!.Name ?? x.p.Name, x.p.PropertyType)).ToList();

    private static List<FormModel> ComponentForms(Type component) =>
        Properties(component).Select(p => (p, a: p.GetCustomAttribute<SupplyParameterFromFormAttribute>()))
            .Where(x => x.a is not null)
            .Select(x => new FormModel(x.a!.FormName, Fields(x.a.Name ?? x.p.Name, x.p.PropertyType, depth: 0).ToList()))
            .ToList();

    /// <summary>The field names Blazor's form binding reads for a model: Prefix.Property, Prefix.List[0], nested.</summary>
    private static IEnumerable<RouteValue> Fields(string prefix, Type type, int depth)
    {
        if (IsSimple(type)) return [new RouteValue(prefix, type)];
        if (ElementOf(type) is { } element) return Fields($"{prefix}[0]", element, depth + 1);
        if (depth > 3) return [];
        return Properties(type).Where(p => p.CanWrite && p.GetMethod?.IsPublic == true)
            .SelectMany(p => Fields($"{prefix}.{p.Name}", p.PropertyType, depth + 1));
    }

    /// <summary>Minimal-API handler parameters that are not route values and come from the query string.</summary>
    private static List<RouteValue> HandlerQuery(RouteEndpoint endpoint)
    {
        var method = endpoint.Metadata.GetMetadata<MethodInfo>();
        if (method is null) return [];
        var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return method.GetParameters().Where(p => IsSimple(p.ParameterType) && !routeNames.Contains(p.Name!))
            .Select(p => new RouteValue(p.Name!, p.ParameterType)).ToList();
    }

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(Guid)
            || t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(DateOnly) || t == typeof(TimeOnly) || t == typeof(TimeSpan);
    }

    private static Type? ElementOf(Type type) =>
        type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
}
