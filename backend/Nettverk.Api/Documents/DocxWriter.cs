using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Nettverk.Api.Documents;

/// <summary>Builds WordprocessingML paragraphs from <see cref="TextRun"/>s and markdown <see cref="TextBlock"/>s, with
/// real Word numbering for lists: one bullet definition shared by all bullet lists, and a numbering instance per
/// ordered list (with a start override), because instances of one definition otherwise continue each other's count.</summary>
internal sealed class DocxWriter(MainDocumentPart main)
{
    const int BulletsId = 1, NumbersId = 2, ListIndent = 360; // twips per list level (18 pt, as in the PDF)
    readonly List<NumberingInstance> instances = [new(new AbstractNumId { Val = BulletsId }) { NumberID = BulletsId }];

    public Paragraph Paragraph(string? style, IEnumerable<TextRun> runs, bool keepNext = false)
    {
        var paragraph = new Paragraph();
        if (style is not null || keepNext)
            paragraph.ParagraphProperties = new ParagraphProperties
            {
                ParagraphStyleId = style is null ? null : new ParagraphStyleId { Val = style },
                KeepNext = keepNext ? new KeepNext() : null,
            };
        foreach (var run in runs) paragraph.Append(Run(run));
        return paragraph;
    }

    public Paragraph Paragraph(string? style, string text, bool keepNext = false) => Paragraph(style, [new TextRun(text)], keepNext);

    /// <summary>A paragraph per markdown block; ListIds are per markdown text, so each text gets fresh instances.</summary>
    public IEnumerable<Paragraph> Markdown(IReadOnlyList<TextBlock> blocks, string? style = null)
    {
        var numberings = new Dictionary<int, int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var introducesList = i + 1 < blocks.Count && blocks[i + 1] is { Marker: not null } next && next.Level > block.Level;
            var paragraph = Paragraph(block.Level > 0 ? "ListParagraph" : style, block.Runs, keepNext: introducesList);
            if (block.Marker is { } marker)
            {
                var numId = marker.Ordered ? NumberedInstance(numberings, marker, block.Level - 1) : BulletsId;
                paragraph.ParagraphProperties!.NumberingProperties = new NumberingProperties(
                    new NumberingLevelReference { Val = block.Level - 1 }, new NumberingId { Val = numId });
            }
            else if (block.Level > 0) // a further paragraph of a list item lines up with the item's text
                paragraph.ParagraphProperties!.Indentation = new Indentation { Left = (block.Level * ListIndent).ToString() };
            yield return paragraph;
        }
    }

    int NumberedInstance(Dictionary<int, int> numberings, ListMarker marker, int level)
    {
        if (numberings.TryGetValue(marker.ListId, out var existing)) return existing;
        var id = instances.Count + 1;
        instances.Add(new NumberingInstance(new AbstractNumId { Val = NumbersId },
            new LevelOverride(new StartOverrideNumberingValue { Val = marker.Number }) { LevelIndex = level }) { NumberID = id });
        return numberings[marker.ListId] = id;
    }

    public OpenXmlElement Run(TextRun run)
    {
        if (run.IsBreak) return new Run(new Break());
        var properties = run.Bold || run.Italic ? new RunProperties { Bold = run.Bold ? new Bold() : null, Italic = run.Italic ? new Italic() : null } : null;
        var text = new Run(new Text(Clean(run.Text)) { Space = SpaceProcessingModeValues.Preserve });
        if (properties is not null) text.PrependChild(properties);
        if (run.Link is null || !Uri.TryCreate(run.Link, UriKind.Absolute, out var uri)) return text;
        (text.RunProperties ??= new RunProperties()).RunStyle = new RunStyle { Val = "Hyperlink" };
        return new Hyperlink(text) { Id = main.AddHyperlinkRelationship(uri, isExternal: true).Id };
    }

    /// <summary>Characters XML cannot carry (pasted control characters) would make the file unreadable: drop them.</summary>
    internal static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) clean.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) clean.Append(text, i++, 2);
        }
        return clean.ToString();
    }

    /// <summary>The numbering part, written last, when every list instance is known.</summary>
    public void AddNumbering()
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        part.Numbering = new Numbering(
            Definition(BulletsId, level => (NumberFormatValues.Bullet, DocumentText.Bullet(level + 1))),
            Definition(NumbersId, level => (NumberFormatValues.Decimal, $"%{level + 1}.")));
        part.Numbering.Append(instances);
    }

    static AbstractNum Definition(int id, Func<int, (NumberFormatValues Format, string Text)> level)
    {
        var definition = new AbstractNum { AbstractNumberId = id, MultiLevelType = new MultiLevelType { Val = MultiLevelValues.HybridMultilevel } };
        for (var i = 0; i < 9; i++)
        {
            var (format, text) = level(i);
            definition.Append(new Level
            {
                LevelIndex = i,
                StartNumberingValue = new StartNumberingValue { Val = 1 },
                NumberingFormat = new NumberingFormat { Val = format },
                LevelText = new LevelText { Val = text },
                LevelJustification = new LevelJustification { Val = LevelJustificationValues.Left },
                PreviousParagraphProperties = new PreviousParagraphProperties(
                    new Indentation { Left = ((i + 1) * ListIndent).ToString(), Hanging = ListIndent.ToString() }),
            });
        }
        return definition;
    }
}
