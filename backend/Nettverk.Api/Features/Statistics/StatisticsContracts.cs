namespace Nettverk.Api.Features.Statistics;

/// <summary>Attendance per organisation over the meetings whose minutes record it: one count per seat and meeting.</summary>
public sealed record AttendanceStatistics(DateOnly? From, DateOnly? To, int Meetings, IReadOnlyList<AttendanceRow> Organisations);

public sealed record AttendanceRow(string? Organisation, int Meetings, int Present, int DeputyPresent, int Absent);

/// <summary>Answers to the invitations of called meetings, per organisation (by the seat invited for) and per meeting.</summary>
public sealed record AnswerStatistics(DateOnly? From, DateOnly? To, int Meetings, IReadOnlyList<AnswerRow> Organisations,
    IReadOnlyList<MeetingAnswerRow> PerMeeting);

public sealed record AnswerRow(string? Organisation, int Invited, int Accepted, int Tentative, int Declined, int NoAnswer);

public sealed record MeetingAnswerRow(Guid MeetingId, string Title, DateTime StartsAt, int Invited, int Accepted, int Tentative,
    int Declined, int NoAnswer);

/// <summary>Action items per month: opened, done and dropped in the month, and open at its end.</summary>
public sealed record ActionItemStatistics(DateOnly? From, DateOnly? To, int OpenNow, IReadOnlyList<ActionItemMonth> Months);

/// <summary><see cref="Month"/> as yyyy-MM.</summary>
public sealed record ActionItemMonth(string Month, int Opened, int Done, int Dropped, int OpenAtEnd);

/// <summary>Hearings and input rounds (those answered per organisation): how often each organisation was asked and answered.</summary>
public sealed record ParticipationStatistics(DateOnly? From, DateOnly? To, int Hearings, IReadOnlyList<ResponseRow> HearingResponses,
    int InputRounds, IReadOnlyList<ResponseRow> InputRoundResponses);

public sealed record ResponseRow(string? Organisation, int Invited, int Answered);
