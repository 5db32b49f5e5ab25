using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Hearings;
using Nettverk.Api.Features.Organisations;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Demo;

/// <summary>Seed 004's hearing of the four regional strategies ("Høring 28. mars – 20. april" 2021) with the network's
/// member organisations as parties: closed, with some fictional answers — one exempt, one «ingen merknader».</summary>
public static class DemoHearings
{
    public static readonly string[] Strategies =
    [
        "Strategi for forskning, innovasjon og næring",
        "Regional strategi for reiseliv og opplevelser",
        "Strategiplan for videregående opplæring",
        "Regional kompetansestrategi",
    ];

    public static void Add(NettverkDbContext db, Body network, IReadOnlyList<Organisation> members)
    {
        var opens = new DateTime(2021, 3, 27, 23, 0, 0, DateTimeKind.Utc);   // 28 March 00.00 Oslo
        var closes = new DateTime(2021, 4, 20, 21, 59, 0, DateTimeKind.Utc); // 20 April 23.59 Oslo
        var hearing = new Hearing(network.Id, opens);
        hearing.Edit("Høring av fire regionale strategier", string.Join(", ", Strategies),
            "Fylkeskommunen sender fire regionale strategier på høring til nettverkets medlemmer. Svar gjerne per strategi. "
            + "Etter høringen går strategiene til politisk behandling i mai/juni.",
            opens, closes, publish: true, [7, 2], Strategies);
        hearing.Open(opens);
        db.Hearings.Add(hearing);
        var parties = members.Select(o => new HearingParty(hearing.Id, HearingPartyKind.Organisation, o.Id, null, o.Name, null, opens)).ToList();
        foreach (var p in parties) p.MarkInvited(opens);
        db.HearingParties.AddRange(parties);

        HearingParty Of(string name) => parties.Single(p => p.Name == name);
        var sections = hearing.Sections.OrderBy(s => s.Position).ToList();
        var answeredAt = new DateTime(2021, 4, 15, 10, 0, 0, DateTimeKind.Utc);
        Of("NHO Vestfold og Telemark").Respond(hearing, false, null, new Dictionary<Guid, string>
        {
            [sections[0].Id] = "Vi støtter satsingen på innovasjon i eksisterende næringsliv og ber om at fagskolene får en tydelig rolle.",
            [sections[3].Id] = "Kompetansestrategien bør ha konkrete mål for læreplasser i privat sektor.",
        }, null, "Eirik Haugland", answeredAt);
        Of("LO Vestfold og Telemark").Respond(hearing, false,
            "Svaret omtaler forhold i en enkelt virksomhet og er derfor unntatt offentlighet.", new Dictionary<Guid, string>(),
            ExemptionBasis.Offl13, "Marte Solberg", answeredAt.AddDays(1));
        Of("NAV Vestfold og Telemark").Respond(hearing, true, null, new Dictionary<Guid, string>(), null, "NAV Vestfold og Telemark", answeredAt.AddDays(2));
        Of("Universitetet i Sørøst-Norge").Respond(hearing, false, null, new Dictionary<Guid, string>
        {
            [sections[2].Id] = "Universitetet bidrar gjerne i arbeidet med etter- og videreutdanning for lærere i videregående opplæring.",
        }, null, "Universitetet i Sørøst-Norge", answeredAt.AddDays(3));
    }
}
