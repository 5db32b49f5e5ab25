using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Minutes;
using Nettverk.Api.Features.Nominations;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Start;

/// <summary>The start page's reads. Each section starts from an index on the person (invitations, presenters, responsible
/// persons) or on the caller's bodies and organisations (minutes, nominations, meetings), never from a whole table. Three
/// statements whatever the data: the totals, the first entries of every section (each a UNION ALL), the next meetings.
/// Only bodies in which the caller has a role count: that is what they may read (an administrator also decides every
/// body's nominations).</summary>
sealed class StartQueries(NettverkDbContext db, CallerRoles caller, bool isAdministrator, DateTime nowUtc, DateOnly today)
{
    /// <summary>Entries per section: the page says how many more there are and links to the full list.</summary>
    public const int SectionSize = 5;
    public const int NextMeetingsSize = 5;
    /// <summary>An open action item shows from this many days before it is due.</summary>
    public const int ActionItemDaysAhead = 14;

    readonly List<Guid> bodies = caller.Roles.Keys.ToList();
    readonly List<Guid> managed = caller.Roles.Where(r => r.Value.Contains(BodyRole.Secretariat)).Select(r => r.Key).ToList();
    readonly List<Guid> seated = caller.Roles.Where(r => r.Value.Contains(BodyRole.SeatHolder)).Select(r => r.Key).ToList();
    readonly List<Guid> contactFor = caller.ContactFor.ToList();

    /// <summary>One shape for every section, so that their first entries come in one UNION ALL.</summary>
    internal sealed class Row
    {
        public int Kind { get; init; }
        public Guid Id { get; init; }
        public Guid BodyId { get; init; }
        public string BodyName { get; init; } = "";
        public Guid? MeetingId { get; init; }
        public string? MeetingTitle { get; init; }
        public DateTime? StartsAt { get; init; }
        public DateTime? EndsAt { get; init; }
        public string Title { get; init; } = "";
        public int? CaseNumber { get; init; }
        public int? CaseYear { get; init; }
        public string? CaseLabel { get; init; }
        public string? Detail { get; init; }
        public DateOnly? DueOn { get; init; }
        public DateTime SortAt { get; init; }
    }

    IQueryable<Row> Invitations(Guid me) =>
        from i in db.Invitations
        where i.PersonId == me && i.Active && i.Answer == Rsvp.NoAnswer && bodies.Contains(i.BodyId)
        join m in db.Meetings on i.MeetingId equals m.Id
        where m.Status == MeetingStatus.Called && m.EndsAtUtc > nowUtc
        select new Row
        {
            Kind = (int)StartItemKind.Invitation,
            Id = i.Id,
            BodyId = m.BodyId,
            BodyName = db.Bodies.Where(b => b.Id == m.BodyId).Select(b => b.Name).First(),
            MeetingId = m.Id,
            MeetingTitle = m.Title,
            StartsAt = m.StartsAtLocal,
            EndsAt = m.EndsAtLocal,
            Title = m.Title,
            CaseNumber = (int?)null,
            CaseYear = (int?)null,
            CaseLabel = (string?)null,
            Detail = (string?)null,
            DueOn = (DateOnly?)null,
            SortAt = m.StartsAtUtc,
        };

    // Planned meetings too: papers are wanted before the meeting is called.
    IQueryable<Row> PapersDue(Guid me) =>
        from a in db.AgendaItems
        where a.PresenterPersonId == me && bodies.Contains(a.BodyId) && !db.AgendaPapers.Any(p => p.AgendaItemId == a.Id)
        join m in db.Meetings on a.MeetingId equals m.Id
        where m.Status != MeetingStatus.Cancelled && m.EndsAtUtc > nowUtc
        select new Row
        {
            Kind = (int)StartItemKind.PapersDue,
            Id = a.Id,
            BodyId = m.BodyId,
            BodyName = db.Bodies.Where(b => b.Id == m.BodyId).Select(b => b.Name).First(),
            MeetingId = m.Id,
            MeetingTitle = m.Title,
            StartsAt = m.StartsAtLocal,
            EndsAt = m.EndsAtLocal,
            Title = a.Title,
            CaseNumber = a.CaseNumber,
            CaseYear = a.CaseYear,
            CaseLabel = (string?)null,
            Detail = (string?)null,
            DueOn = (DateOnly?)null,
            SortAt = m.StartsAtUtc,
        };

    // Seat holders comment on minutes on review (MinutesEndpoints); once they have, it no longer waits for them.
    IQueryable<Row> MinutesReview(Guid me) =>
        from x in db.Minutes
        where x.Status == MinutesStatus.OnReview && seated.Contains(x.BodyId) && x.ReviewDeadline >= today
            && !db.MinutesComments.Any(c => c.MinutesId == x.Id && c.PersonId == me)
        join m in db.Meetings on x.MeetingId equals m.Id
        select new Row
        {
            Kind = (int)StartItemKind.MinutesReview,
            Id = x.Id,
            BodyId = m.BodyId,
            BodyName = db.Bodies.Where(b => b.Id == m.BodyId).Select(b => b.Name).First(),
            MeetingId = m.Id,
            MeetingTitle = m.Title,
            StartsAt = m.StartsAtLocal,
            EndsAt = m.EndsAtLocal,
            Title = m.Title,
            CaseNumber = (int?)null,
            CaseYear = (int?)null,
            CaseLabel = (string?)null,
            Detail = (string?)null,
            DueOn = x.ReviewDeadline,
            SortAt = m.StartsAtUtc,
        };

    IQueryable<Row> ActionItems(Guid me)
    {
        var until = today.AddDays(ActionItemDaysAhead);
        return from a in db.ActionItems
            where a.ResponsiblePersonId == me && a.IsLive && a.Status == ActionItemStatus.Open && a.DueOn != null && a.DueOn <= until
                && bodies.Contains(a.BodyId)
            join m in db.Meetings on a.MeetingId equals m.Id
            select new Row
        {
            Kind = (int)StartItemKind.ActionItem,
            Id = a.Id,
            BodyId = m.BodyId,
            BodyName = db.Bodies.Where(b => b.Id == m.BodyId).Select(b => b.Name).First(),
            MeetingId = m.Id,
            MeetingTitle = m.Title,
            StartsAt = m.StartsAtLocal,
            EndsAt = m.EndsAtLocal,
            Title = a.What,
            CaseNumber = (int?)null,
            CaseYear = (int?)null,
            CaseLabel = a.CaseNumber,
            Detail = (string?)null,
            DueOn = a.DueOn,
            SortAt = a.CreatedAt,
        };
    }

    IQueryable<Row> Nominations(StartItemKind kind, IQueryable<Nomination> query) =>
        from n in query
        where n.Status == NominationStatus.Pending
        select new Row
        {
            Kind = (int)kind,
            Id = n.Id,
            BodyId = n.BodyId,
            BodyName = db.Bodies.Where(b => b.Id == n.BodyId).Select(b => b.Name).First(),
            MeetingId = (Guid?)null,
            MeetingTitle = (string?)null,
            StartsAt = (DateTime?)null,
            EndsAt = (DateTime?)null,
            Title = db.Organisations.Where(o => o.Id == n.OrganisationId).Select(o => o.Name).First(),
            CaseNumber = (int?)null,
            CaseYear = (int?)null,
            CaseLabel = (string?)null,
            Detail = n.Candidates.Where(c => c.Position == 0).Select(c => c.Name).FirstOrDefault(),
            DueOn = (DateOnly?)null,
            SortAt = n.CreatedAt,
        };

    // Chosen here rather than with an OR in SQL, which would keep SQLite from the (BodyId, Status) index.
    IQueryable<Row> NominationsToDecide() =>
        Nominations(StartItemKind.NominationToDecide, isAdministrator ? db.Nominations : db.Nominations.Where(n => managed.Contains(n.BodyId)));

    // The contact's own organisation's proposals, unless they decide them themselves (listed above, then).
    IQueryable<Row> NominationsPending() =>
        Nominations(StartItemKind.NominationPending, isAdministrator
            ? db.Nominations.Where(n => false)
            : db.Nominations.Where(n => contactFor.Contains(n.OrganisationId) && !managed.Contains(n.BodyId)));

    readonly List<Guid> seatHolderFor = caller.SeatHolderFor.ToList();

    /// <summary>Open hearings where my organisation (as its contact, or its seat holder in the hearing's body) or a body I
    /// am secretariat of is a party without a final answer, before the party's deadline.</summary>
    IQueryable<Row> HearingsToAnswer() =>
        from p in db.HearingParties
        where (p.OrganisationId != null && contactFor.Contains(p.OrganisationId.Value))
            || (p.OrganisationId != null && seatHolderFor.Contains(p.OrganisationId.Value))
            || (p.PartyBodyId != null && managed.Contains(p.PartyBodyId.Value))
        where p.DeclinedAt == null && p.InvitedAt != null && !db.HearingResponses.Any(r => r.PartyId == p.Id)
        join h in db.Hearings on p.HearingId equals h.Id
        where h.Status == Hearings.HearingState.Open && h.OpensAt <= nowUtc && (p.ExtendedTo ?? h.ClosesAt) > nowUtc
        where p.OrganisationId == null || contactFor.Contains(p.OrganisationId.Value) || seated.Contains(h.BodyId)
        select new Row
        {
            Kind = (int)StartItemKind.HearingToAnswer,
            Id = h.Id,
            BodyId = h.BodyId,
            BodyName = db.Bodies.Where(b => b.Id == h.BodyId).Select(b => b.Name).First(),
            MeetingId = (Guid?)null,
            MeetingTitle = (string?)null,
            StartsAt = (DateTime?)null,
            EndsAt = (DateTime?)null,
            Title = h.Title,
            CaseNumber = (int?)null,
            CaseYear = (int?)null,
            CaseLabel = (string?)null,
            Detail = p.Name,
            DueOn = (DateOnly?)null,
            SortAt = p.ExtendedTo ?? h.ClosesAt,
        };
    /// <summary>Whether the caller can have input rounds to answer at all (the start page asks only then; so does «Til behandling»).</summary>
    internal bool MayHaveInputRoundsToAnswer => bodies.Count > 0 || contactFor.Count > 0;

    // Open rounds the caller answers for: for an organisation whose seat they hold or whose contact they are, or by name.
    // Also read by GET /api/me/input-rounds («Til behandling»).
    internal IQueryable<Row> InputRoundsToAnswer(Guid me)
    {
        var open = db.InputRounds.Where(r => r.Status == InputRounds.InputRoundStatus.Open && r.OpensAtUtc <= nowUtc && r.ClosesAtUtc > nowUtc);
        // From the few open rounds of the caller's bodies to their memberships (by the body's index), keeping the
        // organisations the caller acts for: as a contact, or holding a seat in that body.
        var organisationsActedFor = contactFor.Concat(caller.SeatHolderFor).Distinct().ToList();
        var organisations =
            from r in open
            where r.Mode == InputRounds.RespondentMode.PerOrganisation && bodies.Contains(r.BodyId)
            join m in db.Memberships on r.BodyId equals m.BodyId
            where m.LeftOn == null && organisationsActedFor.Contains(m.OrganisationId)
                && (contactFor.Contains(m.OrganisationId) || seated.Contains(r.BodyId))
                && !db.Inputs.Any(i => i.RoundId == r.Id && i.PartyId == m.OrganisationId)
            select new { RoundId = r.Id, Detail = db.Organisations.Where(o => o.Id == m.OrganisationId).Select(o => (string?)o.Name).First() };
        var people =
            from i in db.InputInvitees
            where i.PersonId == me
            join r in open on i.RoundId equals r.Id
            where r.Mode == InputRounds.RespondentMode.PerPerson && !db.Inputs.Any(x => x.RoundId == r.Id && x.PartyId == me)
            select new { RoundId = r.Id, Detail = (string?)null };
        // One row shape for both: the round, and the organisation it is answered for (none when by name).
        return
            from x in organisations.Concat(people)
            join r in db.InputRounds on x.RoundId equals r.Id
            select new Row
            {
                Kind = (int)StartItemKind.InputRoundToAnswer,
                Id = r.Id,
                BodyId = r.BodyId,
                BodyName = db.Bodies.Where(b => b.Id == r.BodyId).Select(b => b.Name).First(),
                MeetingId = (Guid?)null,
                MeetingTitle = (string?)null,
                StartsAt = (DateTime?)null,
                EndsAt = (DateTime?)null,
                Title = r.Title,
                CaseNumber = (int?)null,
                CaseYear = (int?)null,
                CaseLabel = (string?)null,
                Detail = x.Detail,
                DueOn = (DateOnly?)DateOnly.FromDateTime(r.ClosesAtUtc),
                SortAt = r.ClosesAtUtc,
            };
    }

    IQueryable<Row> ReportsToTreat() =>
        from rc in db.ReportCommittees
        where managed.Contains(rc.CommitteeId) && rc.Status == Reports.CommitteeReportStatus.Sent
        join r in db.Reports on rc.ReportId equals r.Id
        where r.State == Reports.ReportState.Sent
        select new Row
        {
            Kind = (int)StartItemKind.ReportToTreat,
            Id = r.Id,
            BodyId = r.BodyId,
            BodyName = db.Bodies.Where(b => b.Id == r.BodyId).Select(b => b.Name).First(),
            MeetingId = (Guid?)null,
            MeetingTitle = (string?)null,
            StartsAt = (DateTime?)null,
            EndsAt = (DateTime?)null,
            Title = r.Title,
            CaseNumber = (int?)null,
            CaseYear = (int?)null,
            CaseLabel = (string?)null,
            Detail = db.Bodies.Where(b => b.Id == rc.CommitteeId).Select(b => b.Name).First(),
            DueOn = (DateOnly?)null,
            SortAt = r.SentAt!.Value,
        };

    public async Task<StartPage> ReadAsync(Guid me, CancellationToken ct)
    {
        // Only the sections the caller can have entries in: a constant-false subquery still costs SQLite a scan.
        var sections = new List<(StartItemKind Kind, IQueryable<Row> Query)>();
        if (bodies.Count > 0) sections.Add((StartItemKind.Invitation, Invitations(me)));
        if (bodies.Count > 0) sections.Add((StartItemKind.PapersDue, PapersDue(me)));
        if (seated.Count > 0) sections.Add((StartItemKind.MinutesReview, MinutesReview(me)));
        if (bodies.Count > 0) sections.Add((StartItemKind.ActionItem, ActionItems(me)));
        if (isAdministrator || managed.Count > 0) sections.Add((StartItemKind.NominationToDecide, NominationsToDecide()));
        if (!isAdministrator && contactFor.Count > 0) sections.Add((StartItemKind.NominationPending, NominationsPending()));
        if (contactFor.Count > 0 || seatHolderFor.Count > 0 || managed.Count > 0) sections.Add((StartItemKind.HearingToAnswer, HearingsToAnswer()));
        // Invited by name to a round of a body they have no role in, a person finds it through the e-mail instead.
        if (bodies.Count > 0 || contactFor.Count > 0) sections.Add((StartItemKind.InputRoundToAnswer, InputRoundsToAnswer(me)));
        if (managed.Count > 0) sections.Add((StartItemKind.ReportToTreat, ReportsToTreat()));
        if (sections.Count == 0) return new StartPage([], await NextMeetingsAsync(me, ct));

        // The totals, a row per section (UNION ALL of scalar subqueries on the person's own row): one statement.
        var counts = (await sections.Select(s => Count(me, s.Kind, s.Query)).Aggregate((a, b) => a.Concat(b)).ToListAsync(ct))
            .ToDictionary(c => c.Kind, c => c.Total);

        // Due dates first (overdue at the top), then the soonest meeting or the oldest nomination.
        IQueryable<Row> First(IQueryable<Row> q) => q.OrderBy(r => r.DueOn == null).ThenBy(r => r.DueOn).ThenBy(r => r.SortAt).ThenBy(r => r.Id)
            .Take(SectionSize);
        var rows = await sections.Select(s => First(s.Query)).Aggregate((a, b) => a.Concat(b)).AsNoTracking().ToListAsync(ct);

        var result = new List<StartSection>();
        foreach (var (kind, _) in sections)
        {
            if (counts.GetValueOrDefault((int)kind) == 0) continue;
            var items = rows.Where(r => r.Kind == (int)kind)
                .OrderBy(r => r.DueOn == null).ThenBy(r => r.DueOn).ThenBy(r => r.SortAt).ThenBy(r => r.Id).Select(ToItem).ToList();
            result.Add(new StartSection(kind, counts[(int)kind], items));
        }
        return new StartPage(result, await NextMeetingsAsync(me, ct));
    }

    sealed class KindCount
    {
        public int Kind { get; init; }
        public int Total { get; init; }
    }

    IQueryable<KindCount> Count(Guid me, StartItemKind kind, IQueryable<Row> query)
    {
        var k = (int)kind;
        return db.People.Where(p => p.Id == me).Select(p => new KindCount { Kind = k, Total = query.Count() });
    }

    StartItem ToItem(Row r) => new((StartItemKind)r.Kind, r.Id, new NamedRef(r.BodyId, r.BodyName),
        r.MeetingId is { } id ? new StartMeeting(id, r.MeetingTitle!, r.StartsAt!.Value, r.EndsAt!.Value) : null, r.Title,
        r.CaseLabel ?? (r.CaseNumber is { } n ? AgendaItem.Label(n, r.CaseYear!.Value) : null), r.Detail, r.DueOn,
        r.DueOn is { } due && due < today);

    /// <summary>The next meetings I am invited to (called ones) or run as secretariat (planned ones too), soonest first.</summary>
    async Task<List<MeetingSummary>> NextMeetingsAsync(Guid me, CancellationToken ct)
    {
        var invited =
            from i in db.Invitations
            where i.PersonId == me && i.Active && bodies.Contains(i.BodyId)
            join m in db.Meetings on i.MeetingId equals m.Id
            where m.Status == MeetingStatus.Called && m.EndsAtUtc > nowUtc
            select m;
        var running = db.Meetings.Where(m => managed.Contains(m.BodyId) && m.Status != MeetingStatus.Cancelled && m.EndsAtUtc > nowUtc);
        var rows = await (managed.Count > 0 ? invited.Union(running) : invited).OrderBy(m => m.StartsAtUtc).ThenBy(m => m.Id).Take(NextMeetingsSize)
            .Select(m => new
            {
                Meeting = m,
                BodyName = db.Bodies.Where(b => b.Id == m.BodyId).Select(b => b.Name).First(),
                MyAnswer = db.Invitations.Where(i => i.MeetingId == m.Id && i.PersonId == me && i.Active).Select(i => (Rsvp?)i.Answer).FirstOrDefault(),
            })
            .AsNoTracking().ToListAsync(ct);
        return rows.Select(r => new MeetingSummary(r.Meeting.Id, r.Meeting.BodyId, r.BodyName, r.Meeting.Title, r.Meeting.StartsAtLocal,
            r.Meeting.EndsAtLocal, r.Meeting.Format, r.Meeting.Location, r.Meeting.IsOpen, r.Meeting.StateAt(nowUtc), r.MyAnswer)).ToList();
    }
}
