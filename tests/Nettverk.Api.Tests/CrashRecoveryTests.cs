using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Memberships;
using Nettverk.Api.Features.Organisations;
using Nettverk.Api.Features.People;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;
using Nettverk.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Nettverk.Api.Tests;

/// <summary>The app as its own process, killed with SIGKILL at random moments while it sends 200 invitations and started
/// again, in several trials: every invitation arrives, and per kill at most the one message in flight arrives twice — the
/// same message, with the same Message-ID, calendar UID and SEQUENCE (DESIGN.md: the one honest exception, counted here
/// rather than ignored). Jobs run on Hangfire with its SQLite storage; its lock timeouts and SQLite busy errors in the
/// app's log are counted and printed.</summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    const int Invitees = 200;
    const int KillsPerTrial = 2;
    static readonly int Trials = int.TryParse(Environment.GetEnvironmentVariable("NETTVERK_CRASH_TRIALS"), out var t) ? t : 3;

    [Fact]
    public async Task KilledAtRandomWhileSending200Invitations_AndStartedAgain_DeliversEachOnce_ButForTheOneInFlightPerKill()
    {
        await using var mailDev = await MailDev.StartAsync();
        var random = new Random();
        var totals = (Kills: 0, Duplicates: 0, LockTimeouts: 0, Busy: 0);
        for (var trial = 1; trial <= Trials; trial++)
        {
            await mailDev.ClearAsync();
            var folder = Path.Combine(Path.GetTempPath(), "nettverk-crash", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var messageIds = await PrepareCalledMeetingAsync(folder);
            messageIds.Should().HaveCount(Invitees);
            var log = new List<string>();

            // Each kill lands at a random number of received messages, later than the one before.
            var killAt = Enumerable.Range(0, KillsPerTrial).Select(k => random.Next(20 + k * 80, 90 + k * 80)).ToList();
            var atKills = new List<int>();
            foreach (var threshold in killAt)
            {
                var app = StartApp(folder, mailDev.SmtpPort, log);
                int count;
                try
                {
                    var deadline = DateTime.UtcNow.AddSeconds(90);
                    while ((count = (await mailDev.EmailsAsync()).Count) < threshold && DateTime.UtcNow < deadline) await Task.Delay(10);
                }
                finally
                {
                    app.Kill(entireProcessTree: true); // SIGKILL: no shutdown hooks, no chance to mark what was just sent
                    await app.WaitForExitAsync();
                }
                count.Should().BeInRange(threshold, Invitees - 1, "the kill must land in the middle of sending");
                atKills.Add(count);
            }

            var last = StartApp(folder, mailDev.SmtpPort, log);
            try
            {
                var deadline = DateTime.UtcNow.AddSeconds(120);
                while (Distinct(await mailDev.EmailsAsync()).Count < Invitees && DateTime.UtcNow < deadline) await Task.Delay(200);
                await Task.Delay(2000); // anything sent twice would arrive now
            }
            finally
            {
                last.Kill(entireProcessTree: true);
                await last.WaitForExitAsync();
            }

            var emails = await mailDev.EmailsAsync();
            var received = emails.Select(e => e!["headers"]!["message-id"]!.GetValue<string>()).ToList();
            received.Distinct().Should().BeEquivalentTo(messageIds, $"every invitation arrives (trial {trial})");
            var duplicates = received.Count - Invitees;
            duplicates.Should().BeLessThanOrEqualTo(KillsPerTrial,
                "only a message accepted by the server but not yet marked can come twice, one per kill");
            foreach (var twice in emails.GroupBy(e => e!["headers"]!["message-id"]!.GetValue<string>()).Where(g => g.Count() > 1))
            {
                var copies = new List<(string Uid, string Sequence)>();
                foreach (var copy in twice) copies.Add(CalendarIdentity(await mailDev.SourceAsync(copy!["id"]!.GetValue<string>())));
                copies.Should().OnlyContain(c => c.Uid != "" && c.Sequence != "");
                copies.Distinct().Should().ContainSingle($"a duplicate of {twice.Key} is the same calendar object, not a new one");
            }
            await using (var db = new SqliteConnection($"Data Source={Path.Combine(folder, "nettverk.db")};Pooling=false"))
            {
                await db.OpenAsync();
                var command = db.CreateCommand();
                command.CommandText = "SELECT COUNT(*) FROM OutboxMessages WHERE Kind = 'meeting-invitation' AND Status = 'Sent'";
                ((long)(await command.ExecuteScalarAsync())!).Should().Be(Invitees);
            }
            int lockTimeouts, busy;
            lock (log)
            {
                lockTimeouts = log.Count(l => l.Contains("DistributedLockTimeoutException"));
                busy = log.Count(l => l.Contains("database is locked", StringComparison.OrdinalIgnoreCase) || l.Contains("SQLITE_BUSY"));
            }
            output.WriteLine($"trial {trial}: killed at {string.Join(", ", atKills)} received; {duplicates} duplicate(s); "
                + $"{lockTimeouts} Hangfire lock timeout(s), {busy} SQLite busy error(s) in the log");
            totals = (totals.Kills + KillsPerTrial, totals.Duplicates + duplicates, totals.LockTimeouts + lockTimeouts, totals.Busy + busy);
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
        output.WriteLine($"{Trials} trials, {totals.Kills} kills, {totals.Duplicates} duplicates, "
            + $"{totals.LockTimeouts} lock timeouts, {totals.Busy} busy errors");
    }

    static (string Uid, string Sequence) CalendarIdentity(string source)
    {
        var calendar = Mime.Parts(source).First(p => p.ContentType.StartsWith("text/calendar", StringComparison.OrdinalIgnoreCase)).Body;
        var unfolded = calendar.Replace("\r\n ", "").Replace("\n ", "");
        return (System.Text.RegularExpressions.Regex.Match(unfolded, "^UID:(.+?)\\r?$", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value,
            System.Text.RegularExpressions.Regex.Match(unfolded, "^SEQUENCE:(\\d+)", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value);
    }

    static List<string> Distinct(System.Text.Json.Nodes.JsonArray emails) =>
        emails.Select(e => e!["headers"]!["message-id"]!.GetValue<string>()).Distinct().ToList();

    /// <summary>A body with 200 seats and a called meeting, made in-process; its 200 invitations are left pending.</summary>
    static async Task<List<string>> PrepareCalledMeetingAsync(string folder)
    {
        var closedPort = MailDev.FreePort();
        using (var app = NettverkApp.OnFolder(folder).With("Mail:Delivery", "Smtp").With("Mail:Smtp:Host", "127.0.0.1")
                   .With("Mail:Smtp:Port", closedPort.ToString()).With("Mail:Smtp:TimeoutSeconds", "1"))
        {
            Guid bodyId = Guid.Empty;
            await app.WithScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<NettverkDbContext>();
                var body = new Body("Stort nettverk", BodyKind.Network);
                db.Bodies.Add(body);
                var secretary = await db.People.SingleAsync(p => p.Email == DemoIds.Secretariat);
                body.SetSecretariat([secretary.Id]);
                for (var i = 0; i < Invitees; i++)
                {
                    var organisation = new Organisation($"Medlem {i:000}", null, OrganisationKind.Business);
                    var person = new Person($"Representant {i:000}", $"rep{i:000}@example.org", organisationId: organisation.Id);
                    var membership = new Membership(body.Id, organisation.Id, null);
                    membership.AddSeat(SeatRole.Member, null, null).Assign(person.Id, []);
                    db.AddRange(organisation, person, membership);
                }
                await db.SaveChangesAsync();
                bodyId = body.Id;
            });
            using var admin = await app.SignInAsync(DemoIds.Admin);
            var meeting = (await (await admin.PostAsync($"/api/bodies/{bodyId}/meetings", new
            {
                title = "Årsmøte", startsAt = "2027-06-10T12:00:00", endsAt = "2027-06-10T15:00:00", format = "Digital",
                videoUrl = "https://meet.example.org/j/200",
            })).ShouldBe(HttpStatusCode.Created))!["id"]!.GetValue<string>();
            await (await admin.PostAsync($"/api/meetings/{meeting}/call")).ShouldBe(HttpStatusCode.OK);
            // The in-process dispatcher may have tried the closed port once; give every message a clean slate.
            await Task.Delay(1500);
            await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == "meeting-invitation").ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, 0).SetProperty(m => m.Status, OutboxStatus.Pending)
                .SetProperty(m => m.NextAttemptAt, DateTime.UtcNow.AddSeconds(-1)).SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.ClaimToken, (Guid?)null).SetProperty(m => m.ClaimedUntil, (DateTime?)null)));
            return await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == "meeting-invitation").Select(m => m.MessageId).ToListAsync());
        }
    }

    static Process StartApp(string folder, int smtpPort, List<string> log)
    {
        var api = Path.Combine(RepoRoot.Path, "backend", "Nettverk.Api");
        var start = new ProcessStartInfo("dotnet", $"\"{Path.Combine(api, "bin", "Debug", "net10.0", "Nettverk.Api.dll")}\"")
        {
            WorkingDirectory = api, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{MailDev.FreePort()}";
        start.Environment["Nettverk__DataFolder"] = folder;
        start.Environment["Nettverk__DemoData"] = "false";
        start.Environment["Mail__Delivery"] = "Smtp";
        start.Environment["Mail__Smtp__Host"] = "127.0.0.1";
        start.Environment["Mail__Smtp__Port"] = smtpPort.ToString();
        start.Environment["Mail__DispatchIntervalSeconds"] = "1";
        start.Environment["Mail__BatchSize"] = "10";
        start.Environment["Mail__ClaimLeaseSeconds"] = "3";
        // To measure Hangfire's storage in the app's own database file instead of hangfire.db beside it.
        if (Environment.GetEnvironmentVariable("NETTVERK_CRASH_HANGFIRE_FILE") is { Length: > 0 } jobsFile)
            start.Environment["Jobs__SqliteFile"] = jobsFile;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.Add(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.Add(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
