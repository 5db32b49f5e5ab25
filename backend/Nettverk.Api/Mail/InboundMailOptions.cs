namespace Nettverk.Api.Mail;

public enum MailSecurity { None, StartTls, SslOnConnect, Auto }

/// <summary><c>Mail:Inbound</c>: the mailbox that calendar answers (iMIP REPLY, RFC 6047) are sent to. When it is set,
/// its <see cref="Address"/> is the ORGANIZER of every invitation and a recurring job reads the mailbox over IMAP; when
/// it is not, the ORGANIZER stays the body's secretariat and answers come only through the app and the one-click links.</summary>
public sealed class InboundMailOptions
{
    /// <summary>The mailbox's e-mail address, written as ORGANIZER (e.g. a shared mailbox, moter@fylke.example.org).</summary>
    public string? Address { get; set; }
    public string? Host { get; set; }
    public int Port { get; set; } = 993;
    public MailSecurity Security { get; set; } = MailSecurity.Auto;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>The folder new messages arrive in.</summary>
    public string Folder { get; set; } = "INBOX";
    /// <summary>Where a handled message is moved; never deleted.</summary>
    public string ProcessedFolder { get; set; } = "Behandlet";
    /// <summary>Where a message that cannot be applied is moved, for a person to look at.</summary>
    public string UnprocessedFolder { get; set; } = "Ikke behandlet";
    public int PollIntervalSeconds { get; set; } = 60;
    public int TimeoutSeconds { get; set; } = 30;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Address) && !string.IsNullOrWhiteSpace(Host);
}
