// A second, independent reading of the same calendars with node-ical, in the shape ics-check.mjs prints (the fields
// both can read), so the tests can demand that ical.js and node-ical agree on every calendar the app writes.
// Usage: node ics-check-node-ical.mjs file.ics [file2.ics …]  → [{file, method, events:[…]}]; exit 1 on a parse error.
import { readFileSync } from 'node:fs';
import ical from 'node-ical';

const text = (v) => (v == null ? null : typeof v === 'object' && 'val' in v ? String(v.val) : String(v));
const address = (p) => (p == null ? null : {
  email: text(p).replace(/^mailto:/i, ''),
  cn: typeof p === 'object' && p.params?.CN != null ? String(p.params.CN) : null,
});
const out = [];
for (const file of process.argv.slice(2)) {
  const data = ical.sync.parseICS(readFileSync(file, 'utf8'));
  const events = Object.values(data).filter((c) => c.type === 'VEVENT').map((e) => ({
    uid: e.uid,
    sequence: e.sequence == null ? null : Number(e.sequence),
    summary: text(e.summary),
    description: text(e.description),
    location: text(e.location),
    status: e.status ?? null,
    start: e.start.toISOString(),
    end: e.end.toISOString(),
    startZone: e.start.tz ?? null,
    organizer: address(e.organizer),
    attendees: (e.attendee == null ? [] : [].concat(e.attendee)).map(address),
  }));
  out.push({ file, method: data.vcalendar?.method ?? null, events });
}
process.stdout.write(JSON.stringify(out));
