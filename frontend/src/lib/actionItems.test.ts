import type { ActionItemDto, Me } from '../api/generated/types.gen';
import { canChangeStatus, responsibleText } from './actionItems';

const item: ActionItemDto = {
  id: 'a1', body: { id: 'b1', name: 'Nettverket' }, meetingId: 'm1', meetingStartsAt: '2021-03-17T12:00:00', entryId: 'e1', caseNumber: '7/21',
  what: 'Sende møteplanen', responsibleOrganisation: { id: 'o-nho', name: 'NHO Vestfold og Telemark' }, responsiblePerson: { id: 'p-eirik', name: 'Eirik Haugland' },
  dueOn: '2021-04-01', status: 'Open', statusNote: null, statusChangedAt: null, isLive: true, overdue: true, version: 1,
};
const me = (change: Partial<Me>): Me => ({ userId: 'u', email: 'x@example.org', personId: 'p-x', displayName: 'X', roles: [], bodies: [], contactForOrganisationIds: [], ...change });

describe('action items', () => {
  it('name the organisation and the person responsible', () => {
    expect(responsibleText(item)).toBe('NHO Vestfold og Telemark, Eirik Haugland');
    expect(responsibleText({ responsibleOrganisation: null, responsiblePerson: null })).toBe('');
  });

  it('may be changed by the secretariat of the body, the person responsible and the contacts of the organisation responsible', () => {
    expect(canChangeStatus(item, me({ bodies: [{ bodyId: 'b1', bodyName: 'N', roles: ['Secretariat'] }] }))).toBe(true);
    expect(canChangeStatus(item, me({ personId: 'p-eirik' }))).toBe(true);
    expect(canChangeStatus(item, me({ contactForOrganisationIds: ['o-nho'] }))).toBe(true);
    expect(canChangeStatus(item, me({ bodies: [{ bodyId: 'b1', bodyName: 'N', roles: ['SeatHolder'] }] }))).toBe(false);
    expect(canChangeStatus(item, me({ bodies: [{ bodyId: 'b2', bodyName: 'Annet', roles: ['Secretariat'] }] }))).toBe(false);
  });

  it('are not changed before their minutes are sent out', () => {
    expect(canChangeStatus({ ...item, isLive: false }, me({ personId: 'p-eirik' }))).toBe(false);
  });
});
