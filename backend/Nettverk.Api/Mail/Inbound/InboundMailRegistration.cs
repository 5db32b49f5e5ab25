using Microsoft.Extensions.Options;
using Nettverk.Api.Common;

namespace Nettverk.Api.Mail.Inbound;

public static class InboundMailRegistration
{
    /// <summary>The IMAP reader of calendar answers. Its options (<c>Mail:Inbound</c>) are bound by <c>AddMail</c>; the
    /// recurring job that calls <see cref="InboundMailbox.PollAsync"/> is registered with the other jobs.</summary>
    public static WebApplicationBuilder AddInboundMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<InboundMailbox>();
        if (!Startup.IsDocumentGeneration) builder.Services.AddHostedService<InboundMailStartupNote>();
        return builder;
    }
}

/// <summary>Says once at start-up where calendar answers are read, so an operator sees a missing <c>Mail:Inbound</c>.</summary>
sealed class InboundMailStartupNote(IOptions<InboundMailOptions> options, ILogger<InboundMailbox> log) : IHostedService
{
    public Task StartAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (o.IsConfigured)
            log.LogInformation("Calendar answers are read from the mailbox {Address} ({Host}:{Port}, folder {Folder})", o.Address, o.Host, o.Port, o.Folder);
        else
            log.LogInformation("Mail:Inbound is not configured: calendar answers are read only through the app and the one-click links, not from e-mail");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
