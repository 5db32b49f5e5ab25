using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

/// <summary>Answers that arrive at the same moment (two seats' representatives declining, a double click) load the same
/// invitations; the one that commits second would call a deputy the first called already. Its save fails, on the
/// meeting's <see cref="Meeting.InvitationsVersion"/> or, if its insert ran first, on the one-invitation-per-person
/// index. An answer is the person's own and one click should record it, so it runs once more on a fresh load, where the
/// deputy chain sees what the other answer did. A second failure reaches the exception handler as a 409.</summary>
public static class ConcurrentAnswers
{
    /// <summary>The 409 codes recording an answer can give, wherever it comes from (the app, the secretariat, the e-mail
    /// link, a calendar reply): the rules of <see cref="Meeting.Respond"/> and the deputy it calls in, and a race lost
    /// twice.</summary>
    public static readonly string[] Refusals =
    [
        "meeting_cancelled", "meeting_past", "invitation_withdrawn", "already_invited",
        Common.ProblemExceptionHandler.ConcurrencyConflict, Common.ProblemExceptionHandler.UniqueConflict,
    ];

    /// <summary>Runs <paramref name="answer"/> (load, respond, compose, save), and once more after a lost race.</summary>
    public static async Task<T> RecordAsync<T>(NettverkDbContext db, Func<Task<T>> answer)
    {
        try
        {
            return await answer();
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(e))
        {
            // Everything the lost attempt loaded or added (its answer, its e-mails) is dropped; the retry loads afresh.
            db.ChangeTracker.Clear();
            return await answer();
        }
    }
}
