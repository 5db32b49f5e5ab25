using Nettverk.Api.Features.Hearings;
using Nettverk.Api.Features.Site;

namespace Nettverk.Api.Features.PublicPages;

/// <summary>The public page of a body (/offentlig/organer/{slug}), the index of public bodies and the not-found page,
/// as HTML. Links are same-origin paths, so the page works behind any host name.</summary>
public static class PublicBodyPage
{
    public static string Render(PublicBodyDto b, PublicTexts t, PublicAssets assets, SiteOptions site)
    {
        var path = PublicBodyQueries.PagePath(b.Slug);
        var feedPath = path + "/feed.atom";
        var page = new PublicHtml(t);
        page.Begin(b.Name, path, assets, b.Goal ?? b.Mandate, feedPath, t.Format("publicBody.feedTitle", ("name", b.Name)));
        page.Raw("<p>").Link("/offentlig/organer?lang=" + t.Language, t["publicBody.allBodies"]).Raw("</p>");
        page.Raw("<div>").Element("h1", b.Name);
        page.Element("p", t[$"bodyKind.{b.Kind}"], "class=\"pp-meta\"");
        if (b.AdoptedBy is not null)
            page.Element("p", b.AdoptedOn is { } on ? t.Format("publicBody.adopted", ("by", b.AdoptedBy), ("on", t.Date(on)))
                : t.Format("publicBody.adoptedBy", ("by", b.AdoptedBy)), "class=\"pp-meta\"");
        page.Raw("</div>");

        if (b.Goal is not null) Section(page, "goal", t["publicBody.goal"], () => page.Element("p", b.Goal, "class=\"pp-lead\""));
        if (b.MandateHtml is not null) Section(page, "mandate", t["publicBody.mandate"], () => page.Raw(b.MandateHtml));
        if (b.Tasks.Count > 0)
            Section(page, "tasks", t["publicBody.tasks"], () =>
            {
                page.Raw("<ul>");
                foreach (var task in b.Tasks) page.Element("li", task);
                page.Raw("</ul>");
            });

        Section(page, "members", t["publicBody.members"], () =>
        {
            if (b.Members.Count == 0) { page.Element("p", t["publicBody.noMembers"]); return; }
            page.Raw("<ul>");
            foreach (var m in b.Members)
                page.Raw("<li>").Text(m.Organisation).Text(m.Representatives.Count > 0 ? ": " + string.Join(", ", m.Representatives) : "").Raw("</li>");
            page.Raw("</ul>");
            if (!b.PublishesRepresentatives) page.Element("p", t["publicBody.representativesHidden"], "class=\"pp-meta\"");
        });

        Section(page, "meetings", t.Format("publicBody.meetingPlan", ("year", b.MeetingPlanYear.ToString())), () =>
        {
            if (b.Meetings.Count == 0) { page.Element("p", t["publicBody.noMeetings"]); return; }
            page.Raw("<ul class=\"pp-list\">");
            foreach (var m in b.Meetings)
            {
                page.Raw(m.IsOpen && !m.Cancelled ? "<li class=\"pp-open\">" : "<li>");
                page.Raw("<p><strong>").Text($"{t.Date(m.StartsAtLocal)}, {t.Time(m.StartsAtLocal)}–{t.Time(m.EndsAtLocal)}").Raw("</strong></p>");
                page.Element("p", m.Title);
                var facts = new List<string> { t[$"meetingFormat.{m.Format}"] };
                if (m.Location is not null) facts.Add(m.Location);
                facts.Add(m.Cancelled ? t["publicBody.cancelled"] : m.IsOpen ? t["publicBody.openMeeting"] : t["publicBody.closedMeeting"]);
                page.Element("p", string.Join(" · ", facts), "class=\"pp-meta\"");
                if (m.RegistrationUrl is not null)
                    page.Raw("<p>").Raw($"<a class=\"pp-button\" href=\"/offentlig/moter/{m.Id}/pamelding\" aria-label=\"")
                        .Text(t.Format("publicBody.registerFor", ("title", m.Title))).Raw("\">").Text(t["publicBody.register"]).Raw("</a></p>");
                page.Raw("</li>");
            }
            page.Raw("</ul>");
        });

        Section(page, "minutes", t["publicBody.minutes"], () =>
        {
            if (b.Minutes.Count == 0) { page.Element("p", t["publicBody.noMinutes"]); return; }
            page.Raw("<ul>");
            foreach (var m in b.Minutes)
                page.Raw("<li>").Link($"/offentlig/referat/{m.MeetingId}",
                    t.Format("publicBody.minutesOf", ("title", m.Title), ("date", t.Date(m.MeetingStartsAtLocal)))).Raw("</li>");
            page.Raw("</ul>");
        });

        Section(page, "hearings", t["publicBody.hearings"], () =>
        {
            if (b.Hearings.Count == 0) { page.Element("p", t["publicBody.noHearings"]); return; }
            page.Raw("<ul class=\"pp-list\">");
            foreach (var h in b.Hearings)
            {
                page.Raw(h.State == HearingState.Open ? "<li class=\"pp-open\">" : "<li>");
                page.Raw("<p>").Link($"/offentlig/horinger/{h.Slug}", h.Title).Raw("</p>");
                var local = (DateTime utc) => t.Date(Calendar.OsloTime.ToLocal(utc));
                var facts = $"{t[$"hearingState.{h.State}"]} · {t.Format("publicBody.hearingPeriod", ("from", local(h.OpensAt)), ("to", local(h.ClosesAt)))}";
                if (h.ResponsesPublished) facts += " · " + t["publicBody.responsesPublished"];
                page.Element("p", facts, "class=\"pp-meta\"");
                page.Raw("</li>");
            }
            page.Raw("</ul>");
        });

        if (b.Statements.Count > 0)
            Section(page, "statements", t["publicBody.statements"], () =>
            {
                page.Raw("<ul class=\"pp-list\">");
                foreach (var s in b.Statements)
                {
                    page.Raw("<li>").Element("h3", t.Format("publicBody.statementFrom", ("committee", s.CommitteeName),
                        ("date", t.Date(s.MeetingDate)), ("caseNumber", s.CaseNumber)));
                    page.Element("p", t.Format("publicBody.reportTitle", ("title", s.ReportTitle)), "class=\"pp-meta\"");
                    page.Element("p", s.Text);
                    if (s.Decision is not null) page.Raw("<p><strong>").Text(t["publicBody.decision"] + ": ").Raw("</strong>").Text(s.Decision).Raw("</p>");
                    page.Raw("</li>");
                }
                page.Raw("</ul>");
            });

        Section(page, "calendar", t["publicBody.calendar"], () =>
        {
            page.Element("p", t["publicBody.calendarHelp"]);
            page.Raw("<p>").Raw($"<a class=\"pp-button\" href=\"{PublicHtml.Encode(b.CalendarWebcalUrl)}\">").Text(t["publicBody.calendarWebcal"]).Raw("</a></p>");
            page.Raw("<p>").Text(t["publicBody.calendarHttps"] + ":").Raw("<br><code class=\"pp-copy\">").Text(b.CalendarUrl).Raw("</code></p>");
            page.Raw("<p>").Link(feedPath, t["publicBody.feed"], "type=\"application/atom+xml\"").Raw("</p>");
        });
        return page.End(site);
    }

    public static string RenderIndex(IReadOnlyList<PublicBodySummary> bodies, PublicTexts t, PublicAssets assets, SiteOptions site)
    {
        var page = new PublicHtml(t);
        page.Begin(t["publicBody.indexTitle"], "/offentlig/organer", assets, t["publicBody.indexIntro"]);
        page.Element("h1", t["publicBody.indexTitle"]).Element("p", t["publicBody.indexIntro"], "class=\"pp-lead\"");
        if (bodies.Count == 0) page.Element("p", t["publicBody.noBodies"]);
        foreach (var kind in bodies.GroupBy(b => b.Kind))
            Section(page, $"kind-{kind.Key}", t[$"bodyKind.{kind.Key}"], () =>
            {
                page.Raw("<ul>");
                foreach (var b in kind) page.Raw("<li>").Link($"{PublicBodyQueries.PagePath(b.Slug)}?lang={t.Language}", b.Name).Raw("</li>");
                page.Raw("</ul>");
            });
        return page.End(site);
    }

    /// <summary>The 404 page of every public page; <paramref name="text"/> says what was not found (a body by default).</summary>
    public static string RenderNotFound(PublicTexts t, PublicAssets assets, SiteOptions site, string path, string? text = null)
    {
        var page = new PublicHtml(t);
        page.Begin(t["publicBody.notFoundTitle"], path, assets);
        page.Element("h1", t["publicBody.notFoundTitle"]).Element("p", text ?? t["publicBody.notFoundText"]);
        page.Raw("<p>").Link("/offentlig/organer?lang=" + t.Language, t["publicBody.allBodies"]).Raw("</p>");
        return page.End(site);
    }

    static void Section(PublicHtml page, string id, string heading, Action content)
    {
        page.Raw($"<section aria-labelledby=\"h-{id}\">").Element("h2", heading, $"id=\"h-{id}\"");
        content();
        page.Raw("</section>");
    }
}
