using Nettverk.Api.Features.Bodies;

namespace Nettverk.Api.Features.Search;

/// <summary>One thing found. <see cref="Id"/> is the thing's own id (the minutes' meeting for <see cref="SearchKind.Minutes"/>,
/// whose page is the meeting's); <see cref="MeetingId"/> is the meeting of a meeting, agenda item or minutes. Texts are
/// plain text: the matches are given as ranges, never as markup, so nothing in them is ever read as HTML.</summary>
public sealed record SearchHit(
    SearchKind Kind,
    Guid Id,
    string Title,
    IReadOnlyList<TextRange> TitleMatches,
    string? Snippet,
    IReadOnlyList<TextRange> SnippetMatches,
    NamedRef? Body,
    Guid? MeetingId,
    string? MeetingTitle,
    DateTime? At);
