using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

/// <summary>A meeting loaded for the current caller, for every feature that works on meetings (agenda, invitations,
/// calendar, documents, minutes). A meeting in a body the caller may not see answers as one that does not exist (never
/// reveal existence); only someone who sees it can be told 403. Commands on invitations load them with the meeting.</summary>
public static class MeetingAccess
{
    /// <summary>The meeting and the caller's access to its body, or (null, null) when it is not there for them: 404.</summary>
    public static async Task<(Meeting? Meeting, BodyAccess? Access)> ForViewAsync(NettverkDbContext db, BodyPermissions permissions,
        Guid id, CancellationToken ct, bool withInvitations = false)
    {
        IQueryable<Meeting> meetings = withInvitations ? db.Meetings.Include(m => m.Invitations) : db.Meetings;
        var meeting = await meetings.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return (null, null);
        var access = await permissions.ForBodyAsync(meeting.BodyId, ct);
        return access.CanView ? (meeting, access) : (null, null);
    }

    /// <summary>The meeting for its body's secretariat, or the refusal: 404 for those who cannot see it, 403 for the rest.</summary>
    public static async Task<(Meeting? Meeting, AccessRefusal? Refused)> ForSecretariatAsync(NettverkDbContext db,
        BodyPermissions permissions, Guid id, CancellationToken ct, bool withInvitations = false)
    {
        var (meeting, access) = await ForViewAsync(db, permissions, id, ct, withInvitations);
        if (meeting is null) return (null, Problems.NotFound("The meeting"));
        return access!.CanManage ? (meeting, null) : (null, Problems.Forbidden("Only the body's secretariat manages its meetings."));
    }

    /// <summary>The meeting for its secretariat to edit the agenda and papers: refused first when it is cancelled.</summary>
    public static async Task<(Meeting? Meeting, AccessRefusal? Refused)> ForAgendaAsync(NettverkDbContext db,
        BodyPermissions permissions, Guid id, CancellationToken ct)
    {
        var (meeting, refused) = await ForSecretariatAsync(db, permissions, id, ct);
        meeting?.EnsureAgendaOpen();
        return (meeting, refused);
    }
}
