import {
  addHearingParties, attachToHearingResponse, attachToHearingResponseByLink, createHearing, declineHearing, declineHearingByLink,
  extendHearingParty, getHearing, getHearingByLink, getMyHearingParty, getPublicHearing, hearingSideBySide, listHearingParties,
  listHearings, listMyHearings, openHearing, removeHearingParty, respondToHearing, respondToHearingByLink, sendHearingToPoliticalTreatment,
  summariseHearing, updateHearing, uploadHearingDocument,
} from '../../api/generated/sdk.gen';
import type { AddHearingPartiesRequest } from '../../api/generated/types.gen';
import type { HearingInput, HearingPartyStatus, SubmitResponse } from './types';

// The hearing calls, in one place, through the generated client (errors thrown as problem details, as everywhere).
const data = async <T,>(call: Promise<{ data: T }>): Promise<T> => (await call).data;

export const hearingsApi = {
  list: (bodyId: string, page = 1) => data(listHearings({ path: { bodyId }, query: { page }, throwOnError: true })),
  create: (bodyId: string, body: HearingInput) => data(createHearing({ path: { bodyId }, body, throwOnError: true })),
  get: (id: string) => data(getHearing({ path: { id }, throwOnError: true })),
  update: (id: string, body: HearingInput) => data(updateHearing({ path: { id }, body, throwOnError: true })),
  open: (id: string) => data(openHearing({ path: { id }, throwOnError: true })),
  summarise: (id: string, summary: string) => data(summariseHearing({ path: { id }, body: { summary }, throwOnError: true })),
  send: (id: string) => data(sendHearingToPoliticalTreatment({ path: { id }, throwOnError: true })),
  uploadDocument: (id: string, file: File, documentKey?: string) =>
    data(uploadHearingDocument({ path: { id }, body: (documentKey ? { file, documentKey } : { file }) as never, throwOnError: true })),
  /** One page of the board, filtered by the API: one status, those still to answer ('waiting'), or all (''). */
  parties: (id: string, filter: HearingPartyStatus | 'waiting' | '' = '', page = 1) => data(listHearingParties({
    path: { id }, query: { page, ...(filter === 'waiting' ? { waiting: true } : filter ? { status: filter } : {}) }, throwOnError: true,
  })),
  addParties: (id: string, body: AddHearingPartiesRequest) => data(addHearingParties({ path: { id }, body, throwOnError: true })),
  removeParty: (id: string, partyId: string) => data(removeHearingParty({ path: { id, partyId }, throwOnError: true })),
  extend: (id: string, partyId: string, deadline: string) =>
    data(extendHearingParty({ path: { id, partyId }, body: { deadline }, throwOnError: true })),
  sideBySide: (id: string) => data(hearingSideBySide({ path: { id }, throwOnError: true })),
  mine: (page = 1) => data(listMyHearings({ query: { page }, throwOnError: true })),
  publicHearing: (slug: string) => data(getPublicHearing({ path: { slug }, throwOnError: true })),
};

/** Where a party answers: signed in through its hearing, or by the token link from its invitation without an account. */
export type Answering = { kind: 'signedIn'; hearingId: string } | { kind: 'token'; token: string };

export function answeringApi(a: Answering) {
  if (a.kind === 'token') {
    const path = { token: a.token };
    return {
      key: ['hearing-link', a.token] as const,
      view: () => data(getHearingByLink({ path, throwOnError: true })),
      respond: (_partyId: string, body: SubmitResponse) => data(respondToHearingByLink({ path, body, throwOnError: true })),
      decline: (_partyId: string) => data(declineHearingByLink({ path, throwOnError: true })),
      attach: (_partyId: string, file: File) => data(attachToHearingResponseByLink({ path, body: { file } as never, throwOnError: true })),
    };
  }
  const id = a.hearingId;
  return {
    key: ['hearing-party', id] as const,
    view: () => data(getMyHearingParty({ path: { id }, throwOnError: true })),
    respond: (partyId: string, body: SubmitResponse) => data(respondToHearing({ path: { id, partyId }, body, throwOnError: true })),
    decline: (partyId: string) => data(declineHearing({ path: { id, partyId }, throwOnError: true })),
    attach: (partyId: string, file: File) => data(attachToHearingResponse({ path: { id, partyId }, body: { file } as never, throwOnError: true })),
  };
}

/** The query keys of the hearing screens; a change names what it makes stale. */
export const hearingKeys = {
  all: ['hearings'] as const,
  list: (bodyId: string, page?: number) => (page ? ['hearings', 'body', bodyId, page] : ['hearings', 'body', bodyId]) as readonly unknown[],
  one: (id: string) => ['hearings', 'one', id] as const,
  parties: (id: string, filter?: string, page?: number) =>
    (filter === undefined ? ['hearings', 'parties', id] : ['hearings', 'parties', id, filter, page ?? 1]) as readonly unknown[],
  sideBySide: (id: string) => ['hearings', 'side-by-side', id] as const,
  mine: (page?: number) => (page ? ['hearings', 'mine', page] : ['hearings', 'mine']) as readonly unknown[],
};
