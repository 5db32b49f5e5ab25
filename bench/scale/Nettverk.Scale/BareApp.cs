using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Logging;

namespace Nettverk.Scale;

/// <summary>The ceiling: Kestrel on loopback answering each URL with the bytes the real app answered (captured by
/// load.sh), from memory, with the same content type. No routing, no authentication, no database: what is left is the
/// cost of HTTP itself on this machine, measured in the same run as the app.</summary>
public static class BareApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name) => args[Array.IndexOf(args, name) + 1];
        var port = int.Parse(Arg("--port"));
        // The same certificate as the app: both pay for TLS alike (the app must run on https outside Development, for
        // its Secure cookies and antiforgery).
        using var certificate = X509Certificate2.CreateFromPemFile(Arg("--cert"), Arg("--key"));
        // responses.tsv: path-and-query, content type, file with the body; one line per URL.
        var index = Arg("--responses");
        var folder = Path.GetDirectoryName(Path.GetFullPath(index))!;
        var answers = File.ReadAllLines(index).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => (Type: p[1], Body: File.ReadAllBytes(Path.Combine(folder, p[2]))));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(o => { o.Listen(IPAddress.Loopback, port, l => l.UseHttps(certificate)); o.AddServerHeader = false; });
        var app = builder.Build();
        app.Run(async http =>
        {
            if (!answers.TryGetValue(http.Request.Path + http.Request.QueryString, out var answer)) { http.Response.StatusCode = 404; return; }
            http.Response.ContentType = answer.Type;
            http.Response.ContentLength = answer.Body.Length;
            await http.Response.Body.WriteAsync(answer.Body);
        });
        await app.RunAsync();
        return 0;
    }
}
