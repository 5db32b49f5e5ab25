namespace Nettverk.Api.Files;

/// <summary>Where uploaded papers are kept. The local folder is the default; a blob store can take its place.</summary>
public interface IFileStore
{
    Task<string> SaveAsync(Stream content, CancellationToken ct);
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct);
    Task DeleteAsync(string key, CancellationToken ct);
}

/// <summary>Files under the data folder, named by a random key: nothing a user typed reaches the file system.</summary>
public sealed class LocalFileStore(string root) : IFileStore
{
    public async Task<string> SaveAsync(Stream content, CancellationToken ct)
    {
        var key = Guid.CreateVersion7().ToString("N");
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".part";
        await using (var file = File.Create(temp)) await content.CopyToAsync(file, ct);
        File.Move(temp, path);
        return key;
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct) =>
        Task.FromResult<Stream?>(IsKey(key) && File.Exists(PathOf(key)) ? File.OpenRead(PathOf(key)) : null);

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        if (IsKey(key) && File.Exists(PathOf(key))) File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    string PathOf(string key) => Path.Combine(root, key[^2..], key);

    static bool IsKey(string key) => key.Length == 32 && key.All(char.IsAsciiHexDigit);
}
