using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Nettverk.Api.Tests.Infrastructure;

/// <summary>The app on a clock the tests move, 1 June 2027 08.00 UTC (10.00 in Oslo) to begin with: rounds, deadlines
/// and reminders follow it. Derive a fixture from it to give a test class its own app.</summary>
public abstract class FakeClockApp : NettverkApp
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 6, 1, 8, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
