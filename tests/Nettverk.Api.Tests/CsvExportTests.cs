using System.Net;
using System.Text;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>A cell a spreadsheet would read as a formula comes out of every CSV export as text.</summary>
public sealed class CsvExportTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    [Fact]
    public async Task CsvExport_NeutralisesFormulas()
    {
        var url = $"/api/meetings/{await app.FirstMeetingAsync()}/minutes";
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var draft = (await (await secretariat.PostAsync(url)).ShouldBe(HttpStatusCode.Created))!;
        var saved = (await (await secretariat.PutAsync(url, new
        {
            version = draft["version"]!.GetValue<int>(),
            entries = new[]
            {
                new
                {
                    id = draft["entries"]![5]!["id"]!.GetValue<string>(),
                    actionItems = new object[]
                    {
                        new { what = "=HYPERLINK(\"https://angriper.example.org\";\"Klikk\")", responsiblePersonId = await app.PersonAsync(DemoIds.SeatHolder) },
                        new { what = "@SUM(1+1)", responsiblePersonId = await app.PersonAsync(DemoIds.SeatHolder) },
                        new { what = "Vanlig tekst", responsiblePersonId = await app.PersonAsync(DemoIds.SeatHolder) },
                    },
                },
            },
        })).ShouldBe(HttpStatusCode.OK))!;
        await (await secretariat.PostAsync($"{url}/approve", new { version = saved["version"]!.GetValue<int>() })).ShouldBe(HttpStatusCode.OK);

        var csv = await secretariat.GetAsync($"/api/bodies/{await app.NetworkAsync()}/action-items.csv");
        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        var text = Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]);
        var cells = text.Split("\r\n").SelectMany(line => line.Split(';')).ToList();
        cells.Should().NotContain(c => c.StartsWith('=') || c.StartsWith('@') || c.StartsWith("\"=") || c.StartsWith("\"@"), text);
        text.Should().Contain("'=HYPERLINK").And.Contain("'@SUM(1+1)").And.Contain(";Vanlig tekst;");
    }
}
