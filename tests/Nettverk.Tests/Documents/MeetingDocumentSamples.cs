using Nettverk.Api.Documents;

namespace Nettverk.Tests.Documents;

/// <summary>The first meeting of "Nettverk for verdiskaping og kompetanse" (seed 004, 17 March 2021) as minutes and as
/// an invitation. The agenda is the seed's; every attendee is fictional (e-mail at example.org).</summary>
public static class MeetingDocumentSamples
{
    public const string Owner = "Vestfold og Telemark fylkeskommune";
    public const string Body = "Nettverk for verdiskaping og kompetanse";

    public static readonly string[] Titles =
    [
        "Velkommen. Innledning", "Presentasjonsrunde", "Erfaringer fra kompetanseforum Østfold", "Gjennomgang av mandatet",
        "Orientering om 4 strategier som berører nettverkets fagpolitiske område", "Forventningsrunde", "Møteplan og arbeidsform",
        "Eventuelt",
    ];

    public static MeetingDocument Minutes() => new(
        MeetingDocumentKind.Minutes, Owner, Body, "Oppstartsmøte", "17. mars 2021, kl. 12.00–14.00", "Digitalt møte",
        "https://teams.example.org/l/meetup-join/oppstart-2021", "Godkjent 6. mai 2021",
        [
            new("Til stede",
            [
                new("Ingrid Solbakken", Owner, "leder"),
                new("Øystein Bråten", "NHO Vestfold og Telemark", null),
                new("Åse Lindgren", "LO Vestfold og Telemark", null),
                new("Mona Kværne", "NAV Vestfold og Telemark", null),
                new("Håkon Strøm", "Universitetet i Sørøst-Norge", null),
                new("Lise Bø", "KS Vestfold og Telemark", "1. vara for Eirik Haugland"),
            ]),
            new("Forfall", [new("Eirik Haugland", "KS Vestfold og Telemark", null), new("Terje Åmot", "Innovasjon Norge Vestfold og Telemark", null)]),
            new("Andre til stede", [new("Guro Fjellheim", Owner, "sekretariat")]),
        ],
        Items(minutes: true),
        [
            new("Sak 4/21", "Send navn, e-post og navn på vara til sekretariatet", "Alle medlemsorganisasjoner", "1. april 2021", "Pågår"),
            new("Sak 5/21", "Innspill til regional strategi for reiseliv og opplevelser", "Øystein Bråten", "20. april 2021", "Ikke startet"),
            new("Sak 6/21", "Sammenstille svarene fra forventningsrunden", "Sekretariatet", "6. mai 2021", "Ferdig"),
        ],
        "Sekretariat: Guro Fjellheim (guro.fjellheim@example.org)");

    public static MeetingDocument Invitation() => Minutes() with
    {
        Kind = MeetingDocumentKind.Invitation,
        StatusLine = null,
        Attendance = [],
        ActionItems = [],
        Items = Items(minutes: false),
        Introduction = "Velkommen til første møte i nettverket. Møtet holdes **digitalt**; lenken står over.\n\n"
            + "Meld forfall til sekretariatet, og send navn på vara som møter for deg.",
    };

    /// <summary>Only what the model requires: no owner, link, status, people, items or secretariat.</summary>
    public static MeetingDocument Bare() => new(
        MeetingDocumentKind.Invitation, null, Body, "Ekstraordinært møte", "2. juni 2021", "Fylkeshuset, Skien", null, null, [], [], [], null);

    static IReadOnlyList<DocumentItem> Items(bool minutes)
    {
        string[] kinds = ["Orientering", "Drøfting", "Orientering", "Vedtakssak", "Orientering", "Drøfting", "Vedtakssak", "Drøfting"];
        string[] times = ["12.00–12.10", "12.10–12.30", "12.30–12.50", "12.50–13.10", "13.10–13.30", "13.30–13.45", "13.45–13.55", "13.55–14.00"];
        string?[] presenters = [null, null, "v/ Hilde Aamodt, Viken fylkeskommune", "v/ Ingrid Solbakken", null, null, "v/ sekretariatet", null];
        return Enumerable.Range(0, 8).Select(i => new DocumentItem(
            $"Sak {i + 1}/21", Titles[i], kinds[i], times[i], presenters[i], Descriptions[i],
            minutes ? Notes[i] : null, minutes ? Decisions[i] : null,
            i == 3 ? ["Mandat for nettverket – vedtatt av fylkestinget 9. mars.pdf"] : i == 4 ? ["Strategiplan VGO 2021–2025.pdf", "Kompetansestrategi innspillsnotat.docx"] : [])).ToList();
    }

    static readonly string?[] Descriptions =
    [
        "Leder ønsker velkommen og går gjennom dagens saksliste.",
        "Hver deltaker presenterer seg og sin organisasjon.",
        "Erfaringer fra et tilsvarende nettverk i Østfold: hva fungerte, og hva ville de gjort annerledes?",
        "Mandatet ble vedtatt av fylkestinget 9. mars. Se vedlegg.",
        "1. Strategi for forskning, innovasjon og næring\n2. Regional strategi for reiseliv og opplevelser\n"
            + "3. Strategiplan for videregående opplæring\n4. Regional kompetansestrategi",
        "Gruppevis samtale: Hva forventer dere av nettverket? Svarene legges i et skjema.",
        "Forslag til møteplan for 2021 og hvordan vi samhandler mellom møtene.",
        null,
    ];

    static readonly string?[] Notes =
    [
        "Leder ønsket velkommen. Første møte i nettverket, *etter at mandatet ble vedtatt*.",
        "Alle deltakere presenterte seg. Ærlig talt en god start: **ni av ti** organisasjoner var representert.",
        "Erfaringer fra Østfold:\n\n- Nettverket må ha **tydelige oppgaver**\n- Godt sekretariat er avgjørende\n"
            + "  - faste innkallinger\n  - referat innen én uke\n- Åpne møter gir bredde",
        "Nettverket skal blant annet:\n\n- Bidra til **gjensidig forpliktende samarbeid** for å redusere utenforskap\n"
            + "- Bidra til **oppdatert regionalt kunnskapsgrunnlag**\n- **Rapportere** til politisk nivå\n\n"
            + "Mer om mandatet på [fylkeskommunens nettsted](https://www.example.org/mandat).",
        "Innspill fra åpent møte om reiselivsstrategien:\n\n1. Hovedinntrykk\n   - Stor interesse (80 deltakere)\n"
            + "   - Ønske om å bli involvert\n2. Prosess og medvirkning\n   - Viktig at strategiene henger sammen\n\n"
            + "Høring 28. mars – 20. april; politisk behandling mai/juni.",
        "Svarene sammenstilles av sekretariatet og legges fram på neste møte.\nFrist for svar: 1. april.",
        "Forslag til møteplan 2021:\n\n- 6. mai – digitalt møte, ca. 2 timer\n- 19. august – åpen møteplass, fysisk\n- 11. november – fysisk møte",
        "Ingen saker under eventuelt.",
    ];

    static readonly string?[] Decisions =
    [
        null,
        null,
        "Nettverket tar orienteringen til etterretning.",
        "Mandatet tas til orientering. Innspill til **overordnet mål** sendes sekretariatet innen 1. april.",
        "Orienteringene tas til etterretning. Nettverket gir innspill i høringene.",
        "Sekretariatet sammenstiller svarene til møtet 6. mai.",
        "Møteplanen for 2021 vedtas: 6. mai, 19. august og 11. november. Møtet i august er åpent.",
        null,
    ];

    /// <summary>Distinct words in a known order ("møte0001", "næringsutvikling0002" …) with varied lengths, so lines
    /// break in different places and any lost or repeated word shows.</summary>
    public static string[] NumberedWords(int count)
    {
        string[] stems = ["møte", "sak", "vedtak", "oppfølgingspunkt", "å", "næringsutvikling", "Ærlig", "Øst"];
        return Enumerable.Range(1, count).Select(i => $"{stems[i % stems.Length]}{i:D4}").ToArray();
    }
}
