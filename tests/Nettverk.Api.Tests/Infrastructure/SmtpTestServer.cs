using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Nettverk.Api.Tests.Infrastructure;

/// <summary>A real SMTP server on 127.0.0.1 in the test process (the NuGet package SmtpServer), for what maildev cannot
/// tell or do: how many connections were opened, refusing chosen recipients with 550 or a message with 451, and
/// stopping for a while and coming back on the same port.</summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    readonly ConcurrentQueue<MimeMessage> received = new();
    CancellationTokenSource? stop;
    Task? running;
    int connections;

    public int Port { get; }
    /// <summary>SMTP sessions opened since the server was made, across restarts.</summary>
    public int Connections => Volatile.Read(ref connections);
    public IReadOnlyCollection<MimeMessage> Received => received;
    /// <summary>Recipients answered 550 at RCPT TO (a permanent refusal).</summary>
    public ConcurrentDictionary<string, bool> RefusePermanently { get; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>Recipients whose message is answered 451 after DATA (a transient refusal).</summary>
    public ConcurrentDictionary<string, bool> RefuseForNow { get; } = new(StringComparer.OrdinalIgnoreCase);
    int downAt = int.MaxValue;
    TimeSpan downFor;
    int wentDown;
    public bool WentDown => Volatile.Read(ref wentDown) == 1;

    /// <summary>Goes down when the <paramref name="message"/>th message's MAIL FROM arrives (the one before it has had
    /// its 250 by then), drops that connection, and comes back on the same port after <paramref name="duration"/>.</summary>
    public void GoDownAtMessage(int message, TimeSpan duration)
    {
        downAt = message;
        downFor = duration;
    }

    async Task OutageAsync()
    {
        await StopAsync();
        await Task.Delay(downFor);
        Resume();
    }

    (string User, string Password)? login;

    SmtpTestServer(int port) => Port = port;

    /// <param name="login">When set, the server requires AUTH with this user and password (over plaintext, as a test
    /// server on 127.0.0.1 may).</param>
    public static SmtpTestServer Start(int? port = null, (string User, string Password)? login = null)
    {
        var server = new SmtpTestServer(port ?? MailDev.FreePort()) { login = login };
        server.Resume();
        return server;
    }

    public int CountOf(string messageId) => received.Count(m => m.MessageId == messageId.Trim('<', '>'));

    /// <summary>Listens (again) on the same port.</summary>
    public void Resume()
    {
        if (running is not null) throw new InvalidOperationException("already running");
        var options = new SmtpServerOptionsBuilder().ServerName("smtp.example.org")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))
                .AuthenticationRequired(login is not null).AllowUnsecureAuthentication(login is not null)).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        if (login is { } l) services.Add(new Login(l.User, l.Password));
        services.Add(new Filter(this));
        services.Add(new Store(this));
        var server = new SmtpServer.SmtpServer(options, services);
        server.SessionCreated += (_, _) => Interlocked.Increment(ref connections);
        stop = new CancellationTokenSource();
        running = server.StartAsync(stop.Token);
    }

    /// <summary>Stops listening and drops every open connection, as a server that goes down does.</summary>
    public async Task StopAsync()
    {
        if (running is null) return;
        await stop!.CancelAsync();
        try { await running; } catch (OperationCanceledException) { }
        stop.Dispose();
        running = null;
    }

    public async Task<List<MimeMessage>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (received.Count < count && DateTime.UtcNow < deadline) await Task.Delay(50);
        await Task.Delay(300);
        return received.ToList();
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    sealed class Login(string user, string password) : SmtpServer.Authentication.IUserAuthenticator
    {
        public Task<bool> AuthenticateAsync(ISessionContext context, string u, string p, CancellationToken ct) =>
            Task.FromResult(u == user && p == password);
    }

    sealed class Filter(SmtpTestServer server) : IMailboxFilter
    {
        public async Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken ct)
        {
            if (server.received.Count + 1 < server.downAt || Interlocked.Exchange(ref server.wentDown, 1) == 1) return true;
            _ = Task.Run(server.OutageAsync, CancellationToken.None);
            // Held until the stopping server cancels the session: the client sees its connection drop mid-transaction.
            await Task.Delay(Timeout.Infinite, ct);
            return false;
        }

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken ct) =>
            Task.FromResult(!server.RefusePermanently.ContainsKey(to.AsAddress()));
    }

    sealed class Store(SmtpTestServer server) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken ct)
        {
            if (transaction.To.Any(t => server.RefuseForNow.ContainsKey(t.AsAddress())))
                return Task.FromResult(new SmtpResponse(SmtpReplyCode.Aborted, "4.3.0 try again later"));
            server.received.Enqueue(MimeMessage.Load(new MemoryStream(buffer.ToArray())));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
