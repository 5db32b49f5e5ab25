using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Nettverk.Api.Common;

/// <summary>The one way our CSV exports are written. A cell that starts with = + - @, tab or CR would be read as a formula
/// by Excel and LibreOffice (=HYPERLINK(...) in a comment becomes a live link); CsvHelper's injection escaping prefixes such
/// cells with a single quote, as OWASP recommends for CSV injection.</summary>
public static class CsvExport
{
    public static CsvConfiguration Configuration() => new(CultureInfo.GetCultureInfo("nb-NO"))
    {
        Delimiter = ";",
        InjectionOptions = InjectionOptions.Escape,
        InjectionEscapeCharacter = '\'',
        InjectionCharacters = ['=', '+', '-', '@', '\t', '\r'],
    };

    public static CsvWriter Writer(TextWriter writer) => new(writer, Configuration());
}
