using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Nettverk.Api.Tests.Infrastructure;

/// <summary>A real SMTP server on 127.0.0.1 (the npm package maildev, installed in tests/tools by the test command),
/// whose REST API tells the test what arrived.</summary>
public sealed class MailDev : IAsyncDisposable
{
    readonly Process process;
    readonly HttpClient api;
    readonly string folder;

    public int SmtpPort { get; }

    MailDev(Process process, int smtpPort, int webPort, string folder)
    {
        this.process = process;
        this.folder = folder;
        SmtpPort = smtpPort;
        api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/api/") };
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<MailDev> StartAsync(int? smtpPort = null)
    {
        var smtp = smtpPort ?? FreePort();
        var web = FreePort();
        var folder = Path.Combine(Path.GetTempPath(), "nettverk-maildev", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var bin = Path.Combine(RepoRoot.Path, "tests", "tools", "node_modules", "maildev", "dist", "bin", "maildev.js");
        if (!File.Exists(bin)) bin = Path.Combine(RepoRoot.Path, "tests", "tools", "node_modules", ".bin", "maildev");
        if (!File.Exists(bin)) throw new InvalidOperationException("maildev is not installed: run `npm ci` in tests/tools");
        var process = Process.Start(new ProcessStartInfo("node",
            $"\"{bin}\" --ip 127.0.0.1 --web-ip 127.0.0.1 --smtp {smtp} --web {web} --mail-directory \"{folder}\"")
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var mailDev = new MailDev(process, smtp, web, folder);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                if ((await mailDev.api.GetAsync("healthz")).IsSuccessStatusCode) return mailDev;
            }
            catch (HttpRequestException) { }
            if (process.HasExited || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"maildev did not start (exit: {(process.HasExited ? process.ExitCode : "running")})");
            await Task.Delay(100);
        }
    }

    public async Task<JsonArray> EmailsAsync() =>
        JsonNode.Parse(await api.GetStringAsync("email"))!.AsArray();

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived, then a little longer, so that a
    /// duplicate arriving late would be seen too.</summary>
    public async Task<JsonArray> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while ((await EmailsAsync()).Count < count && DateTime.UtcNow < deadline) await Task.Delay(100);
        await Task.Delay(500);
        return await EmailsAsync();
    }

    /// <summary>The message as the server received it, headers and MIME parts.</summary>
    public Task<string> SourceAsync(string id) => api.GetStringAsync($"email/{id}/source");

    public async Task ClearAsync() => (await api.DeleteAsync("email/all")).EnsureSuccessStatusCode();

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        api.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
