using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Nettverk.Api.Documents;

/// <summary>A møteinnkalling or møtereferat as a Word document (.docx) with real styles, list numbering, a repeated
/// table header and page numbers as fields, so the secretariat can go on editing it in Word or LibreOffice. Static,
/// thread-safe, no fonts needed on the server.</summary>
public static class MeetingDocx
{
    public static byte[] Render(MeetingDocument d)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = DocxWriter.Clean(DocumentText.FullTitle(d));
            package.PackageProperties.Subject = DocxWriter.Clean(d.BodyName);
            package.PackageProperties.Creator = "Nettverk";
            package.PackageProperties.Language = "nb-NO";
            var main = package.AddMainDocumentPart();
            DocxStyles.Add(main);
            var writer = new DocxWriter(main);
            var body = new Body();

            if (d.OwnerName is { } owner) body.Append(writer.Paragraph("Owner", owner));
            body.Append(writer.Paragraph("BodyName", d.BodyName));
            body.Append(writer.Paragraph("Title", DocumentText.Title(d)), writer.Paragraph("Subtitle", d.MeetingTitle));
            body.Append(Facts(writer, d), writer.Paragraph(null, ""));
            body.Append(writer.Markdown(DocumentMarkdown.Parse(d.Introduction)));
            foreach (var group in d.Attendance.Where(g => g.People.Count > 0))
            {
                body.Append(writer.Paragraph("Heading3", group.Heading));
                body.Append(group.People.Select(p => writer.Paragraph("Compact", DocumentText.Attendee(p))));
            }
            if (d.Items.Count > 0) body.Append(writer.Paragraph("Heading1", DocumentText.Agenda));
            foreach (var item in d.Items) body.Append(Item(writer, item));
            if (d.ActionItems.Count > 0)
                body.Append(writer.Paragraph("Heading1", DocumentText.ActionItems), ActionTable(writer, d.ActionItems));
            if (d.Secretariat is { } secretariat)
                body.Append(writer.Paragraph(null, ""), writer.Paragraph("Small", secretariat));

            body.Append(Section(main, writer, d));
            main.Document = new Document(body);
            writer.AddNumbering();
        }
        return stream.ToArray();
    }

    static IEnumerable<OpenXmlElement> Item(DocxWriter writer, DocumentItem item)
    {
        yield return writer.Paragraph("Heading2", DocumentText.ItemHeading(item));
        if (DocumentText.ItemMeta(item) is { } meta) yield return writer.Paragraph("ItemMeta", meta);
        foreach (var p in writer.Markdown(DocumentMarkdown.Parse(item.Description))) yield return p;
        foreach (var p in writer.Markdown(DocumentMarkdown.Parse(item.Notes))) yield return p;
        if (!string.IsNullOrWhiteSpace(item.Decision))
        {
            yield return writer.Paragraph(null, [new TextRun(DocumentText.Decision, Bold: true)], keepNext: true);
            foreach (var p in writer.Markdown(DocumentMarkdown.Parse(item.Decision))) yield return p;
        }
        if (item.Papers.Count > 0)
        {
            yield return writer.Paragraph("Small", [new TextRun(DocumentText.Papers, Bold: true)], keepNext: true);
            foreach (var p in writer.Markdown(item.Papers.Select((paper, i) =>
                new TextBlock([new TextRun(paper)], 1, new ListMarker(false, i + 1, 1))).ToList(), "Small")) yield return p;
        }
        if (item.Inputs is not { Count: > 0 } inputs) yield break;
        yield return writer.Paragraph(null, [new TextRun(DocumentText.Inputs, Bold: true)], keepNext: true);
        foreach (var input in inputs)
        {
            yield return writer.Paragraph("Small", [new TextRun(DocumentText.InputHeading(input), Bold: true)], keepNext: true);
            foreach (var p in writer.Markdown(DocumentMarkdown.Parse(input.Text))) yield return p;
            if (DocumentText.InputAttachments(input) is { } files) yield return writer.Paragraph("Small", files);
        }
    }

    /// <summary>Dato og tid / Sted / Videolenke / Status as a borderless two-column table, so the values line up.</summary>
    static Table Facts(DocxWriter writer, MeetingDocument d)
    {
        const int label = 1640;
        var table = new Table(new TableProperties
        {
            TableWidth = new TableWidth { Width = DocxStyles.TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableLook = new TableLook { Val = "0000" },
        }, new TableGrid(new GridColumn { Width = label.ToString() }, new GridColumn { Width = (DocxStyles.TextWidth - label).ToString() }));
        foreach (var (name, value, link) in DocumentText.Facts(d))
            table.Append(new TableRow(
                Cell(label, writer.Paragraph("Compact", [new TextRun(name, Bold: true)])),
                Cell(DocxStyles.TextWidth - label, writer.Paragraph("Compact", [new TextRun(value, Link: link)]))));
        return table;
    }

    /// <summary>Oppfølgingspunkter: a header row that Word repeats on every page, then a row per action item.</summary>
    static Table ActionTable(DocxWriter writer, IReadOnlyList<DocumentActionItem> items)
    {
        var total = DocumentText.ActionWidths.Sum();
        var widths = DocumentText.ActionWidths.Select(w => (int)(DocxStyles.TextWidth * w / total)).ToArray();
        var table = new Table(new TableProperties
        {
            TableStyle = new TableStyle { Val = "TableGrid" },
            TableWidth = new TableWidth { Width = DocxStyles.TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableLook = new TableLook { Val = "0020" }, // first row is a header row
        }, new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var c = 0; c < widths.Length; c++)
            header.Append(Cell(widths[c], writer.Paragraph("Compact", [new TextRun(DocumentText.ActionColumns[c], Bold: true)]), DocxStyles.HeaderFill));
        table.Append(header);
        foreach (var item in items)
        {
            var values = DocumentText.ActionRow(item);
            table.Append(new TableRow(values.Select((v, c) => Cell(widths[c], writer.Paragraph("Compact", v)))));
        }
        return table;
    }

    static TableCell Cell(int width, Paragraph content, string? fill = null) => new(new TableCellProperties
    {
        TableCellWidth = new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa },
        Shading = fill is null ? null : new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill },
    }, content);

    /// <summary>A4 with the margins of the PDF; the first page has the letterhead, so its header is empty, while later
    /// pages name the document; every page's footer says "Side X av Y" with Word's own PAGE and NUMPAGES fields.</summary>
    static SectionProperties Section(MainDocumentPart main, DocxWriter writer, MeetingDocument d)
    {
        string AddHeader(params Paragraph[] content)
        {
            var part = main.AddNewPart<HeaderPart>();
            part.Header = new Header(content);
            return main.GetIdOfPart(part);
        }
        string AddFooter()
        {
            var part = main.AddNewPart<FooterPart>();
            var paragraph = writer.Paragraph("Footer", $"{DocumentText.Title(d)} · {d.MeetingTitle} · {d.When}");
            paragraph.ParagraphProperties!.Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = DocxStyles.TextWidth });
            paragraph.Append(new Run(new TabChar()), new Run(new Text("Side ") { Space = SpaceProcessingModeValues.Preserve }),
                new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
                new Run(new Text(" av ") { Space = SpaceProcessingModeValues.Preserve }),
                new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " });
            part.Footer = new Footer(paragraph);
            return main.GetIdOfPart(part);
        }
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = AddHeader(writer.Paragraph("Header", $"{d.BodyName} · {DocumentText.Title(d)} · {d.MeetingTitle}")) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = AddHeader(writer.Paragraph("Header", "")) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = AddFooter() },
            new FooterReference { Type = HeaderFooterValues.First, Id = AddFooter() },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin
            {
                Top = DocxStyles.MarginTop, Bottom = DocxStyles.MarginBottom, Left = DocxStyles.MarginLeft, Right = DocxStyles.MarginRight,
                Header = 567, Footer = 567, Gutter = 0,
            },
            new TitlePage());
    }
}
