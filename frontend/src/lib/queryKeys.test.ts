import { QueryClient, type QueryKey } from '@tanstack/react-query';
import {
  getBodyOptions, getMeetingOptions, getMeetingPlanOptions, getMinutesOptions, getOrganisationOptions, listAuditEventsOptions,
  listBodyActionItemsOptions, listMeetingsOptions, listMembershipsOptions, listMyActionItemsOptions, listMyMeetingsOptions,
  listMyNominationsOptions, listOrganisationActionItemsOptions, listOrganisationsOptions, listPeopleOptions,
} from '../api/generated/@tanstack/react-query.gen';
import { changed, invalidate, type Keys } from './queryKeys';

/**
 * Seeds the cache under the keys the pages use (their generated `*Options(...).queryKey`), runs one invalidation and
 * answers which of them it marked stale. Seeded data never refetches: no query has an observer.
 */
async function staleAfter(keys: Keys, seeded: Record<string, QueryKey>): Promise<string[]> {
  const queryClient = new QueryClient();
  for (const key of Object.values(seeded)) queryClient.setQueryData(key, {});
  await invalidate(queryClient, keys);
  return Object.entries(seeded)
    .filter(([, key]) => queryClient.getQueryState(key)?.isInvalidated)
    .map(([name]) => name)
    .sort();
}

describe('query keys', () => {
  it('an agenda change refreshes that meeting only, not another meeting nor the lists', async () => {
    expect(await staleAfter(changed.agenda('m1'), {
      meeting: getMeetingOptions({ path: { id: 'm1' } }).queryKey,
      otherMeeting: getMeetingOptions({ path: { id: 'm2' } }).queryKey,
      myMeetings: listMyMeetingsOptions().queryKey,
    })).toEqual(['meeting']);
  });

  it('an answer refreshes the meeting, "my meetings" and the body\'s meetings of any year and page, not another body\'s', async () => {
    expect(await staleAfter(changed.answer('m1', 'b1'), {
      meeting: getMeetingOptions({ path: { id: 'm1' } }).queryKey,
      myMeetings: listMyMeetingsOptions().queryKey,
      myMeetingsPage3: listMyMeetingsOptions({ query: { page: 3 } }).queryKey,
      bodyMeetings2027: listMeetingsOptions({ path: { bodyId: 'b1' }, query: { year: 2027 } }).queryKey,
      bodyMeetings2027Page2: listMeetingsOptions({ path: { bodyId: 'b1' }, query: { year: 2027, page: 2 } }).queryKey,
      otherBodyMeetings: listMeetingsOptions({ path: { bodyId: 'b2' } }).queryKey,
      body: getBodyOptions({ path: { id: 'b1' } }).queryKey,
    })).toEqual(['bodyMeetings2027', 'bodyMeetings2027Page2', 'meeting', 'myMeetings', 'myMeetingsPage3']);
  });

  it('a meeting plan refreshes that body\'s plan of every year and its meetings, not another body\'s plan', async () => {
    expect(await staleAfter(changed.meetingPlan('b1'), {
      plan2027: getMeetingPlanOptions({ path: { bodyId: 'b1', year: 2027 } }).queryKey,
      plan2028: getMeetingPlanOptions({ path: { bodyId: 'b1', year: 2028 } }).queryKey,
      otherPlan: getMeetingPlanOptions({ path: { bodyId: 'b2', year: 2027 } }).queryKey,
      meetings: listMeetingsOptions({ path: { bodyId: 'b1' }, query: { year: 2027 } }).queryKey,
    })).toEqual(['meetings', 'plan2027', 'plan2028']);
  });

  it('a minutes transition refreshes the meeting page\'s status and every action item list, not the minutes it answered with nor the body page', async () => {
    expect(await staleAfter(changed.minutes('m1', 'b1'), {
      minutes: getMinutesOptions({ path: { id: 'm1' } }).queryKey,
      meeting: getMeetingOptions({ path: { id: 'm1' } }).queryKey,
      myItems: listMyActionItemsOptions().queryKey,
      bodyItems: listBodyActionItemsOptions({ path: { bodyId: 'b1' }, query: { status: 'Open' } }).queryKey,
      organisationItems: listOrganisationActionItemsOptions({ path: { organisationId: 'o1' } }).queryKey,
      otherMinutes: getMinutesOptions({ path: { id: 'm2' } }).queryKey,
      body: getBodyOptions({ path: { id: 'b1' } }).queryKey,
    })).toEqual(['bodyItems', 'meeting', 'myItems', 'organisationItems']);
  });

  it('an action item\'s status refreshes the action item lists and the minutes that list it', async () => {
    expect(await staleAfter(changed.actionItem('m1', 'b1'), {
      minutes: getMinutesOptions({ path: { id: 'm1' } }).queryKey,
      myItems: listMyActionItemsOptions().queryKey,
      bodyItems: listBodyActionItemsOptions({ path: { bodyId: 'b1' } }).queryKey,
      meeting: getMeetingOptions({ path: { id: 'm1' } }).queryKey,
    })).toEqual(['bodyItems', 'minutes', 'myItems']);
  });

  it('a nomination refreshes the body\'s memberships and page and the organisation, not another body\'s', async () => {
    expect(await staleAfter(changed.nomination('b1', 'o1'), {
      myNominations: listMyNominationsOptions().queryKey,
      memberships: listMembershipsOptions({ path: { bodyId: 'b1' } }).queryKey,
      body: getBodyOptions({ path: { id: 'b1' } }).queryKey,
      organisation: getOrganisationOptions({ path: { id: 'o1' } }).queryKey,
      otherMemberships: listMembershipsOptions({ path: { bodyId: 'b2' } }).queryKey,
      otherBody: getBodyOptions({ path: { id: 'b2' } }).queryKey,
    })).toEqual(['body', 'memberships', 'myNominations', 'organisation']);
  });

  it('an organisation edit refreshes every search of organisations and people and every body\'s memberships, not meetings', async () => {
    expect(await staleAfter(changed.organisation('o1'), {
      searched: listOrganisationsOptions({ query: { search: 'nho' } }).queryKey,
      organisation: getOrganisationOptions({ path: { id: 'o1' } }).queryKey,
      people: listPeopleOptions({ query: { search: 'eirik' } }).queryKey,
      memberships: listMembershipsOptions({ path: { bodyId: 'b2' } }).queryKey,
      meeting: getMeetingOptions({ path: { id: 'm1' } }).queryKey,
    })).toEqual(['memberships', 'organisation', 'people', 'searched']);
  });

  it('every change refreshes the audit log, whichever page of it is cached', async () => {
    expect(await staleAfter(changed.person(null), {
      audit: listAuditEventsOptions({ query: { page: 3, pageSize: 50 } }).queryKey,
      people: listPeopleOptions().queryKey,
      organisation: getOrganisationOptions({ path: { id: 'o1' } }).queryKey,
    })).toEqual(['audit', 'people']);
  });
});
