using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Accounts;
using Nettverk.Api.Features.Audit;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Memberships;
using Nettverk.Api.Features.Minutes;
using Nettverk.Api.Features.Organisations;
using Nettverk.Api.Features.People;
using Nettverk.Api.Features.Search;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Scale;

/// <summary>At scale 1.0 the installation the reviewer measured in issue 9: ≈400 bodies, 20,000 people, 3,000
/// organisations, 21,000 meetings with agendas, 380,000 invitations, minutes and action items for the past meetings and
/// 1.6 M audit events. The demo data is loaded first and left as it is, so its reads answer the same bytes on small
/// and large data. Deterministic (a fixed seed), fictional names, example.org addresses.</summary>
public static class Generator
{
    public static async Task<int> RunAsync(string[] args)
    {
        var scale = double.Parse(Option(args, "--scale") ?? "1.0", CultureInfo.InvariantCulture);
        var folder = Path.GetFullPath(Option(args, "--out") ?? throw new ArgumentException("--out <folder> is required"));
        if (scale is <= 0 or > 2) throw new ArgumentOutOfRangeException(nameof(args), "--scale is between 0 and 2");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "nettverk.db");
        foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
        var clock = Stopwatch.StartNew();

        // The app's own preparation: its migrations, its roles, its demo data (with the demo accounts).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", Args = [] });
        builder.Configuration["Nettverk:DataFolder"] = folder;
        builder.Configuration["Nettverk:DemoData"] = "true";
        builder.Configuration["Mail:Delivery"] = "PickupFolder";
        builder.Logging.SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Warning);
        builder.AddApi();
        builder.AddPersistence();
        builder.AddAccounts();
        builder.AddMail();
        await using var app = builder.Build();
        await app.PrepareDatabaseAsync();
        Console.WriteLine($"migrated and loaded the demo data in {clock.Elapsed.TotalSeconds:F1} s");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NettverkDbContext>();
        var domain = scope.ServiceProvider.GetRequiredService<IOptions<MailOptions>>().Value.MessageIdDomain;
        var actors = await db.Users.Select(u => new Actor(u.Id, u.Email!)).ToListAsync();

        await using (var connection = new SqliteConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            // A throwaway file until the generator is done: no fsync per transaction.
            Exec(connection, "PRAGMA synchronous=OFF; PRAGMA cache_size=-200000; PRAGMA temp_store=MEMORY;");
            using (var writer = new BulkWriter(connection, db.Model))
            {
                new Plan(scale, domain, actors, writer).Write();
                writer.Commit();
                Console.WriteLine($"generated in {clock.Elapsed.TotalSeconds:F1} s");
            }
            // The generator writes parents before children with foreign keys off (as bulk loads do); this proves it.
            using (var check = connection.CreateCommand())
            {
                check.CommandText = "PRAGMA foreign_key_check;";
                using var reader = check.ExecuteReader();
                if (reader.Read()) throw new InvalidOperationException($"foreign key broken: {reader.GetString(0)} row {reader.GetValue(1)} → {reader.GetString(2)}");
            }
            Exec(connection, "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
            Console.WriteLine();
            Console.WriteLine($"{"table",-22} {"rows",10}");
            foreach (var table in new[] { "Bodies", "BodySecretaries", "Organisations", "OrganisationContacts", "People", "Memberships", "Seats",
                         "SeatDeputies", "Meetings", "AgendaItems", "Invitations", "Minutes", "MinutesEntries", "ActionItems", "AuditEvents", "AspNetUsers" })
                Console.WriteLine($"{table,-22} {Scalar(connection, $"SELECT COUNT(*) FROM \"{table}\""),10:N0}");
        }
        SqliteConnection.ClearAllPools();
        // The bulk rows bypass EF's saves, so the search index knows none of them: clear its stamp and build it the way
        // the app does at start-up, here, so a start on the data is not also a rebuild.
        var indexing = Stopwatch.StartNew();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM SearchIndexState");
        await SearchIndexRebuild.EnsureAsync(app.Services);
        Console.WriteLine($"search index built in {indexing.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine();
        Console.WriteLine($"scale {scale.ToString(CultureInfo.InvariantCulture)}: {file}, {new FileInfo(file).Length / 1048576.0:F1} MB, {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    static void Exec(SqliteConnection c, string sql)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    static long Scalar(SqliteConnection c, string sql)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}

public sealed record Actor(Guid UserId, string Email);

/// <summary>What is generated, made through the model's constructors and methods (so every rule they hold holds here)
/// and handed to the bulk writer.</summary>
sealed class Plan(double scale, string domain, IReadOnlyList<Actor> actors, BulkWriter writer)
{
    readonly Random random = new(2026);
    readonly DateTime now = DateTime.UtcNow;
    int people;
    long auditBudget;

    int Scaled(int full) => Math.Max(1, (int)Math.Round(full * scale));

    public void Write()
    {
        var organisationCount = Scaled(3_000);
        var bodyCount = Scaled(400);
        // 21,000 meetings over 400 bodies; about 17 seats per body, each invited: 380,000 invitations with deputies called.
        var meetingsPerBody = 52;
        auditBudget = Scaled(1_600_000);

        var organisations = new List<Organisation>(organisationCount);
        for (var i = 0; i < organisationCount; i++)
        {
            var kind = (OrganisationKind)(i % Enum.GetValues<OrganisationKind>().Length);
            var org = new Organisation($"Organisasjon {i + 1}", null, kind, $"post@org{i + 1}.example.org", null, null);
            organisations.Add(org);
            writer.Add(org);
        }

        // A pool of secretaries, each serving about ten bodies, as county staff do.
        var secretaries = Enumerable.Range(0, Math.Max(1, bodyCount / 10)).Select(_ => NewPerson("Sekretær", null)).ToList();
        var bodies = new List<(Body Body, List<(Seat Seat, Person Rep, List<Person> Deputies, Guid Org)> Seats)>();
        for (var b = 0; b < bodyCount; b++)
        {
            var kind = (BodyKind)(b % Enum.GetValues<BodyKind>().Length);
            var body = new Body($"Organ {b + 1}", kind);
            body.Describe(body.Name, kind, $"Mandat for organ {b + 1}.", $"Mål for organ {b + 1}.", ["Oppgave 1", "Oppgave 2"], "Fylkestinget",
                new DateOnly(2019, 1, 1).AddDays(b), organisations[b % organisationCount].Id, null, isPublic: b % 2 == 0);
            body.SetMeetingRules(6, [2, 5, 8, 11], null, null);
            body.SetSecretariat([secretaries[b % secretaries.Count].Id]);
            writer.Add(body);
            writer.AddRange(body.Secretariat);

            var seats = new List<(Seat, Person, List<Person>, Guid)>();
            var members = 11 + random.Next(17); // 11–27, about 19 on average
            for (var m = 0; m < members; m++)
            {
                var org = organisations[(b * 7 + m * 13) % organisationCount];
                var membership = new Membership(body.Id, org.Id, new DateOnly(2019, 1, 1));
                var seat = membership.AddSeat(m == 0 ? SeatRole.Chair : SeatRole.Member, new DateOnly(2019, 1, 1), null);
                var rep = NewPerson("Person", org.Id);
                var deputies = Enumerable.Range(0, m % 3 == 0 ? 2 : 1).Select(_ => NewPerson("Person", org.Id)).ToList();
                seat.Assign(rep.Id, deputies.Select(d => d.Id).ToList());
                writer.Add(membership);
                writer.AddRange(membership.Seats);
                writer.AddRange(seat.Deputies);
                seats.Add((seat, rep, deputies, org.Id));
            }
            bodies.Add((body, seats));
        }
        // A contact for every organisation that has members.
        foreach (var (org, person) in bodies.SelectMany(b => b.Seats).GroupBy(s => s.Org).Select(g => (g.Key, g.First().Rep.Id)))
        {
            var organisation = organisations.First(o => o.Id == org);
            organisation.SetContacts([person]);
            writer.AddRange(organisation.Contacts);
        }

        foreach (var (body, seats) in bodies) WriteMeetings(body, seats, meetingsPerBody);
        WriteAudit(organisations, bodies.Select(b => b.Body).ToList());
    }

    Person NewPerson(string prefix, Guid? organisationId)
    {
        var n = ++people;
        var person = new Person($"{prefix} {n}", $"{prefix.ToLowerInvariant().Replace('æ', 'e')}{n}@example.org",
            $"+47 4{n % 10_000_000:D7}", prefix == "Sekretær" ? "Rådgiver" : "Representant", organisationId);
        writer.Add(person);
        return person;
    }

    /// <summary>Meetings from 2019 to two years ahead, about a quarter still ahead. Past ones were called two weeks before
    /// with answers (a declined seat calls in its first deputy), and have minutes with action items; the near future is
    /// called with some answers in; the far future is planned only.</summary>
    void WriteMeetings(Body body, List<(Seat Seat, Person Rep, List<Person> Deputies, Guid Org)> seats, int count)
    {
        var first = new DateTime(2019, 1, 7, 10, 0, 0);
        var span = (now.AddYears(2) - first).TotalDays;
        var caseNumbers = new Dictionary<int, int>();
        for (var i = 0; i < count; i++)
        {
            var day = first.AddDays(Math.Floor(span * i / count) + random.Next(5));
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(2);
            var start = day.Date.AddHours(9 + random.Next(6));
            var meeting = new Meeting(body.Id, $"Møte {i + 1} i {body.Name}", start, start.AddHours(2),
                i % 3 == 0 ? MeetingFormat.Digital : MeetingFormat.Physical, "Fylkeshuset, møterom 2",
                i % 3 == 0 ? "https://meet.example.org/j/organ" : null, isOpen: i % 5 == 0);
            var items = new List<AgendaItem>();
            for (var p = 1; p <= 6; p++)
            {
                caseNumbers[start.Year] = caseNumbers.GetValueOrDefault(start.Year) + 1;
                var item = new AgendaItem(meeting.Id, body.Id, p, start.Year, caseNumbers[start.Year]);
                item.Describe($"Sak {p}: tema {random.Next(1000)}", (AgendaItemKind)(p % 3), p % 2 == 0 ? "Saksfremlegg følger." : null, null, null, 20);
                meeting.AgendaEdited();
                items.Add(item);
            }
            var startUtc = meeting.StartsAtUtc;
            var past = meeting.EndsAtUtc < now;
            var calledAt = startUtc.AddDays(-14);
            var called = past || startUtc < now.AddDays(60);
            if (called)
            {
                meeting.Call(calledAt < now ? calledAt : now.AddMinutes(-1));
                meeting.FixCalendarUid(domain);
            }
            writer.Add(meeting);
            writer.AddRange(items);
            if (!called) continue;

            foreach (var (seat, rep, deputies, _) in seats)
            {
                var invitation = new Invitation(meeting.Id, body.Id, rep.Id, seat.Id, InvitationRole.Representative, null, meeting.CalledAt!.Value);
                invitation.MarkSent(meeting.Sequence);
                var roll = random.Next(100);
                var answeredAt = meeting.CalledAt!.Value.AddDays(1 + random.Next(5));
                var answered = past || answeredAt < now;
                if (answered && roll < 80) invitation.Respond(Rsvp.Accepted, null, rep.Email, answeredAt);
                else if (answered && roll < 85) invitation.Respond(Rsvp.Tentative, null, rep.Email, answeredAt);
                else if (answered && roll < 95)
                {
                    invitation.Respond(Rsvp.Declined, "Forhindret.", rep.Email, answeredAt);
                    var deputy = new Invitation(meeting.Id, body.Id, deputies[0].Id, seat.Id, InvitationRole.Deputy, 1, answeredAt);
                    deputy.MarkSent(meeting.Sequence);
                    if (past) deputy.Respond(Rsvp.Accepted, null, deputies[0].Email, answeredAt.AddDays(1));
                    writer.Add(deputy);
                }
                writer.Add(invitation);
            }
            if (past) WriteMinutes(meeting, items, seats);
        }
    }

    void WriteMinutes(Meeting meeting, List<AgendaItem> items, List<(Seat Seat, Person Rep, List<Person> Deputies, Guid Org)> seats)
    {
        var by = actors[0].Email;
        var writtenAt = meeting.EndsAtUtc.AddDays(1);
        var minutes = new Minutes(meeting, isPublic: true, writtenAt, by);
        minutes.CoverAgenda(items);
        foreach (var entry in minutes.Entries) entry.Write("Saken ble drøftet.", entry.Kind == AgendaItemKind.Decision ? "Vedtatt som foreslått." : null, true);
        minutes.Approve("Godkjent i neste møte.", writtenAt.AddDays(7), by);
        writer.Add(minutes);
        writer.AddRange(minutes.Entries);
        for (var a = 0; a < 2; a++)
        {
            var entry = minutes.Entries[a * 2 + 1];
            var (_, rep, _, org) = seats[random.Next(seats.Count)];
            var action = new ActionItem(minutes, entry, writtenAt);
            action.Describe(a + 1, $"Følge opp sak {entry.CaseNumber}", org, rep.Id, DateOnly.FromDateTime(writtenAt.AddDays(30)), "actionItems");
            action.MakeLive(); // the minutes are approved
            if (random.Next(3) > 0) action.SetStatus(ActionItemStatus.Done, null, writtenAt.AddDays(20), by);
            writer.Add(action);
        }
    }

    /// <summary>The log as a running installation builds it: creations and changes of the bodies' data over the years.</summary>
    void WriteAudit(List<Organisation> organisations, List<Body> bodies)
    {
        string[] types = ["Meeting", "Invitation", "AgendaItem", "Minutes", "ActionItem", "Person", "Seat"];
        var from = new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var seconds = (now - from).TotalSeconds;
        for (long i = 0; i < auditBudget; i++)
        {
            var actor = actors[(int)(i % actors.Count)];
            var body = bodies[(int)(i % bodies.Count)];
            writer.Add(new AuditEvent
            {
                At = from.AddSeconds(seconds * i / auditBudget),
                ActorUserId = actor.UserId,
                Actor = actor.Email,
                Action = i % 10 == 0 ? AuditAction.Created : AuditAction.Updated,
                EntityType = types[i % types.Length],
                EntityId = Guid.CreateVersion7(),
                BodyId = body.Id,
                Changes = $$"""[{"property":"Title","before":"Sak {{i}}","after":"Sak {{i + 1}}"}]""",
            });
        }
        _ = organisations;
    }
}
