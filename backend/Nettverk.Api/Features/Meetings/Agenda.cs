namespace Nettverk.Api.Features.Meetings;

/// <summary>An agenda item with its clock times, computed from the meeting's start and the durations before it.</summary>
public sealed record TimedAgendaItem(AgendaItem Item, DateTime StartsAtLocal, DateTime EndsAtLocal)
{
    public string CaseLabel => AgendaItem.Label(Item.CaseNumber, Item.CaseYear);
}

public static class Agenda
{
    public static IReadOnlyList<TimedAgendaItem> Timed(Meeting meeting, IEnumerable<AgendaItem> items)
    {
        var at = meeting.StartsAtLocal;
        var timed = new List<TimedAgendaItem>();
        foreach (var item in items.OrderBy(i => i.Position))
        {
            var end = at.AddMinutes(item.DurationMinutes);
            timed.Add(new TimedAgendaItem(item, at, end));
            at = end;
        }
        return timed;
    }

    /// <summary>How many minutes the agenda runs past the meeting's end; 0 when it fits.</summary>
    public static int OverrunMinutes(Meeting meeting, IEnumerable<AgendaItem> items)
    {
        var total = items.Sum(i => i.DurationMinutes);
        var length = (int)(meeting.EndsAtLocal - meeting.StartsAtLocal).TotalMinutes;
        return Math.Max(0, total - length);
    }
}
