using Microsoft.AspNetCore.Http.HttpResults;
using Nettverk.Api.Common;

namespace Nettverk.Api.Documents;

public enum DocumentFileType { Pdf, Docx }

/// <summary>A rendered meeting document as a download: "motereferat-2021-03-17.pdf".</summary>
public static class DocumentFiles
{
    public static FileContentHttpResult File(MeetingDocument document, DocumentFileType format, string baseName, DateTime date)
    {
        var name = $"{baseName}-{date:yyyy-MM-dd}";
        return format == DocumentFileType.Pdf
            ? TypedResults.File(MeetingPdf.Render(document), "application/pdf", name + ".pdf")
            : TypedResults.File(MeetingDocx.Render(document),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx");
    }
}

public static class DocumentEndpointExtensions
{
    /// <summary>A PDF route: rendering throws <see cref="DocumentFontsMissingException"/> when the server lacks the fonts,
    /// which answers 503; the route declares it, as no handler type can.</summary>
    public static RouteHandlerBuilder ProducesFontsMissing(this RouteHandlerBuilder builder) =>
        builder.ProducesProblemCodes(StatusCodes.Status503ServiceUnavailable, DocumentFontsMissingException.Code);
}
