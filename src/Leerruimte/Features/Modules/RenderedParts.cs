using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Leerruimte.Features.Modules;

/// <summary>
/// The parts of a module rendered once to HTML, per stored version and language. A stored version never
/// changes, so the HTML cannot go stale; pages then write one string instead of rendering hundreds of
/// elements on every request. A render that fails is forgotten, so the next request tries again.
/// </summary>
public sealed class RenderedParts(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    private readonly ConcurrentDictionary<(Guid Version, Type Part, string Culture), Lazy<Task<MarkupString>>> cache = new();

    public async Task<MarkupString> GetAsync<TPart>(Guid versionId, ModulePack module) where TPart : IComponent
    {
        var culture = CultureInfo.CurrentUICulture;
        var key = (versionId, typeof(TPart), culture.Name);
        var entry = cache.GetOrAdd(key, _ => new Lazy<Task<MarkupString>>(() => RenderAsync<TPart>(module, culture)));
        try
        {
            return await entry.Value;
        }
        catch
        {
            cache.TryRemove(KeyValuePair.Create(key, entry));
            throw;
        }
    }

    private async Task<MarkupString> RenderAsync<TPart>(ModulePack module, CultureInfo culture) where TPart : IComponent
    {
        // The renderer resolves scoped services (the components' activity source, anything a part injects), so it
        // gets a scope of its own: the cache is a singleton and the root provider refuses scoped services.
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            CultureInfo.CurrentUICulture = culture;
            CultureInfo.CurrentCulture = culture;
            var output = await renderer.RenderComponentAsync<TPart>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Module"] = module }));
            return output.ToHtmlString();
        });
        return new MarkupString(html);
    }
}
