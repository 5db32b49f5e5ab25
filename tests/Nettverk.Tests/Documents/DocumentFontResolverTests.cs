using Nettverk.Api.Documents;

namespace Nettverk.Tests.Documents;

public sealed class DocumentFontResolverTests : IDisposable
{
    const string Debian = "/usr/share/fonts/truetype/dejavu";
    readonly string folder = Directory.CreateTempSubdirectory("nettverk-fonts-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void NoFolders_ThrowsOurException_NamingTheDebianPackage()
    {
        var resolve = () => new DocumentFontResolver([]).ResolveTypeface("Nettverk Sans", false, false);

        resolve.Should().Throw<DocumentFontsMissingException>().WithMessage("*fonts-dejavu-core*");
    }

    [Fact]
    public void AFamilyWithoutItsBoldFace_DoesNotCount()
    {
        File.Copy($"{Debian}/DejaVuSans.ttf", Path.Combine(folder, "DejaVuSans.ttf"));

        var resolver = new DocumentFontResolver([folder]);

        resolver.Invoking(r => r.EnsureAvailable()).Should().Throw<DocumentFontsMissingException>()
            .Which.Folders.Should().Equal(folder);
    }

    [Fact]
    public void DebiansDejaVu_ResolvesEveryStyle_SimulatingTheItalicsItDoesNotShip()
    {
        var resolver = new DocumentFontResolver(DocumentFontResolver.DefaultFolders);

        resolver.ResolveTypeface("Nettverk Sans", false, false).FaceName.Should().Be($"{Debian}/DejaVuSans.ttf");
        resolver.ResolveTypeface("Nettverk Sans", true, false).FaceName.Should().Be($"{Debian}/DejaVuSans-Bold.ttf");
        var boldItalic = resolver.ResolveTypeface("Nettverk Sans", true, true);
        if (!File.Exists($"{Debian}/DejaVuSans-BoldOblique.ttf")) // fonts-dejavu-extra has the real ones
        {
            boldItalic.FaceName.Should().Be($"{Debian}/DejaVuSans-Bold.ttf");
            boldItalic.MustSimulateItalic.Should().BeTrue();
        }
        resolver.GetFont($"{Debian}/DejaVuSans.ttf").Should().StartWith(new byte[] { 0, 1, 0, 0 }, "a TrueType file");
    }

    [Fact]
    public void LiberationSans_IsTheFallback_WhenDejaVuIsMissing()
    {
        // Stand-ins with Liberation's file names: the resolver goes by file name, PDFsharp reads whatever font is inside.
        File.Copy($"{Debian}/DejaVuSans.ttf", Path.Combine(folder, "LiberationSans-Regular.ttf"));
        File.Copy($"{Debian}/DejaVuSans-Bold.ttf", Path.Combine(folder, "LiberationSans-Bold.ttf"));
        File.Copy($"{Debian}/DejaVuSans.ttf", Path.Combine(folder, "LiberationSans-Italic.ttf"));

        var resolver = new DocumentFontResolver(["/nowhere", folder]);

        resolver.ResolveTypeface("Nettverk Sans", false, true).Should().Match<PdfSharp.Fonts.FontResolverInfo>(i =>
            i.FaceName == Path.Combine(folder, "LiberationSans-Italic.ttf") && !i.MustSimulateItalic);
        resolver.ResolveTypeface("Nettverk Sans", true, true).Should().Match<PdfSharp.Fonts.FontResolverInfo>(i =>
            i.FaceName == Path.Combine(folder, "LiberationSans-Bold.ttf") && i.MustSimulateItalic);
    }
}
