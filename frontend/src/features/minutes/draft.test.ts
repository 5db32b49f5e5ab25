import type { ActionItemDto } from '../../api/generated/types.gen';
import { aMinutes, anEntry, aSeat } from '../../testing/minutes';
import { adoptIds, rebase, sameContent, toDraft, toRequest } from './draft';

const item = (id: string, what: string): ActionItemDto => ({
  id, body: { id: 'body-1', name: 'Nettverket' }, meetingId: 'meet-1', meetingStartsAt: '2021-03-17T12:00:00', entryId: 'entry-3',
  caseNumber: '3/21', what, responsibleOrganisation: null, responsiblePerson: null, dueOn: null, status: 'Open', statusNote: null,
  statusChangedAt: null, isLive: false, overdue: false, version: 1,
});

describe('the minutes draft', () => {
  it('saves blank text as nothing, and a deputy only when a deputy came', () => {
    const draft = toDraft(aMinutes({ attendees: [aSeat({ status: 'Present', deputyPersonId: null })] }));
    draft.entries[0]!.notes = '   ';
    draft.attendance[0] = { id: 'seat-row-1', status: 'Absent', deputyPersonId: 'p-dep1' };
    const request = toRequest(draft, 7);
    expect(request.version).toBe(7);
    expect(request.entries![0]!.notes).toBeNull();
    expect(request.attendance).toEqual([{ id: 'seat-row-1', status: 'Absent', deputyPersonId: null }]);
  });

  it('keeping mine after a conflict sends again what the other removed, as new', () => {
    const mine = toDraft(aMinutes({ entries: [anEntry({ actionItems: [item('a1', 'Sende presentasjonen')] })] }));
    const theirs = aMinutes({ version: 9, entries: [anEntry({ actionItems: [] })] });
    expect(rebase(mine, theirs).entries[0]!.actionItems[0]).toMatchObject({ id: null, what: 'Sende presentasjonen' });
  });

  it('gives what a save created its id, while keeping what was typed during the save', () => {
    const sent = toDraft(aMinutes());
    sent.entries[0]!.actionItems.push({ key: 'k1', id: null, what: 'Lage møteplan ', responsibleOrganisationId: null, responsiblePersonId: null, dueOn: null });
    const typedOn = { ...sent, entries: sent.entries.map((e) => ({ ...e, notes: 'Skrevet under lagringen.' })) };
    const saved = aMinutes({ version: 4, entries: [anEntry({ actionItems: [item('a9', 'Lage møteplan')] })] });
    const result = adoptIds(typedOn, sent, saved);
    expect(result.entries[0]!.actionItems[0]!.id).toBe('a9');
    expect(result.entries[0]!.notes).toBe('Skrevet under lagringen.');
    expect(sameContent(result, toDraft(saved))).toBe(false);
  });
});
