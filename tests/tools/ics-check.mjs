// Reads iCalendar files with Mozilla's ical.js (the parser Thunderbird uses) and prints what it understood as JSON,
// so the backend tests can let an independent implementation judge every calendar the app writes.
// Usage: node ics-check.mjs file.ics [file2.ics …]  → [{file, method, events:[…]}]; exit 1 on a parse error.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const out = [];
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const attendees = vevent.getAllProperties('attendee').map((p) => ({
      email: String(p.getFirstValue()).replace(/^mailto:/i, ''),
      cn: p.getParameter('cn') ?? null,
      role: p.getParameter('role') ?? null,
      partstat: p.getParameter('partstat') ?? null,
      rsvp: p.getParameter('rsvp') ?? null,
    }));
    const organizer = vevent.getFirstProperty('organizer');
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      description: event.description ?? null,
      location: event.location ?? null,
      url: vevent.getFirstPropertyValue('url') ?? null,
      status: vevent.getFirstPropertyValue('status') ?? null,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      startZone: event.startDate.zone?.tzid ?? null,
      organizer: organizer ? { email: String(organizer.getFirstValue()).replace(/^mailto:/i, ''), cn: organizer.getParameter('cn') ?? null } : null,
      attendees,
      propertyNames: vevent.getAllProperties().map((p) => p.name),
    };
  });
  out.push({ file, method: calendar.getFirstPropertyValue('method') ?? null, events });
}
process.stdout.write(JSON.stringify(out));
