using Leerruimte.Data;

namespace Leerruimte.Features.ContentPacks;

public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>Folder with the shipped packs; by default the <c>content</c> folder copied next to the app.</summary>
    public string Folder { get; set; } = Path.Combine(AppContext.BaseDirectory, "content");
}

/// <summary>Stores the packs shipped in the content folder at start; a broken pack is refused and logged, the app still starts.</summary>
public static class ShippedPacks
{
    public static async Task<IReadOnlyList<StoreResult>> LoadAsync(IServiceProvider services, string folder, ILogger logger)
    {
        var results = new List<StoreResult>();
        foreach (var file in PackFolder.Read(services.GetRequiredService<PackParser>(), folder))
        {
            await using var scope = services.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<PackStore>();
            var result = await store.StoreAsync(file.RelativePath, file.Source, ContentPackVersion.Shipped, storedBy: null);
            results.Add(result);
            if (result.Outcome == StoreOutcome.Refused)
                foreach (var error in result.Errors) logger.LogError("Content pack refused: {Error}", error.ToString());
            else if (result.Outcome == StoreOutcome.Stored)
                logger.LogInformation("Content pack stored: {Pack} v{Version}", result.Pack!.Id, result.Pack.Version);
        }
        return results;
    }

    public static async Task LoadShippedPacksAsync(this WebApplication app)
    {
        var folder = app.Configuration.GetSection(ContentOptions.Section).Get<ContentOptions>()?.Folder ?? new ContentOptions().Folder;
        await LoadAsync(app.Services, Path.GetFullPath(folder, app.Environment.ContentRootPath), app.Logger);
    }

    public static WebApplicationBuilder AddContentPacks(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PackKinds>();
        builder.Services.AddSingleton<PackParser>();
        builder.Services.AddSingleton<ParsedPackCache>();
        builder.Services.AddSingleton<PackIndexCache>();
        builder.Services.AddScoped<ContentCatalogue>();
        builder.Services.AddScoped<PackStore>();
        builder.Services.AddSingleton<Infrastructure.MarkdownRenderer>();
        return builder;
    }
}
