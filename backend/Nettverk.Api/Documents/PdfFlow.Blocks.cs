using PdfSharp.Drawing;

namespace Nettverk.Api.Documents;

// Composite blocks on top of PdfFlow.Text: markdown (lists with their indentation and markers) and tables.
internal sealed partial class PdfFlow
{
    const double ListIndent = 18;

    /// <summary>Markdown blocks: list items indented per level, bullets changing with depth, numbers counted per list.
    /// Items of one list sit closer together than paragraphs.</summary>
    public void Markdown(IReadOnlyList<TextBlock> blocks, PdfStyle style, double indent = 0, double after = 0)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            var withinList = block.Level > 0 && next is { Level: > 0 };
            var gap = next is null ? after : withinList ? style.Size * 0.25 : style.Size * 0.6;
            var marker = block.Marker switch
            {
                null => null,
                { Ordered: true } m => $"{m.Number}.",
                _ => DocumentText.Bullet(block.Level),
            };
            // A paragraph that introduces a list ("Erfaringer fra Østfold:") stays with the list's first line.
            var introducesList = next is { Marker: not null } && next.Level > block.Level;
            Text(block.Runs, style, indent + block.Level * ListIndent, gap, marker,
                markerGap: block.Marker is { Ordered: true } ? 5 : 7, keepWithNext: introducesList ? style.Size * style.Leading : 0);
        }
    }

    /// <summary>A table that fills the width: a shaded header row, repeated on every page the table reaches; cells
    /// wrap by words; a row moves to the next page whole when it fits on one, else it continues line by line.</summary>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<double> relativeWidths, IReadOnlyList<IReadOnlyList<string>> rows,
        PdfStyle style)
    {
        const double padX = 4, padY = 3;
        var total = relativeWidths.Sum();
        var widths = relativeWidths.Select(w => Width * w / total).ToArray();
        var lineHeight = style.Size * style.Leading;
        var headerStyle = style with { Bold = true };

        IReadOnlyList<LayoutLine>[] Wrap(IReadOnlyList<string> cells, PdfStyle s) => cells.Select((text, c) =>
            PdfLineBreaker.Wrap([new TextRun(text)], widths[c] - 2 * padX, _ => Font(s.Size, s.Bold, s.Italic), Measure)).ToArray();

        var header = Wrap(headers, headerStyle);
        var headerHeight = header.Max(c => c.Count) * lineHeight + 2 * padY;
        var bodyRows = rows.Select(r => Wrap(r, style)).ToList();

        void DrawHeader()
        {
            gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(232, 238, 243)), Left, Y, Width, headerHeight);
            DrawRow(header, headerStyle, padY);
            Y += headerHeight;
            gfx.DrawLine(new XPen(Accent, 0.8), Left, Y, Left + Width, Y);
        }

        void DrawRow(IReadOnlyList<LayoutLine>[] cells, PdfStyle s, double top)
        {
            var x = Left;
            for (var c = 0; c < cells.Length; x += widths[c], c++)
                for (var l = 0; l < cells[c].Count; l++)
                    foreach (var piece in cells[c][l].Pieces)
                        DrawString(piece.Text, piece.Font, new XSolidBrush(s.Color ?? Ink), x + padX + piece.X,
                            Y + top + l * lineHeight + (lineHeight - piece.Font.GetHeight()) / 2);
        }

        KeepTogether(headerHeight + (bodyRows.Count > 0 ? bodyRows[0].Max(c => c.Count) * lineHeight + 2 * padY : 0));
        DrawHeader();
        foreach (var cells in bodyRows)
        {
            var lines = Math.Max(1, cells.Max(c => c.Count));
            var height = lines * lineHeight + 2 * padY;
            var fitsOnAPage = height + headerHeight <= Bottom - MarginTop;
            if (Y + (fitsOnAPage ? height : padY + lineHeight) > Bottom)
            {
                NewPage();
                DrawHeader();
            }
            // Draw band by band (line l of every cell), so a row taller than a page continues on the next one.
            var first = 0;
            while (first < lines)
            {
                var fit = fitsOnAPage ? lines : Math.Max(1, (int)((Bottom - Y - 2 * padY) / lineHeight));
                var band = Math.Min(lines - first, fit);
                DrawRow(cells.Select(c => (IReadOnlyList<LayoutLine>)c.Skip(first).Take(band).ToList()).ToArray(), style, padY);
                Y += band * lineHeight + 2 * padY;
                first += band;
                if (first < lines)
                {
                    NewPage();
                    DrawHeader();
                }
            }
            gfx.DrawLine(new XPen(Hairline, 0.5), Left, Y, Left + Width, Y);
        }
        AtTopOfPage = false;
    }
}
