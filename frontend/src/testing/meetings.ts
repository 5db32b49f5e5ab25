import type { AgendaItemDto, InvitationDto, PersonRef } from '../api/generated/types.gen';

/** Builders for meeting data with sensible defaults; a test names only what it is about. */
export function person(name: string, organisationName: string | null = 'NHO Vestfold og Telemark'): PersonRef {
  const id = name.toLowerCase().replace(/\W+/g, '-');
  return { id, name, email: `${id}@example.org`, phone: null, title: null, organisationName };
}

export function agendaItem(n: number, title: string, more: Partial<AgendaItemDto> = {}): AgendaItemDto {
  return {
    id: `item-${n}`, position: n, caseNumber: `${n}/27`, title, kind: 'Information', description: null, presenter: null,
    presenterText: null, durationMinutes: 15, startsAt: '2027-02-11T12:00:00', endsAt: '2027-02-11T12:15:00', papers: [],
    descriptionHtml: null, standard: null, ...more,
  };
}

export function invitation(name: string, more: Partial<InvitationDto> = {}): InvitationDto {
  const p = person(name, more.organisationName ?? 'NHO Vestfold og Telemark');
  return {
    id: `inv-${p.id}`, person: p, organisationName: p.organisationName, seatId: `seat-${p.id}`, role: 'Representative', deputyOrder: null,
    answer: 'NoAnswer', answeredAt: null, answeredBy: null, comment: null, active: true, ...more,
  };
}
