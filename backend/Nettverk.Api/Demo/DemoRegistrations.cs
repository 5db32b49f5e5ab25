using Nettverk.Api.Calendar;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Registrations;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Demo;

/// <summary>The network's open meeting of the year (seed 004: "19. august (åpent, fysisk)", "Stor interesse (80
/// deltakere)"): the next 19 August, planned, with 80 seats and a few fictional registrants at example.org.</summary>
public static class DemoRegistrations
{
    public const string MeetingTitle = "Åpent nettverksmøte";

    public static void Add(NettverkDbContext db, Body network, DateTime nowUtc)
    {
        var today = OsloTime.ToLocal(nowUtc);
        var year = today < new DateTime(today.Year, 8, 1) ? today.Year : today.Year + 1;
        var meeting = new Meeting(network.Id, MeetingTitle, new DateTime(year, 8, 19, 10, 0, 0), new DateTime(year, 8, 19, 15, 0, 0),
            MeetingFormat.Physical, "Fylkeshuset, Skien", null, isOpen: true);
        db.Meetings.Add(meeting);
        var settings = new RegistrationSettings(meeting.Id, nowUtc);
        settings.Set(RegistrationSettings.DefaultCapacity, isClosed: false, closesAt: null, nowUtc);
        db.RegistrationSettings.Add(settings);
        (string Name, string Email, string? Organisation, string? Needs)[] people =
        [
            ("Marte Lien", "marte.lien@example.org", "Eksempel Bygg AS", null),
            ("Jonas Berge", "jonas.berge@example.org", null, "Glutenfri mat"),
            ("Aisha Karlsen", "aisha.karlsen@example.org", "Eksempel videregående skole", null),
        ];
        for (var i = 0; i < people.Length; i++)
        {
            var (name, email, organisation, needs) = people[i];
            var registration = new Registration(meeting.Id, name, email, organisation, needs, nowUtc.AddDays(-3 + i));
            registration.TakeSeat(i + 1, nowUtc.AddDays(-3 + i));
            db.Registrations.Add(registration);
        }
    }
}
