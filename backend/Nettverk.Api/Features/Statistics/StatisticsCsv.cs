using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using Nettverk.Api.Common;

namespace Nettverk.Api.Features.Statistics;

/// <summary>The figures as CSV (<see cref="CsvExport"/>: semicolons, formula-safe, with a byte order mark), headers in
/// Norwegian as the other exports have them.</summary>
static class StatisticsCsv
{
    const string NoOrganisation = "Uten organisasjon";

    public static FileContentHttpResult Attendance(AttendanceStatistics s, TimeProvider clock) => File("oppmote", clock,
        ["Organisasjon", "Møter", "Til stede", "Vara møtte", "Forfall"],
        s.Organisations.Select(r => new object?[] { r.Organisation ?? NoOrganisation, r.Meetings, r.Present, r.DeputyPresent, r.Absent }));

    public static FileContentHttpResult Answers(AnswerStatistics s, TimeProvider clock) => File("svar-pa-innkallinger", clock,
        ["Organisasjon", "Møte", "Dato", "Innkalt", "Kommer", "Kommer kanskje", "Kommer ikke", "Ikke svart"],
        s.Organisations.Select(r => new object?[] { r.Organisation ?? NoOrganisation, null, null, r.Invited, r.Accepted, r.Tentative, r.Declined, r.NoAnswer })
            .Concat(s.PerMeeting.Select(m => new object?[] { null, m.Title, m.StartsAt.ToString("yyyy-MM-dd"), m.Invited, m.Accepted, m.Tentative, m.Declined, m.NoAnswer })));

    public static FileContentHttpResult ActionItems(ActionItemStatistics s, TimeProvider clock) => File("oppfolgingspunkter-per-maned", clock,
        ["Måned", "Nye", "Utført", "Utgått", "Åpne ved månedsslutt"],
        s.Months.Select(m => new object?[] { m.Month, m.Opened, m.Done, m.Dropped, m.OpenAtEnd }));

    public static FileContentHttpResult Participation(ParticipationStatistics s, TimeProvider clock) => File("horinger-og-innspillsrunder", clock,
        ["Type", "Organisasjon", "Invitert", "Svart"],
        s.HearingResponses.Select(r => new object?[] { "Høring", r.Organisation ?? NoOrganisation, r.Invited, r.Answered })
            .Concat(s.InputRoundResponses.Select(r => new object?[] { "Innspillsrunde", r.Organisation ?? NoOrganisation, r.Invited, r.Answered })));

    static FileContentHttpResult File(string name, TimeProvider clock, string[] headers, IEnumerable<object?[]> rows)
    {
        using var writer = new StringWriter();
        using (var csv = CsvExport.Writer(writer))
        {
            foreach (var header in headers) csv.WriteField(header);
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row) csv.WriteField(cell?.ToString());
                csv.NextRecord();
            }
        }
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(writer.ToString())).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"{name}-{clock.GetUtcNow():yyyy-MM-dd}.csv");
    }
}
