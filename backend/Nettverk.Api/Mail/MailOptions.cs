namespace Nettverk.Api.Mail;

public enum MailDelivery { PickupFolder, Smtp }

public sealed class MailOptions
{
    public MailDelivery Delivery { get; set; } = MailDelivery.PickupFolder;
    public string From { get; set; } = "noreply@example.org";
    public string FromName { get; set; } = "Nettverk";
    /// <summary>Domain of generated Message-IDs.</summary>
    public string MessageIdDomain { get; set; } = "nettverk.example.org";
    /// <summary>Absolute base URL of the app, for links in e-mails.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
    public string? PickupFolder { get; set; }
    public SmtpOptions Smtp { get; set; } = new();
    public int DispatchIntervalSeconds { get; set; } = 15;
    public int MaxAttempts { get; set; } = 10;
    /// <summary>The first retry's delay after a transient failure; doubled on every further attempt, capped at 2 hours.</summary>
    public int RetryBaseSeconds { get; set; } = 30;
    public int BatchSize { get; set; } = 50;
    /// <summary>How long a dispatcher holds the messages it claimed; after a crash, they are sent again after this.</summary>
    public int ClaimLeaseSeconds { get; set; } = 300;
}

/// <summary><c>Mail:Smtp</c>: the server MailKit hands messages to, one connection per dispatched batch.</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    /// <summary>Auto: TLS from the start on port 465, STARTTLS when the server offers it on any other port.</summary>
    public MailSecurity Security { get; set; } = MailSecurity.Auto;
    /// <summary>Authenticates when set; the password may come from user secrets or the environment.</summary>
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public int ConnectTimeoutSeconds { get; set; } = 15;
    /// <summary>How long one SMTP command (and each read or write of a message) may take.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}
