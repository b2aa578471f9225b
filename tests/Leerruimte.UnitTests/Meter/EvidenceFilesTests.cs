using Leerruimte.Data;
using Leerruimte.Features.LearningLog;

namespace Leerruimte.UnitTests.Meter;

public sealed class EvidenceFilesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("evidence-").FullName;
    private EvidenceFiles Files => new(new DataFolder(folder));

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<(EvidenceFiles.Stored? File, string? Error)> SaveAsync(string name, byte[] content, long? length = null) =>
        await Files.SaveAsync(Guid.NewGuid(), name, length ?? content.Length, new MemoryStream(content));

    [Fact]
    public async Task A_real_pdf_is_stored_outside_the_web_root_and_read_back()
    {
        var content = "%PDF-1.7 certificaat"u8.ToArray();

        var (file, error) = await SaveAsync("certificaat.pdf", content);

        Assert.Null(error);
        Assert.Equal("application/pdf", file!.ContentType);
        Assert.StartsWith(folder, Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Single());
        using var read = Files.Open(file.Key)!;
        Assert.Equal(content.Length, read.Length);
    }

    [Theory]
    [InlineData("script.exe")]
    [InlineData("pagina.html")]
    public async Task Forbidden_types_are_refused(string name)
    {
        var (file, error) = await SaveAsync(name, "<script>alert(1)</script>"u8.ToArray());

        Assert.Null(file);
        Assert.Contains("Dit soort bestand kan niet", error);
    }

    [Theory]
    [InlineData("nep.pdf", "pdf")]
    [InlineData("verslag.DOCX", "docx")]
    [InlineData("foto.jpg", "jpg")]
    public async Task A_file_whose_content_does_not_match_its_name_is_told_it_does_not_look_real(string name, string kind)
    {
        var (file, error) = await SaveAsync(name, "<script>alert(1)</script>"u8.ToArray());

        Assert.Null(file);
        Assert.Equal($"Dit bestand lijkt geen echte {kind}: wat erin staat past niet bij de naam. Sla het opnieuw op als {kind} en probeer het nog eens.", error);
        Assert.Empty(Directory.GetFiles(folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var (file, error) = await SaveAsync("leeg.pdf", []);

        Assert.Null(file);
        Assert.Equal("Het bestand is leeg.", error);
    }

    [Fact]
    public async Task A_file_over_five_megabytes_is_refused()
    {
        var (file, error) = await SaveAsync("groot.pdf", "%PDF"u8.ToArray(), length: EvidenceFiles.MaxBytes + 1);

        Assert.Null(file);
        Assert.Contains("te groot", error);
    }
}
