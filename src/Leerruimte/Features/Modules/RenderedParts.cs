using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Leerruimte.Features.Modules;

/// <summary>
/// The parts of a module rendered once to HTML, per stored version and language. A stored version never
/// changes, so the HTML cannot go stale; pages then write one string instead of rendering hundreds of
/// elements on every request.
/// </summary>
public sealed class RenderedParts(IServiceProvider services, ILoggerFactory loggers)
{
    private readonly ConcurrentDictionary<(Guid Version, Type Part, string Culture), Lazy<Task<MarkupString>>> cache = new();

    public Task<MarkupString> GetAsync<TPart>(Guid versionId, ModulePack module) where TPart : IComponent
    {
        var culture = CultureInfo.CurrentUICulture;
        return cache.GetOrAdd((versionId, typeof(TPart), culture.Name),
            _ => new Lazy<Task<MarkupString>>(() => RenderAsync<TPart>(module, culture))).Value;
    }

    private async Task<MarkupString> RenderAsync<TPart>(ModulePack module, CultureInfo culture) where TPart : IComponent
    {
        await using var renderer = new HtmlRenderer(services, loggers);
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
