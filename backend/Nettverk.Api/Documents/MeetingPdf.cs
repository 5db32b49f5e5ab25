using PdfSharp.Pdf;

namespace Nettverk.Api.Documents;

/// <summary>A møteinnkalling or møtereferat as an A4 PDF, drawn with PDFsharp with DejaVu Sans embedded (subset),
/// so it looks the same on every reader. Static and thread-safe: PDFsharp's global set-up is done once
/// (<see cref="PdfSetup"/>), everything else is per call.</summary>
public static class MeetingPdf
{
    static readonly PdfStyle Body = new(10);
    static readonly PdfStyle Small = new(8.5, Color: PdfFlow.Muted);

    /// <exception cref="DocumentFontsMissingException">The fonts are not installed (the API answers 503).</exception>
    public static byte[] Render(MeetingDocument d)
    {
        // Fail before PDFsharp does, with our exception and its advice, not with one from inside the font machinery.
        PdfSetup.EnsureFontsAvailable();
        var document = new PdfDocument();
        document.Info.Title = DocumentText.FullTitle(d);
        document.Info.Subject = d.BodyName;
        document.Info.Author = d.OwnerName ?? d.BodyName;
        document.Info.Creator = "Nettverk";
        document.Language = "nb-NO";
        var flow = new PdfFlow(document, $"{d.BodyName} · {DocumentText.Title(d)} · {d.MeetingTitle}");
        flow.Start();

        Letterhead(flow, d);
        Facts(flow, d);
        if (d.Introduction is { } introduction) flow.Markdown(DocumentMarkdown.Parse(introduction), Body, after: 6);
        Attendance(flow, d);
        if (d.Items.Count > 0) Section(flow, DocumentText.Agenda);
        foreach (var item in d.Items) Item(flow, item);
        if (d.ActionItems.Count > 0)
        {
            Section(flow, DocumentText.ActionItems);
            flow.Table(DocumentText.ActionColumns, DocumentText.ActionWidths, d.ActionItems.Select(DocumentText.ActionRow).ToList(),
                new PdfStyle(8.5, Leading: 1.35));
        }
        if (d.Secretariat is { } secretariat)
        {
            flow.Space(18);
            flow.Text(secretariat, Small with { Size = 9 });
        }
        return flow.Finish($"{DocumentText.Title(d)} · {d.MeetingTitle} · {d.When}");
    }

    static void Letterhead(PdfFlow flow, MeetingDocument d)
    {
        // The county's letterhead names the owner in spaced capitals above the body's name.
        if (d.OwnerName is { } owner) flow.Text(owner.ToUpperInvariant(), new PdfStyle(8, Bold: true, Color: PdfFlow.Muted), after: 1);
        flow.Text(d.BodyName, new PdfStyle(11.5, Bold: true, Color: PdfFlow.Accent), after: 5);
        flow.Rule(PdfFlow.Accent, 1.2);
        flow.Space(20);
        flow.Text(DocumentText.Title(d), new PdfStyle(22, Bold: true, Leading: 1.2), after: 2);
        flow.Text(d.MeetingTitle, new PdfStyle(14, Leading: 1.3), after: 14);
    }

    static void Facts(PdfFlow flow, MeetingDocument d)
    {
        const double labelColumn = 82;
        var label = flow.Font(9, bold: true);
        foreach (var (name, value, link) in DocumentText.Facts(d))
            flow.Text([new TextRun(value, Link: link)], Body, labelColumn, after: 3, marker: name, markerFont: label,
                markerGap: labelColumn - flow.Measure(name, label));
        flow.Space(10);
    }

    static void Attendance(PdfFlow flow, MeetingDocument d)
    {
        foreach (var group in d.Attendance.Where(g => g.People.Count > 0))
        {
            flow.Text(group.Heading, Body with { Bold = true, Size = 10.5 }, after: 3, keepWithNext: 14);
            foreach (var person in group.People) flow.Text(DocumentText.Attendee(person), Body, indent: 12, after: 1);
            flow.Space(8);
        }
    }

    static void Section(PdfFlow flow, string heading)
    {
        flow.Space(8);
        flow.Text(heading, new PdfStyle(14, Bold: true, Color: PdfFlow.Accent, Leading: 1.3), after: 3, keepWithNext: 60);
        flow.Rule(PdfFlow.Hairline);
        flow.Space(10);
    }

    static void Item(PdfFlow flow, DocumentItem item)
    {
        flow.Text([new TextRun(item.CaseLabel + " "), new TextRun(item.Title)],
            new PdfStyle(11.5, Bold: true, Leading: 1.3), after: 1, keepWithNext: 40);
        if (DocumentText.ItemMeta(item) is { } meta) flow.Text(meta, Small with { Italic = true }, after: 5);
        else flow.Space(4);
        flow.Markdown(DocumentMarkdown.Parse(item.Description), Body, after: 6);
        flow.Markdown(DocumentMarkdown.Parse(item.Notes), Body, after: 6);
        if (!string.IsNullOrWhiteSpace(item.Decision))
        {
            flow.Text(DocumentText.Decision, Body with { Bold = true }, after: 2, keepWithNext: 14);
            flow.Markdown(DocumentMarkdown.Parse(item.Decision), Body, after: 6);
        }
        if (item.Papers.Count > 0)
        {
            flow.Text(DocumentText.Papers, Small with { Bold = true }, after: 1, keepWithNext: 12);
            foreach (var paper in item.Papers) flow.Text([new TextRun(paper)], Small, indent: 12, after: 1, marker: "•");
        }
        if (item.Inputs is { Count: > 0 } inputs)
        {
            flow.Space(4);
            flow.Text(DocumentText.Inputs, Body with { Bold = true }, after: 2, keepWithNext: 14);
            foreach (var input in inputs)
            {
                flow.Text(DocumentText.InputHeading(input), Small with { Bold = true }, indent: 12, after: 1, keepWithNext: 12);
                flow.Markdown(DocumentMarkdown.Parse(input.Text), Body, indent: 12, after: 2);
                if (DocumentText.InputAttachments(input) is { } files) flow.Text([new TextRun(files)], Small, indent: 12, after: 4);
            }
        }
        flow.Space(14);
    }
}
