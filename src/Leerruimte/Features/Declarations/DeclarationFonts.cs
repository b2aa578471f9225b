using PdfSharp.Fonts;

namespace Leerruimte.Features.Declarations;

/// <summary>
/// PDFsharp finds no fonts on Linux by itself: every family resolves to DejaVu Sans, regular or bold, read from the
/// assembly (Features/Declarations/Fonts, Bitstream Vera licence beside it), so a published app needs no installed font.
/// </summary>
public sealed class DeclarationFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans", Bold = "DejaVuSans-Bold";
    private static readonly Lazy<bool> Installed = new(() => { GlobalFontSettings.FontResolver = new DeclarationFonts(); return true; });

    /// <summary>PDFsharp's resolver is one per process, set once before the first document (test hosts start many apps).</summary>
    public static void EnsureInstalled() => _ = Installed.Value;

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(DeclarationFonts).Assembly.GetManifestResourceStream($"Leerruimte.Fonts.{faceName}.ttf");
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
