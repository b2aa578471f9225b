using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Leerruimte.Features.Declarations;

/// <summary>
/// A4 pages written top to bottom: paragraphs and table rows that wrap within their column, a new page when the next
/// row does not fit (with the table's header drawn again), and a footer with page numbers once all pages exist.
/// </summary>
public sealed class PdfSheet
{
    private const double Margin = 50, LineGap = 1.25, CellPadding = 3;
    private readonly PdfDocument document = new();
    private readonly XPdfFontOptions options;
    private XGraphics gfx = null!;
    private double y;
    private (double[] Widths, string[] Cells, XFont Font)? header;

    public PdfSheet(string title, bool winAnsi)
    {
        DeclarationFonts.EnsureInstalled();
        // WinAnsi keeps the text readable in the content stream (and for a tester); Unicode when a name needs more.
        options = new XPdfFontOptions(winAnsi ? PdfFontEncoding.WinAnsi : PdfFontEncoding.Unicode);
        document.Info.Title = title;
        NewPage();
    }

    public double Width => XUnit.FromMillimeter(210).Point - 2 * Margin;

    public XFont Font(double size, bool bold = false) => new(DeclarationFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, options);

    public void Paragraph(string text, XFont font, double spaceAfter = 4)
    {
        var lines = Wrap(text, font, Width);
        var height = lines.Count * font.Height * LineGap;
        if (y + height > Bottom) NewPage();
        foreach (var line in lines) { gfx.DrawString(line, font, XBrushes.Black, Margin, y, XStringFormats.TopLeft); y += font.Height * LineGap; }
        y += spaceAfter;
    }

    public void Space(double points) => y += points;

    /// <summary>Starts a table: its header row now, and again at the top of every page the table runs onto.</summary>
    public void TableHeader(double[] widths, string[] cells, XFont font)
    {
        header = (widths, cells, font);
        if (y + 3 * font.Height > Bottom) NewPage();
        DrawHeader();
    }

    public void EndTable() => header = null;

    public void Row(double[] widths, string[] cells, XFont font, bool shaded = false)
    {
        var wrapped = cells.Select((c, i) => Wrap(c, font, widths[i] - 2 * CellPadding)).ToList();
        var height = wrapped.Max(l => l.Count) * font.Height * LineGap + 2 * CellPadding;
        if (y + height > Bottom) { NewPage(); if (!shaded) DrawHeader(); }
        var x = Margin;
        for (var i = 0; i < cells.Length; i++)
        {
            var box = new XRect(x, y, widths[i], height);
            if (shaded) gfx.DrawRectangle(XBrushes.WhiteSmoke, box);
            gfx.DrawRectangle(XPens.Gray, box);
            var lineY = y + CellPadding;
            foreach (var line in wrapped[i]) { gfx.DrawString(line, font, XBrushes.Black, x + CellPadding, lineY, XStringFormats.TopLeft); lineY += font.Height * LineGap; }
            x += widths[i];
        }
        y += height;
    }

    /// <summary>A line to sign on, with its label under it.</summary>
    public void SignatureLine(string label, XFont font, double width)
    {
        if (y + 40 > Bottom) NewPage();
        y += 28;
        gfx.DrawLine(XPens.Black, Margin, y, Margin + width, y);
        gfx.DrawString(label, font, XBrushes.Black, Margin, y + 2, XStringFormats.TopLeft);
        y += font.Height * LineGap + 6;
    }

    /// <summary>The finished document; <paramref name="footer"/> gets page number and count.</summary>
    public byte[] Save(Func<int, int, string> footer, XFont font)
    {
        gfx.Dispose();
        for (var i = 0; i < document.PageCount; i++)
        {
            using var g = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            g.DrawString(footer(i + 1, document.PageCount), font, XBrushes.DimGray, Margin, document.Pages[i].Height.Point - Margin + 12, XStringFormats.TopLeft);
        }
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private double Bottom => gfx.PageSize.Height - Margin;

    private void NewPage()
    {
        gfx?.Dispose();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        gfx = XGraphics.FromPdfPage(page);
        y = Margin;
    }

    private void DrawHeader()
    {
        if (header is { } h) Row(h.Widths, h.Cells, h.Font, shaded: true);
    }

    /// <summary>Words onto lines no wider than <paramref name="width"/>; a word longer than a line is cut where it must.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (Fits(candidate, font, width)) { line = candidate; continue; }
                if (line.Length > 0) lines.Add(line);
                line = word;
                while (!Fits(line, font, width) && line.Length > 1)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && !Fits(line[..cut], font, width)) cut--;
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    private bool Fits(string text, XFont font, double width) => gfx.MeasureString(text, font).Width <= width;
}
