using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nettverk.Api.Calendar;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Registrations;

/// <summary>Seats and the waiting list. Every change that moves a seat is one unit of work with its e-mails (the outbox),
/// so a seat is never given without its mail nor a mail sent twice. Capacity holds under concurrency because seats are
/// numbered 1..capacity under a unique index (see <see cref="Registration"/>): whoever commits a number second gets a
/// unique violation, and the whole step runs again on fresh data (then finds the next free number, or none and waits).
/// That works alike on SQLite and SQL Server, with no reliance on SQLite's single writer or on a serializable read.</summary>
public sealed class RegistrationDesk(NettverkDbContext db, Outbox outbox, AppLinks links, TimeProvider clock,
    IOptions<MailOptions> mail, IOptions<InboundMailOptions> inbound)
{
    const int Attempts = 8;

    DateTime Now => clock.GetUtcNow().UtcDateTime;

    public string ConfirmLink(Registration r) => links.To($"/pamelding/bekreft/{r.Token}");
    public string MyLink(Registration r) => links.To($"/pamelding/{r.Token}");

    /// <summary>Runs a step that moves seats until it commits without losing a race: the tracker is cleared between tries,
    /// so the next one reads what the winner committed. Outbox rows of a lost try go with it.</summary>
    public async Task<T> RetryingAsync<T>(Func<Task<T>> step, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try { return await step(); }
            catch (DbUpdateException e) when (attempt < Attempts && (e is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(e)))
            {
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(5, 25 * attempt), ct);
            }
        }
    }

    /// <summary>Why the meeting takes no registrations now, or null when it does.</summary>
    public static string? Refusal(Meeting meeting, RegistrationSettings? settings, DateTime nowUtc) =>
        !meeting.IsOpen ? "registration_meeting_not_open"
        : meeting.Status == MeetingStatus.Cancelled ? "meeting_cancelled"
        : meeting.HasEnded(nowUtc) || meeting.StartsAtUtc <= nowUtc ? "meeting_past"
        : settings is not null && !settings.AcceptsAt(nowUtc) ? "registration_closed"
        : null;

    public async Task<RegistrationSettings?> SettingsAsync(Guid meetingId, CancellationToken ct) =>
        await db.RegistrationSettings.FirstOrDefaultAsync(s => s.MeetingId == meetingId, ct);

    public static int CapacityOf(RegistrationSettings? s) => s?.Capacity ?? RegistrationSettings.DefaultCapacity;

    /// <summary>Seat numbers held now, as this unit of work will leave them (tracked changes over the stored rows).</summary>
    async Task<HashSet<int>> TakenSeatsAsync(Guid meetingId, CancellationToken ct)
    {
        var stored = await db.Registrations.AsNoTracking().Where(r => r.MeetingId == meetingId && r.SeatNumber != null)
            .Select(r => new { r.Id, Seat = r.SeatNumber!.Value }).ToListAsync(ct);
        var local = db.ChangeTracker.Entries<Registration>().Where(e => e.Entity.MeetingId == meetingId)
            .ToDictionary(e => e.Entity.Id, e => e.Entity.SeatNumber);
        var taken = stored.Where(s => !local.ContainsKey(s.Id)).Select(s => s.Seat).ToHashSet();
        foreach (var seat in local.Values) if (seat is { } n) taken.Add(n);
        return taken;
    }

    /// <summary>The lowest free seat number, or null when the meeting is full (a lowered capacity leaves seats above it
    /// held until they are given back, and counts them).</summary>
    async Task<int?> FreeSeatAsync(Guid meetingId, int capacity, CancellationToken ct)
    {
        var taken = await TakenSeatsAsync(meetingId, ct);
        if (taken.Count >= capacity) return null;
        for (var n = 1; n <= capacity; n++) if (!taken.Contains(n)) return n;
        return null;
    }

    public IQueryable<Registration> Waiting(Guid meetingId) => db.Registrations
        .Where(r => r.MeetingId == meetingId && r.Status == RegistrationStatus.WaitListed).OrderBy(r => r.WaitListedAt).ThenBy(r => r.Id);

    /// <summary>1 for the first on the waiting list (by when they confirmed). The list is short enough to read whole, and
    /// ordering by a Guid is not something every provider translates in a comparison.</summary>
    public async Task<int?> PositionAsync(Registration r, CancellationToken ct)
    {
        if (r.Status != RegistrationStatus.WaitListed) return null;
        var ids = await Waiting(r.MeetingId).Select(o => o.Id).ToListAsync(ct);
        return ids.IndexOf(r.Id) + 1;
    }

    /// <summary>The address is confirmed: a seat when one is free and nobody waits, else the waiting list.</summary>
    public async Task ConfirmAsync(Registration r, Meeting meeting, RegistrationSettings? settings, CancellationToken ct)
    {
        var now = Now;
        var anyoneWaiting = await db.Registrations.AnyAsync(o => o.MeetingId == r.MeetingId && o.Status == RegistrationStatus.WaitListed, ct);
        var seat = anyoneWaiting ? null : await FreeSeatAsync(r.MeetingId, CapacityOf(settings), ct);
        var facts = await FactsAsync(meeting, ct);
        if (seat is { } n)
        {
            r.TakeSeat(n, now);
            outbox.Enqueue(r.Email, r.Name, RegistrationEmails.Seat(facts.Mail, r.Name, MyLink(r), await IcsAsync(r, meeting, facts, false, ct), movedUp: false));
        }
        else
        {
            r.WaitList(now);
            var position = 1 + await Waiting(r.MeetingId).CountAsync(ct);
            outbox.Enqueue(r.Email, r.Name, RegistrationEmails.WaitListed(facts.Mail, r.Name, position, MyLink(r)));
        }
    }

    /// <summary>Cancels; a freed seat goes to the first on the waiting list, who is told with the invitation.</summary>
    public async Task CancelAsync(Registration r, Meeting meeting, RegistrationSettings? settings, CancellationToken ct)
    {
        var wasSeated = r.Status == RegistrationStatus.Confirmed;
        r.Cancel(Now);
        var facts = await FactsAsync(meeting, ct);
        outbox.Enqueue(r.Email, r.Name, RegistrationEmails.Cancelled(facts.Mail, r.Name, wasSeated ? await IcsAsync(r, meeting, facts, true, ct) : null));
        if (wasSeated) await FillSeatsAsync(meeting, settings, ct);
    }

    /// <summary>Moves people up from the waiting list while seats are free (after a cancellation or a raised capacity).
    /// Not for a meeting that is over or cancelled.</summary>
    public async Task FillSeatsAsync(Meeting meeting, RegistrationSettings? settings, CancellationToken ct)
    {
        var now = Now;
        if (meeting.Status == MeetingStatus.Cancelled || meeting.HasEnded(now)) return;
        MeetingFacts? facts = null;
        var waiting = await Waiting(meeting.Id).Take(50).ToListAsync(ct);
        foreach (var next in waiting)
        {
            if (await FreeSeatAsync(meeting.Id, CapacityOf(settings), ct) is not { } seat) break;
            next.TakeSeat(seat, now);
            facts ??= await FactsAsync(meeting, ct);
            outbox.Enqueue(next.Email, next.Name, RegistrationEmails.Seat(facts.Mail, next.Name, MyLink(next),
                await IcsAsync(next, meeting, facts, false, ct), movedUp: true));
        }
    }

    public sealed record MeetingFacts(RegistrationEmails.Meeting Mail, MeetingContext Context);

    public async Task<MeetingFacts> FactsAsync(Meeting meeting, CancellationToken ct)
    {
        var context = await MeetingContext.LoadAsync(db, meeting, ct);
        var place = meeting.Format == MeetingFormat.Digital ? "Digitalt møte" : meeting.Location;
        return new(new(context.BodyName, meeting.Title, meeting.StartsAtLocal, meeting.EndsAtLocal, place), context with { Agenda = [] });
    }

    /// <summary>The registrant's own calendar entry: a UID per registration, the registrant as ATTENDEE, a role address as
    /// ORGANIZER (never a person's), and the SEQUENCE the registration has reached.</summary>
    async Task<string> IcsAsync(Registration r, Meeting meeting, MeetingFacts facts, bool cancel, CancellationToken ct)
    {
        await Task.CompletedTask;
        var organizer = MeetingCalendar.PublicOrganizer(facts.Context, inbound.Value)
            ?? new CalendarAddress(mail.Value.From, $"{facts.Context.BodyName} (sekretariatet)");
        var attendee = new CalendarAttendee(r.Email, r.Name, cancel ? EventParticipationStatus.Declined : EventParticipationStatus.Accepted, Rsvp: false);
        var e = MeetingCalendar.Event(meeting, facts.Context, Uid(r), r.Sequence, Now, MyLink(r), organizer, attendee, cancelled: cancel);
        return MeetingCalendar.Write(cancel ? CalendarMethod.Cancel : CalendarMethod.Request, [e]);
    }

    public string Uid(Registration r) => $"registration-{r.Id:N}@{mail.Value.MessageIdDomain}";
}
