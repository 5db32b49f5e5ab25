using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Mail.Inbound;

/// <summary>Reads the calendar answers (iMIP REPLY) that attendees' calendars e-mail to the ORGANIZER address from the
/// <c>Mail:Inbound</c> mailbox over IMAP, applies each with the rules of <c>POST /api/calendar/replies</c>, and moves every
/// message it has dealt with out of the folder: to <c>ProcessedFolder</c> when applied, to <c>UnprocessedFolder</c>
/// for a person to look at otherwise. It never deletes mail; a message it cannot deal with now stays where it is.</summary>
public sealed class InboundMailbox(IServiceScopeFactory scopes, IOptions<InboundMailOptions> options, TimeProvider clock,
    ILogger<InboundMailbox> log)
{
    enum Destination { Processed, Unprocessed, Stay }

    // One pass at a time in this process: the scheduler's run and a manual one must not fetch the same message twice.
    readonly SemaphoreSlim oneAtATime = new(1, 1);

    /// <summary>One pass over the folder; returns how many messages were handled (moved). A connection or server
    /// failure is logged, not thrown: the mail stays in the mailbox and the next poll tries again.</summary>
    public async Task<int> PollAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (!o.IsConfigured) return 0;
        await oneAtATime.WaitAsync(ct);
        try { return await PollOnceAsync(o, ct); }
        finally { oneAtATime.Release(); }
    }

    async Task<int> PollOnceAsync(InboundMailOptions o, CancellationToken ct)
    {
        var handled = 0;
        using var client = new ImapClient { Timeout = Math.Max(1, o.TimeoutSeconds) * 1000 };
        try
        {
            await client.ConnectAsync(o.Host!, o.Port, Map(o.Security), ct);
            if (!string.IsNullOrEmpty(o.UserName)) await client.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
            var folder = string.Equals(o.Folder, "INBOX", StringComparison.OrdinalIgnoreCase) ? client.Inbox : await client.GetFolderAsync(o.Folder, ct);
            await folder.OpenAsync(FolderAccess.ReadWrite, ct);
            var processed = await EnsureFolderAsync(client, o.ProcessedFolder, ct);
            var unprocessed = await EnsureFolderAsync(client, o.UnprocessedFolder, ct);
            // Handled messages are moved away, so the folder holds only what is still to do (and, on a server without
            // MOVE or UIDPLUS, copies we marked \Deleted but could not expunge alone).
            foreach (var uid in await folder.SearchAsync(SearchQuery.NotDeleted, ct))
            {
                byte[] raw;
                using (var stream = await folder.GetStreamAsync(uid, ct))
                using (var buffer = new MemoryStream())
                {
                    await stream.CopyToAsync(buffer, ct);
                    raw = buffer.ToArray();
                }
                var destination = await HandleAsync(raw, ct);
                if (destination == Destination.Stay) continue;
                await MoveAsync(client, folder, uid, destination == Destination.Processed ? processed : unprocessed, ct);
                handled++;
            }
            await client.DisconnectAsync(true, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The connection, the server or the database failed: what was not moved stays in the folder for next time.
            log.LogWarning(e, "Reading calendar answers from the mailbox {Address} at {Host}:{Port} failed after {Handled} messages; the next poll tries again",
                o.Address, o.Host, o.Port, handled);
        }
        return handled;
    }

    async Task<Destination> HandleAsync(byte[] raw, CancellationToken ct)
    {
        MimeMessage? message = null;
        try { message = await MimeMessage.LoadAsync(new MemoryStream(raw), ct); }
        catch (FormatException) { }
        var key = ImipMessage.Key(message, raw);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NettverkDbContext>();
        if (await db.InboundMessages.AnyAsync(m => m.Key == key && m.Outcome == InboundOutcome.Applied, ct))
        {
            // Applied before (delivered twice, or a crash came between the commit and the move): only move it now.
            log.LogInformation("Calendar answer {Key} was applied before; moved to {Folder} without applying it again", key, options.Value.ProcessedFolder);
            return Destination.Processed;
        }

        var (outcome, detail) = message is null
            ? (InboundOutcome.Unreadable, "Not a MIME message.")
            : await ApplyAsync(message, scope.ServiceProvider.GetRequiredService<CalendarReplies>(), ct);
        // Nothing but the record is saved for an answer that was not applied.
        if (outcome != InboundOutcome.Applied) db.ChangeTracker.Clear();
        var now = clock.GetUtcNow().UtcDateTime;
        var from = message?.From.Mailboxes.FirstOrDefault()?.Address;
        var seen = await db.InboundMessages.FirstOrDefaultAsync(m => m.Key == key, ct);
        if (seen is null) db.Add(new InboundMessage(key, from, message?.Subject, outcome, detail, now));
        else seen.Record(outcome, detail, now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
        {
            // Another poll recorded the same message at the same moment (the next poll finds its record and moves it), or
            // another answer to the meeting committed first (the next poll applies this one to what that left).
            log.LogWarning(e, "Could not record calendar answer {Key}; left in the mailbox for the next poll", key);
            return Destination.Stay;
        }
        if (outcome == InboundOutcome.Applied)
        {
            log.LogInformation("Applied the calendar answer {Key} from {From}: {Detail}", key, from, detail);
            return Destination.Processed;
        }
        log.LogInformation("Calendar answer {Key} from {From} not applied ({Outcome}: {Detail}); moved to {Folder}",
            key, from, outcome, detail, options.Value.UnprocessedFolder);
        return Destination.Unprocessed;
    }

    static async Task<(InboundOutcome, string)> ApplyAsync(MimeMessage message, CalendarReplies replies, CancellationToken ct)
    {
        var calendar = ImipMessage.CalendarText(message);
        if (calendar is null) return (InboundOutcome.NotCalendar, "The message has no calendar part.");
        var (reply, error) = CalendarReplies.Parse(calendar);
        if (reply is null) return (InboundOutcome.Invalid, error ?? "Not a REPLY.");
        if (!ImipMessage.IsFrom(message, reply.AttendeeEmail))
            return (InboundOutcome.WrongSender, $"The reply answers for {reply.AttendeeEmail}, who did not send it.");
        var result = await replies.ApplyAsync(calendar, "kalendersvar", _ => Task.FromResult(true), ct);
        var outcome = result.Outcome switch
        {
            ReplyOutcome.Applied => InboundOutcome.Applied,
            ReplyOutcome.Invalid => InboundOutcome.Invalid,
            ReplyOutcome.UnknownMeeting => InboundOutcome.UnknownMeeting,
            ReplyOutcome.Stale => InboundOutcome.Stale,
            ReplyOutcome.UnknownAttendee => InboundOutcome.UnknownAttendee,
            _ => InboundOutcome.Refused,
        };
        var detail = result.Code is null ? result.Detail : $"{result.Code}: {result.Detail}";
        return (outcome, outcome == InboundOutcome.Applied ? $"{reply.AttendeeEmail} {reply.Answer}" : detail);
    }

    /// <summary>MOVE where the server has it; else COPY, \Deleted and UID EXPUNGE of that message only. Without UIDPLUS
    /// a plain EXPUNGE would also remove whatever a person had marked deleted, so the copy is left marked instead.</summary>
    static async Task MoveAsync(ImapClient client, IMailFolder folder, UniqueId uid, IMailFolder destination, CancellationToken ct)
    {
        if (client.Capabilities.HasFlag(ImapCapabilities.Move))
        {
            await folder.MoveToAsync(uid, destination, ct);
            return;
        }
        await folder.CopyToAsync(uid, destination, ct);
        await folder.AddFlagsAsync(uid, MessageFlags.Deleted, silent: true, ct);
        if (client.Capabilities.HasFlag(ImapCapabilities.UidPlus)) await folder.ExpungeAsync([uid], ct);
    }

    static async Task<IMailFolder> EnsureFolderAsync(ImapClient client, string name, CancellationToken ct)
    {
        try { return await client.GetFolderAsync(name, ct); }
        catch (FolderNotFoundException) { }
        // Servers with a personal namespace prefix (e.g. "INBOX.") keep our folders under it.
        var root = client.GetFolder(client.PersonalNamespaces[0]);
        try { return await root.GetSubfolderAsync(name, ct); }
        catch (FolderNotFoundException) { }
        return await root.CreateAsync(name, isMessageFolder: true, ct) ?? throw new FolderNotFoundException(name);
    }

    static SecureSocketOptions Map(MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
