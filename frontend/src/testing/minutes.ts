import type { MinutesAttendeeDto, MinutesDto, MinutesEntryDto } from '../api/generated/types.gen';

/** Minutes of the demo network's first meeting, as the API sends them, with what a test changes. */
export function aMinutes(change: Partial<MinutesDto> = {}): MinutesDto {
  return {
    id: 'min-1',
    meetingId: 'meet-1',
    body: { id: 'body-1', name: 'Nettverk for verdiskaping og kompetanse' },
    ownerName: 'Vestfold og Telemark fylkeskommune',
    meetingTitle: 'Oppstartsmøte',
    startsAt: '2021-03-17T12:00:00',
    endsAt: '2021-03-17T14:00:00',
    format: 'Digital',
    location: null,
    status: 'Draft',
    version: 3,
    revision: 1,
    isPublic: true,
    reviewDeadline: null,
    sentForReviewAt: null,
    approvedAt: null,
    approvedByName: null,
    approvalNote: null,
    publishedAt: null,
    correctionReason: null,
    updatedAt: '2021-03-20T10:00:00Z',
    updatedByName: 'Silje Kvamme',
    attendees: [aSeat()],
    entries: [anEntry()],
    comments: [],
    publishedRevisions: [],
    canEdit: true,
    canComment: false,
    noticeRecipients: 12,
    ...change,
  };
}

export function aSeat(change: Partial<MinutesAttendeeDto> = {}): MinutesAttendeeDto {
  return {
    id: 'seat-row-1',
    kind: 'Seat',
    seatId: 'seat-1',
    personId: 'p-rep',
    name: 'Åse Ødegård',
    organisationName: 'De private fagskolene',
    status: 'Absent',
    deputyPersonId: null,
    deputyName: null,
    note: null,
    deputies: [
      { personId: 'p-dep1', name: 'Tor Berge', order: 1 },
      { personId: 'p-dep2', name: 'Hege Lie', order: 2 },
    ],
    ...change,
  };
}

export function anEntry(change: Partial<MinutesEntryDto> = {}): MinutesEntryDto {
  return {
    id: 'entry-3',
    agendaItemId: 'item-3',
    position: 3,
    caseNumber: '3/21',
    title: 'Erfaringer fra kompetanseforum Østfold',
    kind: 'Information',
    notes: null,
    notesHtml: null,
    decision: null,
    decisionHtml: null,
    isPublic: true,
    actionItems: [],
    ...change,
  };
}
