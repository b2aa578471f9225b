using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Leerruimte.IntegrationTests;

/// <summary>
/// The text a PDF shows, read back from its content streams: every string drawn with Tj or TJ, one line each, per
/// page. Enough for PDFs written with a WinAnsi font (as the declaration's are), where strings are the text itself.
/// </summary>
public static class PdfText
{
    public static List<List<string>> PagesOf(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        return document.Pages.Cast<PdfPage>().Select(page => Strings(ContentReader.ReadContent(page)).ToList()).ToList();
    }

    /// <summary>All pages' lines, with wrapped lines joined by a space: a wrapped description reads as one sentence.</summary>
    public static string Joined(byte[] pdf) => string.Join(" ", PagesOf(pdf).SelectMany(p => p));

    private static IEnumerable<string> Strings(CObject item) => item switch
    {
        COperator { OpCode.Name: "Tj" or "TJ" or "'" or "\"" } op => op.Operands.SelectMany(Strings),
        CArray array => [string.Concat(array.OfType<CString>().Select(s => s.Value))],
        CSequence sequence => sequence.SelectMany(Strings),
        CString s => [s.Value],
        _ => [],
    };
}
