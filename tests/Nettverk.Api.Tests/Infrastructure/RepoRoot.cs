namespace Nettverk.Api.Tests.Infrastructure;

/// <summary>The repository's top folder, found from the test binaries by the solution file beside it.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Nettverk.sln"))) return dir.FullName;
        throw new InvalidOperationException("Nettverk.sln not found above " + AppContext.BaseDirectory);
    }
}
