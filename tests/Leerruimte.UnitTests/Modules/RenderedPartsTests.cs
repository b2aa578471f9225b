using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Modules;
using Leerruimte.UnitTests.ContentPacks;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.UnitTests.Modules;

public sealed class RenderedPartsTests
{
    private readonly ModulePack module = (ModulePack)AppPacks.Parser.Parse("m.yaml", PackSamples.Module).Pack!;

    // Scope validation on, as in Development. (That the app's own component services resolve there is checked
    // by the integration tests, whose app validates scopes.)
    private static RenderedParts NewParts() =>
        new ServiceCollection().AddLogging().AddSingleton<RenderedParts>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }).GetRequiredService<RenderedParts>();

    [Fact]
    public async Task A_part_is_rendered_once_per_version()
    {
        var parts = NewParts();
        var version = Guid.NewGuid();

        var first = await parts.GetAsync<CountingPart>(version, module);
        var second = await parts.GetAsync<CountingPart>(version, module);

        Assert.Equal("<p>render 1</p>", first.Value);
        Assert.Equal(first.Value, second.Value);
    }

    [Fact]
    public async Task A_render_that_failed_is_tried_again_on_the_next_request()
    {
        var parts = NewParts();
        var version = Guid.NewGuid();
        FailsOncePart.Failures = 1;

        await Assert.ThrowsAsync<InvalidOperationException>(() => parts.GetAsync<FailsOncePart>(version, module));
        var again = await parts.GetAsync<FailsOncePart>(version, module);

        Assert.Equal("<p>rendered</p>", again.Value);
    }

    public sealed class CountingPart : ComponentBase
    {
        private static int renders;
        [Parameter] public ModulePack? Module { get; set; }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder) =>
            builder.AddMarkupContent(0, $"<p>render {Interlocked.Increment(ref renders)}</p>");
    }

    public sealed class FailsOncePart : ComponentBase
    {
        public static int Failures;
        [Parameter] public ModulePack? Module { get; set; }

        protected override void OnInitialized()
        {
            if (Interlocked.Decrement(ref Failures) >= 0) throw new InvalidOperationException("the first render fails");
        }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder) =>
            builder.AddMarkupContent(0, "<p>rendered</p>");
    }
}
