using System.Globalization;
using Leerruimte.Features.LearningLog;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;

namespace Leerruimte.Features.Declarations;

/// <summary>The declaration as a PDF on A4: who, which period, every activity, the totals per category and a line to sign.</summary>
public static class DeclarationPdf
{
    // Datum, begin, eind, uren, categorie, omschrijving, bevestiging: 495 points, the width between the margins.
    private static readonly double[] Columns = [56, 32, 32, 30, 92, 138, 115];

    public static byte[] Render(RegisterDeclaration d, DateTime printedAtUtc)
    {
        var texts = Texts(d).ToList();
        var sheet = new PdfSheet($"{Ui.Declaration_Title} {d.Period.Label}", texts.All(FitsWinAnsi));
        var (title, body, bold, small) = (sheet.Font(15, bold: true), sheet.Font(9), sheet.Font(9, bold: true), sheet.Font(7.5));

        sheet.Paragraph(Ui.Declaration_Title, title, 8);
        foreach (var (label, value) in Facts(d, printedAtUtc)) sheet.Paragraph($"{label}: {value}", body, 1);
        sheet.Space(6);
        sheet.Paragraph(Ui.Declaration_Intro, body, 8);

        sheet.TableHeader(Columns, Headers, sheet.Font(7.5, bold: true));
        foreach (var line in d.Lines) sheet.Row(Columns, Cells(line), small);
        sheet.EndTable();

        sheet.Space(12);
        sheet.Paragraph(Ui.Declaration_Totals, bold, 4);
        double[] totals = [200, 60];
        foreach (var (kind, hours) in d.Totals) sheet.Row(totals, [LogTexts.Kind(kind), DutchNumbers.Show(hours)], body);
        sheet.Row(totals, [Ui.Declaration_Total, DutchNumbers.Show(d.TotalHours)], bold, shaded: true);

        sheet.Space(14);
        sheet.Paragraph(string.Format(Ui.Declaration_Statement, d.Name), body, 2);
        sheet.SignatureLine(Ui.Declaration_Signature, small, 260);
        sheet.SignatureLine(Ui.Declaration_SignedOn, small, 160);
        return sheet.Save((page, pages) => string.Format(Ui.Declaration_Footer, d.Name, d.Period.Label, page, pages), small);
    }

    public static string[] Headers =>
        [Ui.Star_Date, Ui.Declaration_Start, Ui.Declaration_End, Ui.Declaration_Hours, Ui.Declaration_Category, Ui.Declaration_Description, Ui.Declaration_Confirmation];

    public static string[] Cells(DeclarationLine l) =>
        [Date(l.Date), Time(l.Start), Time(l.End), DutchNumbers.Show(l.Hours), LogTexts.Kind(l.Kind), l.Description, l.Confirmation];

    public static IEnumerable<(string Label, string Value)> Facts(RegisterDeclaration d, DateTime printedAtUtc) =>
    [
        (Ui.Declaration_Name, d.Name),
        (Ui.Declaration_Number, d.RegisterNumber ?? Ui.Declaration_NumberMissing),
        (Ui.Declaration_Period, $"{d.Period.Label} ({Date(d.Period.First)} {Ui.Declaration_Until} {Date(d.Period.Last)})"),
        (Ui.Declaration_PrintedOn, Date(DutchTime.DateOf(printedAtUtc))),
    ];

    public static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "-";

    private static IEnumerable<string> Texts(RegisterDeclaration d) => d.Lines.Select(l => l.Description).Append(d.Name).Append(d.RegisterNumber ?? "");

    // Windows-1252: Latin-1 without its control block, plus the typographic marks that take that block's places.
    private const string Cp1252Extras = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    internal static bool FitsWinAnsi(string text) => text.All(c => c is >= ' ' and <= '~' or '\n' or '\r' or (>= '\u00a0' and <= '\u00ff') || Cp1252Extras.Contains(c));
}
