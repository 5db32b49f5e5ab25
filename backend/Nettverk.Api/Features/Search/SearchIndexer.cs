using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Minutes;
using Nettverk.Api.Features.Organisations;
using Nettverk.Api.Features.People;

namespace Nettverk.Api.Features.Search;

/// <summary>What each searchable thing contributes to the index. Null: not indexed (archived people and organisations,
/// which no search shows).</summary>
public static class SearchDocuments
{
    /// <summary>Raised when what is indexed changes shape; start-up then rebuilds the index (<see cref="SearchIndexRebuild"/>).</summary>
    public const int Version = 2; // 2: Markdown indexed as plain text

    public static readonly Type[] Sources = [typeof(Body), typeof(Organisation), typeof(Person), typeof(Meeting), typeof(AgendaItem), typeof(PublishedMinutes)];

    /// <summary>The rows an entity has in the index, keyed by (kind, id, public copy); a null document means "none".</summary>
    public static IEnumerable<(SearchKind Kind, Guid EntityId, bool PublicCopy, SearchDocument? Document)> For(object entity)
    {
        switch (entity)
        {
            case Body b:
                yield return (SearchKind.Body, b.Id, false, Doc(SearchKind.Body, b.Id, b.Id, null, null, b.Name,
                    Plain(b.Mandate), Plain(b.Goal), string.Join("\n", b.Tasks)));
                break;
            case Organisation o:
                yield return (SearchKind.Organisation, o.Id, false, o.ArchivedAt is not null ? null
                    : Doc(SearchKind.Organisation, o.Id, null, null, null, o.Name, o.OrganisationNumber, o.Website));
                break;
            case Person p:
                yield return (SearchKind.Person, p.Id, false, p.ArchivedAt is not null ? null
                    : Doc(SearchKind.Person, p.Id, null, null, null, p.Name, p.Title, p.Email));
                break;
            case Meeting m:
                yield return (SearchKind.Meeting, m.Id, false, Doc(SearchKind.Meeting, m.Id, m.BodyId, m.Id, m.StartsAtLocal, m.Title,
                    m.Location, m.CancellationReason));
                break;
            case AgendaItem i:
                yield return (SearchKind.AgendaItem, i.Id, false, Doc(SearchKind.AgendaItem, i.Id, i.BodyId, i.MeetingId, null,
                    $"{AgendaItem.Label(i.CaseNumber, i.CaseYear)} {i.Title}", Plain(i.Description), i.PresenterText));
                break;
            case PublishedMinutes p:
                // Revisions are only ever added, and each is the newest of its minutes: it replaces what the index had.
                var record = PublishedMinutesRecord.Read(p);
                yield return (SearchKind.Minutes, p.MinutesId, false, Doc(SearchKind.Minutes, p.MinutesId, p.BodyId, p.MeetingId,
                    record.Meeting.StartsAt, record.Meeting.Title, MembersText(record)));
                yield return (SearchKind.Minutes, p.MinutesId, true, !p.IsPublic ? null : Doc(SearchKind.Minutes, p.MinutesId, p.BodyId,
                    p.MeetingId, record.Meeting.StartsAt, record.Meeting.Title, PublicText(record)) is { } copy ? Public(copy) : null);
                break;
        }
    }

    static SearchDocument Public(SearchDocument d)
    {
        d.PublicCopy = true;
        return d;
    }

    static string MembersText(PublishedMinutesRecord r)
    {
        var text = new StringBuilder(r.Body.Name).Append('\n');
        foreach (var e in r.Entries.OrderBy(e => e.Position))
        {
            text.Append(e.CaseNumber).Append(' ').Append(e.Title).Append('\n');
            // Members read non-public passages too; the snippet says so instead of showing the ::: fence.
            Line(text, Plain(NonPublicText.Marked(e.Notes)));
            Line(text, Plain(NonPublicText.Marked(e.Decision)));
            foreach (var a in e.ActionItems) Line(text, a.What);
        }
        return text.ToString();
    }

    /// <summary>What the public page shows (<see cref="MinutesReads.ToPublic"/>): non-public entries by their title only,
    /// non-public paragraphs left out.</summary>
    static string PublicText(PublishedMinutesRecord r)
    {
        var text = new StringBuilder(r.Body.Name).Append('\n');
        foreach (var e in r.Entries.OrderBy(e => e.Position))
        {
            text.Append(e.CaseNumber).Append(' ').Append(e.Title).Append('\n');
            if (!e.IsPublic) continue;
            Line(text, Plain(NonPublicText.Strip(e.Notes)));
            Line(text, Plain(NonPublicText.Strip(e.Decision)));
            foreach (var a in e.ActionItems) Line(text, a.What);
        }
        return text.ToString();
    }

    /// <summary>Snippets are shown as text, so Markdown's marks (**, #, links' targets) would only be noise in them.</summary>
    static string? Plain(string? markdown) => SafeMarkdown.ToPlainText(markdown);

    static void Line(StringBuilder text, string? line)
    {
        if (!string.IsNullOrWhiteSpace(line)) text.Append(line).Append('\n');
    }

    static SearchDocument Doc(SearchKind kind, Guid id, Guid? bodyId, Guid? meetingId, DateTime? at, string title, params string?[] parts) => new()
    {
        Kind = kind, EntityId = id, BodyId = bodyId, MeetingId = meetingId, At = at,
        Title = Clean(title.Length > 400 ? title[..400] : title),
        Text = Clean(string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)))),
    };

    /// <summary>The snippet marks matches by offsets, never by markup in the text; control characters have no place here.</summary>
    static string Clean(string text) => new(text.Where(c => !char.IsControl(c) || c == '\n').ToArray());
}

/// <summary>Keeps <see cref="SearchDocument"/> rows in step with what they index, inside the SaveChanges that changes it,
/// so a crash leaves both or neither. Writes that bypass the change tracker (ExecuteUpdate, raw SQL) are not seen: none
/// touches an indexed entity's text (PublishedMinutesUpgrade rewrites the shape, not the words); a bulk load that does
/// raises <see cref="SearchDocuments.Version"/> or clears the stamp so start-up rebuilds.</summary>
public sealed class SearchIndexInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) IndexAsync(context, sync: true, default).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) await IndexAsync(context, sync: false, cancellationToken);
        return result;
    }

    /// <summary>The properties <see cref="SearchDocuments.For"/> reads. A change of anything else (an answer raising a
    /// meeting's InvitationsVersion, a reminder sent) leaves the index as it is and costs no look-up.</summary>
    static readonly HashSet<string> Indexed =
    [
        "Name", "Mandate", "Goal", "Tasks", "OrganisationNumber", "Website", "ArchivedAt", "Title", "Email", "Location",
        "CancellationReason", "StartsAtLocal", "Description", "PresenterText", "CaseNumber", "CaseYear", "BodyId", "MeetingId",
    ];

    static Guid KeyOf(object entity) => entity switch
    {
        Body b => b.Id,
        Organisation o => o.Id,
        Person p => p.Id,
        Meeting m => m.Id,
        AgendaItem i => i.Id,
        PublishedMinutes p => p.MinutesId,
        _ => throw new ArgumentOutOfRangeException(nameof(entity)),
    };

    static async ValueTask IndexAsync(DbContext context, bool sync, CancellationToken ct)
    {
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted
                || (e.State == EntityState.Modified && e.Properties.Any(p => p.IsModified && Indexed.Contains(p.Metadata.Name))))
            .Where(e => Array.IndexOf(SearchDocuments.Sources, e.Entity.GetType()) >= 0)
            .Select(e => (e.Entity, e.State))
            .ToList();
        if (changed.Count == 0) return;

        var set = context.Set<SearchDocument>();
        // Rows that may exist already: those of changed or deleted entities (a new entity has none), and every minutes'
        // rows when a new revision is published.
        var existingIds = changed.Where(c => c.State != EntityState.Added || c.Entity is PublishedMinutes)
            .Select(c => KeyOf(c.Entity)).Distinct().ToList();
        var existing = existingIds.Count == 0 ? []
            : sync ? set.Where(d => existingIds.Contains(d.EntityId)).ToList()
            : await set.Where(d => existingIds.Contains(d.EntityId)).ToListAsync(ct);

        foreach (var (entity, state) in changed)
            foreach (var (kind, id, publicCopy, document) in SearchDocuments.For(entity))
            {
                var row = existing.FirstOrDefault(d => d.Kind == kind && d.EntityId == id && d.PublicCopy == publicCopy);
                if (state == EntityState.Deleted || document is null)
                {
                    if (row is not null) set.Remove(row);
                }
                else if (row is null)
                {
                    set.Add(document);
                    existing.Add(document);
                }
                else
                {
                    row.Title = document.Title;
                    row.Text = document.Text;
                    row.BodyId = document.BodyId;
                    row.MeetingId = document.MeetingId;
                    row.At = document.At;
                }
            }
    }
}
