import type { AttendanceStatus, MinutesDto, SaveMinutesRequest } from '../../api/generated/types.gen';

/** The editor's working copy of the minutes. New action items and guests have no id until saved; the key names them. */
export type DraftActionItem = {
  key: string;
  id: string | null;
  what: string;
  responsibleOrganisationId: string | null;
  responsiblePersonId: string | null;
  dueOn: string | null;
};
export type DraftEntry = { id: string; notes: string; decision: string; isPublic: boolean; actionItems: DraftActionItem[] };
export type DraftSeat = { id: string; status: AttendanceStatus; deputyPersonId: string | null };
export type DraftGuest = { key: string; id: string | null; name: string; organisationName: string; note: string };
export type Draft = { isPublic: boolean; entries: DraftEntry[]; attendance: DraftSeat[]; guests: DraftGuest[] };

let counter = 0;
export const newKey = (): string => `new-${++counter}`;

export function toDraft(m: MinutesDto): Draft {
  return {
    isPublic: m.isPublic,
    entries: m.entries.map((e) => ({
      id: e.id,
      notes: e.notes ?? '',
      decision: e.decision ?? '',
      isPublic: e.isPublic,
      actionItems: e.actionItems.map((a) => ({
        key: a.id,
        id: a.id,
        what: a.what,
        responsibleOrganisationId: a.responsibleOrganisation?.id ?? null,
        responsiblePersonId: a.responsiblePerson?.id ?? null,
        dueOn: a.dueOn,
      })),
    })),
    attendance: m.attendees.filter((a) => a.kind === 'Seat').map((a) => ({ id: a.id, status: a.status, deputyPersonId: a.deputyPersonId })),
    guests: m.attendees
      .filter((a) => a.kind === 'Guest')
      .map((a) => ({ key: a.id, id: a.id, name: a.name, organisationName: a.organisationName ?? '', note: a.note ?? '' })),
  };
}

const orNull = (s: string): string | null => (s.trim() === '' ? null : s);

/** The whole draft as one save: every entry, every seat and the full list of guests, on top of `version`. */
export function toRequest(draft: Draft, version: number): SaveMinutesRequest {
  return {
    version,
    isPublic: draft.isPublic,
    entries: draft.entries.map((e) => ({
      id: e.id,
      notes: orNull(e.notes),
      decision: orNull(e.decision),
      isPublic: e.isPublic,
      actionItems: e.actionItems.map((a) => ({
        id: a.id,
        what: a.what.trim(),
        responsibleOrganisationId: a.responsibleOrganisationId,
        responsiblePersonId: a.responsiblePersonId,
        dueOn: a.dueOn || null,
      })),
    })),
    attendance: draft.attendance.map((s) => ({
      id: s.id,
      status: s.status,
      deputyPersonId: s.status === 'DeputyPresent' ? s.deputyPersonId : null,
    })),
    guests: draft.guests.map((g) => ({ id: g.id, name: g.name.trim(), organisationName: orNull(g.organisationName), note: orNull(g.note) })),
  };
}

/** Whether two drafts would save the same thing (keys and untouched whitespace aside). */
export function sameContent(a: Draft, b: Draft): boolean {
  return JSON.stringify(toRequest(a, 0)) === JSON.stringify(toRequest(b, 0));
}

/**
 * "Keep mine" after a conflict: my draft, made valid on top of the current minutes. What the other person removed
 * and I still have (an action item, a guest) is sent as new, so nothing I typed is dropped.
 */
export function rebase(mine: Draft, current: MinutesDto): Draft {
  const itemIds = new Set(current.entries.flatMap((e) => e.actionItems.map((a) => a.id)));
  const guestIds = new Set(current.attendees.filter((a) => a.kind === 'Guest').map((a) => a.id));
  const entryIds = new Set(current.entries.map((e) => e.id));
  return {
    ...mine,
    entries: mine.entries
      .filter((e) => entryIds.has(e.id))
      .map((e) => ({ ...e, actionItems: e.actionItems.map((a) => (a.id && !itemIds.has(a.id) ? { ...a, id: null } : a)) })),
    guests: mine.guests.map((g) => (g.id && !guestIds.has(g.id) ? { ...g, id: null } : g)),
  };
}

/**
 * After a save, while the user typed on: the draft stays as typed, but what the save created (action items, guests)
 * gets the ids the server gave it, so the next save updates them instead of adding them again.
 */
export function adoptIds(current: Draft, sent: Draft, saved: MinutesDto): Draft {
  const ids = new Map<string, string>();
  for (const entry of sent.entries) {
    const known = new Set(entry.actionItems.map((a) => a.id).filter(Boolean));
    const created = (saved.entries.find((e) => e.id === entry.id)?.actionItems ?? []).filter((a) => !known.has(a.id));
    for (const item of entry.actionItems.filter((a) => a.id === null)) {
      const match = created.find((c) => c.what === item.what.trim() && !ids.has(`claimed:${c.id}`));
      if (match) {
        ids.set(item.key, match.id);
        ids.set(`claimed:${match.id}`, item.key);
      }
    }
  }
  const savedGuests = saved.attendees.filter((a) => a.kind === 'Guest');
  sent.guests.forEach((g, i) => {
    if (g.id === null && savedGuests[i]) ids.set(g.key, savedGuests[i]!.id);
  });
  return {
    ...current,
    entries: current.entries.map((e) => ({ ...e, actionItems: e.actionItems.map((a) => (a.id === null && ids.has(a.key) ? { ...a, id: ids.get(a.key)! } : a)) })),
    guests: current.guests.map((g) => (g.id === null && ids.has(g.key) ? { ...g, id: ids.get(g.key)! } : g)),
  };
}

/** The parts where my draft and someone else's saved minutes differ, named as the editor names them. */
export function differences(mine: Draft, theirs: MinutesDto): { entryIds: string[]; attendance: boolean } {
  const other = toDraft(theirs);
  const mineRequest = toRequest(mine, 0);
  const theirRequest = toRequest(other, 0);
  const entryIds = mine.entries
    .filter((e, i) => JSON.stringify(mineRequest.entries![i]) !== JSON.stringify(theirRequest.entries!.find((x) => x.id === e.id)))
    .map((e) => e.id);
  const attendance = JSON.stringify([mineRequest.attendance, mineRequest.guests]) !== JSON.stringify([theirRequest.attendance, theirRequest.guests]);
  return { entryIds, attendance };
}
