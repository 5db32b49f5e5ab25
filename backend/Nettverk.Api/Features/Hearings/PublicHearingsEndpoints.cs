using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Hearings;

/// <summary>The public page of a hearing at a stable address (its slug), and what my organisation or I have been asked
/// to answer ("Til behandling").</summary>
public static class PublicHearingsEndpoints
{
    public static IEndpointRouteBuilder MapPublicHearingsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/public/hearings/{slug}", Get).WithName("getPublicHearing").WithTags("Public").AllowAnonymous();
        app.MapGet("/api/me/hearings", Mine).WithName("listMyHearings").WithTags("Hearing responses").RequireAuthorization();
        return app;
    }

    /// <summary>Title, description, documents (the latest version of each), deadline and how to answer; after closing,
    /// if the hearing says so, the responses that are not exempt (party name and text only). Drafts are not there.</summary>
    static async Task<Results<Ok<PublicHearingDto>, NotFoundProblem>> Get(string slug, NettverkDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (slug.Length > 80) return Problems.NotFound("The hearing");
        var hearing = await db.Hearings.AsNoTracking().FirstOrDefaultAsync(h => h.Slug == slug && h.Status != HearingState.Draft, ct);
        if (hearing is null) return Problems.NotFound("The hearing");
        var now = clock.GetUtcNow().UtcDateTime;
        var state = hearing.StateAt(now);
        var bodyName = await db.Bodies.Where(b => b.Id == hearing.BodyId).Select(b => b.Name).SingleAsync(ct);
        var documents = HearingReads.Documents(await db.HearingDocuments.AsNoTracking().Where(d => d.HearingId == hearing.Id).ToListAsync(ct))
            .Where(d => d.IsLatest).Select(d => new PublicHearingDocument(d.Id, d.FileName, d.ContentType, d.Size, d.Version)).ToList();
        var responses = new List<PublicHearingResponse>();
        if (state != HearingState.Open && hearing.PublishResponses)
        {
            var sections = hearing.Sections.OrderBy(s => s.Position).ToList();
            var answered = await db.HearingResponses.AsNoTracking().Where(r => r.HearingId == hearing.Id && r.ExemptBasis == null)
                .Join(db.HearingParties, r => r.PartyId, p => p.Id, (r, p) => new { Response = r, p.Name }).OrderBy(x => x.Name).ToListAsync(ct);
            foreach (var row in answered)
            {
                var texts = row.Response.SectionTexts;
                responses.Add(new PublicHearingResponse(row.Name, row.Response.NoComments, row.Response.Text,
                    sections.Where(s => texts.ContainsKey(s.Id)).Select(s => new PublicSectionText(s.Title, texts[s.Id])).ToList()));
            }
        }
        return TypedResults.Ok(new PublicHearingDto(hearing.Slug, hearing.Title, hearing.Concerns, hearing.Description, bodyName, state,
            hearing.OpensAt, hearing.ClosesAt, documents, responses, SafeMarkdown.ToHtml(hearing.Description)));
    }

    /// <summary>Still to answer first, then by deadline. Who acts for a party is decided in memory (<see cref="HearingReads.ActsFor"/>),
    /// so the page is cut from the caller's parties, which a person's organisations and bodies bound to a few dozen.</summary>
    static async Task<Ok<Page<MyHearingDto>>> Mine([AsParameters] PageQuery paging, NettverkDbContext db, BodyPermissions permissions,
        CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var caller = await permissions.CallerAsync(ct);
        var organisations = caller.ContactFor.Concat(caller.SeatHolderFor).Distinct().ToList();
        var managed = caller.Roles.Where(r => r.Value.Contains(BodyRole.Secretariat)).Select(r => r.Key).ToList();
        var email = user.Email?.Trim().ToUpperInvariant() ?? "";
        var rows = await db.HearingParties.AsNoTracking()
            .Where(p => (p.OrganisationId != null && organisations.Contains(p.OrganisationId.Value))
                || (p.PartyBodyId != null && managed.Contains(p.PartyBodyId.Value))
                || (p.Email != null && p.Email.ToUpper() == email))
            .Join(db.Hearings.Where(h => h.Status != HearingState.Draft), p => p.HearingId, h => h.Id, (p, h) => new { Party = p, Hearing = h })
            .Join(db.Bodies, x => x.Hearing.BodyId, b => b.Id, (x, b) => new { x.Party, x.Hearing, BodyName = b.Name })
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var normalised = user.Email is { } e ? People.Person.Normalise(e) : null;
        return TypedResults.Ok(rows.Where(r => HearingReads.ActsFor(r.Party, r.Hearing.BodyId, caller, normalised))
            .Select(r => new MyHearingDto(r.Hearing.Id, r.Hearing.Title, r.BodyName, r.Party.Id, r.Party.Name, r.Party.DeadlineFor(r.Hearing),
                r.Hearing.StateAt(now), r.Party.Status))
            .OrderBy(r => r.Status is HearingPartyStatus.Responded or HearingPartyStatus.NoComments or HearingPartyStatus.Declined)
            .ThenBy(r => r.Deadline).ThenBy(r => r.PartyId).ToList().ToPage(paging));
    }
}
