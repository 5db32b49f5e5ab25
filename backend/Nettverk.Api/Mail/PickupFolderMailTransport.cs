using Microsoft.Extensions.Options;
using MimeKit;

namespace Nettverk.Api.Mail;

/// <summary>The embedded default: every message as an .eml file in the data folder, readable by administrators and by
/// any mail client. Named by the outbox row, so a resend overwrites the file instead of adding a second one.</summary>
public sealed class PickupFolderMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    public Task<IMailSession> OpenAsync(CancellationToken ct)
    {
        var folder = Path.GetFullPath(options.Value.PickupFolder ?? throw new InvalidOperationException("Mail:PickupFolder is not set."));
        Directory.CreateDirectory(folder);
        return Task.FromResult<IMailSession>(new Session(folder, options.Value));
    }

    sealed class Session(string folder, MailOptions options) : IMailSession
    {
        // CRLF, as on the wire. Headers folded only past RFC 5322's 998 characters, not MimeKit's default 78: one line
        // per header keeps the files easy to search (`To:` lines) for people and for the browser tests that read them.
        static readonly FormatOptions Format = new() { NewLineFormat = NewLineFormat.Dos, MaxLineLength = 998 };

        public async Task SendAsync(OutboxMessage message, CancellationToken ct)
        {
            using var mime = MimeMessageFactory.Create(message, options);
            var path = Path.Combine(folder, $"{message.Id:N}.eml");
            // Written under a temporary name and renamed: a reader never sees a half-written .eml.
            var temporary = path + ".tmp";
            try
            {
                await using (var file = File.Create(temporary))
                    await mime.WriteToAsync(Format, file, ct);
                File.Move(temporary, path, overwrite: true);
            }
            catch
            {
                File.Delete(temporary);
                throw;
            }
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
