using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.People;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Hearings;

/// <summary>Loading hearings for the caller, who acts for which party, where a party's mail goes, and the DTOs.</summary>
public sealed class HearingReads(NettverkDbContext db, BodyPermissions permissions, CurrentUser user, AppLinks links)
{
    public string AnswerLink(HearingParty party) => links.To($"/horing/svar/{party.Token}");
    public string PublicLink(Hearing hearing) => links.To($"/horing/{hearing.Slug}");
    public string DocumentLinkFor(Guid documentId) => links.To($"/api/hearing-documents/{documentId}");

    /// <summary>The hearing and the caller's access to its body; (null, null) when the caller may not read it (404).
    /// A party's people read a hearing that is out (not a draft) even without a role in the body.</summary>
    public async Task<(Hearing? Hearing, BodyAccess? Access)> ForViewAsync(Guid id, CancellationToken ct)
    {
        var hearing = await db.Hearings.FirstOrDefaultAsync(h => h.Id == id, ct);
        if (hearing is null) return (null, null);
        var access = await permissions.ForBodyAsync(hearing.BodyId, ct);
        if (access.CanView) return (hearing, access);
        if (hearing.Status != HearingState.Draft && await MyPartyAsync(hearing.Id, ct) is not null) return (hearing, access);
        return (null, null);
    }

    public async Task<(Hearing? Hearing, AccessRefusal? Refused)> ForSecretariatAsync(Guid id, CancellationToken ct)
    {
        var (hearing, access) = await ForViewAsync(id, ct);
        if (hearing is null) return (null, Problems.NotFound("The hearing"));
        return access!.CanManage ? (hearing, null) : (null, Problems.Forbidden("Only the body's secretariat manages its hearings."));
    }

    /// <summary>The party of this hearing the signed-in caller answers for: their organisation (as a contact or seat
    /// holder), a body whose secretariat they are, or themselves by e-mail address.</summary>
    public async Task<HearingParty?> MyPartyAsync(Guid hearingId, CancellationToken ct)
    {
        if (!user.IsAuthenticated) return null;
        var bodyId = await db.Hearings.Where(h => h.Id == hearingId).Select(h => h.BodyId).FirstOrDefaultAsync(ct);
        var parties = await db.HearingParties.Where(p => p.HearingId == hearingId).ToListAsync(ct);
        var caller = await permissions.CallerAsync(ct);
        var email = user.Email is { } e ? Person.Normalise(e) : null;
        return parties.FirstOrDefault(p => ActsFor(p, bodyId, caller, email));
    }

    /// <summary>An organisation's contacts act for it everywhere; its seat holders only in the hearing's own body (a county
    /// employee in a project group does not answer for the whole county).</summary>
    public static bool ActsFor(HearingParty p, Guid hearingBodyId, CallerRoles caller, string? normalisedEmail) => p.Kind switch
    {
        HearingPartyKind.Organisation => p.OrganisationId is { } o && (caller.ContactFor.Contains(o)
            || (caller.SeatHolderFor.Contains(o) && caller.Roles.TryGetValue(hearingBodyId, out var own) && own.Contains(BodyRole.SeatHolder))),
        HearingPartyKind.Body => p.PartyBodyId is { } b && caller.Roles.TryGetValue(b, out var roles) && roles.Contains(BodyRole.Secretariat),
        _ => p.Email is not null && normalisedEmail is not null && Person.Normalise(p.Email) == normalisedEmail,
    };

    /// <summary>Where a party's mail goes: an organisation's contacts (else its representatives in the owning body), a
    /// body's secretariat, or the named person.</summary>
    public async Task<List<(string Email, string Name)>> RecipientsAsync(Hearing hearing, HearingParty party, CancellationToken ct) =>
        (await RecipientsAsync(hearing, [party], ct))[party.Id];

    /// <summary>The recipients of many parties at once (every party of the list has an entry, maybe empty), in at most three
    /// queries whatever their number: the bodies' secretaries, the organisations' contacts, and the representatives of
    /// those organisations that have no contact.</summary>
    public async Task<Dictionary<Guid, List<(string Email, string Name)>>> RecipientsAsync(Hearing hearing, IReadOnlyCollection<HearingParty> parties,
        CancellationToken ct)
    {
        var result = parties.ToDictionary(p => p.Id, _ => new List<(string Email, string Name)>());
        var bodyIds = parties.Where(p => p.Kind == HearingPartyKind.Body && p.PartyBodyId != null).Select(p => p.PartyBodyId!.Value).Distinct().ToList();
        var organisationIds = parties.Where(p => p.Kind == HearingPartyKind.Organisation && p.OrganisationId != null)
            .Select(p => p.OrganisationId!.Value).Distinct().ToList();
        var secretaries = bodyIds.Count == 0 ? [] : await db.BodySecretaries.Where(s => bodyIds.Contains(s.BodyId))
            .Join(db.People.Where(p => p.ArchivedAt == null), s => s.PersonId, p => p.Id, (s, p) => new Named(s.BodyId, p.Email, p.Name))
            .ToListAsync(ct);
        var contacts = organisationIds.Count == 0 ? [] : await db.OrganisationContacts.Where(c => organisationIds.Contains(c.OrganisationId))
            .Join(db.People.Where(p => p.ArchivedAt == null), c => c.PersonId, p => p.Id, (c, p) => new Named(c.OrganisationId, p.Email, p.Name))
            .ToListAsync(ct);
        var withoutContact = organisationIds.Except(contacts.Select(c => c.Of)).ToList();
        var representatives = withoutContact.Count == 0 ? [] : await db.Seats.Where(s => s.BodyId == hearing.BodyId && s.RepresentativeId != null)
            .Join(db.Memberships.Where(m => m.LeftOn == null && withoutContact.Contains(m.OrganisationId)), s => s.MembershipId, m => m.Id,
                (s, m) => new { m.OrganisationId, s.RepresentativeId })
            .Join(db.People.Where(p => p.ArchivedAt == null), x => x.RepresentativeId, p => (Guid?)p.Id, (x, p) => new Named(x.OrganisationId, p.Email, p.Name))
            .ToListAsync(ct);
        foreach (var party in parties)
        {
            IEnumerable<Named> found = party.Kind switch
            {
                HearingPartyKind.Person => party.Email is null ? [] : [new Named(party.Id, party.Email, party.Name)],
                HearingPartyKind.Body => secretaries.Where(s => s.Of == party.PartyBodyId),
                _ => contacts.Where(c => c.Of == party.OrganisationId) is var own && own.Any() ? own
                    : representatives.Where(r => r.Of == party.OrganisationId),
            };
            result[party.Id].AddRange(found.DistinctBy(n => n.Email.ToLowerInvariant()).Select(n => (n.Email, n.Name)));
        }
        return result;
    }

    sealed record Named(Guid Of, string Email, string Name);

    public async Task<HearingDto> ToDtoAsync(Hearing h, bool canManage, DateTime now, CancellationToken ct)
    {
        var bodyName = await db.Bodies.Where(b => b.Id == h.BodyId).Select(b => b.Name).SingleAsync(ct);
        var documents = await db.HearingDocuments.AsNoTracking().Where(d => d.HearingId == h.Id).ToListAsync(ct);
        var parties = await db.HearingParties.AsNoTracking().Where(p => p.HearingId == h.Id).ToListAsync(ct);
        var counts = Enum.GetValues<HearingPartyStatus>().ToDictionary(s => s.ToString(), s => parties.Count(p => p.Status == s));
        return new HearingDto(h.Id, h.BodyId, bodyName, h.Title, h.Concerns, h.Description, h.Slug, h.OpensAt, h.ClosesAt,
            h.PublishResponses, h.ReminderDayList, h.StateAt(now),
            h.Sections.OrderBy(s => s.Position).Select(s => new HearingSectionDto(s.Id, s.Position, s.Title)).ToList(),
            Documents(documents), h.Summary, canManage, counts, SafeMarkdown.ToHtml(h.Description), SafeMarkdown.ToHtml(h.Summary));
    }

    public static List<HearingDocumentDto> Documents(IEnumerable<HearingDocument> documents)
    {
        var list = documents.ToList();
        var latest = list.GroupBy(d => d.DocumentKey).Select(g => g.MaxBy(d => d.Version)!.Id).ToHashSet();
        return list.OrderBy(d => d.UploadedAt).ThenBy(d => d.Version)
            .Select(d => new HearingDocumentDto(d.Id, d.DocumentKey, d.Version, d.FileName, d.ContentType, d.Size, d.UploadedAt, latest.Contains(d.Id)))
            .ToList();
    }

    public static HearingPartyDto PartyDto(Hearing h, HearingParty p, bool showEmail, ReminderTally reminders = default) => new(p.Id, p.Kind,
        p.Name, p.OrganisationId, p.PartyBodyId, showEmail && p.Kind == HearingPartyKind.Person ? p.Email : null, p.Status, p.DeadlineFor(h),
        p.ExtendedTo, p.InvitedAt, p.OpenedAt, p.Response?.UpdatedAt, p.Response?.ExemptBasis is not null, reminders.Count, reminders.Last);

    /// <summary>Reminders sent to the given parties of a hearing, in one grouped query.</summary>
    public static async Task<Dictionary<Guid, ReminderTally>> RemindersAsync(NettverkDbContext db, Guid hearingId, IReadOnlyCollection<Guid> partyIds,
        CancellationToken ct)
    {
        if (partyIds.Count == 0) return [];
        var rows = await db.HearingReminders.AsNoTracking()
            .Where(r => partyIds.Contains(r.PartyId) && db.HearingParties.Any(p => p.Id == r.PartyId && p.HearingId == hearingId))
            .GroupBy(r => r.PartyId)
            .Select(g => new { PartyId = g.Key, Count = g.Count(), Last = g.Max(r => r.SentAt) }).ToListAsync(ct);
        return rows.ToDictionary(r => r.PartyId, r => new ReminderTally(r.Count, r.Last));
    }

    /// <summary><see cref="HearingParty.Status"/> as SQL can filter by it (the same order of precedence).</summary>
    public static Expression<Func<HearingParty, bool>> HasStatus(HearingPartyStatus status) => status switch
    {
        HearingPartyStatus.Declined => p => p.DeclinedAt != null,
        HearingPartyStatus.NoComments => p => p.DeclinedAt == null && p.Response != null && p.Response.NoComments,
        HearingPartyStatus.Responded => p => p.DeclinedAt == null && p.Response != null && !p.Response.NoComments,
        HearingPartyStatus.ExtensionGranted => p => p.DeclinedAt == null && p.Response == null && p.ExtendedTo != null,
        HearingPartyStatus.Opened => p => p.DeclinedAt == null && p.Response == null && p.ExtendedTo == null && p.OpenedAt != null,
        _ => p => p.DeclinedAt == null && p.Response == null && p.ExtendedTo == null && p.OpenedAt == null,
    };

    /// <summary>Invited, opened or extended: no answer and no refusal yet.</summary>
    public static readonly Expression<Func<HearingParty, bool>> StillToAnswer = p => p.DeclinedAt == null && p.Response == null;

    public async Task<HearingResponseDto?> ResponseDtoAsync(HearingParty p, CancellationToken ct)
    {
        if (p.Response is not { } r) return null;
        var attachments = await db.HearingAttachments.AsNoTracking().Where(a => a.PartyId == p.Id).OrderBy(a => a.UploadedAt)
            .Select(a => new HearingAttachmentDto(a.Id, a.FileName, a.ContentType, a.Size)).ToListAsync(ct);
        return new HearingResponseDto(p.Id, r.NoComments, r.Text, r.SectionTexts.Select(s => new SectionAnswer(s.Key, s.Value)).ToList(),
            r.ExemptBasis, attachments, r.Revisions, r.SubmittedAt);
    }
}
