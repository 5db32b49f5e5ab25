import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { getInputRoundResultsOptions } from '../../api/generated/@tanstack/react-query.gen';
import type { QuestionResultDto } from '../../api/generated/types.gen';
import { QueryState } from '../../components/Loading';
import { TableScroll } from '../../components/TableScroll';
import { formatDateTime } from '../../lib/format';
import { useTitle } from '../../lib/useTitle';
import styles from './inputRounds.module.css';

/** Text of one answer, for the side-by-side table. */
function answerText(a: QuestionResultDto['answers'][number]['answer']): string {
  if (a.text != null) return a.text;
  if (a.choice != null) return a.choice;
  if (a.choices) return a.choices.join(', ');
  if (a.scale != null) return String(a.scale);
  return (a.ranking ?? []).map((o, i) => `${i + 1}. ${o}`).join(', ');
}

/**
 * A round's results (recharts is loaded with this page's chunk only): per question every answer side by side with who gave
 * it, and for choice, scale and ranking questions a bar chart whose figures are also a table, the chart's alternative for
 * screen readers (the chart itself is hidden from them and described by the table).
 */
export function InputRoundResultsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const results = useQuery(getInputRoundResultsOptions({ path: { id } }));
  useTitle(results.data ? t('inputRounds.resultsTitle', { title: results.data.title }) : undefined);
  if (!results.data) return <div className="page"><QueryState isPending={results.isPending} error={results.error} /></div>;
  const r = results.data;
  return (
    <div className="page">
      <div className="stack">
        <Heading level={1} data-size="lg">{t('inputRounds.resultsTitle', { title: r.title })}</Heading>
        <Link asChild><RouterLink to={`/innspill/${id}`}>{t('inputRounds.backToRound')}</RouterLink></Link>
        <Paragraph>{t('inputRounds.answeredOf', { answered: r.answered, parties: r.parties })}</Paragraph>
      </div>
      {r.questions.map((q) => <QuestionResult key={q.id} question={q} />)}
    </div>
  );
}

function QuestionResult({ question: q }: { question: QuestionResultDto }) {
  const { t } = useTranslation();
  const headingId = `q-${q.id}`;
  const tableId = `q-${q.id}-figures`;
  const ranking = q.kind === 'Ranking';
  const data = q.counts.map((c) => ({ label: c.label, value: ranking ? (c.averageRank ?? 0) : c.count }));
  return (
    <section className={`stack ${styles.question}`} aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>{`${q.position}. ${q.text}`}</Heading>
      {q.counts.length > 0 && (
        <>
          <figure className="stack" aria-labelledby={`${tableId}-caption`}>
            <div className={styles.chart} role="img" aria-labelledby={`${tableId}-caption`} aria-describedby={tableId}>
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis type="number" allowDecimals={ranking} />
                  <YAxis type="category" dataKey="label" width={110} />
                  <Tooltip />
                  <Bar dataKey="value" name={ranking ? t('inputRounds.averageRank') : t('inputRounds.count')} fill="var(--ds-color-accent-base-default)" />
                </BarChart>
              </ResponsiveContainer>
            </div>
            <TableScroll label={t('inputRounds.figures', { n: q.position })}>
              <Table id={tableId}>
                <caption id={`${tableId}-caption`}>{t('inputRounds.figures', { n: q.position })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{q.kind === 'Scale' ? t('inputRounds.value') : t('inputRounds.option')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('inputRounds.count')}</Table.HeaderCell>
                    {ranking && <Table.HeaderCell>{t('inputRounds.averageRank')}</Table.HeaderCell>}
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {q.counts.map((c) => (
                    <Table.Row key={c.label}>
                      <Table.Cell>{c.label}</Table.Cell>
                      <Table.Cell>{c.count}</Table.Cell>
                      {ranking && <Table.Cell>{c.averageRank ?? '–'}</Table.Cell>}
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          </figure>
          {q.average != null && <Paragraph>{t('inputRounds.average', { value: q.average })}</Paragraph>}
        </>
      )}
      {q.answers.length > 0 && (
        <TableScroll label={t('inputRounds.answersTo', { n: q.position })}>
          <Table>
            <caption>{t('inputRounds.answersTo', { n: q.position })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('inputRounds.party')}</Table.HeaderCell>
                <Table.HeaderCell>{t('inputRounds.answer')}</Table.HeaderCell>
                <Table.HeaderCell>{t('inputRounds.lastSavedBy')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {q.answers.map((a) => (
                <Table.Row key={a.party.id}>
                  <Table.Cell>{a.party.name}</Table.Cell>
                  <Table.Cell>{answerText(a.answer)}</Table.Cell>
                  <Table.Cell>{`${a.updatedByName}, ${formatDateTime(a.updatedAt)}`}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {q.answers.length === 0 && <Paragraph data-size="sm">{t('inputRounds.noAnswers')}</Paragraph>}
    </section>
  );
}
