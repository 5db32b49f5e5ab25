using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Nettverk.Api.Mail;

/// <summary>SMTP through MailKit: one connection per batch, authenticated when a user is set.</summary>
public sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task<IMailSession> OpenAsync(CancellationToken ct)
    {
        var o = options.Value;
        var smtp = o.Smtp;
        var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        try
        {
            // MailKit's Timeout covers each read and write; the connect (TCP and TLS handshake) gets its own limit.
            using (var connect = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                connect.CancelAfter(TimeSpan.FromSeconds(smtp.ConnectTimeoutSeconds));
                try
                {
                    await client.ConnectAsync(smtp.Host, smtp.Port, SocketOptions(smtp.Security), connect.Token);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    throw new TimeoutException($"no answer within {smtp.ConnectTimeoutSeconds} s");
                }
            }
            if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
            return new Session(client, o);
        }
        catch (Exception e)
        {
            client.Dispose();
            if (e is OperationCanceledException && ct.IsCancellationRequested) throw;
            throw new IOException($"Could not open the SMTP connection to {smtp.Host}:{smtp.Port} ({smtp.Security}): {Describe(e)}", e);
        }
    }

    public static SecureSocketOptions SocketOptions(MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };

    /// <summary>The server's answer as administrators should see it: status code and text, and whom it was about.</summary>
    static string Describe(Exception e) => e switch
    {
        SmtpCommandException c => $"{(int)c.StatusCode} {c.Message.Trim()}" + (c.Mailbox is null ? "" : $" ({c.Mailbox.Address})"),
        // MailKit's own text for a failed handshake is long advice; the first sentence says what happened.
        SslHandshakeException => "the TLS handshake failed (is Mail:Smtp:Security right for this port?)",
        AuthenticationException a => $"login refused: {a.Message}",
        _ => e.Message,
    };

    sealed class Session(SmtpClient client, MailOptions options) : IMailSession
    {
        public async Task SendAsync(OutboxMessage message, CancellationToken ct)
        {
            using var mime = MimeMessageFactory.Create(message, options);
            try
            {
                await client.SendAsync(mime, ct);
            }
            // MailKit resets the transaction after a refused command and keeps the connection, so the batch goes on.
            // A refused sender is about our configuration, not this message: retried, so fixing Mail:From saves it.
            catch (SmtpCommandException e)
            {
                if (!client.IsConnected) throw new IOException($"the server closed the connection: {Describe(e)}", e);
                var permanent = (int)e.StatusCode >= 500 && e.ErrorCode != SmtpErrorCode.SenderNotAccepted;
                throw new MailRejectedException(permanent, Describe(e), e);
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected) await client.DisconnectAsync(quit: true, CancellationToken.None);
            }
            catch (Exception e) when (e is IOException or ServiceNotConnectedException or SmtpProtocolException or TimeoutException) { }
            client.Dispose();
        }
    }
}
