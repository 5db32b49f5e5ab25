import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryState } from '../../components/Loading';
import { formatSize } from '../../lib/format';
import { useTitle } from '../../lib/useTitle';
import { hearingsApi } from './api';
import { formatOslo } from './hearingTime';

// A public page: it imports only what it shows (no forms, no tables, no secretariat code), so its chunk stays small.

/** An open or closed hearing for anyone: what it is, its documents, the deadline, how to answer, then published answers. */
export function PublicHearingPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const hearing = useQuery({ queryKey: ['hearings', 'public', slug], queryFn: () => hearingsApi.publicHearing(slug), retry: false });
  const h = hearing.data;
  useTitle(h?.title ?? t('publicHearing.title'));
  if (!h) {
    return (
      <div className="page">
        <Heading level={1} data-size="lg">{t('publicHearing.title')}</Heading>
        <QueryState isPending={hearing.isPending} error={hearing.error} />
      </div>
    );
  }
  const open = h.state === 'Open';
  return (
    <div className="page">
      <div className="stack">
        <Heading level={1} data-size="lg">{h.title}</Heading>
        <Paragraph>
          {t('publicHearing.from', { body: h.bodyName })}
          {h.concerns && <><br />{t('hearings.concerns', { what: h.concerns })}</>}
        </Paragraph>
        <Paragraph>
          <strong>{open ? t('publicHearing.deadline', { date: formatOslo(h.closesAt) }) : t('publicHearing.closed', { date: formatOslo(h.closesAt) })}</strong>
        </Paragraph>
        {h.descriptionHtml && <div className="markdown" dangerouslySetInnerHTML={{ __html: h.descriptionHtml }} />}
      </div>
      <section className="stack" aria-labelledby="public-docs">
        <Heading level={2} data-size="md" id="public-docs">{t('hearings.documents.title')}</Heading>
        {h.documents.length === 0 ? <Paragraph>{t('hearings.documents.none')}</Paragraph> : (
          <ul className="papers">
            {h.documents.map((d) => (
              <li key={d.id}>
                <Link href={`/api/hearing-documents/${d.id}`} download={d.fileName}>{d.fileName}</Link>{' '}
                <span className="muted">({formatSize(d.size)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {open && (
        <section className="stack" aria-labelledby="public-how">
          <Heading level={2} data-size="md" id="public-how">{t('publicHearing.howToAnswer')}</Heading>
          <Paragraph className="prose">{t('publicHearing.howToAnswerText', { date: formatOslo(h.closesAt) })}</Paragraph>
        </section>
      )}
      {!open && (
        <section className="stack" aria-labelledby="public-responses">
          <Heading level={2} data-size="md" id="public-responses">{t('publicHearing.responses')}</Heading>
          {h.responses.length === 0 ? <Paragraph>{t('publicHearing.noResponses')}</Paragraph> : h.responses.map((r, i) => (
            <article key={i} className="stack" aria-labelledby={`public-response-${i}`}>
              <Heading level={3} data-size="xs" id={`public-response-${i}`}>{r.partyName}</Heading>
              {r.noComments && <Paragraph>{t('hearings.noComments')}</Paragraph>}
              {r.sections.map((s, j) => (
                <div key={j}>
                  <Paragraph><strong>{s.title}</strong></Paragraph>
                  <Paragraph className="prose">{s.text}</Paragraph>
                </div>
              ))}
              {r.text && <Paragraph className="prose">{r.text}</Paragraph>}
            </article>
          ))}
        </section>
      )}
    </div>
  );
}
