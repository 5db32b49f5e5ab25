import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { listMyInputRoundsOptions } from '../../api/generated/@tanstack/react-query.gen';
import { QueryState } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { formatDateTime } from '../../lib/format';
import { usePage } from '../../lib/paging';
import styles from './inputRounds.module.css';

/** The open input rounds my organisation or I have still to answer, soonest closing first (the API's order). */
export function InputRoundsToAnswer() {
  const { t } = useTranslation();
  const [page, setPage] = usePage();
  const mine = useQuery({ ...listMyInputRoundsOptions({ query: { page } }), staleTime: 0 });
  const list = mine.data?.items ?? [];
  return (
    <section className="stack" aria-labelledby="to-handle-input-rounds">
      <Heading level={2} data-size="md" id="to-handle-input-rounds">{t('toHandle.inputRounds', { n: mine.data?.total ?? 0 })}</Heading>
      <QueryState isPending={mine.isPending} error={mine.error} />
      {mine.data?.total === 0 && <Paragraph>{t('toHandle.noInputRounds')}</Paragraph>}
      {list.length > 0 && (
        <ul className={styles.toAnswer} aria-labelledby="to-handle-input-rounds">
          {list.map((r) => (
            <li key={`${r.id}-${r.partyName ?? ''}`}>
              <Link asChild>
                <RouterLink to={`/innspill/${r.id}`}>{r.title}</RouterLink>
              </Link>
              <Paragraph data-size="sm">
                {r.partyName ? t('toHandle.forParty', { party: r.partyName, body: r.bodyName }) : t('toHandle.fromBody', { body: r.bodyName })}
              </Paragraph>
              <Paragraph data-size="sm">{t('toHandle.closes', { date: formatDateTime(r.closesAt) })}</Paragraph>
            </li>
          ))}
        </ul>
      )}
      <Pager page={mine.data} onPage={setPage} label={t('toHandle.inputRoundPages')} />
    </section>
  );
}
