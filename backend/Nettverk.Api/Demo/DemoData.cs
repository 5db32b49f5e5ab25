using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Features.Accounts;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Memberships;
using Nettverk.Api.Features.Organisations;
using Nettverk.Api.Features.People;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Demo;

/// <summary>The network of seed 004 with its members, the committees it reports to and the Krafttak project bodies of
/// seed 000. Every person is fictional, every address at example.org. Loaded only into an empty database, when asked.</summary>
public sealed class DemoData(NettverkDbContext db, UserManager<AppUser> users, TimeProvider clock, ILogger<DemoData> logger)
{
    public const string Password = "Nettverk-2026!";
    public const string NetworkName = "Nettverk for verdiskaping og kompetanse";

    int nameIndex;
    int numberIndex;

    public async Task LoadIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.Bodies.AnyAsync(ct) || await db.Organisations.AnyAsync(ct)) return;
        logger.LogInformation("Loading demo data");

        var county = Org("Vestfold og Telemark fylkeskommune", OrganisationKind.County, "post@vtfk.example.org");
        var members = new (string Name, OrganisationKind Kind)[]
        {
            ("NHO Vestfold og Telemark", OrganisationKind.EmployerOrganisation),
            ("LO Vestfold og Telemark", OrganisationKind.TradeUnion),
            ("NAV Vestfold og Telemark", OrganisationKind.StateAgency),
            ("Universitetet i Sørøst-Norge", OrganisationKind.University),
            ("KS Vestfold og Telemark", OrganisationKind.Association),
            ("Innovasjon Norge Vestfold og Telemark", OrganisationKind.StateAgency),
            ("Forskningsrådet Vestfold og Telemark", OrganisationKind.ResearchInstitution),
            ("Fagskolen i Vestfold og Telemark", OrganisationKind.VocationalCollege),
            ("De private fagskolene", OrganisationKind.VocationalCollege),
        }.Select(m => Org(m.Name, m.Kind)).ToList();

        var secretary = NewPerson("Silje Kvamme", "sekretariat@example.org", "Rådgiver, seksjon for kompetanse og inkludering", county);
        var admin = NewPerson("Ingrid Systad", "admin@example.org", "Systemansvarlig", county);

        var network = new Body(NetworkName, BodyKind.Network);
        network.Describe(NetworkName, BodyKind.Network, Mandate, Goal, Tasks, "Fylkestinget", new DateOnly(2021, 3, 9),
            county.Id, null, isPublic: true);
        network.SetMeetingRules(4, [2, 5, 8, 11], 1, 2);
        network.SetSecretariat([secretary.Id]);
        db.Bodies.Add(network);

        // The county takes part with two sectors; each member organisation has one seat with a representative and a deputy.
        var seatHolders = new Dictionary<Organisation, (Person Rep, Person Deputy, Seat Seat)>();
        foreach (var org in members.Prepend(county))
        {
            var rep = org.Name == "NHO Vestfold og Telemark"
                ? NewPerson("Eirik Haugland", "representant@example.org", "Næringspolitisk rådgiver", org)
                : NewPerson(NextName(), null, "Representant", org);
            var deputy = NewPerson(NextName(), null, "Vara", org);
            var membership = new Membership(network.Id, org.Id, new DateOnly(2021, 3, 17));
            var seat = membership.AddSeat(SeatRole.Member, new DateOnly(2021, 3, 17), new DateOnly(2027, 12, 31));
            seat.Assign(rep.Id, [deputy.Id]);
            db.Memberships.Add(membership);
            seatHolders[org] = (rep, deputy, seat);
        }
        var lo = members.Single(m => m.Name == "LO Vestfold og Telemark");
        var contact = NewPerson("Marte Solberg", "kontakt@example.org", "Organisasjonssekretær", lo);
        lo.SetContacts([contact.Id]);
        var nho = members.Single(m => m.Name == "NHO Vestfold og Telemark");

        AddFirstMeeting(network, secretary, seatHolders.Values.ToList());
        AddAgendaInput(network, nho, seatHolders[nho].Rep);
        DemoHearings.Add(db, network, members.Prepend(county).ToList());
        DemoInputRounds.Add(db, network, clock.GetUtcNow().UtcDateTime);
        DemoRegistrations.Add(db, network, clock.GetUtcNow().UtcDateTime);

        var committees = await AddCommitteesAsync(county);
        network.SetReportsTo(committees.Select(c => c.Id));
        DemoReports.Add(db, network, committees);
        AddKrafttak(county);
        db.AccessibilityStatements.Add(new Features.Site.AccessibilityStatement(DemoAccessibilityStatement.Markdown, clock.GetUtcNow().UtcDateTime));

        await db.SaveChangesAsync(ct);
        await AccountAsync(admin, GlobalRoles.Administrator);
        await AccountAsync(secretary, GlobalRoles.Secretariat);
        await AccountAsync(seatHolders[nho].Rep);
        await AccountAsync(contact);
        await AccountAsync(committeeMember!);
        await db.SaveChangesAsync(ct);
    }

    Person? committeeMember;

    /// <summary>The network's first meeting as seed 004 has it: 17 March 2021, digital, 12.00–14.00, its eight items. It was
    /// called and answered (two representatives sent their deputies, one did not answer), and it has no minutes yet.</summary>
    void AddFirstMeeting(Body network, Person secretary, IReadOnlyList<(Person Rep, Person Deputy, Seat Seat)> seats)
    {
        var meeting = new Meeting(network.Id, "Oppstartsmøte", new DateTime(2021, 3, 17, 12, 0, 0), new DateTime(2021, 3, 17, 14, 0, 0),
            MeetingFormat.Digital, null, "https://meet.example.org/j/nettverk-oppstart", isOpen: false);
        (string Title, AgendaItemKind Kind, int Minutes, string? Presenter, string? Description)[] agenda =
        [
            ("Velkommen. Innledning", AgendaItemKind.Information, 10, $"v/ {secretary.Name}, sekretariatet", null),
            ("Presentasjonsrunde", AgendaItemKind.Discussion, 15, null, "Hver deltaker presenterer seg og organisasjonen sin."),
            ("Erfaringer fra kompetanseforum Østfold", AgendaItemKind.Information, 20, "v/ Hilde Aamodt, Viken fylkeskommune", null),
            ("Gjennomgang av mandatet", AgendaItemKind.Decision, 15, null, "Mandatet ble vedtatt av fylkestinget 9. mars 2021."),
            ("Orientering om 4 strategier som berører nettverkets fagpolitiske område", AgendaItemKind.Information, 25, null,
                "- Strategi for forskning, innovasjon og næring\n- Regional strategi for reiseliv og opplevelser\n"
                + "- Strategiplan for videregående opplæring\n- Regional kompetansestrategi"),
            ("Forventningsrunde", AgendaItemKind.Discussion, 20, null, "Gruppevis. Svarene samles inn etter møtet."),
            ("Møteplan og arbeidsform", AgendaItemKind.Decision, 10, null, "Forslag til møteplan for 2021: 6. mai (digitalt), 19. august (åpent, fysisk) og 11. november (fysisk)."),
            ("Eventuelt", AgendaItemKind.Information, 5, null, null),
        ];
        for (var i = 0; i < agenda.Length; i++)
        {
            var item = new AgendaItem(meeting.Id, network.Id, i + 1, 2021, i + 1);
            item.Describe(agenda[i].Title, agenda[i].Kind, agenda[i].Description, null, agenda[i].Presenter, agenda[i].Minutes);
            db.AgendaItems.Add(item);
            meeting.AgendaEdited();
        }
        var calledAt = new DateTime(2021, 3, 3, 9, 0, 0, DateTimeKind.Utc);
        meeting.Call(calledAt);
        db.Meetings.Add(meeting);

        // Most come; the second and fifth send their deputies; the last has not answered.
        for (var i = 0; i < seats.Count; i++)
        {
            var (rep, deputy, seat) = seats[i];
            var invitation = new Invitation(meeting.Id, network.Id, rep.Id, seat.Id, InvitationRole.Representative, null, calledAt);
            invitation.MarkSent(meeting.Sequence);
            db.Invitations.Add(invitation);
            if (i == seats.Count - 1) continue;
            var sendsDeputy = i is 2 or 5;
            invitation.Respond(sendsDeputy ? Rsvp.Declined : Rsvp.Accepted, null, rep.Email, calledAt.AddDays(2 + i % 4));
            if (!sendsDeputy) continue;
            var called = new Invitation(meeting.Id, network.Id, deputy.Id, seat.Id, InvitationRole.Deputy, 1, calledAt.AddDays(3));
            called.MarkSent(meeting.Sequence);
            called.Respond(Rsvp.Accepted, null, deputy.Email, calledAt.AddDays(4));
            db.Invitations.Add(called);
        }
    }

    /// <summary>Input (innspill) to the first meeting's item on the four strategies: the item took input until two days
    /// before the meeting, NHO's representative sent some, and the secretariat included it in the papers, so members see
    /// it with the item and in the invitation document.</summary>
    void AddAgendaInput(Body network, Organisation nho, Person representative)
    {
        var item = db.AgendaItems.Local.Single(a => a.BodyId == network.Id && a.Title.StartsWith("Orientering om 4 strategier"));
        db.AgendaInputDeadlines.Add(new AgendaInputDeadline(item, new DateTime(2021, 3, 15, 11, 0, 0, DateTimeKind.Utc)));
        var input = new AgendaInput(item, nho.Id, representative.Id, representative.Name,
            "NHO Vestfold og Telemark ber nettverket se den regionale kompetansestrategien og strategien for forskning, innovasjon "
            + "og næring i sammenheng, så bedriftenes behov for fagarbeidere får plass i begge.",
            new DateTime(2021, 3, 12, 9, 30, 0, DateTimeKind.Utc));
        input.Include(true, new DateTime(2021, 3, 15, 13, 0, 0, DateTimeKind.Utc));
        db.AgendaInputs.Add(input);
    }

    async Task<List<Body>> AddCommitteesAsync(Organisation county)
    {
        var parties = new[] { "Arbeiderpartiet", "Høyre", "Senterpartiet", "Fremskrittspartiet" }
            .Select(p => Org($"{p} i Vestfold og Telemark", OrganisationKind.Association)).ToList();
        var names = new[] { "Hovedutvalg for næring og reiseliv", "Hovedutvalg for utdanning og kompetanse", "Yrkesopplæringsnemnda" };
        var committees = new List<Body>();
        foreach (var name in names)
        {
            var committee = new Body(name, BodyKind.PoliticalCommittee);
            committee.Describe(name, BodyKind.PoliticalCommittee, null, null, [], "Fylkestinget", new DateOnly(2019, 10, 22),
                county.Id, null, isPublic: true);
            committee.SetPublishRepresentatives(true); // elected members are published by name
            committee.SetSecretariat([NewPerson(NextName(), null, "Utvalgssekretær", county).Id]);
            db.Bodies.Add(committee);
            foreach (var party in parties)
            {
                var membership = new Membership(committee.Id, party.Id, new DateOnly(2019, 10, 22));
                var rep = name == "Hovedutvalg for utdanning og kompetanse" && party == parties[0] && committeeMember is null
                    ? committeeMember = NewPerson("Kari Lunde", "utvalg@example.org", "Medlem av hovedutvalget", party)
                    : NewPerson(NextName(), null, "Medlem", party);
                var deputy = NewPerson(NextName(), null, "Varamedlem", party);
                membership.AddSeat(party == parties[0] ? SeatRole.Chair : SeatRole.Member, new DateOnly(2019, 10, 22),
                    new DateOnly(2027, 10, 21)).Assign(rep.Id, [deputy.Id]);
                db.Memberships.Add(membership);
            }
            committees.Add(committee);
        }
        await Task.CompletedTask;
        return committees;
    }

    void AddKrafttak(Organisation county)
    {
        var unions = new[] { "Fagforbundet Vestfold og Telemark", "Utdanningsforbundet Vestfold og Telemark", "Akademikerne Vestfold og Telemark" }
            .Select(n => Org(n, OrganisationKind.TradeUnion)).ToList();
        var secretary = NewPerson(NextName(), null, "Prosjektkoordinator", county);

        var owner = Body("Krafttak – prosjekteier", BodyKind.SteeringGroup, null,
            "Fylkesrådmannens ledergruppe eier Krafttak: en sunnere økonomi og kraft til å påvirke regionens store utfordringer.");
        owner.SetSecretariat([secretary.Id]);
        var projectGroup = Body("Krafttak – prosjektgruppe", BodyKind.ProjectGroup, owner.Id,
            "Sentrale ressurser fra sentraladministrasjonen og virksomhetene. Tillitsvalgte deltar fast. Ukentlige møter.");
        projectGroup.SetMeetingRules(52, [], null, null);
        projectGroup.SetSecretariat([secretary.Id]);
        var referenceGroup = Body("Krafttak – referansegruppe", BodyKind.ReferenceGroup, owner.Id,
            "Bredt sammensatt referansegruppe fra virksomheter og sektoradministrative funksjoner. Jevnlige møter sammen med prosjektgruppa.");
        referenceGroup.SetSecretariat([secretary.Id]);

        Seats(projectGroup, county, 4);
        foreach (var union in unions.Take(2)) Seats(projectGroup, union, 1);
        Seats(referenceGroup, county, 8);
        Seats(referenceGroup, unions[2], 1);

        Body Body(string name, BodyKind kind, Guid? parent, string goal)
        {
            var body = new Body(name, kind);
            body.Describe(name, kind, null, goal, [], "Fylkesrådmannen", new DateOnly(2020, 6, 30), county.Id, parent, isPublic: false);
            db.Bodies.Add(body);
            return body;
        }

        void Seats(Body body, Organisation org, int count)
        {
            var membership = new Membership(body.Id, org.Id, new DateOnly(2020, 6, 30));
            for (var i = 0; i < count; i++)
                membership.AddSeat(SeatRole.Member, new DateOnly(2020, 6, 30), null).Assign(NewPerson(NextName(), null, null, org).Id, []);
            db.Memberships.Add(membership);
        }
    }

    Organisation Org(string name, OrganisationKind kind, string? email = null)
    {
        var slug = Slug(name);
        var org = new Organisation(name, NextOrganisationNumber(), kind, email ?? $"post@{slug}.example.org", "+47 35 00 00 00",
            $"https://{slug}.example.org");
        db.Organisations.Add(org);
        return org;
    }

    Person NewPerson(string name, string? email, string? title, Organisation org)
    {
        var person = new Person(name, email ?? $"{Slug(name)}@example.org", $"+47 9{nameIndex:D2}0 {nameIndex:D2} 0{nameIndex % 10}0", title, org.Id);
        db.People.Add(person);
        return person;
    }

    async Task AccountAsync(Person person, params string[] roles)
    {
        var user = new AppUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true, CreatedAt = clock.GetUtcNow().UtcDateTime };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        foreach (var role in roles) await users.AddToRoleAsync(user, role);
        person.LinkAccount(user.Id);
    }

    /// <summary>Fictional names, combined so that no two people share one.</summary>
    string NextName()
    {
        string[] first = ["Anders", "Berit", "Camilla", "Dag", "Elin", "Fredrik", "Guro", "Henrik", "Ida", "Jonas", "Kristin", "Lars",
            "Maren", "Nils", "Oda", "Per", "Ragnhild", "Sindre", "Tone", "Vegard", "Åse", "Øystein", "Hege", "Tor"];
        string[] last = ["Aasen", "Berge", "Dahl", "Eide", "Fjeld", "Grønli", "Holm", "Isaksen", "Jensrud", "Kleven", "Lie", "Moen",
            "Nesse", "Opsahl", "Rønning", "Strand", "Tveit", "Ulven", "Vik", "Ødegård"];
        var i = nameIndex++;
        return $"{first[i % first.Length]} {last[(i * 7 + i / first.Length) % last.Length]}";
    }

    /// <summary>Nine-digit numbers with a valid modulus-11 check digit, made up for the demo.</summary>
    string NextOrganisationNumber()
    {
        while (true)
        {
            var candidate = (91_000_000 + 7_919 * ++numberIndex).ToString();
            for (var check = 0; check <= 9; check++)
                if (OrganisationNumber.IsValid(candidate + check)) return candidate + check;
        }
    }

    static string Slug(string s)
    {
        var map = new Dictionary<char, string> { ['æ'] = "ae", ['ø'] = "o", ['å'] = "a", [' '] = "." };
        var chars = s.ToLowerInvariant().Select(c => map.TryGetValue(c, out var r) ? r : char.IsAsciiLetterOrDigit(c) ? c.ToString() : "");
        return string.Concat(chars).Trim('.');
    }

    const string Goal = "Nettverk for verdiskaping og kompetanse skal bidra til å styrke innsatsen og den helhetlige tilnærmingen "
        + "til nærings- og kompetanseutvikling for å redusere utenforskap og gi økt verdiskaping i Vestfold og Telemark.";

    static readonly string[] Tasks =
    [
        "Bidra til gjensidig forpliktende samarbeid for å redusere utenforskap og øke verdiskapingen",
        "Bidra til oppdatert regionalt kunnskapsgrunnlag",
        "Være en ressurs i arbeidet med regionale strategier",
        "Sørge for informasjonsflyt og kunnskapsdeling",
        "Bidra til balanse mellom tilbud og etterspørsel etter kompetanse og arbeidskraft",
        "Være referansegruppe for relevante prosjekter",
        "Identifisere og bryte ned barrierer for regional samhandling",
        "Koordinere samhandlingsarenaer som berører regional nærings- og kompetansepolitikk",
        "Rapportere til politisk nivå",
    ];

    const string Mandate = """
        ## Treffpunkter
        Inntil 4 møter per år, kvartalsvis (februar, mai, august og november). 1 til 2 av møtene arrangeres som åpne møter/samlinger.
        Det etableres felles digital kanal og nettside.

        ## Deltakere
        Nettverket kan utvides med flere representanter dersom nettverket finner det hensiktsmessig.
        Andre personer kan inviteres til møtene avhengig av tema, konkrete saker eller prosjekt.

        ## Ledelse og koordinering
        Fasilitering og koordinering av nettverket ivaretas av Vestfold og Telemark fylkeskommune under ledelse av sektor for
        næring, innovasjon og kompetanse. Sekretariatsfunksjonen legges til seksjon for kompetanse og inkludering.

        ## Finansiering
        Drift, ledelse og sekretariat av nettverket håndteres av sektor for næring, innovasjon og kompetanse. De ulike aktørene
        deltar i samarbeidet med sine organisatoriske ressurser og sitt virkemiddelapparat.

        ## Dokumentasjon
        Møtereferater og rapportering av arbeidet i nettverket legges frem som sak til hovedutvalgene for Næring og reiseliv,
        og Utdanning og kompetanse, samt Yrkesopplæringsnemnda. I tillegg skal partnerskapet Bærekraftige Vestfold og Telemark
        holdes løpende oppdatert.
        """;
}
