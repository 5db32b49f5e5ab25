using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Nettverk.Api.Documents;

/// <summary>The Word file's styles part. Headings use Word's built-in names ("heading 1") so the navigation pane,
/// the table of contents and screen readers know them. Arial: the font every Word user has; LibreOffice shows it
/// with the metric-compatible Liberation Sans.</summary>
internal static class DocxStyles
{
    public const string Accent = "00466E", Muted = "5F5F5F", Hairline = "BEBEBE", HeaderFill = "E8EEF3";
    public const int TextWidth = 11906 - MarginLeft - MarginRight; // twips between the margins of an A4 page
    public const int MarginLeft = 1361, MarginRight = 1247, MarginTop = 1134, MarginBottom = 1134; // 24/22/20/20 mm

    public static void Add(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle
                {
                    RunFonts = new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                    FontSize = new FontSize { Val = "20" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "20" },
                    Languages = new Languages { Val = "nb-NO" },
                }),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
                {
                    SpacingBetweenLines = new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto },
                })),
            Paragraph("Normal", "Normal", isDefault: true),
            Paragraph("Title", "Title", size: 44, bold: true, after: 40),
            Paragraph("Subtitle", "Subtitle", size: 28, after: 280),
            Paragraph("Heading1", "heading 1", size: 28, bold: true, color: Accent, before: 360, after: 120, outline: 0,
                border: true),
            Paragraph("Heading2", "heading 2", size: 23, bold: true, before: 280, after: 20, outline: 1),
            Paragraph("Heading3", "heading 3", size: 21, bold: true, before: 160, after: 60, outline: 2),
            Paragraph("Owner", "Owner", size: 16, bold: true, color: Muted, smallCaps: true, after: 0),
            Paragraph("BodyName", "Body name", size: 23, bold: true, color: Accent, after: 400, border: true),
            Paragraph("ItemMeta", "Item details", size: 17, italic: true, color: Muted, after: 100),
            Paragraph("Small", "Small", size: 17, color: Muted, after: 40),
            Paragraph("Compact", "Compact", after: 20),
            Paragraph("ListParagraph", "List Paragraph", after: 60, contextual: true),
            Paragraph("Header", "header", size: 15, color: Muted, after: 0),
            Paragraph("Footer", "footer", size: 15, color: Muted, after: 0),
            new Style(
                new StyleName { Val = "Hyperlink" }, new UIPriority { Val = 99 }, new UnhideWhenUsed(),
                new StyleRunProperties { Color = new Color { Val = "0050A0" }, Underline = new Underline { Val = UnderlineValues.Single } })
            { Type = StyleValues.Character, StyleId = "Hyperlink" },
            new Style(
                new StyleName { Val = "Table Grid" }, new BasedOn { Val = "TableNormal" }, new UIPriority { Val = 59 },
                new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto } },
                new StyleTableProperties(new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = Hairline },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = Hairline },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = Hairline })))
            { Type = StyleValues.Table, StyleId = "TableGrid" },
            new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
                new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa }, new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
    }

    static Style Paragraph(string id, string name, bool isDefault = false, int? size = null, bool bold = false, bool italic = false,
        string? color = null, bool smallCaps = false, int? before = null, int? after = null, int? outline = null, bool border = false,
        bool contextual = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (!isDefault) style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
        style.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties();
        if (outline is not null) paragraph.KeepNext = new KeepNext();
        if (before is not null || after is not null)
        {
            paragraph.SpacingBetweenLines = new SpacingBetweenLines();
            if (before is not null) paragraph.SpacingBetweenLines.Before = before.ToString();
            if (after is not null) paragraph.SpacingBetweenLines.After = after.ToString();
        }
        if (border) paragraph.ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = id == "BodyName" ? 12U : 4U, Space = 4, Color = id == "BodyName" ? Accent : Hairline });
        if (contextual) paragraph.ContextualSpacing = new ContextualSpacing();
        if (outline is not null) paragraph.OutlineLevel = new OutlineLevel { Val = outline };
        if (paragraph.HasChildren) style.Append(paragraph);
        var run = new StyleRunProperties();
        if (bold) run.Bold = new Bold();
        if (italic) run.Italic = new Italic();
        if (smallCaps) run.SmallCaps = new SmallCaps();
        if (color is not null) run.Color = new Color { Val = color };
        if (smallCaps) run.Spacing = new Spacing { Val = 10 };
        if (size is not null)
        {
            run.FontSize = new FontSize { Val = size.ToString() };
            run.FontSizeComplexScript = new FontSizeComplexScript { Val = size.ToString() };
        }
        if (run.HasChildren) style.Append(run);
        return style;
    }
}
