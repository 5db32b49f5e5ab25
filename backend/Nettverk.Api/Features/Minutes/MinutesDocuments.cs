using Nettverk.Api.Documents;
using Nettverk.Api.Features.Meetings;

namespace Nettverk.Api.Features.Minutes;

/// <summary>The møtereferat as a formal document: for members (non-public parts marked as such) and for the public
/// (non-public parts left out, exempt items named as exempt).</summary>
public static class MinutesDocuments
{
    public static MeetingDocument ForMembers(MinutesDto m, string? secretariat)
    {
        var items = m.Entries.OrderBy(e => e.Position).Select(e => new DocumentItem($"Sak {e.CaseNumber}",
            e.IsPublic ? e.Title : $"{e.Title} (ikke offentlig)", MeetingTexts.KindLabel(e.Kind), null, null, null,
            NonPublicText.Marked(e.Notes), NonPublicText.Marked(e.Decision), [])).ToList();
        var actions = m.Entries.OrderBy(e => e.Position).SelectMany(e => e.ActionItems).Select(a => new DocumentActionItem(a.CaseNumber, a.What,
            Responsible(a.ResponsibleOrganisation?.Name, a.ResponsiblePerson?.Name), a.DueOn is { } d ? MeetingTexts.Date(d) : null, StatusText(a.Status)))
            .ToList();
        var attendance = Attendance(m.Attendees.Select(a => (a.Kind, a.Name, a.OrganisationName, a.Status, a.DeputyName, a.Note)));
        return new MeetingDocument(MeetingDocumentKind.Minutes, m.OwnerName, m.Body.Name, m.MeetingTitle, MeetingTexts.DateAndTime(m.StartsAt, m.EndsAt),
            MeetingTexts.Place(m.Format, m.Location), null, StatusLine(m), attendance, items, actions, secretariat);
    }

    public static MeetingDocument ForPublic(PublicMinutesDto m, string? secretariat)
    {
        var items = m.Entries.Select(e => new DocumentItem($"Sak {e.CaseNumber}", e.Title, MeetingTexts.KindLabel(e.Kind), null, null, null,
            e.Exempt ? "Unntatt offentlighet." : e.Notes, e.Decision, [])).ToList();
        var actions = m.Entries.SelectMany(e => e.ActionItems).Select(a => new DocumentActionItem(a.CaseNumber, a.What, a.Responsible,
            a.DueOn is { } d ? MeetingTexts.Date(d) : null, StatusText(a.Status))).ToList();
        var attendance = Attendance(m.Attendees.Select(a => (a.Kind, a.Name, a.OrganisationName, a.Status, a.DeputyName, a.Note)));
        var status = $"Publisert {MeetingTexts.DateOfUtc(m.PublishedAt)}"
            + (m.Revision > 1 ? $". Rettet utgave {m.Revision}" + (m.CorrectionReason is { } r ? $": {r}" : "") : "");
        return new MeetingDocument(MeetingDocumentKind.Minutes, m.OwnerName, m.Body.Name, m.MeetingTitle, MeetingTexts.DateAndTime(m.StartsAt, m.EndsAt),
            MeetingTexts.Place(m.Format, m.Location), null, status, attendance, items, actions, secretariat);
    }

    /// <summary>Til stede (a deputy in the representative's place, noted so), forfall, and the others who were there.</summary>
    static List<DocumentAttendanceGroup> Attendance(
        IEnumerable<(AttendeeKind Kind, string Name, string? Organisation, AttendanceStatus Status, string? DeputyName, string? Note)> attendees)
    {
        var list = attendees.ToList();
        var present = list.Where(a => a.Kind == AttendeeKind.Seat && a.Status != AttendanceStatus.Absent)
            .Select(a => a.Status == AttendanceStatus.DeputyPresent
                ? new DocumentAttendee(a.DeputyName ?? "Vara", a.Organisation, $"vara for {a.Name}")
                : new DocumentAttendee(a.Name, a.Organisation, null)).ToList();
        var absent = list.Where(a => a.Kind == AttendeeKind.Seat && a.Status == AttendanceStatus.Absent)
            .Select(a => new DocumentAttendee(a.Name, a.Organisation, null)).ToList();
        var others = list.Where(a => a.Kind == AttendeeKind.Guest).Select(a => new DocumentAttendee(a.Name, a.Organisation, a.Note)).ToList();
        return new[] { ("Til stede", present), ("Forfall", absent), ("Andre til stede", others) }
            .Where(g => g.Item2.Count > 0).Select(g => new DocumentAttendanceGroup(g.Item1, g.Item2)).ToList();
    }

    static string StatusLine(MinutesDto m)
    {
        var approved = m.ApprovalNote is { } note && note.StartsWith("Godkjent", StringComparison.Ordinal) ? note.TrimEnd('.')
            : m.ApprovedAt is { } at ? $"Godkjent {MeetingTexts.DateOfUtc(at)}" + (m.ApprovalNote is { } n ? $" ({n})" : "") : "";
        var correction = m.Revision > 1 ? $"Rettet utgave {m.Revision}" + (m.CorrectionReason is { } r ? $": {r}" : "") : null;
        var state = m.Status switch
        {
            MinutesStatus.Draft => m.Revision > 1 ? "Utkast til rettet utgave" : "Utkast",
            MinutesStatus.OnReview => $"Til gjennomsyn, kommentarfrist {(m.ReviewDeadline is { } d ? MeetingTexts.Date(d) : "")}",
            MinutesStatus.Approved => approved,
            _ => $"{approved}. Publisert {(m.PublishedAt is { } p ? MeetingTexts.DateOfUtc(p) : "")}",
        };
        return correction is null || m.Status == MinutesStatus.Draft ? state : $"{state}. {correction}";
    }

    static string? Responsible(string? organisation, string? person) =>
        string.Join(", ", new[] { organisation, person }.Where(n => !string.IsNullOrEmpty(n))) is { Length: > 0 } who ? who : null;

    public static string StatusText(ActionItemStatus status) => status switch
    {
        ActionItemStatus.Done => "Utført",
        ActionItemStatus.Dropped => "Bortfalt",
        _ => "Åpen",
    };
}
