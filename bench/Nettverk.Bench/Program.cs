// Invitations to 500: the time from calling a meeting until the local SMTP server has accepted all 500 invitation
// e-mails, next to a bare MailKit loop that sends the same 500 messages (built by the same MimeKit factory) over one
// connection in the same run. Prints both and the ratio; the target is at most 1.5. Not a test: the machines are shared
// and noisy, so read the ratio, not the seconds.
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Memberships;
using Nettverk.Api.Features.Organisations;
using Nettverk.Api.Features.People;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

const int Invitees = 500;
var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "Nettverk.sln"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run from the repository");
var maildevBin = Path.Combine(root, "tests", "tools", "node_modules", "maildev", "dist", "bin", "maildev.js");

var (appSmtp, appMail) = await StartMailDevAsync();
var (loopSmtp, loopMail) = await StartMailDevAsync();
var data = Path.Combine(Path.GetTempPath(), "nettverk-bench", Guid.NewGuid().ToString("N"));
try
{
    using var factory = new BenchApp(root, data, appSmtp.Port);
    var bodyId = await SeedAsync(factory);
    var cookies = new CookieContainer();
    using var http = factory.CreateDefaultClient(new Uri("https://localhost"), new XsrfHandler(cookies), new CookieContainerHandler(cookies));
    await http.GetAsync("/api/account/antiforgery");
    (await http.PostAsJsonAsync("/api/account/login", new { email = "admin@example.org", password = "Nettverk-2026!" })).EnsureSuccessStatusCode();
    var created = await (await http.PostAsJsonAsync($"/api/bodies/{bodyId}/meetings", new
    {
        title = "Årsmøte", startsAt = "2027-06-10T12:00:00", endsAt = "2027-06-10T15:00:00", format = "Digital",
        videoUrl = "https://meet.example.org/j/500",
    })).Content.ReadFromJsonAsync<JsonObject>();
    var meetingId = created!["id"]!.GetValue<string>();

    var app = Stopwatch.StartNew();
    (await http.PostAsync($"/api/meetings/{meetingId}/call", null)).EnsureSuccessStatusCode();
    await WaitForAsync(appMail, Invitees);
    app.Stop();

    // The same 500 messages, built the same way, sent by a bare MailKit loop over one connection.
    using var scope = factory.Services.CreateScope();
    var rows = await scope.ServiceProvider.GetRequiredService<NettverkDbContext>().OutboxMessages.AsNoTracking()
        .Where(m => m.Kind == "meeting-invitation").ToListAsync();
    var options = scope.ServiceProvider.GetRequiredService<IOptions<MailOptions>>().Value;
    var loop = Stopwatch.StartNew();
    using (var client = new SmtpClient())
    {
        await client.ConnectAsync("127.0.0.1", loopSmtp.Port, SecureSocketOptions.None);
        foreach (var row in rows)
        {
            using var message = MimeMessageFactory.Create(row, options);
            await client.SendAsync(message);
        }
        await client.DisconnectAsync(true);
    }
    await WaitForAsync(loopMail, Invitees);
    loop.Stop();

    Console.WriteLine($"invitees                     {Invitees}");
    Console.WriteLine($"call → all accepted (app)    {app.Elapsed.TotalSeconds,8:F2} s");
    Console.WriteLine($"bare MailKit loop            {loop.Elapsed.TotalSeconds,8:F2} s");
    Console.WriteLine($"ratio app / loop             {app.Elapsed.TotalSeconds / loop.Elapsed.TotalSeconds,8:F2}   (target ≤ 1.50)");
}
finally
{
    foreach (var p in new[] { appSmtp.Process, loopSmtp.Process }) { p.Kill(true); p.WaitForExit(); }
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    try { Directory.Delete(data, true); } catch (IOException) { }
}

async Task<((Process Process, int Port), HttpClient)> StartMailDevAsync()
{
    int Free() { var l = new TcpListener(IPAddress.Loopback, 0); l.Start(); var p = ((IPEndPoint)l.LocalEndpoint).Port; l.Stop(); return p; }
    var smtp = Free();
    var web = Free();
    var folder = Path.Combine(Path.GetTempPath(), "nettverk-bench-mail", Guid.NewGuid().ToString("N"));
    var process = Process.Start(new ProcessStartInfo("node", $"\"{maildevBin}\" --ip 127.0.0.1 --web-ip 127.0.0.1 --smtp {smtp} --web {web} --mail-directory \"{folder}\"")
    { RedirectStandardOutput = true, RedirectStandardError = true })!;
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    var api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{web}/api/") };
    for (var i = 0; i < 300; i++)
    {
        try { if ((await api.GetAsync("healthz")).IsSuccessStatusCode) break; } catch (HttpRequestException) { }
        await Task.Delay(100);
    }
    return ((process, smtp), api);
}

async Task WaitForAsync(HttpClient mail, int count)
{
    while (JsonNode.Parse(await mail.GetStringAsync("email/summary?limit=1"))!["total"]!.GetValue<int>() < count) await Task.Delay(25);
}

async Task<Guid> SeedAsync(BenchApp factory)
{
    using var scope = factory.Services.CreateScope();
    var db = scope.ServiceProvider.GetRequiredService<NettverkDbContext>();
    var body = new Body("Benk-nettverk", BodyKind.Network);
    db.Bodies.Add(body);
    body.SetSecretariat([await db.People.Where(p => p.Email == "sekretariat@example.org").Select(p => p.Id).SingleAsync()]);
    for (var i = 0; i < Invitees; i++)
    {
        var organisation = new Organisation($"Medlem {i:000}", null, OrganisationKind.Business);
        var person = new Person($"Representant {i:000}", $"rep{i:000}@example.org", organisationId: organisation.Id);
        var membership = new Membership(body.Id, organisation.Id, null);
        membership.AddSeat(SeatRole.Member, null, null).Assign(person.Id, []);
        db.AddRange(organisation, person, membership);
    }
    await db.SaveChangesAsync();
    return body.Id;
}

// Any type of the API assembly names its entry point; "Program" here would be this benchmark's own.
sealed class BenchApp(string root, string data, int smtpPort) : WebApplicationFactory<NettverkDbContext>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(Path.Combine(root, "backend", "Nettverk.Api"));
        builder.UseSetting("Nettverk:DataFolder", data);
        builder.UseSetting("Nettverk:DemoData", "true");
        builder.UseSetting("Mail:Delivery", "Smtp");
        builder.UseSetting("Mail:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Mail:Smtp:Port", smtpPort.ToString());
        builder.UseSetting("Mail:DispatchIntervalSeconds", "3600");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}

sealed class XsrfHandler(CookieContainer cookies) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Method != HttpMethod.Get && cookies.GetCookies(request.RequestUri!).FirstOrDefault(c => c.Name == "XSRF-TOKEN") is { } token)
            request.Headers.Add("X-XSRF-TOKEN", token.Value);
        return base.SendAsync(request, ct);
    }
}
