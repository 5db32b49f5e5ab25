using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Nettverk.Api.Common;
using Nettverk.Api.Documents;

namespace Nettverk.Tests.Documents;

public sealed class MissingFontsProblemTests
{
    [Fact]
    public async Task MissingFonts_Answer503ProblemDetails_WithAStableCode_AndNoServerPaths()
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var handler = new ProblemExceptionHandler(services.GetRequiredService<IProblemDetailsService>(),
            NullLogger<ProblemExceptionHandler>.Instance);
        var http = new DefaultHttpContext { RequestServices = services };
        http.Response.Body = new MemoryStream();

        var handled = await handler.TryHandleAsync(http, new DocumentFontsMissingException(DocumentFontResolver.DefaultFolders), default);

        handled.Should().BeTrue();
        http.Response.StatusCode.Should().Be(503);
        http.Response.Body.Position = 0;
        var problem = await JsonDocument.ParseAsync(http.Response.Body);
        problem.RootElement.GetProperty("code").GetString().Should().Be("document_fonts_missing");
        problem.RootElement.GetProperty("status").GetInt32().Should().Be(503);
        problem.RootElement.ToString().Should().NotContain("/usr/share");
    }
}
