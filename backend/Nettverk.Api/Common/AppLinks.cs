using Microsoft.Extensions.Options;
using Nettverk.Api.Mail;

namespace Nettverk.Api.Common;

/// <summary>The app's own pages and files as absolute addresses, for what leaves the app: links in e-mails and calendar
/// entries, feed addresses. From <c>Mail:PublicBaseUrl</c>, the address people reach the app at.</summary>
public sealed class AppLinks(IOptions<MailOptions> options)
{
    public string To(string pathAndQuery) => options.Value.PublicBaseUrl.TrimEnd('/') + pathAndQuery;
}
