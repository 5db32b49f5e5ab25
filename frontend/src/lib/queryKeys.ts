import type { QueryClient } from '@tanstack/react-query';
import {
  getBodyQueryKey, getMeetingPlanQueryKey, getMeetingQueryKey, getMinutesQueryKey, getOrganisationQueryKey,
  getPublicMinutesQueryKey, listAuditEventsQueryKey, listBodyActionItemsQueryKey,
  listMailQueryKey, listMeetingsQueryKey, listMembershipsQueryKey, listMyActionItemsQueryKey, listMyMeetingsQueryKey,
  listMyNominationsQueryKey, listNominationsQueryKey, listOrganisationActionItemsQueryKey, listOrganisationsQueryKey,
  listPeopleQueryKey, listPublicMinutesQueryKey, type QueryKey,
  getInputRoundQueryKey, getInputRoundResultsQueryKey, getStartQueryKey, listBodyInputRoundsQueryKey, listInputRoundPartiesQueryKey,
  getBodyTimelineQueryKey, getBodyTimelineInfiniteQueryKey, getReportQueryKey, listReportsQueryKey, listMyCommitteeReportsQueryKey,
} from '../api/generated/@tanstack/react-query.gen';
import type { Options } from '../api/generated/sdk.gen';

/**
 * The caches a change makes stale, named by what changed. Every key is a generated `*QueryKey(...)`, so it is the very
 * key the page's `*Options(...)` caches under; TanStack matches a filter key as a partial object, so a key given fewer
 * parameters (no query, no path) covers every cached variant of it (every year, every search, every page).
 * Features must not import each other: a change that shows on another feature's page is named here, with why.
 */
export type Keys = ReadonlyArray<QueryKey<Options>>;

/** Marks the given caches stale (refetching those on screen) and waits for the refetch, so callers can await it. */
export async function invalidate(queryClient: QueryClient, keys: Keys): Promise<void> {
  await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/**
 * The same generated key with only part of its path, or none: it matches the operation's cache for every value of the
 * rest, for a change that touches all of them (every year's plan) or whose other ids the page does not know (which
 * organisations an approved set of minutes gave action items).
 */
function partOfPath([{ path: _whole, ...rest }]: QueryKey<Options>, path?: Record<string, unknown>): QueryKey<Options> {
  return [path ? { ...rest, path } : rest];
}

/** Every change writes an audit event, and most queue e-mail: the audit log and the dev mail outbox follow all of them. */
const trail = (): Keys => [listAuditEventsQueryKey(), listMailQueryKey()];

/** The meeting's own page: its details, agenda, papers, invitations and answers, and its minutes status. */
const meeting = (id: string): Keys => [getMeetingQueryKey({ path: { id } })];

/** The lists that show a meeting's title, time, place, status and my answer: the body's meetings (any year) and mine. */
const meetingLists = (bodyId: string): Keys => [listMeetingsQueryKey({ path: { bodyId } }), listMyMeetingsQueryKey()];

/** Action items: mine, the body's (any filter), and every organisation's, since which organisations are named is not known here. */
const actionItemLists = (bodyId: string): Keys => [
  listMyActionItemsQueryKey(),
  listBodyActionItemsQueryKey({ path: { bodyId } }),
  partOfPath(listOrganisationActionItemsQueryKey({ path: { organisationId: '' } })),
];

export const changed = {
  /** An agenda item added, changed, moved or removed, or a paper attached or removed: only the meeting page shows them. */
  agenda: (meetingId: string): Keys => [...meeting(meetingId), ...trail()],

  /** The meeting's time, place or status changed (edited, called, cancelled, a deputy called): its page and the lists. */
  meeting: (meetingId: string, bodyId: string): Keys => [...meeting(meetingId), ...meetingLists(bodyId), ...trail()],

  /** An answer to an invitation (mine or on someone's behalf): the meeting's invitations and "my meetings". */
  answer: (meetingId: string, bodyId: string): Keys => [...meeting(meetingId), ...meetingLists(bodyId), ...trail()],

  /**
   * A deputy called or an answer recorded on someone's behalf: the meeting's invitations, and "my meetings" in case
   * the person is the one signed in.
   */
  invitation: (meetingId: string): Keys => [...meeting(meetingId), listMyMeetingsQueryKey(), ...trail()],

  /** A meeting plan created or adopted (adopting creates meetings): the body's plan for every year and its meetings. */
  meetingPlan: (bodyId: string): Keys => [
    partOfPath(getMeetingPlanQueryKey({ path: { bodyId, year: 0 } }), { bodyId }),
    ...meetingLists(bodyId),
    ...trail(),
  ],

  /**
   * The minutes started or moved on (review, approval, publication, correction, comments). The meeting page shows the
   * minutes status; approval makes the action items live; publication changes what the public minutes pages show.
   * The minutes themselves are left out: each transition answers with them and the caller puts them in the cache, and
   * refetching them would race the editor's own saves.
   */
  minutes: (meetingId: string, bodyId: string): Keys => [
    ...meeting(meetingId),
    ...actionItemLists(bodyId),
    listPublicMinutesQueryKey({ path: { bodyId } }),
    getPublicMinutesQueryKey({ path: { meetingId } }),
    ...trail(),
  ],

  /** An action item's status: the action item lists, and the minutes that list it under its entry (none for an item a
   * committee's statement asked for). */
  actionItem: (meetingId: string | null, bodyId: string): Keys => [
    ...actionItemLists(bodyId),
    ...(meetingId ? [getMinutesQueryKey({ path: { id: meetingId } })] : []),
    ...trail(),
  ],

  /**
   * A nomination made, approved, rejected or withdrawn. Approval makes a membership and seat in the body, may add the
   * candidates as people, and shows on the organisation's page (its people and memberships).
   */
  nomination: (bodyId: string, organisationId: string): Keys => [
    listMyNominationsQueryKey(),
    listNominationsQueryKey({ path: { bodyId } }),
    listMembershipsQueryKey({ path: { bodyId } }),
    getBodyQueryKey({ path: { id: bodyId } }),
    getOrganisationQueryKey({ path: { id: organisationId } }),
    listPeopleQueryKey(),
    ...trail(),
  ],

  /**
   * An organisation created or edited. Its name also shows in the people list, in every body's memberships and in
   * nominations, so those follow too.
   */
  organisation: (organisationId?: string): Keys => [
    listOrganisationsQueryKey(),
    ...(organisationId ? [getOrganisationQueryKey({ path: { id: organisationId } })] : []),
    listPeopleQueryKey(),
    partOfPath(listMembershipsQueryKey({ path: { bodyId: '' } })),
    listMyNominationsQueryKey(),
    ...trail(),
  ],

  /** A person created: the people lists (every search), and the page of the organisation the person belongs to. */
  person: (organisationId?: string | null): Keys => [
    listPeopleQueryKey(),
    ...(organisationId ? [getOrganisationQueryKey({ path: { id: organisationId } })] : []),
    ...trail(),
  ],

  /** An input round defined, opened, answered or summed up: its page, who has answered, its results, the body's list of
   * rounds, and the start page (a round to answer comes and goes there). */
  inputRound: (id: string, bodyId: string): Keys => [
    getInputRoundQueryKey({ path: { id } }),
    listInputRoundPartiesQueryKey({ path: { id } }),
    getInputRoundResultsQueryKey({ path: { id } }),
    listBodyInputRoundsQueryKey({ path: { bodyId } }),
    getStartQueryKey(),
    ...trail(),
  ],

  /** A report saved, sent or deleted, or a committee's statement recorded: the report, the body's list of reports, the
   * committee members' lists and start page, the body's timeline (reports sent, statements received) and its action
   * items (a statement can ask the body to act). */
  report: (id: string, bodyId: string): Keys => [
    getReportQueryKey({ path: { id } }),
    listReportsQueryKey({ path: { id: bodyId } }),
    listMyCommitteeReportsQueryKey(),
    getStartQueryKey(),
    getBodyTimelineQueryKey({ path: { id: bodyId } }),
    getBodyTimelineInfiniteQueryKey({ path: { id: bodyId } }),
    ...actionItemLists(bodyId),
    ...trail(),
  ],
};
