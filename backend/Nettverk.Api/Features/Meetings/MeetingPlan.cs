using Nettverk.Api.Common;
using Nettverk.Api.Features.Bodies;

namespace Nettverk.Api.Features.Meetings;

public enum MeetingPlanStatus { Draft, Adopted }

/// <summary>A year's proposed meetings (møteplan). Generated from the body's rules, edited as a draft, and adopted:
/// adopting creates the meetings.</summary>
public sealed class MeetingPlan : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid BodyId { get; private set; }
    public int Year { get; private set; }
    public MeetingPlanStatus Status { get; private set; }
    public DateTime? AdoptedAt { get; private set; }
    public List<PlannedMeeting> Proposals { get; private set; } = [];
    Guid? IAudited.AuditBodyId => BodyId;

    private MeetingPlan() { }

    public MeetingPlan(Guid bodyId, int year)
    {
        if (year is < 2000 or > 2100) throw new FieldValidationException("year", ErrorCodes.OutOfRange, "A year between 2000 and 2100.",
            new() { ["min"] = 2000, ["max"] = 2100 });
        BodyId = bodyId;
        Year = year;
    }

    /// <summary>One proposal per preferred month (at most the yearly maximum), on the second Thursday at 12:00–14:00;
    /// the open meetings spread over the year. The seed network's rules give February, May, August and November.</summary>
    public static MeetingPlan Generate(Body body, int year)
    {
        var plan = new MeetingPlan(body.Id, year);
        var months = body.PreferredMonths.Count > 0 ? body.PreferredMonths.ToList() : [2, 5, 8, 11];
        if (body.MaxMeetingsPerYear is { } max) months = months.Take(max).ToList();
        var open = Math.Min(body.OpenMeetingsMin ?? 0, months.Count);
        var openIndexes = Enumerable.Range(1, open).Select(j => (int)Math.Round(j * months.Count / (double)(open + 1))).ToHashSet();
        for (var i = 0; i < months.Count; i++)
        {
            var date = NthWeekday(year, months[i], DayOfWeek.Thursday, 2);
            var isOpen = openIndexes.Contains(i);
            plan.Proposals.Add(new PlannedMeeting(plan.Id, date, new TimeOnly(12, 0), new TimeOnly(14, 0),
                isOpen ? MeetingFormat.Physical : MeetingFormat.Digital, null, null, isOpen));
        }
        return plan;
    }

    public void Replace(IEnumerable<PlannedMeeting> proposals)
    {
        EnsureDraft();
        Proposals.Clear();
        Proposals.AddRange(proposals.Select(p => p.For(Id)));
        for (var i = 0; i < Proposals.Count; i++)
        {
            if (Proposals[i].Date.Year != Year)
                throw new FieldValidationException($"proposals[{i}].date", ErrorCodes.ProposalOutsidePlanYear, $"The plan is for {Year}.",
                    new() { ["year"] = Year });
            if (Proposals[i].EndsAt <= Proposals[i].StartsAt)
                throw new FieldValidationException($"proposals[{i}].endsAt", ErrorCodes.MeetingEndsBeforeStart, "The meeting must end after it starts.");
        }
    }

    public void Adopt(DateTime nowUtc)
    {
        EnsureDraft();
        if (Proposals.Count == 0) throw new FieldValidationException("proposals", ErrorCodes.PlanEmpty, "The plan has no meetings.");
        Status = MeetingPlanStatus.Adopted;
        AdoptedAt = nowUtc;
    }

    void EnsureDraft()
    {
        if (Status != MeetingPlanStatus.Draft) throw new DomainRuleException("plan_adopted", "The plan is adopted; change the meetings themselves.");
    }

    static DateOnly NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }
}

public sealed class PlannedMeeting
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid PlanId { get; private set; }
    public DateOnly Date { get; private set; }
    public TimeOnly StartsAt { get; private set; }
    public TimeOnly EndsAt { get; private set; }
    public MeetingFormat Format { get; private set; }
    public string? Location { get; private set; }
    public string? VideoUrl { get; private set; }
    public bool IsOpen { get; private set; }

    private PlannedMeeting() { }

    public PlannedMeeting(Guid planId, DateOnly date, TimeOnly startsAt, TimeOnly endsAt, MeetingFormat format,
        string? location, string? videoUrl, bool isOpen)
    {
        PlanId = planId;
        Date = date;
        StartsAt = startsAt;
        EndsAt = endsAt;
        Format = format;
        Location = string.IsNullOrWhiteSpace(location) ? null : location.Trim();
        VideoUrl = string.IsNullOrWhiteSpace(videoUrl) ? null : videoUrl.Trim();
        IsOpen = isOpen;
    }

    internal PlannedMeeting For(Guid planId)
    {
        PlanId = planId;
        return this;
    }
}
