using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Minutes;

/// <summary>Starting the minutes of a meeting (an entry per agenda item; attendance from the answers to the invitations)
/// and saving the draft: notes, decisions, action items, attendance and other attendees.</summary>
public sealed class MinutesDrafting(NettverkDbContext db, TimeProvider clock)
{
    DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Minutes> StartAsync(Meeting meeting, string by, CancellationToken ct)
    {
        var isPublic = await db.Bodies.Where(b => b.Id == meeting.BodyId).Select(b => b.IsPublic).FirstAsync(ct);
        var minutes = new Minutes(meeting, isPublic, Now, by);
        minutes.CoverAgenda(await db.AgendaItems.Where(i => i.MeetingId == meeting.Id).ToListAsync(ct));

        var seats = await db.Seats.AsNoTracking().Include(s => s.Deputies)
            .Where(s => s.BodyId == meeting.BodyId)
            .Join(db.Memberships.Where(m => m.LeftOn == null), s => s.MembershipId, m => m.Id, (s, m) => new { Seat = s, m.OrganisationId })
            .Join(db.Organisations, x => x.OrganisationId, o => o.Id, (x, o) => new { x.Seat, Organisation = o.Name })
            .ToListAsync(ct);
        var invitations = await db.Invitations.AsNoTracking().Where(i => i.MeetingId == meeting.Id).ToListAsync(ct);
        var personIds = seats.Select(s => s.Seat.RepresentativeId).OfType<Guid>().Concat(invitations.Select(i => i.PersonId)).Distinct().ToList();
        var names = await db.People.Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);

        var position = 0;
        foreach (var row in seats.OrderBy(s => s.Organisation, StringComparer.Create(new System.Globalization.CultureInfo("nb-NO"), false)))
        {
            var seat = row.Seat;
            bool Comes(Invitation i) => i.Active && i.Answer is Rsvp.Accepted or Rsvp.Tentative;
            var representativeComes = invitations.Any(i => i.SeatId == seat.Id && i.Role == InvitationRole.Representative && Comes(i));
            var deputy = invitations.Where(i => i.SeatId == seat.Id && i.Role == InvitationRole.Deputy && Comes(i))
                .OrderBy(i => i.DeputyOrder).FirstOrDefault();
            var (status, deputyId) = representativeComes ? (AttendanceStatus.Present, (Guid?)null)
                : deputy is not null ? (AttendanceStatus.DeputyPresent, deputy.PersonId) : (AttendanceStatus.Absent, null);
            var name = seat.RepresentativeId is { } rep ? names.GetValueOrDefault(rep, "?") : "Ledig plass";
            minutes.Attendees.Add(MinutesAttendee.ForSeat(minutes, ++position, seat.Id, seat.RepresentativeId, name, row.Organisation,
                status, deputyId, deputyId is { } d ? names.GetValueOrDefault(d) : null));
        }
        db.Minutes.Add(minutes);
        return minutes;
    }

    /// <summary>Applies a save to a draft whose version the caller has checked. Lists left out are left as they are.</summary>
    public async Task SaveAsync(Minutes minutes, SaveMinutesRequest request, string by, CancellationToken ct)
    {
        minutes.EnsureEditable();
        if (request.IsPublic is { } isPublic) minutes.SetPublic(isPublic);
        if (request.Entries is { } entries) await SaveEntriesAsync(minutes, entries, ct);
        if (request.Attendance is { } attendance) await SaveAttendanceAsync(minutes, attendance, ct);
        if (request.Guests is { } guests) SaveGuests(minutes, guests);
        minutes.Touch(Now, by);
    }

    async Task SaveEntriesAsync(Minutes minutes, IReadOnlyList<MinutesEntryInput> inputs, CancellationToken ct)
    {
        var items = await db.ActionItems.Where(a => a.MinutesId == minutes.Id).ToListAsync(ct);
        var organisationIds = inputs.SelectMany(e => e.ActionItems ?? []).Select(a => a.ResponsibleOrganisationId).OfType<Guid>().Distinct().ToList();
        var personIds = inputs.SelectMany(e => e.ActionItems ?? []).Select(a => a.ResponsiblePersonId).OfType<Guid>().Distinct().ToList();
        var knownOrganisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
        var knownPeople = await db.People.Where(p => personIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);

        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var entry = minutes.Entries.FirstOrDefault(e => e.Id == input.Id)
                ?? throw new FieldValidationException($"entries[{i}].id", ErrorCodes.EntryNotInMinutes, "The entry is not part of these minutes.");
            entry.Write(input.Notes, input.Decision, input.IsPublic);
            if (input.ActionItems is not { } wanted) continue;

            var existing = items.Where(a => a.EntryId == entry.Id).ToList();
            foreach (var gone in existing.Where(a => wanted.All(w => w.Id != a.Id))) db.ActionItems.Remove(gone);
            for (var j = 0; j < wanted.Count; j++)
            {
                var field = $"entries[{i}].actionItems[{j}]";
                var w = wanted[j];
                if (w.ResponsibleOrganisationId is { } o && !knownOrganisations.Contains(o))
                    throw new FieldValidationException($"{field}.responsibleOrganisationId", ErrorCodes.OrganisationNotFound, "The organisation does not exist.");
                if (w.ResponsiblePersonId is { } p && !knownPeople.Contains(p))
                    throw new FieldValidationException($"{field}.responsiblePersonId", ErrorCodes.PersonNotFound, "The person does not exist.");
                var item = w.Id is { } id
                    ? existing.FirstOrDefault(a => a.Id == id) ?? throw new FieldValidationException($"{field}.id", ErrorCodes.ActionItemNotInEntry, "The action item is not part of this entry.")
                    : AddItem(minutes, entry);
                item.Describe(j + 1, w.What, w.ResponsibleOrganisationId, w.ResponsiblePersonId, w.DueOn, field);
            }
        }
    }

    ActionItem AddItem(Minutes minutes, MinutesEntry entry)
    {
        var item = new ActionItem(minutes, entry, Now);
        db.ActionItems.Add(item);
        return item;
    }

    async Task SaveAttendanceAsync(Minutes minutes, IReadOnlyList<SeatAttendanceInput> inputs, CancellationToken ct)
    {
        var seatIds = minutes.Attendees.Where(a => a.SeatId != null).Select(a => a.SeatId!.Value).ToList();
        var deputies = await db.SeatDeputies.Where(d => seatIds.Contains(d.SeatId))
            .Join(db.People, d => d.PersonId, p => p.Id, (d, p) => new { d.SeatId, d.PersonId, p.Name }).ToListAsync(ct);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var attendee = minutes.Attendees.FirstOrDefault(a => a.Id == input.Id && a.Kind == AttendeeKind.Seat)
                ?? throw new FieldValidationException($"attendance[{i}].id", ErrorCodes.SeatNotInMinutes, "The seat is not part of these minutes.");
            string? deputyName = null;
            if (input.Status == AttendanceStatus.DeputyPresent)
            {
                var deputy = deputies.FirstOrDefault(d => d.SeatId == attendee.SeatId && d.PersonId == input.DeputyPersonId)
                    ?? throw new FieldValidationException($"attendance[{i}].deputyPersonId", ErrorCodes.NotADeputyOfSeat, "Choose one of the seat's deputies.");
                deputyName = deputy.Name;
            }
            attendee.Record(input.Status, input.DeputyPersonId, deputyName);
        }
    }

    void SaveGuests(Minutes minutes, IReadOnlyList<GuestInput> inputs)
    {
        var existing = minutes.Attendees.Where(a => a.Kind == AttendeeKind.Guest).ToList();
        foreach (var gone in existing.Where(a => inputs.All(g => g.Id != a.Id))) minutes.Attendees.Remove(gone);
        for (var i = 0; i < inputs.Count; i++)
        {
            var g = inputs[i];
            if (g.Id is { } id)
            {
                var guest = existing.FirstOrDefault(a => a.Id == id)
                    ?? throw new FieldValidationException($"guests[{i}].id", ErrorCodes.AttendeeNotInMinutes, "The attendee is not part of these minutes.");
                guest.UpdateGuest(i + 1, g.Name, g.OrganisationName, g.Note);
            }
            else minutes.Attendees.Add(MinutesAttendee.Guest(minutes, i + 1, g.Name, g.OrganisationName, g.Note));
        }
    }
}
