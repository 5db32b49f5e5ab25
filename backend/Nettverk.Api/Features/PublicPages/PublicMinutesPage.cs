using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Minutes;
using Nettverk.Api.Features.Site;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.PublicPages;

/// <summary>Published minutes as the public reads them, and the slug of their body's public page.</summary>
public sealed record PublicMinutesView(PublicMinutesDto Minutes, string? BodySlug);

/// <summary>The public minutes of a meeting (/offentlig/referat/{meetingId}) as HTML: exactly what getPublicMinutes
/// answers (<see cref="MinutesReads.PublicAsync"/>), so nothing shows here that the API keeps back. Notes and decisions
/// come as HTML that SafeMarkdown made safe (with the non-public paragraphs already gone); every other text is encoded.</summary>
public static class PublicMinutesPage
{
    public static string PagePath(string meetingId) => $"/offentlig/referat/{meetingId}";

    public static async Task<PublicMinutesView?> LoadAsync(NettverkDbContext db, string meetingId, CancellationToken ct)
    {
        if (!Guid.TryParse(meetingId, out var id)) return null;
        var minutes = await MinutesReads.PublicAsync(db, id, ct);
        if (minutes is null) return null;
        // Public minutes only exist for public bodies that are not archived, and those have a page once they have a slug.
        var slug = await db.Bodies.AsNoTracking().Where(b => b.Id == minutes.Body.Id && b.IsPublic && b.ArchivedAt == null)
            .Select(b => b.Slug).FirstOrDefaultAsync(ct);
        return new PublicMinutesView(minutes, slug);
    }

    public static string Render(PublicMinutesView view, PublicTexts t, PublicAssets assets, SiteOptions site)
    {
        var m = view.Minutes;
        var page = new PublicHtml(t);
        var when = $"{t.Date(m.StartsAt)}, {t.Time(m.StartsAt)}–{t.Time(m.EndsAt)}";
        page.Begin(t.Format("minutesPage.documentTitle", ("title", m.MeetingTitle), ("body", m.Body.Name)), PagePath(m.MeetingId.ToString()),
            assets, t.Format("minutesPage.description", ("body", m.Body.Name), ("date", t.Date(m.StartsAt))));

        page.Raw("<div class=\"pp-stack\">").Element("h1", t.Format("minutesPage.title", ("title", m.MeetingTitle)));
        page.Raw("<p><strong>");
        if (view.BodySlug is { } slug) page.Link($"{PublicBodyQueries.PagePath(slug)}?lang={t.Language}", m.Body.Name);
        else page.Text(m.Body.Name);
        page.Raw("</strong>");
        if (m.OwnerName is not null) page.Text(", " + m.OwnerName);
        var place = m.Format == MeetingFormat.Digital ? t["minutesPage.digital"] : m.Location;
        page.Raw("<br>").Text(place is null ? when : $"{when}, {place}").Raw("</p>");

        var published = Calendar.OsloTime.ToLocal(m.PublishedAt);
        page.Raw("<p class=\"pp-meta\">").Text(t.Format("minutesPage.published", ("n", m.Revision.ToString()),
            ("on", $"{t.Date(published)} {t.Time(published)}")));
        if (m.ApprovalNote is not null) page.Raw("<br>").Text(m.ApprovalNote);
        if (m.CorrectionReason is not null) page.Raw("<br>").Text(t.Format("minutesPage.corrected", ("reason", m.CorrectionReason)));
        page.Raw("</p>");
        page.Raw("<ul class=\"pp-inline\" aria-label=\"").Text(t["minutesPage.documents"]).Raw("\"><li>")
            .Link($"/api/public/meetings/{m.MeetingId}/minutes.pdf", t["minutesPage.pdf"], "download type=\"application/pdf\"").Raw("</li></ul>");
        page.Raw("</div>");

        Attendance(page, m.Attendees);

        page.Raw("<section aria-labelledby=\"h-entries\">").Element("h2", t["minutesPage.entries"], "id=\"h-entries\"");
        for (var i = 0; i < m.Entries.Count; i++) Entry(page, m.Entries[i], i);
        page.Raw("</section>");
        return page.End(site);
    }

    /// <summary>The seats as a table that stacks into "heading: value" lines on a narrow screen (PageCss), so nothing
    /// scrolls sideways at 320 px; where it is wide it may scroll inside a named, focusable region. Others present as a list.</summary>
    static void Attendance(PublicHtml page, IReadOnlyList<PublicAttendee> attendees)
    {
        var t = page.T;
        page.Raw("<section aria-labelledby=\"h-attendance\">").Element("h2", t["minutesPage.attendance"], "id=\"h-attendance\"");
        var headings = new[] { t["minutesPage.organisation"], t["minutesPage.representative"], t["minutesPage.status"] };
        page.Raw("<div class=\"pp-table\" tabindex=\"0\" role=\"region\" aria-label=\"").Text(t["minutesPage.attendanceCaption"]).Raw("\">");
        page.Raw("<table class=\"ds-table\" data-size=\"sm\">").Element("caption", t["minutesPage.attendanceCaption"], "class=\"pp-sr-only\"");
        page.Raw("<thead><tr>");
        foreach (var heading in headings) page.Element("th", heading, "scope=\"col\"");
        page.Raw("</tr></thead><tbody>");
        foreach (var a in attendees.Where(a => a.Kind == AttendeeKind.Seat))
        {
            var status = a.Status == AttendanceStatus.DeputyPresent && a.DeputyName is not null
                ? t.Format("minutesPage.deputyCame", ("name", a.DeputyName)) : t[$"minutesPage.attendanceStatus.{a.Status}"];
            page.Raw("<tr>");
            foreach (var (cell, i) in new[] { a.OrganisationName, a.Name, status }.Select((c, i) => (c, i)))
                page.Element("td", cell, $"data-label=\"{PublicHtml.Encode(headings[i])}\"");
            page.Raw("</tr>");
        }
        page.Raw("</tbody></table></div>");
        var guests = attendees.Where(a => a.Kind == AttendeeKind.Guest).ToList();
        if (guests.Count > 0)
        {
            page.Element("h3", t["minutesPage.guests"]).Raw("<ul>");
            foreach (var g in guests)
                page.Element("li", string.Join(", ", new[] { g.Name, g.OrganisationName, g.Note }.Where(s => !string.IsNullOrEmpty(s))));
            page.Raw("</ul>");
        }
        page.Raw("</section>");
    }

    /// <summary>One item; one that is not public shows only its case number and title, and says why (as the API does).</summary>
    static void Entry(PublicHtml page, PublicEntry e, int index)
    {
        var t = page.T;
        page.Raw($"<section class=\"pp-entry\" aria-labelledby=\"h-entry-{index}\"><div class=\"pp-entry-head\">")
            .Element("h3", $"{t.Format("minutesPage.case", ("number", e.CaseNumber))} {e.Title}", $"id=\"h-entry-{index}\"")
            .Element("span", t[$"minutesPage.kind.{e.Kind}"], "class=\"pp-tag\"").Raw("</div>");
        if (e.Exempt)
        {
            page.Raw("<p><strong>").Text(t["minutesPage.exempt"]).Raw("</strong></p></section>");
            return;
        }
        // SafeMarkdown's output (raw HTML escaped, links limited to http, https and mailto): trusted markup.
        if (e.NotesHtml is not null) page.Raw("<div class=\"pp-prose\">").Raw(e.NotesHtml).Raw("</div>");
        if (e.DecisionHtml is not null)
            page.Raw("<div class=\"pp-decision\">").Element("h4", t["minutesPage.decision"])
                .Raw("<div class=\"pp-prose\">").Raw(e.DecisionHtml).Raw("</div></div>");
        if (e.ActionItems.Count > 0)
        {
            page.Element("h4", t["minutesPage.actionItems"]).Raw("<ul>");
            foreach (var a in e.ActionItems)
            {
                var text = a.What;
                if (a.Responsible is not null) text += " – " + t.Format("minutesPage.responsible", ("who", a.Responsible));
                if (a.DueOn is { } due) text += " – " + t.Format("minutesPage.due", ("date", t.Date(due)));
                page.Element("li", text);
            }
            page.Raw("</ul>");
        }
        page.Raw("</section>");
    }
}
