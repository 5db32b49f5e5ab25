import type { Hearing, HearingParty, PartyView } from './types';

/** A hearing and its parties as the API sends them, with what a test changes. */
export function aHearing(more: Partial<Hearing> = {}): Hearing {
  return {
    id: 'h1', bodyId: 'b1', bodyName: 'Nettverket', title: 'Regionale kompetansestrategier', concerns: 'Fire regionale strategier',
    description: null, slug: 'regionale-strategier', opensAt: '2021-03-28T10:00:00Z', closesAt: '2021-04-20T21:59:00Z',
    publishResponses: true, reminderDays: [7, 2], state: 'Open', sections: [], documents: [], summary: null, canManage: true, partyCounts: {},
    descriptionHtml: null, summaryHtml: null,
    ...more,
  };
}

export function aParty(name: string, status: HearingParty['status'], more: Partial<HearingParty> = {}): HearingParty {
  return {
    id: `p-${name}`, kind: 'Organisation', name, organisationId: `org-${name}`, bodyId: null, email: null, status,
    deadline: '2021-04-20T21:59:00Z', extendedTo: null, invitedAt: '2021-03-28T10:00:00Z', openedAt: null, respondedAt: null, exempt: false,
    remindersSent: 0, lastReminderAt: null, ...more,
  };
}

export function aView(more: Partial<PartyView> = {}): PartyView {
  return { hearing: aHearing({ canManage: false }), party: aParty('LO Vestfold og Telemark', 'Opened'), response: null, canRespond: true, ...more };
}
