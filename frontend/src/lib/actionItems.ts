import type { ActionItemDto, Me } from '../api/generated/types.gen';

/** "NAV Vestfold og Telemark, Berit Dahl": the organisation and the person responsible, whichever are set. */
export function responsibleText(item: Pick<ActionItemDto, 'responsibleOrganisation' | 'responsiblePerson'>): string {
  return [item.responsibleOrganisation?.name, item.responsiblePerson?.name].filter(Boolean).join(', ');
}

/**
 * Whether the user may change an item's status, as the API decides it: the body's secretariat, the person responsible,
 * or a contact of the responsible organisation. Used to show the control only to them; the API still has the last word.
 */
export function canChangeStatus(item: ActionItemDto, me: Me | undefined): boolean {
  if (!me || !item.isLive) return false;
  if (me.roles.includes('Administrator')) return true;
  if (me.bodies.some((b) => b.bodyId === item.body.id && b.roles.includes('Secretariat'))) return true;
  if (me.personId && item.responsiblePerson?.id === me.personId) return true;
  return !!item.responsibleOrganisation && me.contactForOrganisationIds.includes(item.responsibleOrganisation.id);
}
