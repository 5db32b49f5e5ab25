using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Minutes;
using Nettverk.Api.Features.Reports;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Demo;

/// <summary>The network's reports to its three committees (seed 004: "Møtereferater og rapportering av arbeidet i nettverket
/// legges frem som sak til hovedutvalgene … samt Yrkesopplæringsnemnda"). One sent on the proposed mandate, answered by
/// Yrkesopplæringsnemnda at its meeting 9 February 2021 with a fictional statement that asks the network to act (an action
/// item); the two hovedutvalg have not answered yet. And a draft report on the spring's work.</summary>
public static class DemoReports
{
    const string By = "sekretariat@example.org";

    public static void Add(NettverkDbContext db, Body network, IReadOnlyList<Body> committees)
    {
        var created = new DateTime(2021, 1, 18, 9, 0, 0, DateTimeKind.Utc);
        var sent = new Report(network.Id, created, By);
        sent.Describe("Forslag til mandat for Nettverk for verdiskaping og kompetanse", new DateOnly(2020, 9, 1), new DateOnly(2021, 1, 15),
            "Fylkeskommunen har i regional planstrategi lagt opp til et nettverk der arbeidsliv, utdanning og forvaltning møtes om "
            + "verdiskaping og kompetanse. Sekretariatet har utarbeidet et forslag til mandat i dialog med partene.",
            "Nettverket skal være en felles arena for kunnskapsdeling og koordinering. Forslaget legger vekt på at nettverket "
            + "skal gi råd og innspill, ikke fatte vedtak på vegne av partene.",
            "Utvalget slutter seg til forslaget til mandat for Nettverk for verdiskaping og kompetanse.",
            [], [], [], [], [], includeAttendance: false, committees.Select(c => c.Id).ToList(), created, By);
        sent.Send(new DateTime(2021, 1, 26, 8, 0, 0, DateTimeKind.Utc), By);
        db.Reports.Add(sent);

        var nemnda = committees.Single(c => c.Name == "Yrkesopplæringsnemnda");
        var recorded = new DateTime(2021, 2, 10, 12, 0, 0, DateTimeKind.Utc);
        var statement = new CommitteeStatement(sent.Id, nemnda.Id, network.Id, recorded, By);
        statement.Record(new DateOnly(2021, 2, 9), "4/21",
            "Yrkesopplæringsnemnda støtter at det opprettes et felles nettverk for verdiskaping og kompetanse. Nemnda mener fag- og "
            + "yrkesopplæringen må komme tydeligere fram i nettverkets mål, og at partene i arbeidslivet bør ha en sentral rolle "
            + "i arbeidet med læreplasser.",
            "Yrkesopplæringsnemnda tar saken til orientering og ber om at nettverkets mål justeres slik at fag- og "
            + "yrkesopplæring nevnes uttrykkelig.");
        db.CommitteeStatements.Add(statement);
        var item = ActionItem.FromStatement(network.Id, statement.Id, statement.CaseNumber, recorded);
        item.Describe(0, "Justere nettverkets mål slik at fag- og yrkesopplæring nevnes uttrykkelig, og orientere nemnda om endringen.",
            null, null, new DateOnly(2021, 6, 30), "requestedAction");
        // As in seed 004: the goal was adjusted before Fylkestinget adopted the mandate on 9 March 2021, so the item is done.
        item.SetStatus(ActionItemStatus.Done, "Målet ble justert i mandatet som Fylkestinget vedtok 9. mars 2021.",
            new DateTime(2021, 3, 9, 15, 0, 0, DateTimeKind.Utc), By);
        db.ActionItems.Add(item);
        statement.AskedToAct(item.Id);
        sent.Committees.Single(c => c.CommitteeId == nemnda.Id).StatementReceived();

        var draft = new Report(network.Id, new DateTime(2021, 6, 1, 9, 0, 0, DateTimeKind.Utc), By);
        draft.Describe("Rapport om nettverkets arbeid våren 2021", new DateOnly(2021, 3, 1), new DateOnly(2021, 6, 30),
            "Nettverket hadde oppstartsmøte 17. mars 2021 og har siden behandlet høringen av fire regionale strategier.",
            null, "Utvalget tar rapporten til orientering.", [], [], [], [], [], includeAttendance: true,
            committees.Select(c => c.Id).ToList(), new DateTime(2021, 6, 1, 9, 0, 0, DateTimeKind.Utc), By);
        db.Reports.Add(draft);
    }
}
