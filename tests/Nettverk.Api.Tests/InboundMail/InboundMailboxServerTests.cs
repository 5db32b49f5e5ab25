using MailKit;
using MailKit.Net.Imap;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nettverk.Api.Mail.Inbound;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests.InboundMail;

/// <summary>The mailbox on servers unlike the default: one without MOVE, and none configured at all.</summary>
public sealed class InboundMailboxServerTests
{
    [Fact]
    public async Task OnAServerWithoutMove_EachMessageIsCopiedAndExpungedAlone_AndAPersonsDeletedMailIsKept()
    {
        await using var imap = await Dovecot.StartAsync(withoutMove: true);
        (await imap.CapabilitiesAsync()).HasFlag(ImapCapabilities.Move).Should().BeFalse("the server must make the client fall back");
        using var app = new NettverkApp()
            .With("Mail:Inbound:Address", Dovecot.Address).With("Mail:Inbound:Host", "127.0.0.1")
            .With("Mail:Inbound:Port", imap.Port.ToString()).With("Mail:Inbound:Security", "None")
            .With("Mail:Inbound:UserName", Dovecot.Address).With("Mail:Inbound:Password", Dovecot.Password)
            .With("Mail:Inbound:PollIntervalSeconds", "86400");
        // A message someone marked deleted but has not expunged: a plain EXPUNGE would take it with ours.
        var markedByAPerson = ImipFixtures.Plain("kari.utenfor@example.org", "Kari Utenfor", Dovecot.Address, "Gammel e-post");
        await imap.AppendAsync(markedByAPerson, flags: MessageFlags.Deleted);
        var ordinary = ImipFixtures.Plain(DemoIds.SeatHolder, "Eirik Haugland", Dovecot.Address, "Spørsmål om møtet");
        await imap.AppendAsync(ordinary);

        (await app.Services.GetRequiredService<InboundMailbox>().PollAsync(CancellationToken.None)).Should().Be(1);

        (await imap.MessageIdsAsync("Ikke behandlet")).Should().Equal(ordinary.MessageId);
        (await imap.MessageIdsAsync("INBOX", includeDeleted: true)).Should().Equal([markedByAPerson.MessageId],
            "only the copied message is expunged (UID EXPUNGE), never a person's deleted mail");
    }

    [Fact]
    public async Task WithoutMailInbound_PollingDoesNothing()
    {
        using var app = new NettverkApp();
        (await app.Services.GetRequiredService<InboundMailbox>().PollAsync(CancellationToken.None)).Should().Be(0);
        (await app.WithDbAsync(db => db.InboundMessages.CountAsync())).Should().Be(0);
    }
}
