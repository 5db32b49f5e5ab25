using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Demo;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Memberships;
using Nettverk.Api.Features.Organisations;
using Nettverk.Api.Features.People;

namespace Nettverk.Api.Tests.Infrastructure;

/// <summary>Adds data beside the demo network, through the app's own model: bodies the demo people have nothing to do with
/// (with members, meetings, agendas and invitations), and more called meetings of the network itself, so that a read
/// whose cost grows with data shows it.</summary>
public static class ExtraData
{
    public static async Task AddAsync(NettverkApp app, int bodies, int membersPerBody, int meetingsPerBody)
    {
        var calledAt = DateTime.UtcNow;
        await app.WithDbAsync(async db =>
        {
            for (var b = 0; b < bodies; b++)
            {
                var tag = Guid.NewGuid().ToString("N")[..10];
                var body = new Body($"Nettverk {tag}", BodyKind.Network);
                body.Describe(body.Name, BodyKind.Network, null, null, [], null, null, null, null, isPublic: b % 2 == 0);
                var secretary = new Person($"Sekretær {tag}", $"sekretar.{tag}@example.org");
                db.People.Add(secretary);
                body.SetSecretariat([secretary.Id]);
                db.Bodies.Add(body);
                var seats = new List<(Seat Seat, Guid Person)>();
                for (var m = 0; m < membersPerBody; m++)
                {
                    var org = new Organisation($"Organisasjon {tag}-{m}", null, OrganisationKind.Business, null, null, null);
                    db.Organisations.Add(org);
                    var rep = new Person($"Representant {tag}-{m}", $"rep.{tag}.{m}@example.org", null, "Representant", org.Id);
                    var deputy = new Person($"Vara {tag}-{m}", $"vara.{tag}.{m}@example.org", null, "Vara", org.Id);
                    db.People.AddRange(rep, deputy);
                    org.SetContacts([rep.Id]);
                    var membership = new Membership(body.Id, org.Id, new DateOnly(2024, 1, 1));
                    var seat = membership.AddSeat(SeatRole.Member, new DateOnly(2024, 1, 1), null);
                    seat.Assign(rep.Id, [deputy.Id]);
                    db.Memberships.Add(membership);
                    seats.Add((seat, rep.Id));
                }
                AddMeetings(db, body.Id, seats, meetingsPerBody, calledAt);
            }

            // More of the network's own meetings, to which its seat holders are invited: lists that grow for the demo readers.
            var network = await db.Bodies.Where(x => x.Name == DemoData.NetworkName).Select(x => x.Id).SingleAsync();
            var networkSeats = await db.Seats.Where(s => s.BodyId == network && s.RepresentativeId != null)
                .Select(s => new { Seat = s, Person = s.RepresentativeId!.Value }).ToListAsync();
            AddMeetings(db, network, networkSeats.Select(s => (s.Seat, s.Person)).ToList(), meetingsPerBody, calledAt, caseYear: 2030);
            await db.SaveChangesAsync();
            return 0;
        });
    }

    static void AddMeetings(Persistence.NettverkDbContext db, Guid bodyId, List<(Seat Seat, Guid Person)> seats, int count,
        DateTime calledAt, int caseYear = 2029)
    {
        var caseNumber = 0;
        for (var i = 0; i < count; i++)
        {
            // Called meetings are ahead: a meeting that is over cannot be called.
            var start = DateTime.Today.AddDays(7 * (i + 1)).AddHours(10);
            var meeting = new Meeting(bodyId, $"Møte {i + 1}", start, start.AddHours(2), MeetingFormat.Physical, "Fylkeshuset", null, isOpen: false);
            for (var p = 1; p <= 5; p++)
            {
                var item = new AgendaItem(meeting.Id, bodyId, p, caseYear, ++caseNumber);
                item.Describe($"Sak {p}", AgendaItemKind.Information, null, null, null, 15);
                db.AgendaItems.Add(item);
                meeting.AgendaEdited();
            }
            meeting.Call(calledAt);
            db.Meetings.Add(meeting);
            foreach (var (seat, person) in seats)
            {
                var invitation = new Invitation(meeting.Id, bodyId, person, seat.Id, InvitationRole.Representative, null, calledAt);
                invitation.MarkSent(meeting.Sequence);
                db.Invitations.Add(invitation);
            }
        }
    }
}
