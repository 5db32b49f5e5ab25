using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Calendar;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Hearings;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.PublicPages;

/// <summary>The reads behind the public pages of bodies. Only bodies marked public and not archived have one; everything
/// shown follows the rules of the public endpoints it links to (public minutes, public hearings, the public calendar).</summary>
public static class PublicBodyQueries
{
    public static async Task<IReadOnlyList<PublicBodySummary>> IndexAsync(NettverkDbContext db, AppLinks links, CancellationToken ct) =>
        (await db.Bodies.AsNoTracking().Where(b => b.IsPublic && b.ArchivedAt == null && b.Slug != null)
            .Select(b => new { b.Slug, b.Name, b.Kind }).ToListAsync(ct))
        .OrderBy(b => b.Kind).ThenBy(b => b.Name, StringComparer.Ordinal)
        .Select(b => new PublicBodySummary(b.Slug!, b.Name, b.Kind, links.To(PagePath(b.Slug!)))).ToList();

    public static string PagePath(string slug) => $"/offentlig/organer/{slug}";

    public static Task<Body?> FindAsync(NettverkDbContext db, string slug, CancellationToken ct) =>
        slug.Length > BodySlugs.MaxLength ? Task.FromResult<Body?>(null)
            : db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Slug == slug && b.IsPublic && b.ArchivedAt == null, ct);

    public static async Task<PublicBodyDto?> LoadAsync(NettverkDbContext db, string slug, AppLinks links, TimeProvider clock, CancellationToken ct)
    {
        var body = await FindAsync(db, slug, ct);
        if (body is null) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var members = await MembersAsync(db, body, ct);
        var (year, meetings) = await MeetingsAsync(db, body.Id, now, links, ct);
        var minutes = await MinutesAsync(db, body.Id, links, ct);
        var hearings = (await db.Hearings.AsNoTracking().Where(h => h.BodyId == body.Id && h.Status != HearingState.Draft).ToListAsync(ct))
            .OrderByDescending(h => h.OpensAt)
            .Select(h => new PublicHearingLinkDto(h.Slug, h.Title, h.StateAt(now), h.OpensAt, h.ClosesAt,
                h.PublishResponses && h.StateAt(now) != HearingState.Open, links.To($"/offentlig/horinger/{h.Slug}")))
            .ToList();
        var statements = await StatementsAsync(db, body.Id, ct);
        var calendar = links.To($"/api/public/bodies/{body.Id}/calendar.ics");
        return new PublicBodyDto(body.Id, body.Slug!, body.Name, body.Kind, body.Mandate, SafeMarkdown.ToHtml(body.Mandate, 3), body.Goal,
            body.Tasks, body.AdoptedBy, body.AdoptedOn, body.PublishRepresentatives, members, year, meetings, minutes, hearings, statements,
            links.To(PagePath(body.Slug!)), links.To(PagePath(body.Slug!) + "/feed.atom"), calendar, "webcal" + calendar[calendar.IndexOf(':')..]);
    }

    /// <summary>Committee statements on the body's sent reports (the reports feature's public list).</summary>
    public static async Task<IReadOnlyList<PublicStatementView>> StatementsAsync(NettverkDbContext db, Guid bodyId, CancellationToken ct) =>
        (await Reports.ReportReads.PublicStatementsOfAsync(db, bodyId, ct))
            .Select(s => new PublicStatementView(s.CommitteeName, s.MeetingDate, s.CaseNumber, s.Text, s.Decision, s.ReportTitle)).ToList();

    /// <summary>Active member organisations by name; representatives (seat holders, not deputies) only when the body
    /// publishes them.</summary>
    static async Task<List<PublicMemberDto>> MembersAsync(NettverkDbContext db, Body body, CancellationToken ct)
    {
        var rows = await db.Memberships.AsNoTracking().Where(m => m.BodyId == body.Id && m.LeftOn == null)
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new { m.Id, o.Name }).ToListAsync(ct);
        var representatives = new Dictionary<Guid, List<string>>();
        if (body.PublishRepresentatives)
        {
            var ids = rows.Select(r => r.Id).ToList();
            var held = await db.Seats.AsNoTracking().Where(s => ids.Contains(s.MembershipId) && s.RepresentativeId != null)
                .Join(db.People, s => s.RepresentativeId, p => p.Id, (s, p) => new { s.MembershipId, p.Name }).ToListAsync(ct);
            representatives = held.GroupBy(h => h.MembershipId).ToDictionary(g => g.Key, g => g.Select(h => h.Name).Order(StringComparer.Ordinal).ToList());
        }
        return rows.OrderBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new PublicMemberDto(r.Name, representatives.GetValueOrDefault(r.Id) ?? [])).ToList();
    }

    /// <summary>This year's meetings in Oslo; when there are none, those of the latest year that has some.</summary>
    static async Task<(int Year, List<PublicMeetingDto> Meetings)> MeetingsAsync(NettverkDbContext db, Guid bodyId, DateTime now,
        AppLinks links, CancellationToken ct)
    {
        var year = OsloTime.ToLocal(now).Year;
        var start = new DateTime(year, 1, 1);
        var end = start.AddYears(1);
        if (!await db.Meetings.AnyAsync(m => m.BodyId == bodyId && m.StartsAtLocal >= start && m.StartsAtLocal < end, ct))
        {
            var latest = await db.Meetings.Where(m => m.BodyId == bodyId).OrderByDescending(m => m.StartsAtLocal)
                .Select(m => (DateTime?)m.StartsAtLocal).FirstOrDefaultAsync(ct);
            if (latest is { } l) { year = l.Year; start = new DateTime(year, 1, 1); end = start.AddYears(1); }
        }
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.BodyId == bodyId && m.StartsAtLocal >= start && m.StartsAtLocal < end)
            .OrderBy(m => m.StartsAtLocal).ToListAsync(ct);
        return (year, meetings.Select(m => new PublicMeetingDto(m.Id, m.Title, m.StartsAtLocal, m.EndsAtLocal, m.Format,
            m.IsOpen ? m.Location : null, m.IsOpen, m.Status == MeetingStatus.Cancelled,
            m.IsOpen && m.Status != MeetingStatus.Cancelled && m.StartsAtUtc > now ? links.To($"/offentlig/moter/{m.Id}/pamelding") : null)).ToList());
    }

    /// <summary>The newest revision of each meeting's minutes, when that revision is public (as listPublicMinutes).</summary>
    static async Task<List<PublicMinutesLinkDto>> MinutesAsync(NettverkDbContext db, Guid bodyId, AppLinks links, CancellationToken ct) =>
        (await db.PublishedMinutes.AsNoTracking()
            .Where(p => p.BodyId == bodyId && p.IsPublic && !db.PublishedMinutes.Any(newer => newer.MinutesId == p.MinutesId && newer.Revision > p.Revision))
            .Join(db.Meetings, p => p.MeetingId, m => m.Id, (p, m) => new { p.MeetingId, m.Title, m.StartsAtLocal, p.PublishedAt })
            .ToListAsync(ct))
        .OrderByDescending(r => r.StartsAtLocal)
        .Select(r => new PublicMinutesLinkDto(r.MeetingId, r.Title, r.StartsAtLocal, r.PublishedAt, links.To($"/offentlig/referat/{r.MeetingId}")))
        .ToList();
}
