using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Nettverk.Api.Documents;

/// <summary>Text style for <see cref="PdfFlow"/>: size in points; runs may add bold or italic on top.</summary>
internal sealed record PdfStyle(double Size, bool Bold = false, bool Italic = false, XColor? Color = null, double Leading = 1.4);

/// <summary>A small layout engine on PDFsharp's primitive text drawing: text flows down A4 pages between the margins,
/// wraps by words (<see cref="PdfLineBreaker"/>), and continues on a new page, with a running header, when a page is
/// full. Page numbers ("Side 1 av 3") are drawn last, when the number of pages is known.</summary>
internal sealed partial class PdfFlow(PdfDocument document, string runningHeader)
{
    public static readonly XColor Ink = XColor.FromArgb(30, 30, 30);
    public static readonly XColor Muted = XColor.FromArgb(95, 95, 95);
    public static readonly XColor Accent = XColor.FromArgb(0, 70, 110);
    public static readonly XColor Hairline = XColor.FromArgb(190, 190, 190);
    static readonly XColor LinkColor = XColor.FromArgb(0, 80, 160);
    const double MarginLeft = 68, MarginRight = 62, MarginTop = 56, MarginBottom = 64; // about 24/22/20/23 mm

    readonly Dictionary<(double, XFontStyleEx), XFont> fonts = [];
    PdfPage page = null!;
    XGraphics gfx = null!;

    public double Y { get; private set; }
    public double Left => MarginLeft;
    public double Width => page.Width.Point - MarginLeft - MarginRight;
    double Bottom => page.Height.Point - MarginBottom;
    bool AtTopOfPage { get; set; }

    public void Start() => NewPage();

    public XFont Font(double size, bool bold = false, bool italic = false)
    {
        var style = (bold, italic) switch
        {
            (true, true) => XFontStyleEx.BoldItalic, (true, false) => XFontStyleEx.Bold,
            (false, true) => XFontStyleEx.Italic, _ => XFontStyleEx.Regular,
        };
        if (!fonts.TryGetValue((size, style), out var font))
            // Unicode encoding: every glyph is reachable and copy/paste and pdftotext get the real letters back.
            fonts[(size, style)] = font = new XFont("Nettverk Sans", size, style, XPdfFontOptions.UnicodeDefault);
        return font;
    }

    public double Measure(string text, XFont font) => text.Length == 0 ? 0 : gfx.MeasureString(text, font).Width;

    public void Space(double points)
    {
        if (!AtTopOfPage) Y = Math.Min(Y + points, Bottom);
    }

    /// <summary>Starts a new page unless the next <paramref name="height"/> points fit on this one.</summary>
    public void KeepTogether(double height)
    {
        if (Y + height > Bottom && !AtTopOfPage) NewPage();
    }

    public void Rule(XColor color, double thickness = 0.6)
    {
        gfx.DrawLine(new XPen(color, thickness), Left, Y, Left + Width, Y);
        Y += thickness;
    }

    /// <summary>One paragraph. A marker (bullet, number, label) is drawn on the first line in the space left of
    /// <paramref name="indent"/>, right-aligned against it. <paramref name="keepWithNext"/> is the height of what
    /// must follow on the same page (for headings).</summary>
    public void Text(IReadOnlyList<TextRun> runs, PdfStyle style, double indent = 0, double after = 0,
        string? marker = null, XFont? markerFont = null, double markerGap = 5, double keepWithNext = 0)
    {
        var lineHeight = style.Size * style.Leading;
        var lines = PdfLineBreaker.Wrap(runs, Width - indent,
            run => Font(style.Size, style.Bold || run.Bold, style.Italic || run.Italic), Measure);
        // No lone first line at the foot of a page.
        KeepTogether(Math.Min(lines.Count, 2) * lineHeight + keepWithNext);
        var brush = new XSolidBrush(style.Color ?? Ink);
        for (var i = 0; i < lines.Count; i++)
        {
            if (Y + lineHeight > Bottom) NewPage();
            var baseFont = Font(style.Size, style.Bold, style.Italic);
            var top = Y + (lineHeight - baseFont.GetHeight()) / 2;
            if (i == 0 && marker is not null)
            {
                var font = markerFont ?? baseFont;
                DrawString(marker, font, brush, Left + indent - markerGap - Measure(marker, font), top);
            }
            foreach (var piece in lines[i].Pieces)
            {
                var x = Left + indent + piece.X;
                DrawString(piece.Text, piece.Font, piece.Link is null ? brush : new XSolidBrush(LinkColor), x, top);
                if (piece.Link is not null)
                    page.AddWebLink(new PdfRectangle(gfx.Transformer.WorldToDefaultPage(new XRect(x, Y, piece.Width, lineHeight))), piece.Link);
            }
            Y += lineHeight;
            AtTopOfPage = false;
        }
        Y += after;
    }

    public void Text(string text, PdfStyle style, double indent = 0, double after = 0, double keepWithNext = 0) =>
        Text([new TextRun(text)], style, indent, after, keepWithNext: keepWithNext);

    void DrawString(string text, XFont font, XBrush brush, double x, double top)
    {
        if (text.Length > 0) gfx.DrawString(text, font, brush, x, top, XStringFormats.TopLeft);
    }

    void NewPage()
    {
        gfx?.Dispose();
        page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        gfx = XGraphics.FromPdfPage(page);
        Y = MarginTop;
        if (document.PageCount > 1)
        {
            // Pages after the first carry the document's name, so a loose page still says what it belongs to.
            var font = Font(7.5);
            DrawString(runningHeader, font, new XSolidBrush(Muted), Left, Y - 22);
            gfx.DrawLine(new XPen(Hairline, 0.5), Left, Y - 10, Left + Width, Y - 10);
        }
        AtTopOfPage = true;
    }

    /// <summary>Draws the footer on every page and returns the PDF.</summary>
    public byte[] Finish(string footer)
    {
        gfx.Dispose();
        var font = Font(7.5);
        var brush = new XSolidBrush(Muted);
        for (var i = 0; i < document.PageCount; i++)
        {
            var current = document.Pages[i];
            using var g = XGraphics.FromPdfPage(current, XGraphicsPdfPageOptions.Append);
            var y = current.Height.Point - MarginBottom + 22;
            g.DrawLine(new XPen(Hairline, 0.5), Left, y, current.Width.Point - MarginRight, y);
            g.DrawString(footer, font, brush, Left, y + 6, XStringFormats.TopLeft);
            g.DrawString($"Side {i + 1} av {document.PageCount}", font, brush, current.Width.Point - MarginRight, y + 6, XStringFormats.TopRight);
        }
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
