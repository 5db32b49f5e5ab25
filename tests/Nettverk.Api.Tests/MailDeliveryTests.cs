using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nettverk.Api.Mail;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>Mail through a real SMTP server on 127.0.0.1: delivered once, with the outbox row's Message-ID, retried with
/// backoff while the server is down, never doubled by concurrent dispatchers.</summary>
public sealed class MailDeliveryTests
{
    static NettverkApp SmtpApp(int port, int maxAttempts = 10) => new NettverkApp()
        .With("Mail:Delivery", "Smtp").With("Mail:Smtp:Host", "127.0.0.1").With("Mail:Smtp:Port", port.ToString())
        .With("Mail:Smtp:TimeoutSeconds", "5").With("Mail:MaxAttempts", maxAttempts.ToString());

    [Fact]
    public async Task ForgotPassword_DeliversOneMessage_WithTheOutboxRowsMessageId_AndAResetLink()
    {
        await using var mailDev = await MailDev.StartAsync();
        using var app = SmtpApp(mailDev.SmtpPort);
        using var client = app.Client();
        (await client.GetAsync("/api/account/antiforgery")).EnsureSuccessStatusCode();
        await (await client.PostAsync("/api/account/forgot-password", new { email = DemoIds.Admin })).ShouldBe(HttpStatusCode.Accepted);

        var emails = await mailDev.WaitForAsync(1);
        emails.Should().HaveCount(1);
        var email = emails[0]!;
        email["to"]![0]!["address"]!.GetValue<string>().Should().Be(DemoIds.Admin);
        email["text"]!.GetValue<string>().Should().Contain("https://nettverk.example.org/reset-password?email=");
        var row = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.To == DemoIds.Admin));
        email["headers"]!["message-id"]!.GetValue<string>().Should().Be(row.MessageId);
        row.Status.Should().Be(OutboxStatus.Sent);
        row.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task WhileTheServerIsDown_TheMessageWaitsWithBackoff_ThenIsDeliveredExactlyOnce()
    {
        var port = MailDev.FreePort();
        using var app = SmtpApp(port);
        var id = await EnqueueAsync(app, "ventende@example.org", "Venter på serveren");
        await DispatchAsync(app);
        var failed = await WaitForRowAsync(app, id, m => m.Attempts >= 1);
        failed.Status.Should().Be(OutboxStatus.Pending);
        failed.Attempts.Should().Be(1);
        failed.LastError.Should().NotBeNullOrEmpty();
        failed.NextAttemptAt.Should().BeCloseTo(DateTime.UtcNow + OutboxDispatcher.Backoff(1), TimeSpan.FromSeconds(10));

        (await DispatchAsync(app)).Should().Be(0, "the message is not due again before its backoff has passed");

        await using var mailDev = await MailDev.StartAsync(port);
        await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, DateTime.UtcNow.AddSeconds(-1))));
        (await DispatchAsync(app)).Should().Be(1);
        (await DispatchAsync(app)).Should().Be(0);

        (await mailDev.WaitForAsync(1)).Should().HaveCount(1);
        var sent = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == id));
        sent.Status.Should().Be(OutboxStatus.Sent);
        sent.Attempts.Should().Be(2);
        sent.LastError.Should().BeNull();
    }

    [Fact]
    public async Task AfterTheLastAttempt_TheMessageIsMarkedFailed_AndNotTriedAgain()
    {
        using var app = SmtpApp(MailDev.FreePort(), maxAttempts: 1);
        var id = await EnqueueAsync(app, "aldri@example.org", "Kommer aldri fram");
        await DispatchAsync(app);
        var row = await WaitForRowAsync(app, id, m => m.Status == OutboxStatus.Failed);
        row.Attempts.Should().Be(1);
        await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, DateTime.UtcNow.AddSeconds(-1))));
        (await DispatchAsync(app)).Should().Be(0);
    }

    [Fact]
    public async Task FourDispatchersAtOnce_SendEachOfSixtyMessagesOnce()
    {
        await using var mailDev = await MailDev.StartAsync();
        using var app = SmtpApp(mailDev.SmtpPort);
        var ids = new List<Guid>();
        await app.WithScopeAsync(async sp =>
        {
            var outbox = sp.GetRequiredService<Outbox>();
            for (var i = 0; i < 60; i++)
                ids.Add(outbox.Enqueue($"mottaker{i}@example.org", $"Mottaker {i}", new MailContent("Test", $"Melding {i}", "Hei.", null)).Id);
            await sp.GetRequiredService<Persistence.NettverkDbContext>().SaveChangesAsync();
        });

        var counts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => DispatchAsync(app))));

        var emails = await mailDev.WaitForAsync(60);
        emails.Should().HaveCount(60);
        emails.Select(e => e!["headers"]!["message-id"]!.GetValue<string>()).Should().OnlyHaveUniqueItems();
        counts.Sum().Should().BeLessThanOrEqualTo(60, "the kick after saving may have sent some");
        var rows = await app.WithDbAsync(db => db.OutboxMessages.Where(m => ids.Contains(m.Id)).ToListAsync());
        rows.Should().OnlyContain(m => m.Status == OutboxStatus.Sent && m.Attempts == 1);
    }

    [Fact]
    public async Task AMessageClaimedByADispatcherThatDied_IsSentAfterTheLeaseExpires_WithTheSameMessageId()
    {
        await using var mailDev = await MailDev.StartAsync();
        using var app = SmtpApp(mailDev.SmtpPort);
        // Rows made as a crashed dispatcher leaves them: one whose lease is still running, one whose lease ran out.
        var live = await ClaimedRowAsync(app, "levende@example.org", DateTime.UtcNow.AddMinutes(4));
        var expired = await ClaimedRowAsync(app, "utlopt@example.org", DateTime.UtcNow.AddSeconds(-1));

        await DispatchAsync(app); // the kick after saving may have sent it already
        var emails = await mailDev.WaitForAsync(1);
        emails.Should().ContainSingle().Which!["headers"]!["message-id"]!.GetValue<string>().Should().Be(expired.MessageId);
        (await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == live.Id))).Status.Should().Be(OutboxStatus.Pending);
    }

    [Fact]
    public async Task TheEmbeddedDefault_WritesEmlFiles_AndTheAdministratorSeesThemAsSent()
    {
        using var app = new NettverkApp();
        var id = await EnqueueAsync(app, "fil@example.org", "Skrevet til fil æøå");
        await DispatchAsync(app);
        await WaitForRowAsync(app, id, m => m.Status == OutboxStatus.Sent);
        var row = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == id));
        var files = Directory.GetFiles(Path.Combine(app.DataFolder, "mail"), "*.eml");
        files.Select(File.ReadAllText).Should().Contain(text => text.Contains($"Message-ID: {row.MessageId}", StringComparison.OrdinalIgnoreCase));

        using var admin = await app.SignInAsync(DemoIds.Admin);
        var list = await admin.GetItemsAsync("/api/mail?status=Sent");
        list.Should().Contain(m => m!["id"]!.GetValue<string>() == id.ToString() && m["messageId"]!.GetValue<string>() == row.MessageId);
        var detail = await admin.GetNodeAsync($"/api/mail/{id}");
        detail["subject"]!.GetValue<string>().Should().Be("Skrevet til fil æøå");
        detail["textBody"]!.GetValue<string>().Should().Be("Hei.");
    }

    static async Task<Guid> EnqueueAsync(NettverkApp app, string to, string subject)
    {
        var id = Guid.Empty;
        await app.WithScopeAsync(async sp =>
        {
            id = sp.GetRequiredService<Outbox>().Enqueue(to, null, new MailContent("Test", subject, "Hei.", "<p>Hei.</p>")).Id;
            await sp.GetRequiredService<Persistence.NettverkDbContext>().SaveChangesAsync();
        });
        return id;
    }

    static async Task<OutboxMessage> ClaimedRowAsync(NettverkApp app, string to, DateTime claimedUntil)
    {
        var id = Guid.Empty;
        await app.WithScopeAsync(async sp =>
        {
            var message = sp.GetRequiredService<Outbox>().Enqueue(to, null, new MailContent("Test", "Krasj", "Hei.", null));
            message.ClaimToken = Guid.NewGuid();
            message.ClaimedUntil = claimedUntil;
            id = message.Id;
            await sp.GetRequiredService<Persistence.NettverkDbContext>().SaveChangesAsync();
        });
        return await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == id));
    }

    static async Task<int> DispatchAsync(NettverkApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
    }

    static async Task<OutboxMessage> WaitForRowAsync(NettverkApp app, Guid id, Func<OutboxMessage, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var row = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));
            if (done(row) || DateTime.UtcNow > deadline) return row;
            await Task.Delay(100);
        }
    }
}
