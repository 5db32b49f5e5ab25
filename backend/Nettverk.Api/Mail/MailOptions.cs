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
    public int BatchSize { get; set; } = 50;
    /// <summary>How long a dispatcher holds the messages it claimed; after a crash, they are sent again after this.</summary>
    public int ClaimLeaseSeconds { get; set; } = 300;
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public int TimeoutSeconds { get; set; } = 30;
}
