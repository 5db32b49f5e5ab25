using System.Diagnostics;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

namespace Nettverk.Api.Tests.Infrastructure;

/// <summary>A real IMAP server on 127.0.0.1: Debian's dovecot-imapd (installed by tests/run.sh), run without systemd from
/// a throwaway config in a temp folder with one passwd-file user and a maildir beside it. Stopped by killing it; the
/// maildir survives a stop, so <see cref="StartAsync()"/> again brings back the same mailbox on the same port.</summary>
public sealed class Dovecot : IAsyncDisposable
{
    public const string Address = "moter@example.org";
    public const string Password = "imap-test-passord";
    const string Binary = "/usr/sbin/dovecot";

    readonly string folder;
    Process? process;

    public int Port { get; }
    public string LogFile => Path.Combine(folder, "dovecot.log");

    Dovecot(string folder, int port)
    {
        this.folder = folder;
        Port = port;
    }

    /// <param name="withoutMove">Advertise no MOVE capability, so the client must fall back to COPY + \Deleted + UID EXPUNGE.</param>
    public static async Task<Dovecot> StartAsync(bool withoutMove = false)
    {
        if (!File.Exists(Binary)) throw new InvalidOperationException("dovecot is not installed: apt-get install -y dovecot-imapd (tests/run.sh does)");
        var folder = Path.Combine(Path.GetTempPath(), "nettverk-dovecot", Guid.NewGuid().ToString("N"));
        var dovecot = new Dovecot(folder, MailDev.FreePort());
        await dovecot.WriteConfigAsync(withoutMove);
        await dovecot.StartAsync();
        return dovecot;
    }

    async Task WriteConfigAsync(bool withoutMove)
    {
        foreach (var sub in new[] { "run", "state", "mail" }) Directory.CreateDirectory(Path.Combine(folder, sub));
        // Dovecot refuses uid 0 as a mail user; as root the mail belongs to nobody and the services run as the users the
        // package created. Not as root, everything runs as the caller.
        var root = await RunAsync("id", "-u") == "0";
        var (uid, gid) = root ? ("65534", "65534") : (await RunAsync("id", "-u"), await RunAsync("id", "-g"));
        var user = Environment.UserName;
        var mailHome = Path.Combine(folder, "mail", "moter");
        Directory.CreateDirectory(mailHome);
        if (root) await RunAsync("chown", "-R", $"{uid}:{gid}", mailHome);
        await File.WriteAllTextAsync(Path.Combine(folder, "passwd"), $"{Address}:{{PLAIN}}{Password}:{uid}:{gid}::{mailHome}\n");
        // Dovecot 2.3's post-login list, less MOVE.
        var capability = withoutMove
            ? "imap_capability = IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ NAMESPACE UIDPLUS CHILDREN LIST-EXTENDED UNSELECT ESEARCH\n"
            : "";
        var template = await File.ReadAllTextAsync(Path.Combine(RepoRoot.Path, "tests", "tools", "dovecot.conf.template"));
        await File.WriteAllTextAsync(Path.Combine(folder, "dovecot.conf"), template
            .Replace("{{FOLDER}}", folder).Replace("{{LOG}}", LogFile)
            .Replace("{{INTERNAL_USER}}", root ? "dovecot" : user).Replace("{{LOGIN_USER}}", root ? "dovenull" : user)
            .Replace("{{CAPABILITY}}", capability).Replace("{{PORT}}", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Starts (or starts again) the server and waits until it greets on its port.</summary>
    public async Task StartAsync()
    {
        if (process is { HasExited: false }) return;
        process = Process.Start(new ProcessStartInfo(Binary, $"-F -c \"{Path.Combine(folder, "dovecot.conf")}\"")
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await GreetsAsync())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"dovecot did not start (exit: {(process.HasExited ? process.ExitCode : "running")}): {ReadLog()}");
            await Task.Delay(100);
        }
    }

    /// <summary>Kills the server and its children; the port stops answering.</summary>
    public async Task StopAsync()
    {
        if (process is null) return;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        process = null;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await GreetsAsync() && DateTime.UtcNow < deadline) await Task.Delay(100);
    }

    async Task<bool> GreetsAsync()
    {
        try
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync("127.0.0.1", Port);
            var buffer = new byte[64];
            var read = await tcp.GetStream().ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(2));
            return read > 0 && System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("* OK", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException or TimeoutException) { return false; }
    }

    /// <summary>Delivers a message into a folder with IMAP APPEND, as a mail server's delivery would.</summary>
    public async Task AppendAsync(MimeMessage message, string folderName = "INBOX", MessageFlags flags = MessageFlags.None)
    {
        using var client = await ConnectAsync();
        var target = folderName == "INBOX" ? client.Inbox : await client.GetFolderAsync(folderName);
        await target.AppendAsync(new AppendRequest(message, flags));
        await client.DisconnectAsync(true);
    }

    /// <summary>The Message-IDs in a folder (without those marked \Deleted unless asked); empty when the folder does not exist.</summary>
    public async Task<IReadOnlyList<string>> MessageIdsAsync(string folderName, bool includeDeleted = false)
    {
        using var client = await ConnectAsync();
        IMailFolder target;
        try { target = folderName == "INBOX" ? client.Inbox : await client.GetFolderAsync(folderName); }
        catch (FolderNotFoundException) { return []; }
        await target.OpenAsync(FolderAccess.ReadOnly);
        var uids = await target.SearchAsync(includeDeleted ? SearchQuery.All : SearchQuery.NotDeleted);
        var ids = new List<string>();
        foreach (var summary in uids.Count == 0 ? [] : await target.FetchAsync(uids, MessageSummaryItems.Envelope))
            ids.Add(summary.Envelope?.MessageId ?? "");
        await client.DisconnectAsync(true);
        return ids;
    }

    /// <summary>What the server offers a signed-in client, as MailKit reads it.</summary>
    public async Task<ImapCapabilities> CapabilitiesAsync()
    {
        using var client = await ConnectAsync();
        var capabilities = client.Capabilities;
        await client.DisconnectAsync(true);
        return capabilities;
    }

    async Task<ImapClient> ConnectAsync()
    {
        var client = new ImapClient { Timeout = 10_000 };
        await client.ConnectAsync("127.0.0.1", Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(Address, Password);
        return client;
    }

    public string ReadLog() => File.Exists(LogFile) ? File.ReadAllText(LogFile) : "(no log)";

    static async Task<string> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var output = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        return output.Trim();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
