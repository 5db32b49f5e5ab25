using System.Text;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Minutes;

/// <summary>One standing item for the start of an agenda.</summary>
public sealed record StandingItem(StandardAgendaItem Standard, string Title, AgendaItemKind Kind, string? Description, int DurationMinutes);

/// <summary>Continuity between meetings: when the secretariat starts the next agenda, it opens with approving the
/// previous meeting's minutes (unless they are approved already) and following up the body's open action items.</summary>
public static class AgendaContinuity
{
    public static async Task<List<StandingItem>> StandingItemsAsync(NettverkDbContext db, Meeting meeting, DateOnly today, CancellationToken ct)
    {
        var items = new List<StandingItem>();
        var previous = await db.Meetings.AsNoTracking()
            .Where(m => m.BodyId == meeting.BodyId && m.Id != meeting.Id && m.Status == MeetingStatus.Called && m.StartsAtUtc < meeting.StartsAtUtc)
            .OrderByDescending(m => m.StartsAtUtc).FirstOrDefaultAsync(ct);
        if (previous is not null)
        {
            var status = await db.Minutes.Where(x => x.MeetingId == previous.Id).Select(x => (MinutesStatus?)x.Status).FirstOrDefaultAsync(ct);
            if (status is not (MinutesStatus.Approved or MinutesStatus.Published))
                items.Add(new StandingItem(StandardAgendaItem.PreviousMinutes, "Godkjenning av referat fra forrige møte", AgendaItemKind.Decision,
                    $"Referat fra møtet {MeetingTexts.Date(previous.StartsAtLocal)} legges fram til godkjenning.", 5));
        }

        var open = await MinutesReads.ActionItemsAsync(db,
            db.ActionItems.Where(a => a.BodyId == meeting.BodyId && a.MeetingId != meeting.Id && a.IsLive && a.Status == ActionItemStatus.Open),
            today, ct);
        if (open.Count > 0)
        {
            var text = new StringBuilder("Åpne oppfølgingspunkter:\n\n");
            foreach (var a in open)
            {
                var who = string.Join(", ", new[] { a.ResponsibleOrganisation?.Name, a.ResponsiblePerson?.Name }.Where(n => !string.IsNullOrEmpty(n)));
                var details = new[] { who.Length > 0 ? $"ansvarlig: {who}" : null, a.DueOn is { } d ? $"frist {MeetingTexts.Date(d.ToDateTime(TimeOnly.MinValue))}" : null }
                    .Where(x => x is not null);
                text.Append($"- Sak {a.CaseNumber}: {a.What}");
                if (details.Any()) text.Append($" ({string.Join("; ", details)})");
                text.Append('\n');
            }
            items.Add(new StandingItem(StandardAgendaItem.FollowUp, "Oppfølging fra forrige møte", AgendaItemKind.Information, text.ToString().TrimEnd(), 10));
        }
        return items;
    }
}
