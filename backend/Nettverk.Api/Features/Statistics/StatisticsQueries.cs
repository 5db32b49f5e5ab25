using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Calendar;
using Nettverk.Api.Features.Hearings;
using Nettverk.Api.Features.InputRounds;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Minutes;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Statistics;

/// <summary>A period of whole days, both ends included; either end may be open.</summary>
public sealed record Period(DateOnly? From, DateOnly? To)
{
    public DateTime? Start => From?.ToDateTime(TimeOnly.MinValue);
    /// <summary>The first moment after the period.</summary>
    public DateTime? End => To?.AddDays(1).ToDateTime(TimeOnly.MinValue);
}

/// <summary>The figures, each counted by the database (GROUP BY and COUNT): what comes back is one row per organisation,
/// meeting or month, never the rows counted. Provider-neutral LINQ; the month of a date is its UTC month.</summary>
public sealed class StatisticsQueries(NettverkDbContext db, TimeProvider clock)
{
    IQueryable<Meeting> Meetings(Guid bodyId, Period period)
    {
        var meetings = db.Meetings.Where(m => m.BodyId == bodyId && m.Status != MeetingStatus.Cancelled);
        if (period.Start is { } start) meetings = meetings.Where(m => m.StartsAtLocal >= start);
        if (period.End is { } end) meetings = meetings.Where(m => m.StartsAtLocal < end);
        return meetings;
    }

    public async Task<AttendanceStatistics> AttendanceAsync(Guid bodyId, Period period, CancellationToken ct)
    {
        var minutes = db.Minutes.Where(m => m.BodyId == bodyId).Join(Meetings(bodyId, period), mi => mi.MeetingId, me => me.Id, (mi, me) => mi.Id);
        var seats = db.Set<MinutesAttendee>().AsNoTracking()
            .Where(a => a.BodyId == bodyId && a.Kind == AttendeeKind.Seat && minutes.Contains(a.MinutesId));
        var meetings = await seats.Select(a => a.MinutesId).Distinct().CountAsync(ct);
        var rows = await seats.GroupBy(a => a.OrganisationName).Select(g => new AttendanceRow(g.Key,
                g.Select(a => a.MinutesId).Distinct().Count(),
                g.Count(a => a.Status == AttendanceStatus.Present),
                g.Count(a => a.Status == AttendanceStatus.DeputyPresent),
                g.Count(a => a.Status == AttendanceStatus.Absent)))
            .ToListAsync(ct);
        return new AttendanceStatistics(period.From, period.To, meetings, [.. rows.OrderBy(r => r.Organisation ?? "\uffff", Norwegian)]);
    }

    public async Task<AnswerStatistics> AnswersAsync(Guid bodyId, Period period, CancellationToken ct)
    {
        var meetings = Meetings(bodyId, period).Where(m => m.CalledAt != null);
        var invitations =
            from i in db.Invitations.AsNoTracking().Where(i => i.BodyId == bodyId && i.Active)
            join me in meetings on i.MeetingId equals me.Id
            join s in db.Seats on i.SeatId equals (Guid?)s.Id into ss
            from s in ss.DefaultIfEmpty()
            join ms in db.Memberships on s.MembershipId equals ms.Id into mss
            from ms in mss.DefaultIfEmpty()
            join o in db.Organisations on ms.OrganisationId equals o.Id into os
            from o in os.DefaultIfEmpty()
            select new { i.MeetingId, me.Title, me.StartsAtLocal, i.Answer, Organisation = o.Name };
        var byOrganisation = await invitations.GroupBy(i => i.Organisation).Select(g => new AnswerRow(g.Key, g.Count(),
                g.Count(i => i.Answer == Rsvp.Accepted), g.Count(i => i.Answer == Rsvp.Tentative), g.Count(i => i.Answer == Rsvp.Declined),
                g.Count(i => i.Answer == Rsvp.NoAnswer)))
            .ToListAsync(ct);
        var byMeeting = await invitations.GroupBy(i => new { i.MeetingId, i.Title, i.StartsAtLocal }).Select(g => new MeetingAnswerRow(
                g.Key.MeetingId, g.Key.Title, g.Key.StartsAtLocal, g.Count(),
                g.Count(i => i.Answer == Rsvp.Accepted), g.Count(i => i.Answer == Rsvp.Tentative), g.Count(i => i.Answer == Rsvp.Declined),
                g.Count(i => i.Answer == Rsvp.NoAnswer)))
            .ToListAsync(ct);
        return new AnswerStatistics(period.From, period.To, byMeeting.Count,
            [.. byOrganisation.OrderBy(r => r.Organisation ?? "\uffff", Norwegian)], [.. byMeeting.OrderBy(m => m.StartsAt)]);
    }

    /// <summary>Live items only (those of minutes not yet circulated are drafts). An item counts as done or dropped in the
    /// month its status last changed; open at a month's end are those opened by then and not closed by then.</summary>
    public async Task<ActionItemStatistics> ActionItemsAsync(Guid bodyId, Period period, CancellationToken ct)
    {
        var items = db.ActionItems.AsNoTracking().Where(a => a.BodyId == bodyId && a.IsLive);
        var opened = await items.GroupBy(a => new { a.CreatedAt.Year, a.CreatedAt.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() }).ToListAsync(ct);
        var closed = await items.Where(a => a.Status != ActionItemStatus.Open && a.StatusChangedAt != null)
            .GroupBy(a => new { a.StatusChangedAt!.Value.Year, a.StatusChangedAt.Value.Month, a.Status })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var openNow = await items.CountAsync(a => a.Status == ActionItemStatus.Open, ct);

        static int Key(int year, int month) => year * 12 + month - 1;
        var today = OsloTime.Today(clock);
        var known = opened.Select(o => Key(o.Year, o.Month)).Concat(closed.Select(c => Key(c.Year, c.Month))).ToList();
        var first = period.From is { } from ? Key(from.Year, from.Month) : known.Count > 0 ? known.Min() : Key(today.Year, today.Month);
        var last = period.To is { } to ? Key(to.Year, to.Month) : Math.Max(Key(today.Year, today.Month), known.Count > 0 ? known.Max() : 0);
        first = Math.Max(first, last - 119); // at most ten years of months

        int Opened(int k) => opened.Where(o => Key(o.Year, o.Month) == k).Sum(o => o.Count);
        int Closed(int k, ActionItemStatus s) => closed.Where(c => Key(c.Year, c.Month) == k && c.Status == s).Sum(c => c.Count);
        var open = opened.Where(o => Key(o.Year, o.Month) < first).Sum(o => o.Count) - closed.Where(c => Key(c.Year, c.Month) < first).Sum(c => c.Count);
        var months = new List<ActionItemMonth>();
        for (var k = first; k <= last; k++)
        {
            var (o, d, x) = (Opened(k), Closed(k, ActionItemStatus.Done), Closed(k, ActionItemStatus.Dropped));
            open += o - d - x;
            months.Add(new ActionItemMonth($"{k / 12:D4}-{k % 12 + 1:D2}", o, d, x, open));
        }
        return new ActionItemStatistics(period.From, period.To, openNow, months);
    }

    /// <summary>Hearings sent out (not drafts) to organisations, and input rounds answered per organisation that have opened.
    /// A round's parties are the body's member organisations (as the round itself takes them): a current member is counted
    /// as asked in every round; a former member that answered, in those it answered.</summary>
    public async Task<ParticipationStatistics> ParticipationAsync(Guid bodyId, Period period, CancellationToken ct)
    {
        var hearings = db.Hearings.AsNoTracking().Where(h => h.BodyId == bodyId && h.Status != HearingState.Draft);
        if (period.Start is { } start) hearings = hearings.Where(h => h.OpensAt >= start);
        if (period.End is { } end) hearings = hearings.Where(h => h.OpensAt < end);
        var hearingCount = await hearings.CountAsync(ct);
        var hearingRows = await (
                from p in db.HearingParties.AsNoTracking()
                where p.Kind == HearingPartyKind.Organisation && p.InvitedAt != null && hearings.Select(h => h.Id).Contains(p.HearingId)
                join r in db.HearingResponses on p.Id equals r.PartyId into rs
                from r in rs.DefaultIfEmpty()
                select new { p.Name, Answered = r != null })
            .GroupBy(p => p.Name).Select(g => new ResponseRow(g.Key, g.Count(), g.Count(p => p.Answered))).ToListAsync(ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var rounds = db.InputRounds.AsNoTracking().Where(r => r.BodyId == bodyId && r.Status == InputRoundStatus.Open
            && r.Mode == RespondentMode.PerOrganisation && r.OpensAtUtc <= now);
        if (period.Start is { } roundStart) rounds = rounds.Where(r => r.OpensAtUtc >= roundStart);
        if (period.End is { } roundEnd) rounds = rounds.Where(r => r.OpensAtUtc < roundEnd);
        var roundCount = await rounds.CountAsync(ct);
        var answers = await db.Inputs.AsNoTracking()
            .Where(i => i.PartyKind == RespondentMode.PerOrganisation && rounds.Select(r => r.Id).Contains(i.RoundId))
            .GroupBy(i => i.PartyId).Select(g => new { Organisation = g.Key, Rounds = g.Select(i => i.RoundId).Distinct().Count() })
            .ToListAsync(ct);
        var answered = answers.Select(a => a.Organisation).ToList();
        var organisations = roundCount == 0 ? [] : await db.Organisations.AsNoTracking()
            .Where(o => answered.Contains(o.Id) || db.Memberships.Any(m => m.BodyId == bodyId && m.LeftOn == null && m.OrganisationId == o.Id))
            .Select(o => new { o.Id, o.Name, Member = db.Memberships.Any(m => m.BodyId == bodyId && m.LeftOn == null && m.OrganisationId == o.Id) })
            .ToListAsync(ct);
        var roundRows = organisations.Select(o =>
        {
            var count = answers.FirstOrDefault(a => a.Organisation == o.Id)?.Rounds ?? 0;
            return new ResponseRow(o.Name, o.Member ? roundCount : count, count);
        });
        return new ParticipationStatistics(period.From, period.To, hearingCount, [.. hearingRows.OrderBy(r => r.Organisation, Norwegian)],
            roundCount, [.. roundRows.OrderBy(r => r.Organisation, Norwegian)]);
    }

    static readonly StringComparer Norwegian = StringComparer.Create(new System.Globalization.CultureInfo("nb-NO"), false);
}

public static class StatisticsRegistration
{
    public static WebApplicationBuilder AddStatistics(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<StatisticsQueries>();
        return builder;
    }
}
