using Microsoft.Extensions.Options;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Mail;

public static class MailRegistration
{
    public static WebApplicationBuilder AddMail(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MailOptions>().Bind(builder.Configuration.GetSection("Mail"))
            .PostConfigure(o => o.PickupFolder ??= Path.Combine(DataFolder.Resolve(builder.Configuration, builder.Environment), "mail"));
        services.AddOptions<InboundMailOptions>().Bind(builder.Configuration.GetSection("Mail:Inbound"));
        services.AddScoped<Outbox>();
        services.AddSingleton<Common.AppLinks>();
        services.AddScoped<OutboxDispatcher>();
        services.AddSingleton<SmtpMailTransport>();
        services.AddSingleton<PickupFolderMailTransport>();
        services.AddSingleton<IMailTransport>(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value.Delivery switch
        {
            MailDelivery.Smtp => sp.GetRequiredService<SmtpMailTransport>(),
            _ => sp.GetRequiredService<PickupFolderMailTransport>(),
        });
        return builder;
    }
}
