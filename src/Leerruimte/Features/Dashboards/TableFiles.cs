using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace Leerruimte.Features.Dashboards;

/// <summary>A dashboard table as a file: CSV as Dutch spreadsheets open it, or an XLSX workbook with numbers as numbers.</summary>
public static class TableFiles
{
    public const string CsvType = "text/csv; charset=utf-8", XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Semicolons and a byte order mark; numbers with a decimal comma and no thousands separator; a dash where the page shows one.</summary>
    public static byte[] Csv(FigureTable table)
    {
        using var bytes = new MemoryStream();
        var options = new CsvWriterOptions { Separator = ';', Injection = CsvInjection.Escape, WriteByteOrderMark = true };
        using (var csv = CsvWriter.Create(bytes, options, leaveOpen: true))
        {
            csv.WriteRecord([table.LabelHeader, .. table.Columns]);
            foreach (var row in table.AllRows)
                csv.WriteRecord([row.Label, .. row.Values.Select(v => v is { } n ? n.ToString("0.##", CultureInfo.CurrentCulture) : "–")]);
        }
        return bytes.ToArray();
    }

    /// <summary>One sheet named after the table: its caption, the header row, then the rows; held-back figures as a dash.</summary>
    public static byte[] Xlsx(FigureTable table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new X.Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new X.SheetData();
            sheet.Worksheet = new X.Worksheet(data);
            workbook.Workbook.AppendChild(new X.Sheets(new X.Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = SheetName(table.Caption) }));
            data.Append(Row(1, [Text(table.Caption)]), Row(2, [Text(table.LabelHeader), .. table.Columns.Select(Text)]));
            var index = 3u;
            foreach (var row in table.AllRows)
                data.Append(Row(index++, [Text(row.Label), .. row.Values.Select(v => v is { } n ? Number(n) : Text("–"))]));
        }
        return stream.ToArray();
    }

    private static X.Row Row(uint index, IReadOnlyList<X.Cell> cells)
    {
        for (var i = 0; i < cells.Count; i++) cells[i].CellReference = $"{(char)('A' + i)}{index}";
        return new X.Row(cells) { RowIndex = index };
    }

    private static X.Cell Text(string text) => new() { DataType = X.CellValues.InlineString, InlineString = new X.InlineString(new X.Text(text)) };

    private static X.Cell Number(double value) => new() { DataType = X.CellValues.Number, CellValue = new X.CellValue(value) };

    /// <summary>Excel's rule: at most 31 characters and none of : \ / ? * [ ].</summary>
    private static string SheetName(string caption)
    {
        var name = new string(caption.Where(c => !":\\/?*[]".Contains(c)).ToArray()).Trim();
        return name.Length <= 31 ? name : name[..31].TrimEnd();
    }
}
