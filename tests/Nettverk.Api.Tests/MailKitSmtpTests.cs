using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Nettverk.Api.Mail;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>Mail built with MimeKit and sent with MailKit, against an SMTP server in the test process that counts
/// connections, refuses chosen recipients and goes down on request; and the .eml files of the embedded default.</summary>
public sealed class MailKitSmtpTests
{
    const string Calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Nettverk//NO\r\nMETHOD:{0}\r\nBEGIN:VEVENT\r\n"
        + "UID:m1@nettverk.example.org\r\nSEQUENCE:1\r\nDTSTAMP:20270101T120000Z\r\nDTSTART:20270610T100000Z\r\n"
        + "DTEND:20270610T130000Z\r\nSUMMARY:Årsmøte i Sør-Trøndelag\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    static NettverkApp SmtpApp(int port, string security = "None", int batchSize = 50) => new NettverkApp()
        .With("Mail:Delivery", "Smtp").With("Mail:Smtp:Host", "127.0.0.1").With("Mail:Smtp:Port", port.ToString())
        .With("Mail:Smtp:Security", security).With("Mail:Smtp:TimeoutSeconds", "5").With("Mail:Smtp:ConnectTimeoutSeconds", "5")
        .With("Mail:BatchSize", batchSize.ToString()).With("Mail:RetryBaseSeconds", "1")
        .With("Mail:FromName", "Nettverk Trøndelag");

    static MailContent Invitation(int i, Api.Calendar.CalendarMethod method = Api.Calendar.CalendarMethod.Request) =>
        new("Test", $"Innkalling {i}: Årsmøte på Ørland, «æøå»", $"Hei, Åse {i}.\r\nVelkommen.", $"<p>Hei, Åse {i}.</p>")
        {
            Calendar = new CalendarPart(method, string.Format(Calendar, method.ToString().ToUpperInvariant())),
        };

    [Fact]
    public async Task AnInvitation_IsMixed_AlternativeWithTextHtmlAndCalendar_PlusTheIcsFile_AllUtf8()
    {
        await using var server = SmtpTestServer.Start();
        using var app = SmtpApp(server.Port);
        var ids = await EnqueueAsync(app, 1, i => Invitation(i), "Bjørn Ærlig Østby");
        await MakeDueAsync(app);
        await DispatchAsync(app);
        var message = (await server.WaitForAsync(1)).Single();

        var mixed = message.Body.Should().BeOfType<Multipart>().Subject;
        mixed.ContentType.MimeType.Should().Be("multipart/mixed");
        mixed.Should().HaveCount(2);
        var alternative = mixed[0].Should().BeOfType<MultipartAlternative>().Subject;
        alternative.Select(p => p.ContentType.MimeType).Should().Equal("text/plain", "text/html", "text/calendar");
        alternative.Cast<TextPart>().Should().OnlyContain(p => p.ContentType.Charset == "utf-8");
        var parts = Mime.Parts(message);
        var calendar = parts[2].Body;
        alternative[2].ContentType.Parameters["method"].Should().Be("REQUEST").And.Be(MethodOf(calendar));
        calendar.Should().Be(string.Format(Calendar, "REQUEST"), "the iCalendar text arrives byte for byte, CRLFs included");
        var file = mixed[1].Should().BeOfType<MimePart>().Subject;
        file.IsAttachment.Should().BeTrue();
        file.FileName.Should().Be("invite.ics");
        file.ContentType.MimeType.Should().Be("application/ics");
        parts[3].Body.Should().Be(calendar);

        message.Subject.Should().Be("Innkalling 0: Årsmøte på Ørland, «æøå»");
        message.To.Mailboxes.Single().Name.Should().Be("Bjørn Ærlig Østby");
        message.From.Mailboxes.Single().Should().Match<MailboxAddress>(m => m.Name == "Nettverk Trøndelag" && m.Address == "noreply@example.org");
        parts[0].Body.Should().Be("Hei, Åse 0.\r\nVelkommen.");
        parts[1].Body.Should().Be("<p>Hei, Åse 0.</p>");
        var row = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == ids[0]));
        $"<{message.MessageId}>".Should().Be(row.MessageId);
    }

    [Fact]
    public async Task ACancellation_CarriesMethodCancel_InTheAlternative_AndAsCancelIcs()
    {
        await using var server = SmtpTestServer.Start();
        using var app = SmtpApp(server.Port);
        await EnqueueAsync(app, 1, i => Invitation(i, Api.Calendar.CalendarMethod.Cancel));
        await MakeDueAsync(app);
        await DispatchAsync(app);
        var parts = Mime.Parts((await server.WaitForAsync(1)).Single());

        parts.Select(p => p.ContentType.Split(';')[0]).Should().Equal("text/plain", "text/html", "text/calendar", "application/ics");
        parts[2].ContentType.Should().Contain("method=CANCEL").And.Contain("charset=utf-8");
        MethodOf(parts[2].Body).Should().Be("CANCEL");
        parts[3].Disposition.Should().Be("attachment; filename=cancel.ics");
    }

    [Fact]
    public async Task AResend_AfterACrashBeforeTheMark_CarriesTheSameMessageId()
    {
        await using var server = SmtpTestServer.Start();
        using var app = SmtpApp(server.Port);
        var id = (await EnqueueAsync(app, 1, i => Invitation(i)))[0];
        await MakeDueAsync(app);
        await DispatchAsync(app);
        await server.WaitForAsync(1);
        // As a dispatcher that crashed between the server's acceptance and the mark leaves the row, once its lease ran out.
        await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.NextAttemptAt, DateTime.UtcNow.AddSeconds(-1))));
        (await DispatchAsync(app)).Should().Be(1);

        var received = await server.WaitForAsync(2);
        received.Should().HaveCount(2);
        received.Select(m => m.MessageId).Distinct().Should().ContainSingle();
        var row = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == id));
        server.CountOf(row.MessageId).Should().Be(2);
    }

    [Fact]
    public async Task ABatch_GoesOverOneConnection_ABatchEach()
    {
        await using var server = SmtpTestServer.Start();
        using var app = SmtpApp(server.Port, batchSize: 20);
        await EnqueueAsync(app, 45, i => new MailContent("Test", $"Melding {i}", "Hei.", null));
        await MakeDueAsync(app);
        (await DispatchAsync(app)).Should().Be(45);

        (await server.WaitForAsync(45)).Should().HaveCount(45);
        server.Connections.Should().Be(3, "45 messages in batches of 20 are three batches, one connection each");
    }

    [Fact]
    public async Task APermanentRefusal_FailsThatMessageAtOnce_WithTheServersAnswer_AndTheBatchGoesOn()
    {
        await using var server = SmtpTestServer.Start();
        server.RefusePermanently["avvist@example.org"] = true;
        using var app = SmtpApp(server.Port);
        var ids = await EnqueueAsync(app, 3, i => new MailContent("Test", $"Melding {i}", "Hei.", null),
            to: i => i == 1 ? "avvist@example.org" : $"mottaker{i}@example.org");
        await MakeDueAsync(app);
        (await DispatchAsync(app)).Should().Be(2);

        (await server.WaitForAsync(2)).Select(m => m.To.Mailboxes.Single().Address).Should().BeEquivalentTo("mottaker0@example.org", "mottaker2@example.org");
        server.Connections.Should().Be(1);
        var refused = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == ids[1]));
        refused.Status.Should().Be(OutboxStatus.Failed);
        refused.Attempts.Should().Be(1);
        refused.LastError.Should().StartWith("550 ").And.Contain("mailbox unavailable").And.Contain("avvist@example.org");

        await MakeDueAsync(app);
        (await DispatchAsync(app)).Should().Be(0, "a permanent refusal is not retried");
        using var admin = await app.SignInAsync(DemoIds.Admin);
        var failed = await admin.GetItemsAsync("/api/mail?status=Failed");
        failed.Should().ContainSingle(m => m!["id"]!.GetValue<string>() == ids[1].ToString()
            && m["lastError"]!.GetValue<string>().StartsWith("550 "));
    }

    [Fact]
    public async Task ATransientRefusal_IsRetriedWithBackoff_ThenDeliveredOnce()
    {
        await using var server = SmtpTestServer.Start();
        server.RefuseForNow["senere@example.org"] = true;
        using var app = SmtpApp(server.Port);
        var ids = await EnqueueAsync(app, 2, i => new MailContent("Test", $"Melding {i}", "Hei.", null),
            to: i => i == 0 ? "senere@example.org" : "straks@example.org");
        await MakeDueAsync(app);
        (await DispatchAsync(app)).Should().Be(1);

        var waiting = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == ids[0]));
        waiting.Status.Should().Be(OutboxStatus.Pending);
        waiting.Attempts.Should().Be(1);
        waiting.LastError.Should().StartWith("451 ").And.Contain("try again later");
        waiting.NextAttemptAt.Should().BeCloseTo(DateTime.UtcNow + OutboxDispatcher.Backoff(1, 1), TimeSpan.FromSeconds(5));

        server.RefuseForNow.Clear();
        await MakeDueAsync(app);
        (await DispatchAsync(app)).Should().Be(1);
        (await server.WaitForAsync(2)).Should().HaveCount(2);
        var row = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == ids[0]));
        row.Status.Should().Be(OutboxStatus.Sent);
        row.Attempts.Should().Be(2);
        server.CountOf(row.MessageId).Should().Be(1);
    }

    [Theory]
    [InlineData("None")]
    [InlineData("Auto")]
    public async Task APlaintextServer_IsReached_WithSecurity(string security)
    {
        await using var server = SmtpTestServer.Start();
        using var app = SmtpApp(server.Port, security);
        await EnqueueAsync(app, 1, i => new MailContent("Test", "Ren tekst", "Hei.", null));
        await MakeDueAsync(app);
        await DispatchAsync(app);
        (await server.WaitForAsync(1)).Should().ContainSingle();
    }

    [Fact]
    public async Task SslOnConnect_AgainstAPlaintextServer_IsATransientFailure_WithAClearError()
    {
        await using var server = SmtpTestServer.Start();
        using var app = SmtpApp(server.Port, "SslOnConnect");
        var id = (await EnqueueAsync(app, 1, i => new MailContent("Test", "Kryptert", "Hei.", null)))[0];
        await MakeDueAsync(app);
        (await DispatchAsync(app)).Should().Be(0);

        var row = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == id));
        row.Status.Should().Be(OutboxStatus.Pending);
        row.Attempts.Should().Be(1);
        row.LastError.Should().Contain($"127.0.0.1:{server.Port}").And.Contain("SslOnConnect").And.Contain("TLS");
        server.Received.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Nettverk-2026!", OutboxStatus.Sent, null)]
    [InlineData("feil-passord", OutboxStatus.Pending, "login refused")]
    public async Task AServerThatRequiresLogin_GetsTheUserAndPassword(string password, OutboxStatus status, string? error)
    {
        await using var server = SmtpTestServer.Start(login: ("nettverk", "Nettverk-2026!"));
        using var app = SmtpApp(server.Port).With("Mail:Smtp:UserName", "nettverk").With("Mail:Smtp:Password", password);
        var id = (await EnqueueAsync(app, 1, i => new MailContent("Test", "Innlogget", "Hei.", null)))[0];
        await MakeDueAsync(app);
        await DispatchAsync(app);

        var row = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == id));
        row.Status.Should().Be(status);
        if (error is null) (await server.WaitForAsync(1)).Should().ContainSingle();
        else row.LastError.Should().Contain(error);
    }

    [Fact]
    public async Task AnSmtpOutage_InTheMiddleOfSixtyInvitations_DeliversEachExactlyOnce()
    {
        await using var server = SmtpTestServer.Start();
        // Down while the 21st message is on its way (its MAIL FROM), for three seconds, then back on the same port.
        server.GoDownAtMessage(21, TimeSpan.FromSeconds(3));
        using var app = SmtpApp(server.Port, batchSize: 25);
        var ids = await EnqueueAsync(app, 60, i => Invitation(i));
        await MakeDueAsync(app);

        var deadline = DateTime.UtcNow.AddSeconds(90);
        var rows = new List<OutboxMessage>();
        while (DateTime.UtcNow < deadline)
        {
            await DispatchAsync(app);
            rows = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync());
            if (rows.All(m => m.Status == OutboxStatus.Sent)) break;
            await Task.Delay(500);
        }

        server.WentDown.Should().BeTrue();
        rows.Should().OnlyContain(m => m.Status == OutboxStatus.Sent);
        rows.Should().Contain(m => m.Attempts > 1, "some were tried while the server was down");
        var received = await server.WaitForAsync(60);
        received.Select(m => $"<{m.MessageId}>").Should().BeEquivalentTo(rows.Select(m => m.MessageId), "each exactly once");
    }

    [Fact]
    public async Task ThePickupFolder_WritesRealEmlFiles_OnePerOutboxRow_EvenAfterAResend()
    {
        using var app = new NettverkApp();
        var id = (await EnqueueAsync(app, 1, i => Invitation(i), "Åse Ødegård"))[0];
        await MakeDueAsync(app);
        await DispatchAsync(app);
        var folder = Path.Combine(app.DataFolder, "mail");
        await WaitForRowAsync(app, id, OutboxStatus.Sent);
        await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.NextAttemptAt, DateTime.UtcNow.AddSeconds(-1))));
        (await DispatchAsync(app)).Should().Be(1);

        Directory.GetFiles(folder, $"{id:N}*").Select(Path.GetFileName).Should().Equal($"{id:N}.eml");
        Directory.GetFiles(folder, "*.tmp").Should().BeEmpty();
        var path = Path.Combine(folder, $"{id:N}.eml");
        var text = await File.ReadAllTextAsync(path);
        text.Should().NotContain("X-Sender").And.NotContain("X-Receiver");
        text.Should().Contain("\r\n").And.NotMatchRegex("[^\r]\n");
        text.Should().MatchRegex("(?m)^To: .*<mottaker0@example.org>\r$", "one line per header, as the browser tests search them");
        var message = Mime.MessageFromFile(path);
        var row = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == id));
        $"<{message.MessageId}>".Should().Be(row.MessageId);
        message.To.Mailboxes.Single().Should().Match<MailboxAddress>(m => m.Name == "Åse Ødegård" && m.Address == "mottaker0@example.org");
        message.Subject.Should().Be("Innkalling 0: Årsmøte på Ørland, «æøå»");
        Mime.Parts(message).Select(p => p.ContentType.Split(';')[0]).Should().Equal("text/plain", "text/html", "text/calendar", "application/ics");
    }

    static string MethodOf(string calendar) =>
        calendar.Split("\r\n").SingleOrDefault(l => l.StartsWith("METHOD:", StringComparison.Ordinal))?["METHOD:".Length..] ?? throw new Exception("no METHOD in: " + calendar.Replace("\r", "\\r"));

    /// <summary>Adds outbox rows due tomorrow, so that the dispatch the app starts after saving finds nothing to send and
    /// the test decides when they go (<see cref="MakeDueAsync"/>).</summary>
    static async Task<List<Guid>> EnqueueAsync(NettverkApp app, int count, Func<int, MailContent> content, string? toName = null,
        Func<int, string>? to = null)
    {
        var ids = new List<Guid>();
        await app.WithScopeAsync(async sp =>
        {
            var outbox = sp.GetRequiredService<Outbox>();
            for (var i = 0; i < count; i++)
            {
                var message = outbox.Enqueue(to?.Invoke(i) ?? $"mottaker{i}@example.org", toName, content(i));
                message.NextAttemptAt = DateTime.UtcNow.AddDays(1);
                ids.Add(message.Id);
            }
            await sp.GetRequiredService<Persistence.NettverkDbContext>().SaveChangesAsync();
        });
        // The kick after saving runs in the background; give it time to find nothing before the rows become due.
        await Task.Delay(1500);
        return ids;
    }

    static async Task MakeDueAsync(NettverkApp app)
    {
        await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, DateTime.UtcNow.AddSeconds(-1))));
    }

    static async Task<int> DispatchAsync(NettverkApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
    }

    static async Task WaitForRowAsync(NettverkApp app, Guid id, OutboxStatus status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id).Select(m => m.Status).SingleAsync()) != status
               && DateTime.UtcNow < deadline)
            await Task.Delay(100);
    }
}
