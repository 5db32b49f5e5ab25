import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { HearingPartyStatus } from './types';

const colours: Record<HearingPartyStatus, 'neutral' | 'info' | 'success' | 'warning' | 'danger'> = {
  Invited: 'neutral', Opened: 'info', Responded: 'success', NoComments: 'success', ExtensionGranted: 'warning', Declined: 'danger',
};

/** A party's status in words (colour only repeats them). */
export function PartyStatusTag({ status }: { status: HearingPartyStatus }) {
  const { t } = useTranslation();
  return <Tag data-size="sm" data-color={colours[status]}>{t(`hearingPartyStatus.${status}`)}</Tag>;
}
