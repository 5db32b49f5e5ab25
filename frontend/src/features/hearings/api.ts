import { client } from '../../api/generated/client.gen';
import { formDataBodySerializer } from '../../api/generated/client';
import type {
  Attachment, Hearing, HearingDocument, HearingInput, HearingParty, HearingPartyStatus, HearingResponse, HearingSummary, MyHearing,
  PartyView, PublicHearing, SideBySide, SubmitResponse,
} from './types';

// The hearing calls, in one place: the screens never build a URL themselves.
async function call<T>(method: 'get' | 'post' | 'put' | 'delete', url: string, body?: unknown, query?: Record<string, unknown>): Promise<T> {
  const { data } = await client[method]({ url, body, query, throwOnError: true } as never);
  return data as T;
}
async function upload<T>(url: string, form: Record<string, unknown>): Promise<T> {
  const { data } = await client.post({ ...formDataBodySerializer, url, body: form, headers: { 'Content-Type': null }, throwOnError: true } as never);
  return data as T;
}
/** A list as a plain array, whether the API pages it or not. */
function items<T>(list: T[] | { items: T[] }): T[] {
  return Array.isArray(list) ? list : list.items;
}

export const hearingsApi = {
  list: async (bodyId: string) => items(await call<HearingSummary[] | { items: HearingSummary[] }>('get', `/api/bodies/${bodyId}/hearings`, undefined, { pageSize: 200 })),
  create: (bodyId: string, input: HearingInput) => call<Hearing>('post', `/api/bodies/${bodyId}/hearings`, input),
  get: (id: string) => call<Hearing>('get', `/api/hearings/${id}`),
  update: (id: string, input: HearingInput) => call<Hearing>('put', `/api/hearings/${id}`, input),
  open: (id: string) => call<Hearing>('post', `/api/hearings/${id}/open`),
  summarise: (id: string, summary: string) => call<Hearing>('post', `/api/hearings/${id}/summary`, { summary }),
  send: (id: string) => call<Hearing>('post', `/api/hearings/${id}/send`),
  uploadDocument: (id: string, file: File, documentKey?: string) =>
    upload<HearingDocument>(`/api/hearings/${id}/documents`, documentKey ? { file, documentKey } : { file }),
  parties: async (id: string, status?: HearingPartyStatus) =>
    items(await call<HearingParty[] | { items: HearingParty[] }>('get', `/api/hearings/${id}/parties`, undefined, { status, pageSize: 200 })),
  addParties: (id: string, body: { organisationIds?: string[]; bodyIds?: string[]; memberOrganisationsOfBodyId?: string; persons?: { name: string; email: string }[] }) =>
    call<HearingParty[] | { items: HearingParty[] }>('post', `/api/hearings/${id}/parties`, body).then(items),
  removeParty: (id: string, partyId: string) => call<void>('delete', `/api/hearings/${id}/parties/${partyId}`),
  extend: (id: string, partyId: string, deadline: string) => call<HearingParty>('post', `/api/hearings/${id}/parties/${partyId}/extension`, { deadline }),
  sideBySide: (id: string) => call<SideBySide>('get', `/api/hearings/${id}/side-by-side`),
  mine: async () => items(await call<MyHearing[] | { items: MyHearing[] }>('get', '/api/me/hearings', undefined, { pageSize: 200 })),
  publicHearing: (slug: string) => call<PublicHearing>('get', `/api/public/hearings/${slug}`),
};

/** Where a party answers: signed in through its hearing, or by the token link from its invitation without an account. */
export type Answering = { kind: 'signedIn'; hearingId: string } | { kind: 'token'; token: string };

export function answeringApi(a: Answering) {
  const base = a.kind === 'token' ? `/api/hearing-links/${a.token}` : `/api/hearings/${a.hearingId}/parties/{partyId}`;
  const at = (partyId: string, rest: string) => `${base.replace('{partyId}', partyId)}${rest}`;
  return {
    key: a.kind === 'token' ? ['hearing-link', a.token] : ['hearing-party', a.hearingId],
    view: () => call<PartyView>('get', a.kind === 'token' ? base : `/api/hearings/${a.hearingId}/my-party`),
    respond: (partyId: string, body: SubmitResponse) => call<HearingResponse>('put', at(partyId, '/response'), body),
    decline: (partyId: string) => call<HearingParty>('post', at(partyId, '/decline')),
    attach: (partyId: string, file: File) => upload<Attachment>(at(partyId, '/attachments'), { file }),
  };
}

/** The query keys of the hearing screens; a change names what it makes stale. */
export const hearingKeys = {
  all: ['hearings'] as const,
  list: (bodyId: string) => ['hearings', 'body', bodyId] as const,
  one: (id: string) => ['hearings', 'one', id] as const,
  parties: (id: string) => ['hearings', 'parties', id] as const,
  sideBySide: (id: string) => ['hearings', 'side-by-side', id] as const,
  mine: ['hearings', 'mine'] as const,
};
