using Nettverk.Api.Common;

namespace Nettverk.Api.Features.Bodies;

public enum BodyKind { Network, SteeringGroup, ProjectGroup, ReferenceGroup, WorkingGroup, PoliticalCommittee }

/// <summary>Any multi-party body in the seeds: a network, a steering or working group, a political committee.</summary>
public sealed class Body : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Name { get; private set; } = "";
    public BodyKind Kind { get; private set; }
    public string? Mandate { get; private set; }
    public string? Goal { get; private set; }
    public List<string> Tasks { get; private set; } = [];
    public string? AdoptedBy { get; private set; }
    public DateOnly? AdoptedOn { get; private set; }
    public Guid? OwnerOrganisationId { get; private set; }
    public Guid? ParentBodyId { get; private set; }
    public bool IsPublic { get; private set; }
    /// <summary>The readable part of the public page's address (/offentlig/organer/{slug}); unique; kept when the name changes.</summary>
    public string? Slug { get; private set; }
    /// <summary>Whether the public page names the representatives of the member organisations (names only, never contact details).</summary>
    public bool PublishRepresentatives { get; private set; }
    public int? MaxMeetingsPerYear { get; private set; }
    public List<int> PreferredMonths { get; private set; } = [];
    public int? OpenMeetingsMin { get; private set; }
    public int? OpenMeetingsMax { get; private set; }
    /// <summary>Days before a meeting that reminders go out (default 7 and 1).</summary>
    public List<int> ReminderDaysBefore { get; private set; } = [7, 1];
    /// <summary>Days after the invitations went out that those who have not answered are asked again (default 3).</summary>
    public int? ChaseAfterDays { get; private set; } = 3;
    /// <summary>Days after a meeting that the secretariat is reminded when it has no minutes yet (default 3).</summary>
    public int MinutesDueDays { get; private set; } = 3;
    /// <summary>Days before an action item's due date that the one responsible is reminded (default 3).</summary>
    public int ActionItemReminderDays { get; private set; } = 3;
    public DateTime? ArchivedAt { get; private set; }
    public List<BodySecretary> Secretariat { get; private set; } = [];
    public List<BodyReportingLine> ReportsTo { get; private set; } = [];

    Guid? IAudited.AuditBodyId => Id;

    private Body() { }

    public Body(string name, BodyKind kind) { Name = name; Kind = kind; }

    public void Describe(string name, BodyKind kind, string? mandate, string? goal, IEnumerable<string> tasks,
        string? adoptedBy, DateOnly? adoptedOn, Guid? ownerOrganisationId, Guid? parentBodyId, bool isPublic)
    {
        if (parentBodyId == Id) throw new FieldValidationException("parentBodyId", ErrorCodes.BodyOwnParent, "A body cannot be its own parent.");
        Name = name.Trim();
        Kind = kind;
        Mandate = mandate;
        Goal = goal;
        // Blank lines from a form are dropped; an overlong list or task is refused rather than cut.
        var cleanTasks = tasks.Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        if (cleanTasks.Count > 50) throw new FieldValidationException("tasks", ErrorCodes.TooMany, "A body has at most 50 tasks.", new() { ["max"] = 50 });
        if (cleanTasks.Any(t => t.Length > 1000)) throw new FieldValidationException("tasks", ErrorCodes.TooLong, "A task is at most 1000 characters.", new() { ["max"] = 1000 });
        Tasks = cleanTasks;
        AdoptedBy = adoptedBy;
        AdoptedOn = adoptedOn;
        OwnerOrganisationId = ownerOrganisationId;
        ParentBodyId = parentBodyId;
        IsPublic = isPublic;
    }

    public void SetMeetingRules(int? maxMeetingsPerYear, IEnumerable<int> preferredMonths, int? openMin, int? openMax)
    {
        var months = preferredMonths.Distinct().Order().ToList();
        if (months.Any(m => m is < 1 or > 12))
            throw new FieldValidationException("meetingRules.preferredMonths", ErrorCodes.MonthOutOfRange, "Months are 1 to 12.", new() { ["min"] = 1, ["max"] = 12 });
        if (openMin > openMax)
            throw new FieldValidationException("meetingRules.openMeetingsMin", ErrorCodes.MinExceedsMax, "The minimum cannot exceed the maximum.");
        if (openMax > maxMeetingsPerYear)
            throw new FieldValidationException("meetingRules.openMeetingsMax", ErrorCodes.OpenMeetingsExceedMeetings, "More open meetings than meetings a year.");
        MaxMeetingsPerYear = maxMeetingsPerYear;
        PreferredMonths = months;
        OpenMeetingsMin = openMin;
        OpenMeetingsMax = openMax;
    }

    public void SetReminders(IEnumerable<int>? daysBefore, int? chaseAfterDays)
    {
        var days = (daysBefore ?? [7, 1]).Distinct().OrderDescending().ToList();
        if (days.Count > 5 || days.Any(d => d is < 1 or > 60))
            throw new FieldValidationException("meetingRules.reminderDaysBefore", ErrorCodes.ReminderDaysInvalid, "Up to five reminders, 1 to 60 days before.",
                new() { ["maxReminders"] = 5, ["min"] = 1, ["max"] = 60 });
        if (chaseAfterDays is < 1 or > 60)
            throw new FieldValidationException("meetingRules.chaseAfterDays", ErrorCodes.DaysAfterInvitation, "1 to 60 days after the invitation.",
                new() { ["min"] = 1, ["max"] = 60 });
        ReminderDaysBefore = days;
        ChaseAfterDays = chaseAfterDays;
    }

    public void SetFollowUp(int? minutesDueDays, int? actionItemReminderDays)
    {
        if (minutesDueDays is < 1 or > 60)
            throw new FieldValidationException("meetingRules.minutesDueDays", ErrorCodes.DaysAfterMeeting, "1 to 60 days after the meeting.",
                new() { ["min"] = 1, ["max"] = 60 });
        if (actionItemReminderDays is < 1 or > 60)
            throw new FieldValidationException("meetingRules.actionItemReminderDays", ErrorCodes.DaysBeforeDue, "1 to 60 days before the due date.",
                new() { ["min"] = 1, ["max"] = 60 });
        MinutesDueDays = minutesDueDays ?? 3;
        ActionItemReminderDays = actionItemReminderDays ?? 3;
    }

    public void SetReportsTo(IEnumerable<Guid> committeeIds)
    {
        var wanted = committeeIds.Distinct().ToHashSet();
        if (wanted.Contains(Id)) throw new FieldValidationException("reportsToBodyIds", ErrorCodes.BodyReportsToItself, "A body cannot report to itself.");
        ReportsTo.RemoveAll(r => !wanted.Contains(r.CommitteeId));
        foreach (var id in wanted.Where(id => ReportsTo.All(r => r.CommitteeId != id)))
            ReportsTo.Add(new BodyReportingLine(Id, id));
    }

    public void SetSecretariat(IEnumerable<Guid> personIds)
    {
        var wanted = personIds.Distinct().ToHashSet();
        Secretariat.RemoveAll(s => !wanted.Contains(s.PersonId));
        foreach (var id in wanted.Where(id => Secretariat.All(s => s.PersonId != id)))
            Secretariat.Add(new BodySecretary(Id, id));
    }

    public void Archive(DateTime now) => ArchivedAt ??= now;

    /// <summary>Sets the slug (already checked by <see cref="BodySlugs.IsWellFormed"/> and for uniqueness by the caller).</summary>
    public void SetSlug(string slug) => Slug = slug;

    public void SetPublishRepresentatives(bool publish) => PublishRepresentatives = publish;
}

/// <summary>A person in the body's secretariat: plans meetings, manages members.</summary>
public sealed class BodySecretary(Guid bodyId, Guid personId) : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid BodyId { get; private set; } = bodyId;
    public Guid PersonId { get; private set; } = personId;
    Guid? IAudited.AuditBodyId => BodyId;
}

/// <summary>The body reports to this political committee (seed 004: minutes go as cases to two hovedutvalg and a nemnd).</summary>
public sealed class BodyReportingLine(Guid bodyId, Guid committeeId) : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid BodyId { get; private set; } = bodyId;
    public Guid CommitteeId { get; private set; } = committeeId;
    Guid? IAudited.AuditBodyId => BodyId;
}
