using Nettverk.Api.Calendar;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Memberships;

namespace Nettverk.Api.Features.Meetings;

public enum MeetingFormat { Digital, Physical, Hybrid }

/// <summary>Planned: created (from the plan or by hand), not yet called. Called: the agenda is published and the
/// invitations are out. Cancelled: called off; nothing more is sent but the cancellation.</summary>
public enum MeetingStatus { Planned, Called, Cancelled }

/// <summary>A meeting's status as the API shows it: the stored <see cref="MeetingStatus"/>, except that a meeting whose end
/// has passed and that was not cancelled is Held. Held follows from the clock, so it is derived on every read (<see
/// cref="Meeting.StateAt"/>), never stored where it would go stale. A meeting that ends uncalled is Held too: it can no
/// longer be called, changed or cancelled, and its minutes can be written; "Planned" would offer what the API refuses.</summary>
public enum MeetingState { Planned, Called, Held, Cancelled }

/// <summary>A meeting of a body. Times are Europe/Oslo wall-clock times; the UTC instants beside them are derived
/// and kept for queries and reminders. <see cref="Sequence"/> is the iCalendar SEQUENCE of the invitations. The meeting
/// owns its <see cref="Invitations"/> (Meeting.Invitations.cs): each change returns the messages its rules call for.</summary>
public sealed partial class Meeting : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid BodyId { get; private set; }
    public string Title { get; private set; } = "";
    public DateTime StartsAtLocal { get; private set; }
    public DateTime EndsAtLocal { get; private set; }
    public DateTime StartsAtUtc { get; private set; }
    public DateTime EndsAtUtc { get; private set; }
    public MeetingFormat Format { get; private set; }
    public string? Location { get; private set; }
    public string? VideoUrl { get; private set; }
    public bool IsOpen { get; private set; }
    public MeetingStatus Status { get; private set; }
    public int Sequence { get; private set; }
    public DateTime? CalledAt { get; private set; }
    public DateTime? CancelledAt { get; private set; }
    public string? CancellationReason { get; private set; }
    /// <summary>Raised by every agenda edit; the invitees have the version in <see cref="PublishedAgendaVersion"/>.</summary>
    public int AgendaVersion { get; private set; }
    public int PublishedAgendaVersion { get; private set; }
    /// <summary>The iCalendar UID, fixed when the meeting is first called (<see cref="FixCalendarUid"/>) and never changed:
    /// every invitation, update, cancellation and feed entry carries it, and replies are matched by it.</summary>
    public string? CalendarUid { get; private set; }
    /// <summary>Raised by every command that may change the invitations (call, change, cancel, an answer, a deputy called
    /// in) and checked on save (a concurrency token): two such commands that loaded the same state cannot both commit,
    /// so two answers at once cannot both call the same deputy. The loser's save fails; answers run once more.</summary>
    public int InvitationsVersion { get; private set; }
    Guid? IAudited.AuditBodyId => BodyId;

    private Meeting() { }

    public Meeting(Guid bodyId, string title, DateTime startsAtLocal, DateTime endsAtLocal, MeetingFormat format,
        string? location, string? videoUrl, bool isOpen)
    {
        BodyId = bodyId;
        Title = title.Trim();
        Set(startsAtLocal, endsAtLocal, format, location, videoUrl);
        IsOpen = isOpen;
        Status = MeetingStatus.Planned;
    }

    /// <summary>Stores the UID if the meeting has none yet; returns the stored one.</summary>
    public string FixCalendarUid(string domain) => CalendarUid ??= CalendarUids.For(Id, domain);

    /// <summary>The UID an entry carries: the stored one, or (before the meeting is called) the one calling will store.</summary>
    public string CalendarUidOr(string domain) => CalendarUid ?? CalendarUids.For(Id, domain);

    public bool HasEnded(DateTime nowUtc) => EndsAtUtc <= nowUtc;

    public MeetingState StateAt(DateTime nowUtc) => Status switch
    {
        MeetingStatus.Cancelled => MeetingState.Cancelled,
        _ when HasEnded(nowUtc) => MeetingState.Held,
        MeetingStatus.Called => MeetingState.Called,
        _ => MeetingState.Planned,
    };

    /// <summary>Changes what the meeting is. Once called, a change the invitees see (time, place, title) raises the
    /// SEQUENCE, so calendars replace the entry instead of adding a second one, and sends everyone invited an update.</summary>
    public IReadOnlyList<InvitationMessage> Change(string title, DateTime startsAtLocal, DateTime endsAtLocal, MeetingFormat format,
        string? location, string? videoUrl, bool isOpen, DateTime nowUtc)
    {
        EnsureNotOver(nowUtc);
        EnsureNotCancelled();
        InvitationsVersion++;
        var changes = new List<MeetingChange>();
        if (startsAtLocal != StartsAtLocal || endsAtLocal != EndsAtLocal) changes.Add(MeetingChange.Time);
        if (format != Format || Normalise(location) != Location || Normalise(videoUrl) != VideoUrl) changes.Add(MeetingChange.Place);
        if (title.Trim() != Title) changes.Add(MeetingChange.Title);
        Title = title.Trim();
        Set(startsAtLocal, endsAtLocal, format, location, videoUrl);
        IsOpen = isOpen;
        if (Status != MeetingStatus.Called || changes.Count == 0) return [];
        Sequence++;
        return SendToThoseBehind(InvitationMailKind.Update, changes);
    }

    /// <summary>The state change alone, for data written as it was (the demo's and tests' seeds write their own
    /// invitations); the app calls a meeting with <see cref="Call(IEnumerable{Seat}, string, DateTime)"/>.</summary>
    internal void Call(DateTime nowUtc)
    {
        EnsureNotCancelled();
        EnsureNotOver(nowUtc);
        if (Status == MeetingStatus.Planned)
        {
            // The first invitations carry the agenda as it is now.
            CalledAt = nowUtc;
            PublishedAgendaVersion = AgendaVersion;
        }
        Status = MeetingStatus.Called;
    }

    /// <summary>Records an agenda edit; the invitees hear of it when the meeting is called again.</summary>
    public void AgendaEdited()
    {
        EnsureAgendaOpen();
        AgendaVersion++;
    }

    /// <summary>A cancelled meeting's agenda and papers are closed.</summary>
    public void EnsureAgendaOpen() => EnsureNotCancelled();

    public bool AgendaChangedSinceCalled => Status == MeetingStatus.Called && AgendaVersion != PublishedAgendaVersion;

    /// <summary>Publishes the agenda as it is now. Once called, a changed agenda raises the SEQUENCE so the update
    /// replaces the calendar entry; an unchanged one sends nothing.</summary>
    bool PublishAgenda()
    {
        var changed = AgendaChangedSinceCalled;
        if (changed) Sequence++;
        PublishedAgendaVersion = AgendaVersion;
        return changed;
    }

    /// <summary>Calls the meeting off. Once called, the SEQUENCE rises and everyone still invited gets a CANCEL. A meeting
    /// that is over is history: cancelling it would send CANCELs for a meeting held and close its minutes.</summary>
    public IReadOnlyList<InvitationMessage> Cancel(string? reason, DateTime nowUtc)
    {
        if (Status == MeetingStatus.Cancelled) throw new DomainRuleException("meeting_cancelled", "The meeting is already cancelled.");
        EnsureNotOver(nowUtc);
        InvitationsVersion++;
        var wasCalled = Status == MeetingStatus.Called;
        if (wasCalled) Sequence++;
        Status = MeetingStatus.Cancelled;
        CancelledAt = nowUtc;
        CancellationReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        return wasCalled ? SendToThoseBehind(InvitationMailKind.Cancellation, []) : [];
    }

    void EnsureNotCancelled()
    {
        if (Status == MeetingStatus.Cancelled) throw new DomainRuleException("meeting_cancelled", "The meeting is cancelled.");
    }

    void EnsureNotOver(DateTime nowUtc)
    {
        if (HasEnded(nowUtc)) throw new DomainRuleException("meeting_past", "The meeting is over.");
    }

    void Set(DateTime startsAtLocal, DateTime endsAtLocal, MeetingFormat format, string? location, string? videoUrl)
    {
        startsAtLocal = DateTime.SpecifyKind(startsAtLocal, DateTimeKind.Unspecified);
        endsAtLocal = DateTime.SpecifyKind(endsAtLocal, DateTimeKind.Unspecified);
        if (endsAtLocal <= startsAtLocal) throw new FieldValidationException("endsAt", ErrorCodes.MeetingEndsBeforeStart, "The meeting must end after it starts.");
        if (endsAtLocal - startsAtLocal > TimeSpan.FromHours(24)) throw new FieldValidationException("endsAt", ErrorCodes.MeetingTooLong, "A meeting lasts at most 24 hours.",
            new() { ["maxHours"] = 24 });
        if (OsloTime.Zone.IsInvalidTime(startsAtLocal)) throw new FieldValidationException("startsAt", ErrorCodes.TimeDoesNotExist, "That time does not exist in Norway (the clocks go forward).");
        if (OsloTime.Zone.IsInvalidTime(endsAtLocal)) throw new FieldValidationException("endsAt", ErrorCodes.TimeDoesNotExist, "That time does not exist in Norway (the clocks go forward).");
        location = Normalise(location);
        videoUrl = Normalise(videoUrl);
        if (videoUrl is not null && !(Uri.TryCreate(videoUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            throw new FieldValidationException("videoUrl", ErrorCodes.InvalidUrl, "Give a web address (https://…).");
        if (format is MeetingFormat.Digital or MeetingFormat.Hybrid && videoUrl is null && Status == MeetingStatus.Called)
            throw new FieldValidationException("videoUrl", ErrorCodes.VideoUrlRequired, "A digital or hybrid meeting needs its video link.");
        if (format is MeetingFormat.Physical or MeetingFormat.Hybrid && location is null && Status == MeetingStatus.Called)
            throw new FieldValidationException("location", ErrorCodes.LocationRequired, "A physical or hybrid meeting needs a place.");
        StartsAtLocal = startsAtLocal;
        EndsAtLocal = endsAtLocal;
        StartsAtUtc = OsloTime.ToUtc(startsAtLocal);
        EndsAtUtc = OsloTime.ToUtc(endsAtLocal);
        Format = format;
        Location = location;
        VideoUrl = videoUrl;
    }

    /// <summary>Before a meeting is called its place may still be open; calling it needs what the invitation will say.</summary>
    void EnsureCallable()
    {
        if (Format is MeetingFormat.Digital or MeetingFormat.Hybrid && VideoUrl is null)
            throw new FieldValidationException("videoUrl", ErrorCodes.VideoUrlRequiredToCall, "A digital or hybrid meeting needs its video link before it is called.");
        if (Format is MeetingFormat.Physical or MeetingFormat.Hybrid && Location is null)
            throw new FieldValidationException("location", ErrorCodes.LocationRequiredToCall, "A physical or hybrid meeting needs a place before it is called.");
    }

    static string? Normalise(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public enum MeetingChange { Time, Place, Title }
