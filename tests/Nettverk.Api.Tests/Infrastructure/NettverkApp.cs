using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Nettverk.Api.Demo;
using Nettverk.Api.Features.Accounts;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Tests.Infrastructure;

/// <summary>The whole app through its real HTTP pipeline on a fresh SQLite file with real migrations and the demo data.
/// One per test class; mail goes to files unless a test class points it at the SMTP server. Every answer it gives is
/// recorded, and a client of it fails when an answer is not declared by the committed OpenAPI document.</summary>
public class NettverkApp : WebApplicationFactory<Program>
{
    public string DataFolder { get; }
    public AnswerRecorder Answers { get; } = new();
    readonly Dictionary<string, string?> settings = new();
    readonly bool ownsFolder;

    // xunit allows a class fixture one public constructor only; the other way in is OnFolder.
    public NettverkApp() : this(null) { }

    /// <summary>On a data folder of the caller's, which is then left in place (for a process started after this one).</summary>
    public static NettverkApp OnFolder(string dataFolder) => new(dataFolder);

    NettverkApp(string? dataFolder)
    {
        ownsFolder = dataFolder is null;
        DataFolder = dataFolder ?? Path.Combine(Path.GetTempPath(), "nettverk-tests", Guid.NewGuid().ToString("N"));
        settings["Nettverk:DataFolder"] = DataFolder;
        settings["Nettverk:DemoData"] = "true";
        settings["Mail:DispatchIntervalSeconds"] = "3600";
        settings["Mail:PublicBaseUrl"] = "https://nettverk.example.org";
        // The suites sign in hundreds of times from one address; classes that test the limiter set tight limits with With.
        foreach (var policy in new[] { "SignIn", "PasswordReset", "Invitations", "Rsvp" })
            foreach (var rule in new[] { "PerClient", "PerAccount" })
            {
                settings[$"RateLimiting:{policy}:{rule}:PermitLimit"] = "100000";
                settings[$"RateLimiting:{policy}:{rule}:WindowSeconds"] = "60";
            }
    }

    public NettverkApp With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // UseSetting, not ConfigureAppConfiguration: Program reads some settings before the host is built.
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureServices(Answers.AddTo);
    }

    /// <summary>A browser-like client: cookies kept, the XSRF token echoed on unsafe methods, https as in production.</summary>
    public ApiClient Client()
    {
        var cookies = new CookieContainer();
        var http = CreateDefaultClient(new Uri("https://localhost"), new XsrfHandler(cookies), new CookieContainerHandler(cookies));
        return new ApiClient(http, cookies);
    }

    /// <summary>Every client of the app holds its answers against the OpenAPI document.</summary>
    public new HttpClient CreateDefaultClient(Uri baseAddress, params DelegatingHandler[] handlers) =>
        base.CreateDefaultClient(baseAddress, [new ContractHandler(Answers), .. handlers]);

    /// <summary>Signed out, as a link from an e-mail is opened: with the antiforgery cookie the SPA fetches first.</summary>
    public async Task<ApiClient> AnonymousAsync()
    {
        var client = Client();
        (await client.GetAsync("/api/account/antiforgery")).EnsureSuccessStatusCode();
        return client;
    }

    public async Task<ApiClient> SignInAsync(string email, string password = DemoData.Password)
    {
        var client = Client();
        await client.SignInAsync(email, password);
        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<NettverkDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<NettverkDbContext>());
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    /// <summary>Gives an existing person a sign-in account with the demo password.</summary>
    public async Task<string> AccountForAsync(Guid personId)
    {
        string email = "";
        await WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NettverkDbContext>();
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var person = await db.People.FindAsync(personId) ?? throw new InvalidOperationException("no person");
            var user = new AppUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true };
            var result = await users.CreateAsync(user, DemoData.Password);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            person.LinkAccount(user.Id);
            await db.SaveChangesAsync();
            email = person.Email;
        });
        return email;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (ownsFolder) try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }

}

/// <summary>Copies the XSRF-TOKEN cookie into the X-XSRF-TOKEN header on unsafe methods, as the SPA does.</summary>
sealed class XsrfHandler(CookieContainer cookies) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && !request.Headers.Contains("X-XSRF-TOKEN"))
        {
            var token = cookies.GetCookies(request.RequestUri!).FirstOrDefault(c => c.Name == AccountsRegistration.XsrfCookie);
            if (token is not null) request.Headers.Add("X-XSRF-TOKEN", token.Value);
        }
        return base.SendAsync(request, ct);
    }
}
