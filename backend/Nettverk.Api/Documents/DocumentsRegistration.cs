namespace Nettverk.Api.Documents;

public static class DocumentsRegistration
{
    /// <summary>Takes "Documents:FontFolders" from configuration (default: Debian's DejaVu and Liberation folders).
    /// MeetingPdf and MeetingDocx are static and need no services; this only settles the one global setting early.</summary>
    public static WebApplicationBuilder AddMeetingDocuments(this WebApplicationBuilder builder)
    {
        var folders = builder.Configuration.GetSection("Documents:FontFolders").Get<string[]>();
        if (folders is { Length: > 0 }) PdfSetup.UseFontFolders(folders);
        return builder;
    }
}
