namespace Nettverk.Api.Documents;

/// <summary>The words and compositions both renderers share, so the PDF and the Word file say the same thing.</summary>
internal static class DocumentText
{
    public const string When = "Dato og tid", Place = "Sted", Video = "Videolenke", Status = "Status";
    public const string Agenda = "Saksliste", Decision = "Vedtak:", Papers = "Vedlegg:", ActionItems = "Oppfølgingspunkter";
    public const string Inputs = "Innspill:";
    public static readonly string[] ActionColumns = ["Sak", "Hva", "Ansvarlig", "Frist", "Status"];
    public static readonly double[] ActionWidths = [11, 35, 24, 16, 14];

    static readonly string[] Bullets = ["•", "–", "◦"];

    /// <summary>The bullet for a list level (1 = top), changing with depth as in Word's default bullets.</summary>
    public static string Bullet(int level) => Bullets[(Math.Max(level, 1) - 1) % Bullets.Length];

    public static string Title(MeetingDocument d) => d.Kind == MeetingDocumentKind.Invitation ? "Møteinnkalling" : "Møtereferat";

    /// <summary>"Møtereferat – Oppstartsmøte – Nettverk for verdiskaping og kompetanse": the file's title metadata.</summary>
    public static string FullTitle(MeetingDocument d) => $"{Title(d)} – {d.MeetingTitle} – {d.BodyName}";

    /// <summary>The facts block: what, where and in which state. Empty values are left out.</summary>
    public static IEnumerable<(string Label, string Value, string? Link)> Facts(MeetingDocument d)
    {
        yield return (When, d.When, null);
        yield return (Place, d.Place, null);
        if (!string.IsNullOrWhiteSpace(d.VideoUrl)) yield return (Video, d.VideoUrl, WebLink(d.VideoUrl));
        if (!string.IsNullOrWhiteSpace(d.StatusLine)) yield return (Status, d.StatusLine, null);
    }

    public static string ItemHeading(DocumentItem item) => $"{item.CaseLabel} {item.Title}";

    /// <summary>"Orientering · 12.00–12.15 · v/ Hilde Aamodt, Viken fylkeskommune", or null when none is set.</summary>
    public static string? ItemMeta(DocumentItem item)
    {
        var parts = new[] { item.KindLabel, item.TimeRange, item.Presenter }.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
        return parts.Length == 0 ? null : string.Join(" · ", parts);
    }

    /// <summary>"Kari Nordmann, NHO Vestfold og Telemark (1. vara for Eirik Haugland)".</summary>
    public static string Attendee(DocumentAttendee a) =>
        a.Name + (string.IsNullOrWhiteSpace(a.Organisation) ? "" : $", {a.Organisation}")
        + (string.IsNullOrWhiteSpace(a.Note) ? "" : $" ({a.Note})");

    /// <summary>"Fra NHO Vestfold og Telemark (Eirik Haugland)", under the heading "Innspill:".</summary>
    public static string InputHeading(DocumentInput input) => $"Fra {input.Organisation} ({input.Author})";

    /// <summary>"Vedlegg: innspill.pdf, kart.png", or null without attachments.</summary>
    public static string? InputAttachments(DocumentInput input) =>
        input.Attachments.Count == 0 ? null : $"{Papers} {string.Join(", ", input.Attachments)}";

    public static IReadOnlyList<string> ActionRow(DocumentActionItem a) =>
        [a.CaseLabel, a.What, a.Responsible ?? "", a.Due ?? "", a.Status];

    /// <summary>Video links are rendered as links only for web addresses; anything else is shown as text.</summary>
    public static string? WebLink(string? url) =>
        url is not null && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ? url : null;
}
