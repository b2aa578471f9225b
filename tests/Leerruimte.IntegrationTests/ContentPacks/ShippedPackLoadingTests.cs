using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.ContentPacks;

/// <summary>An app whose content folder holds one good and one broken pack.</summary>
public sealed class AppWithABrokenPack : LeerruimteApp
{
    public static readonly string Folder = MakeFolder();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Content:Folder"] = Folder };

    private static string MakeFolder()
    {
        var folder = Directory.CreateTempSubdirectory("leerruimte-content-").FullName;
        File.WriteAllText(Path.Combine(folder, "goed.yaml"), Packs.Module("goede-module", "Goede module"));
        File.WriteAllText(Path.Combine(folder, "kapot.yaml"), Packs.Module("kapotte-module", "Kapotte module", minutes: 40));
        return folder;
    }
}

public sealed class ShippedPackLoadingTests(AppWithABrokenPack app) : IClassFixture<AppWithABrokenPack>
{
    [Fact]
    public async Task A_broken_pack_in_the_content_folder_is_refused_and_the_rest_is_loaded()
    {
        var stored = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().ContentPackVersions
            .IgnoreQueryFilters([TenantFilters.Name]).Select(p => p.PackId).ToListAsync());

        Assert.Contains("goede-module", stored);
        Assert.DoesNotContain("kapotte-module", stored);
        Assert.True(app.Errors.Any("kapot.yaml, regel 27, veld 'facilitator.durationMinutes'"), app.Errors.Latest);
    }
}
