using Leerruimte.Features.ContentPacks;

namespace Leerruimte.UnitTests.ContentPacks;

/// <summary><c>validate-packs [folder]</c>: a check that finds nothing must not pass.</summary>
public sealed class ValidatePacksCommandTests
{
    [Fact]
    public void A_folder_without_packs_fails_with_a_Dutch_line_saying_where_no_pack_was_found()
    {
        var empty = Directory.CreateTempSubdirectory("leerruimte-no-packs-");
        try
        {
            File.WriteAllText(Path.Combine(empty.FullName, "leesmij.txt"), "geen pakket");
            var output = new StringWriter();

            var exitCode = PackFolder.ValidateCommand(AppPacks.Parser, empty.FullName, output);

            Assert.Equal(1, exitCode);
            Assert.Equal($"FOUT geen pakketten gevonden in {empty.FullName} (geen .yaml- of .yml-bestanden).", output.ToString().Trim());
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_folder_that_does_not_exist_fails_the_same_way()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"leerruimte-missing-{Guid.NewGuid():N}");
        var output = new StringWriter();

        Assert.Equal(1, PackFolder.ValidateCommand(AppPacks.Parser, missing, output));
        Assert.Contains($"geen pakketten gevonden in {missing}", output.ToString());
    }

    [Fact]
    public void The_shipped_packs_pass_and_each_is_listed()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "content");
        var count = PackFolder.Read(AppPacks.Parser, shipped).Count;
        var output = new StringWriter();

        Assert.Equal(0, PackFolder.ValidateCommand(AppPacks.Parser, shipped, output));
        Assert.True(count > 0);
        Assert.EndsWith($"{count} van {count} pakketten in orde.", output.ToString().Trim());
    }
}
