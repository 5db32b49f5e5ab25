using System.Diagnostics;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>There is no Docker engine on these machines, so the compose file is validated rather than run:
/// `docker compose config` (or the older docker-compose) parses it, resolves the build and checks the schema.</summary>
public sealed class DockerComposeTests
{
    [Fact]
    public async Task ComposeFile_IsValid_AndHasTheAppSqlServerAndMailCatcher()
    {
        var compose = Path.Combine(RepoRoot.Path, "docker", "compose.yaml");
        File.Exists(compose).Should().BeTrue();
        var (exit, output) = await RunAsync("docker", $"compose -f \"{compose}\" config --services");
        if (exit != 0) (exit, output) = await RunAsync("docker-compose", $"-f \"{compose}\" config --services");
        exit.Should().Be(0, output);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Should().Contain(["app", "sqlserver", "mail"]);
    }

    [Fact]
    public void Dockerfile_BuildsTheSpaAndTheApi_InSeparateStages()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepoRoot.Path, "docker", "Dockerfile"));
        dockerfile.Should().Contain("npm ci").And.Contain("dotnet publish").And.Contain("mcr.microsoft.com/dotnet/aspnet");
        System.Text.RegularExpressions.Regex.Matches(dockerfile, @"^FROM ", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Count.Should().BeGreaterThanOrEqualTo(3);
    }

    static async Task<(int, string)> RunAsync(string file, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoRoot.Path,
            })!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await stdout + await stderr);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"{file}: {e.Message}");
        }
    }
}
