using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PdfSharp.Pdf;

namespace Nettverk.Api.Documents;

/// <summary>A saksframlegg: a body's report to political committees. Heading (body, title, period, "Til:" the committees),
/// then Bakgrunn, Vurdering, Forslag til vedtak, and Vedlegg/innhold with what the secretariat picked. Preformatted
/// values only, like <see cref="MeetingDocument"/>; markdown fields are user text.</summary>
public sealed record CaseDocument(
    string? OwnerName,
    string BodyName,
    string Title,
    string Period,
    IReadOnlyList<string> Committees,
    string? StatusLine,
    string? Background,
    string? Assessment,
    string? ProposedDecision,
    IReadOnlyList<CaseMinutes> Minutes,
    IReadOnlyList<CaseDecision> Decisions,
    IReadOnlyList<DocumentActionItem> ActionItems,
    IReadOnlyList<CaseSummary> Hearings,
    IReadOnlyList<CaseSummary> InputRounds,
    IReadOnlyList<CaseAttendance>? Attendance,
    string? Secretariat);

public sealed record CaseMinutes(string Title, string Date, string? Link);
public sealed record CaseDecision(string CaseNumber, string Title, string Decision);
public sealed record CaseSummary(string Title, string? Summary);
public sealed record CaseAttendance(string Organisation, int Present, int DeputyPresent, int Absent);

public static class CaseDocumentText
{
    public const string Heading = "Saksframlegg";
    public const string Concerns = "Saken gjelder", To = "Til", Period = "Periode", From = "Fra", Status = "Status";
    public const string Background = "Bakgrunn", Assessment = "Vurdering", ProposedDecision = "Forslag til vedtak";
    public const string Attachments = "Vedlegg/innhold";
    public const string Minutes = "Møtereferater", Decisions = "Vedtak", ActionItems = "Oppfølgingspunkter";
    public const string Hearings = "Høringer", InputRounds = "Innspillsrunder", Attendance = "Oppmøte per organisasjon";
    public const string NoSummary = "Ingen oppsummering.";
    public static readonly string[] AttendanceColumns = ["Organisasjon", "Til stede", "Vara møtte", "Forfall"];
    public static readonly double[] AttendanceWidths = [46, 18, 18, 18];

    internal static IEnumerable<(string Label, string Value)> Facts(CaseDocument d)
    {
        yield return (Concerns, d.Title);
        yield return (From, d.BodyName);
        yield return (To, d.Committees.Count == 0 ? "–" : string.Join(", ", d.Committees));
        yield return (Period, d.Period);
        if (d.StatusLine is { } status) yield return (Status, status);
    }

    internal static IReadOnlyList<string> AttendanceRow(CaseAttendance a) =>
        [a.Organisation, a.Present.ToString(), a.DeputyPresent.ToString(), a.Absent.ToString()];
}

public static class CasePdf
{
    static readonly PdfStyle Body = new(10);
    static readonly PdfStyle Small = new(8.5, Color: PdfFlow.Muted);

    /// <exception cref="DocumentFontsMissingException">The fonts are not installed (the API answers 503).</exception>
    public static byte[] Render(CaseDocument d)
    {
        PdfSetup.EnsureFontsAvailable();
        var document = new PdfDocument();
        document.Info.Title = $"{CaseDocumentText.Heading} – {d.Title} – {d.BodyName}";
        document.Info.Subject = d.BodyName;
        document.Info.Author = d.OwnerName ?? d.BodyName;
        document.Info.Creator = "Nettverk";
        document.Language = "nb-NO";
        var flow = new PdfFlow(document, $"{d.BodyName} · {CaseDocumentText.Heading} · {d.Title}");
        flow.Start();
        if (d.OwnerName is { } owner) flow.Text(owner.ToUpperInvariant(), new PdfStyle(8, Bold: true, Color: PdfFlow.Muted), after: 1);
        flow.Text(d.BodyName, new PdfStyle(11.5, Bold: true, Color: PdfFlow.Accent), after: 5);
        flow.Rule(PdfFlow.Accent, 1.2);
        flow.Space(20);
        flow.Text(CaseDocumentText.Heading, new PdfStyle(22, Bold: true, Leading: 1.2), after: 2);
        flow.Text(d.Title, new PdfStyle(14, Leading: 1.3), after: 14);
        const double labelColumn = 90;
        var label = flow.Font(9, bold: true);
        foreach (var (name, value) in CaseDocumentText.Facts(d))
            flow.Text([new TextRun(value)], Body, labelColumn, after: 3, marker: name, markerFont: label, markerGap: labelColumn - flow.Measure(name, label));
        flow.Space(10);
        foreach (var (heading, text) in new[] { (CaseDocumentText.Background, d.Background), (CaseDocumentText.Assessment, d.Assessment),
                     (CaseDocumentText.ProposedDecision, d.ProposedDecision) })
        {
            Section(flow, heading);
            flow.Markdown(DocumentMarkdown.Parse(string.IsNullOrWhiteSpace(text) ? "–" : text), Body, after: 6);
        }
        if (HasAttachments(d)) Section(flow, CaseDocumentText.Attachments);
        if (d.Minutes.Count > 0)
        {
            Sub(flow, CaseDocumentText.Minutes);
            foreach (var m in d.Minutes)
                flow.Text([new TextRun($"{m.Title}, {m.Date}", Link: m.Link)], Body, indent: 12, after: 2, marker: "•");
            flow.Space(6);
        }
        if (d.Decisions.Count > 0)
        {
            Sub(flow, CaseDocumentText.Decisions);
            foreach (var decision in d.Decisions)
            {
                flow.Text($"Sak {decision.CaseNumber} {decision.Title}", Body with { Bold = true }, after: 2, keepWithNext: 14);
                flow.Markdown(DocumentMarkdown.Parse(decision.Decision), Body, indent: 12, after: 6);
            }
        }
        if (d.ActionItems.Count > 0)
        {
            Sub(flow, CaseDocumentText.ActionItems);
            flow.Table(DocumentText.ActionColumns, DocumentText.ActionWidths, d.ActionItems.Select(DocumentText.ActionRow).ToList(),
                new PdfStyle(8.5, Leading: 1.35));
            flow.Space(6);
        }
        Summaries(flow, CaseDocumentText.Hearings, d.Hearings);
        Summaries(flow, CaseDocumentText.InputRounds, d.InputRounds);
        if (d.Attendance is { } attendance)
        {
            Sub(flow, CaseDocumentText.Attendance);
            flow.Table(CaseDocumentText.AttendanceColumns, CaseDocumentText.AttendanceWidths,
                attendance.Select(CaseDocumentText.AttendanceRow).ToList(), new PdfStyle(8.5, Leading: 1.35));
        }
        if (d.Secretariat is { } secretariat)
        {
            flow.Space(18);
            flow.Text(secretariat, Small with { Size = 9 });
        }
        return flow.Finish($"{CaseDocumentText.Heading} · {d.Title} · {d.Period}");
    }

    internal static bool HasAttachments(CaseDocument d) => d.Minutes.Count > 0 || d.Decisions.Count > 0 || d.ActionItems.Count > 0
        || d.Hearings.Count > 0 || d.InputRounds.Count > 0 || d.Attendance is not null;

    static void Summaries(PdfFlow flow, string heading, IReadOnlyList<CaseSummary> items)
    {
        if (items.Count == 0) return;
        Sub(flow, heading);
        foreach (var item in items)
        {
            flow.Text(item.Title, Body with { Bold = true }, after: 2, keepWithNext: 14);
            flow.Markdown(DocumentMarkdown.Parse(item.Summary ?? CaseDocumentText.NoSummary), Body, indent: 12, after: 6);
        }
    }

    static void Section(PdfFlow flow, string heading)
    {
        flow.Space(8);
        flow.Text(heading, new PdfStyle(14, Bold: true, Color: PdfFlow.Accent, Leading: 1.3), after: 3, keepWithNext: 60);
        flow.Rule(PdfFlow.Hairline);
        flow.Space(10);
    }

    static void Sub(PdfFlow flow, string heading) =>
        flow.Text(heading, new PdfStyle(11.5, Bold: true, Leading: 1.3), after: 3, keepWithNext: 40);
}

public static class CaseDocx
{
    public static byte[] Render(CaseDocument d)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = DocxWriter.Clean($"{CaseDocumentText.Heading} – {d.Title} – {d.BodyName}");
            package.PackageProperties.Subject = DocxWriter.Clean(d.BodyName);
            package.PackageProperties.Creator = "Nettverk";
            package.PackageProperties.Language = "nb-NO";
            var main = package.AddMainDocumentPart();
            DocxStyles.Add(main);
            var writer = new DocxWriter(main);
            var body = new Body();
            if (d.OwnerName is { } owner) body.Append(writer.Paragraph("Owner", owner));
            body.Append(writer.Paragraph("BodyName", d.BodyName));
            body.Append(writer.Paragraph("Title", CaseDocumentText.Heading), writer.Paragraph("Subtitle", d.Title));
            foreach (var (label, value) in CaseDocumentText.Facts(d))
                body.Append(writer.Paragraph("Compact", [new TextRun(label + ": ", Bold: true), new TextRun(value)]));
            foreach (var (heading, text) in new[] { (CaseDocumentText.Background, d.Background), (CaseDocumentText.Assessment, d.Assessment),
                         (CaseDocumentText.ProposedDecision, d.ProposedDecision) })
            {
                body.Append(writer.Paragraph("Heading1", heading));
                body.Append(writer.Markdown(DocumentMarkdown.Parse(string.IsNullOrWhiteSpace(text) ? "–" : text)));
            }
            if (CasePdf.HasAttachments(d)) body.Append(writer.Paragraph("Heading1", CaseDocumentText.Attachments));
            if (d.Minutes.Count > 0)
            {
                body.Append(writer.Paragraph("Heading2", CaseDocumentText.Minutes));
                body.Append(d.Minutes.Select(m => writer.Paragraph("Compact", [new TextRun($"{m.Title}, {m.Date}", Link: m.Link)])));
            }
            if (d.Decisions.Count > 0)
            {
                body.Append(writer.Paragraph("Heading2", CaseDocumentText.Decisions));
                foreach (var decision in d.Decisions)
                {
                    body.Append(writer.Paragraph("Heading3", $"Sak {decision.CaseNumber} {decision.Title}"));
                    body.Append(writer.Markdown(DocumentMarkdown.Parse(decision.Decision)));
                }
            }
            if (d.ActionItems.Count > 0)
            {
                body.Append(writer.Paragraph("Heading2", CaseDocumentText.ActionItems));
                body.Append(d.ActionItems.Select(a => writer.Paragraph("Compact", string.Join(" · ", DocumentText.ActionRow(a).Where(v => v.Length > 0)))));
            }
            foreach (var (heading, items) in new[] { (CaseDocumentText.Hearings, d.Hearings), (CaseDocumentText.InputRounds, d.InputRounds) })
            {
                if (items.Count == 0) continue;
                body.Append(writer.Paragraph("Heading2", heading));
                foreach (var item in items)
                {
                    body.Append(writer.Paragraph("Heading3", item.Title));
                    body.Append(writer.Markdown(DocumentMarkdown.Parse(item.Summary ?? CaseDocumentText.NoSummary)));
                }
            }
            if (d.Attendance is { } attendance)
            {
                body.Append(writer.Paragraph("Heading2", CaseDocumentText.Attendance));
                body.Append(AttendanceTable(writer, attendance));
            }
            if (d.Secretariat is { } secretariat) body.Append(writer.Paragraph(null, ""), writer.Paragraph("Small", secretariat));
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin
            {
                Top = DocxStyles.MarginTop, Bottom = DocxStyles.MarginBottom, Left = DocxStyles.MarginLeft, Right = DocxStyles.MarginRight,
                Header = 567, Footer = 567, Gutter = 0,
            }));
            main.Document = new Document(body);
            writer.AddNumbering();
        }
        return stream.ToArray();
    }

    static Table AttendanceTable(DocxWriter writer, IReadOnlyList<CaseAttendance> rows)
    {
        var total = CaseDocumentText.AttendanceWidths.Sum();
        var widths = CaseDocumentText.AttendanceWidths.Select(w => (int)(DocxStyles.TextWidth * w / total)).ToArray();
        var table = new Table(new TableProperties
        {
            TableStyle = new TableStyle { Val = "TableGrid" },
            TableWidth = new TableWidth { Width = DocxStyles.TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableLook = new TableLook { Val = "0020" },
        }, new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var c = 0; c < widths.Length; c++)
            header.Append(Cell(widths[c], writer.Paragraph("Compact", [new TextRun(CaseDocumentText.AttendanceColumns[c], Bold: true)]), DocxStyles.HeaderFill));
        table.Append(header);
        foreach (var row in rows)
            table.Append(new TableRow(CaseDocumentText.AttendanceRow(row).Select((v, c) => Cell(widths[c], writer.Paragraph("Compact", v)))));
        return table;
    }

    static TableCell Cell(int width, Paragraph content, string? fill = null) => new(new TableCellProperties
    {
        TableCellWidth = new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa },
        Shading = fill is null ? null : new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill },
    }, content);
}
