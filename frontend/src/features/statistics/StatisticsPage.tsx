import { Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { getBodyOptions } from '../../api/generated/@tanstack/react-query.gen';
import { QueryState } from '../../components/Loading';
import { useTitle } from '../../lib/useTitle';
import { ActionItemsSection, AnswersSection, AttendanceSection, ParticipationSection } from './Sections';
import styles from './statistics.module.css';

export type PeriodQuery = { from?: string; to?: string };

/** The secretariat's statistics of a body: attendance, answers to invitations, action items over time and participation
 * in hearings and input rounds, over an optional period kept in the address (so a view can be shared and reloaded). */
export function StatisticsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const body = useQuery(getBodyOptions({ path: { id } }));
  useTitle(body.data ? t('statistics.title', { name: body.data.name }) : undefined);
  const from = params.get('fra') ?? '';
  const to = params.get('til') ?? '';
  const invalid = from !== '' && to !== '' && to < from;
  const period: PeriodQuery = { ...(from ? { from } : {}), ...(to ? { to } : {}) };

  function setDate(key: 'fra' | 'til', value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

  if (!body.data) return <div className="page"><QueryState isPending={body.isPending} error={body.error} /></div>;
  return (
    <div className="page">
      <div className="stack">
        <Heading level={1} data-size="lg">{t('statistics.title', { name: body.data.name })}</Heading>
        <Link asChild><RouterLink to={`/organer/${id}`}>{t('statistics.back')}</RouterLink></Link>
        <Paragraph>{t('statistics.intro')}</Paragraph>
        <fieldset className={styles.period}>
          <legend>{t('statistics.period')}</legend>
          <Textfield label={t('statistics.from')} type="date" value={from} onChange={(e) => setDate('fra', e.target.value)} />
          <Textfield label={t('statistics.to')} type="date" value={to} onChange={(e) => setDate('til', e.target.value)}
            error={invalid ? t('fieldErrors.period_ends_before_start') : undefined} />
        </fieldset>
      </div>
      {!invalid && (
        <>
          <AttendanceSection bodyId={id} period={period} />
          <AnswersSection bodyId={id} period={period} />
          <ActionItemsSection bodyId={id} period={period} />
          <ParticipationSection bodyId={id} period={period} />
        </>
      )}
    </div>
  );
}
