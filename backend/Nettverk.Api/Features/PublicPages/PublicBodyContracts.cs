using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Hearings;
using Nettverk.Api.Features.Meetings;

namespace Nettverk.Api.Features.PublicPages;

/// <summary>What the public page of a body shows, also answered as JSON at GET /api/public/bodies/{slug}. Names of
/// organisations and (when the body publishes them) of representatives; never an e-mail address or a phone number.</summary>
public sealed record PublicBodyDto(Guid Id, string Slug, string Name, BodyKind Kind, string? Mandate, string? MandateHtml, string? Goal,
    IReadOnlyList<string> Tasks, string? AdoptedBy, DateOnly? AdoptedOn, bool PublishesRepresentatives,
    IReadOnlyList<PublicMemberDto> Members, int MeetingPlanYear, IReadOnlyList<PublicMeetingDto> Meetings,
    IReadOnlyList<PublicMinutesLinkDto> Minutes, IReadOnlyList<PublicHearingLinkDto> Hearings,
    IReadOnlyList<PublicStatementView> Statements, string PageUrl, string FeedUrl, string CalendarUrl, string CalendarWebcalUrl);

/// <summary>A member organisation; its representatives' names only when the body publishes them (else empty).</summary>
public sealed record PublicMemberDto(string Organisation, IReadOnlyList<string> Representatives);

/// <summary>A meeting of the year's plan. The place only for open meetings; a video link never.
/// <paramref name="RegistrationUrl"/> for open meetings that have not started (the registration page of the SPA).</summary>
public sealed record PublicMeetingDto(Guid Id, string Title, DateTime StartsAtLocal, DateTime EndsAtLocal, MeetingFormat Format,
    string? Location, bool IsOpen, bool Cancelled, string? RegistrationUrl);

public sealed record PublicMinutesLinkDto(Guid MeetingId, string Title, DateTime MeetingStartsAtLocal, DateTime PublishedAt, string Url);

public sealed record PublicHearingLinkDto(string Slug, string Title, HearingState State, DateTime OpensAt, DateTime ClosesAt,
    bool ResponsesPublished, string Url);

/// <summary>A political committee's statement on a report from the body (its data comes from the reports feature).</summary>
public sealed record PublicStatementView(string CommitteeName, DateOnly MeetingDate, string CaseNumber, string Text, string? Decision,
    string ReportTitle);

/// <summary>A line of the index of public bodies.</summary>
public sealed record PublicBodySummary(string Slug, string Name, BodyKind Kind, string Url);
