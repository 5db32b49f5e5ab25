using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PdfSharp.Pdf;

namespace Nettverk.Api.Documents;

/// <summary>The compiled hearing document (høringsoppsummering): the summary, the parties with their status, every
/// public response in full, and exempt responses listed as unntatt offentlighet with their legal basis and no text.
/// Preformatted values only, like <see cref="MeetingDocument"/>.</summary>
public sealed record HearingCompilation(
    string BodyName,
    string Title,
    string? Concerns,
    string Period,
    string? Summary,
    IReadOnlyList<(string Party, string Status)> Parties,
    IReadOnlyList<CompiledResponse> Responses);

/// <summary>One party's response: <see cref="ExemptLabel"/> set means exempt (no text is given); else the sections'
/// texts (title, markdown), or one untitled section for an answer as a whole.</summary>
public sealed record CompiledResponse(string Party, bool NoComments, string? ExemptLabel, IReadOnlyList<(string? Title, string Text)> Texts);

public static class HearingCompilationText
{
    public const string Heading = "Høringsoppsummering";
    public const string SummaryHeading = "Oppsummering";
    public const string PartiesHeading = "Høringsinstanser";
    public const string ResponsesHeading = "Høringssvar";
    public const string NoComments = "Ingen merknader.";
    public const string Exempt = "Unntatt offentlighet";
    public static readonly string[] PartyColumns = ["Høringsinstans", "Status"];
    public static readonly double[] PartyWidths = [65, 35];
}

public static class HearingPdf
{
    static readonly PdfStyle Body = new(10);

    public static byte[] Render(HearingCompilation d)
    {
        PdfSetup.EnsureFontsAvailable();
        var document = new PdfDocument();
        document.Info.Title = $"{HearingCompilationText.Heading} – {d.Title}";
        document.Info.Subject = d.BodyName;
        document.Info.Creator = "Nettverk";
        document.Language = "nb-NO";
        var flow = new PdfFlow(document, $"{d.BodyName} · {HearingCompilationText.Heading} · {d.Title}");
        flow.Start();
        flow.Text(d.BodyName, new PdfStyle(11.5, Bold: true, Color: PdfFlow.Accent), after: 5);
        flow.Rule(PdfFlow.Accent, 1.2);
        flow.Space(20);
        flow.Text(HearingCompilationText.Heading, new PdfStyle(22, Bold: true, Leading: 1.2), after: 2);
        flow.Text(d.Title, new PdfStyle(14, Leading: 1.3), after: 6);
        if (d.Concerns is { } concerns) flow.Text(concerns, Body with { Italic = true }, after: 2);
        flow.Text(d.Period, Body, after: 12);
        if (!string.IsNullOrWhiteSpace(d.Summary))
        {
            Section(flow, HearingCompilationText.SummaryHeading);
            flow.Markdown(DocumentMarkdown.Parse(d.Summary), Body, after: 6);
        }
        Section(flow, HearingCompilationText.PartiesHeading);
        flow.Table(HearingCompilationText.PartyColumns, HearingCompilationText.PartyWidths,
            d.Parties.Select(p => (IReadOnlyList<string>)[p.Party, p.Status]).ToList(), new PdfStyle(9, Leading: 1.35));
        Section(flow, HearingCompilationText.ResponsesHeading);
        foreach (var r in d.Responses)
        {
            flow.Text(r.Party, new PdfStyle(11.5, Bold: true, Leading: 1.3), after: 3, keepWithNext: 40);
            if (r.ExemptLabel is { } exempt) flow.Text($"{HearingCompilationText.Exempt} ({exempt})", Body with { Italic = true }, after: 10);
            else if (r.NoComments) flow.Text(HearingCompilationText.NoComments, Body, after: 10);
            else
            {
                foreach (var (title, text) in r.Texts)
                {
                    if (title is not null) flow.Text(title, Body with { Bold = true }, after: 2, keepWithNext: 14);
                    flow.Markdown(DocumentMarkdown.Parse(text), Body, after: 6);
                }
                flow.Space(8);
            }
        }
        return flow.Finish($"{HearingCompilationText.Heading} · {d.Title}");
    }

    static void Section(PdfFlow flow, string heading)
    {
        flow.Space(8);
        flow.Text(heading, new PdfStyle(14, Bold: true, Color: PdfFlow.Accent, Leading: 1.3), after: 3, keepWithNext: 60);
        flow.Rule(PdfFlow.Hairline);
        flow.Space(10);
    }
}

public static class HearingDocx
{
    public static byte[] Render(HearingCompilation d)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = DocxWriter.Clean($"{HearingCompilationText.Heading} – {d.Title}");
            package.PackageProperties.Subject = DocxWriter.Clean(d.BodyName);
            package.PackageProperties.Creator = "Nettverk";
            package.PackageProperties.Language = "nb-NO";
            var main = package.AddMainDocumentPart();
            DocxStyles.Add(main);
            var writer = new DocxWriter(main);
            var body = new Body();
            body.Append(writer.Paragraph("BodyName", d.BodyName));
            body.Append(writer.Paragraph("Title", HearingCompilationText.Heading), writer.Paragraph("Subtitle", d.Title));
            if (d.Concerns is { } concerns) body.Append(writer.Paragraph(null, [new TextRun(concerns, Italic: true)]));
            body.Append(writer.Paragraph(null, d.Period));
            if (!string.IsNullOrWhiteSpace(d.Summary))
            {
                body.Append(writer.Paragraph("Heading1", HearingCompilationText.SummaryHeading));
                body.Append(writer.Markdown(DocumentMarkdown.Parse(d.Summary)));
            }
            body.Append(writer.Paragraph("Heading1", HearingCompilationText.PartiesHeading));
            body.Append(d.Parties.Select(p => writer.Paragraph("Compact", [new TextRun(p.Party, Bold: true), new TextRun(" – " + p.Status)])));
            body.Append(writer.Paragraph("Heading1", HearingCompilationText.ResponsesHeading));
            foreach (var r in d.Responses)
            {
                body.Append(writer.Paragraph("Heading2", r.Party));
                if (r.ExemptLabel is { } exempt) body.Append(writer.Paragraph(null, [new TextRun($"{HearingCompilationText.Exempt} ({exempt})", Italic: true)]));
                else if (r.NoComments) body.Append(writer.Paragraph(null, HearingCompilationText.NoComments));
                else
                    foreach (var (title, text) in r.Texts)
                    {
                        if (title is not null) body.Append(writer.Paragraph("Heading3", title));
                        body.Append(writer.Markdown(DocumentMarkdown.Parse(text)));
                    }
            }
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
}
