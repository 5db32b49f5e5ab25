import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { QueryState } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { usePage } from '../../lib/paging';
import { hearingKeys, hearingsApi } from './api';
import { formatOslo } from './hearingTime';
import { PartyStatusTag } from './PartyStatusTag';
import type { MyHearing } from './types';
import styles from './hearings.module.css';

const waiting = (h: MyHearing) => h.state === 'Open' && (h.status === 'Invited' || h.status === 'Opened' || h.status === 'ExtensionGranted');

/** The hearings I answer in (for my organisation or myself): those still to answer first, by deadline; then the rest. */
export function HearingsToAnswer() {
  const { t } = useTranslation();
  const [page, setPage] = usePage();
  const mine = useQuery({ queryKey: hearingKeys.mine(page), queryFn: () => hearingsApi.mine(page), staleTime: 0 });
  const list = [...(mine.data?.items ?? [])].sort((a, b) => Number(waiting(b)) - Number(waiting(a)) || a.deadline.localeCompare(b.deadline));
  const open = list.filter(waiting).length;
  return (
    <section className="stack" aria-labelledby="to-handle-hearings">
      <Heading level={2} data-size="md" id="to-handle-hearings">{t('toHandle.hearings', { n: open })}</Heading>
      <QueryState isPending={mine.isPending} error={mine.error} />
      {mine.data?.total === 0 && <Paragraph>{t('toHandle.noHearings')}</Paragraph>}
      {list.length > 0 && (
        <ul className={styles.list} aria-labelledby="to-handle-hearings">
          {list.map((h) => (
            <li key={h.partyId} className={styles.entry}>
              <Link asChild>
                <RouterLink to={`/horinger/${h.hearingId}/svar`}>{h.title}</RouterLink>
              </Link>
              <Paragraph data-size="sm">{t('toHandle.forParty', { party: h.partyName, body: h.bodyName })}</Paragraph>
              <Paragraph data-size="sm">
                {h.state === 'Open' ? t('toHandle.deadline', { date: formatOslo(h.deadline) }) : t(`hearingState.${h.state}`)}
                {' · '}
                <PartyStatusTag status={h.status} />
              </Paragraph>
            </li>
          ))}
        </ul>
      )}
      <Pager page={mine.data} onPage={setPage} label={t('toHandle.hearingPages')} />
    </section>
  );
}
