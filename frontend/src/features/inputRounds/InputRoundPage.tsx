import { Alert, Button, Heading, Link, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  addInputRoundSummaryToMinutesMutation, answerInputRoundMutation, getInputRoundOptions, listInputRoundPartiesOptions,
  openInputRoundMutation, publishInputRoundSummaryMutation,
} from '../../api/generated/@tanstack/react-query.gen';
import type { InputRoundDto } from '../../api/generated/types.gen';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CopyField } from '../../components/CopyField';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/Loading';
import { TableScroll } from '../../components/TableScroll';
import { formatDate, formatDateTime } from '../../lib/format';
import { largestPage } from '../../lib/paging';
import type { FormErrors } from '../../lib/problems';
import { toFormErrorsIn } from '../../lib/problemsIn';
import { changed, invalidate } from '../../lib/queryKeys';
import { useTitle } from '../../lib/useTitle';
import { AnswerForm, RoundIntro } from './AnswerForm';

/** A round: the respondent answers it here (for their organisation, or as an invited person); the secretariat opens it,
 * follows who has answered, shows the groups' links, and publishes the summary. */
export function InputRoundPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const round = useQuery(getInputRoundOptions({ path: { id } }));
  useTitle(round.data?.title, round.data?.body.name);
  if (!round.data) return <div className="page"><QueryState isPending={round.isPending} error={round.error} /></div>;
  const r = round.data;
  return (
    <div className="page">
      <RoundIntro title={r.title} bodyName={r.body.name} introductionHtml={r.introductionHtml} closesAt={r.closesAt} />
      <div className="row">
        <Tag>{t(`inputRounds.phase.${r.phase}`)}</Tag>
        <Tag>{t(`inputRounds.modes.${r.mode}`)}</Tag>
      </div>
      {r.meetingId && (
        <Paragraph data-size="sm">
          <Link asChild>
            <RouterLink to={`/moter/${r.meetingId}`}>
              {t('inputRounds.tiedTo', { meeting: `${r.meetingTitle ?? ''}${r.meetingStartsAt ? ` ${formatDate(r.meetingStartsAt)}` : ''}` })}
            </RouterLink>
          </Link>
          {r.agendaItemTitle && <>, {r.agendaItemTitle}</>}
        </Paragraph>
      )}
      <Link asChild>
        <RouterLink to={`/organer/${r.body.id}/innspill`}>{t('inputRounds.allRounds')}</RouterLink>
      </Link>
      {r.summaryHtml && (
        <section className="stack" aria-labelledby="summary-heading">
          <Heading level={2} data-size="md" id="summary-heading">{t('inputRounds.summary')}</Heading>
          <div className="markdown" dangerouslySetInnerHTML={{ __html: r.summaryHtml }} />
        </section>
      )}
      {r.resultsVisible && (
        <Link asChild>
          <RouterLink to={`/innspill/${r.id}/resultater`}>{t('inputRounds.results')}</RouterLink>
        </Link>
      )}
      {r.canManage && <Secretariat round={r} />}
      {r.myParties.length > 0 && r.mine && <Respond round={r} />}
    </div>
  );
}

function Respond({ round }: { round: InputRoundDto }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const party = round.mine!.party;
  const save = useMutation({
    ...answerInputRoundMutation(),
    onSuccess: async () => {
      setErrors(null);
      await invalidate(queryClient, changed.inputRound(round.id, round.body.id));
    },
    onError: (e) => setErrors(toFormErrorsIn(e, t, 'inputRoundProblems')),
  });
  const open = round.phase === 'Open';
  return (
    <section className="stack" aria-labelledby="answer-heading">
      <Heading level={2} data-size="md" id="answer-heading">
        {party.kind === 'PerOrganisation' ? t('inputRounds.answerFor', { name: party.name }) : t('inputRounds.yourAnswer')}
      </Heading>
      {!open && <Alert data-color="info"><Paragraph>{t(round.phase === 'Closed' ? 'inputRounds.closedNote' : 'inputRounds.notOpenNote')}</Paragraph></Alert>}
      {save.isSuccess && <Alert data-color="success" role="status"><Paragraph>{t('inputRounds.saved')}</Paragraph></Alert>}
      <AnswerForm key={`${round.mine!.revision}`} idPrefix="mine" questions={round.questions} saved={round.mine} disabled={!open}
        pending={save.isPending} errors={errors}
        onSave={(answers) => save.mutate({ path: { id: round.id }, body: { answers, organisationId: party.kind === 'PerOrganisation' ? party.id : null, name: null } })} />
    </section>
  );
}

function Secretariat({ round }: { round: InputRoundDto }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [summary, setSummary] = useState(round.summary ?? '');
  const onError = (e: unknown) => setErrors(toFormErrorsIn(e, t, 'inputRoundProblems'));
  const refresh = () => invalidate(queryClient, changed.inputRound(round.id, round.body.id));
  const openRound = useMutation({ ...openInputRoundMutation(), onSuccess: async () => { setErrors(null); await refresh(); }, onError });
  const publish = useMutation({ ...publishInputRoundSummaryMutation(), onSuccess: async () => { setErrors(null); await refresh(); }, onError });
  const toMinutes = useMutation({ ...addInputRoundSummaryToMinutesMutation(), onSuccess: () => setErrors(null), onError });
  const parties = useQuery({ ...listInputRoundPartiesOptions({ path: { id: round.id }, query: { pageSize: largestPage } }), enabled: round.status === 'Open' });

  return (
    <section className="stack" aria-labelledby="secretariat-heading">
      <Heading level={2} data-size="md" id="secretariat-heading">{t('inputRounds.secretariat')}</Heading>
      <div className="row">
        <Button asChild variant="secondary">
          <RouterLink to={`/innspill/${round.id}/rediger`}>{t('inputRounds.edit')}</RouterLink>
        </Button>
        {round.status === 'Draft' && <Button onClick={() => setConfirming(true)}>{t('inputRounds.open')}</Button>}
        <Link href={`/api/input-rounds/${round.id}/results.csv`} download>{t('inputRounds.exportCsv')}</Link>
      </div>
      <ConfirmDialog open={confirming} heading={t('inputRounds.openHeading')} confirm={t('inputRounds.open')}
        onCancel={() => setConfirming(false)} onConfirm={() => {
          setConfirming(false);
          openRound.mutate({ path: { id: round.id } });
        }}>
        <Paragraph>{t('inputRounds.openExplained', { when: formatDateTime(round.opensAt) })}</Paragraph>
      </ConfirmDialog>
      <FormAlert errors={errors} />
      {toMinutes.isSuccess && <Alert data-color="success" role="status"><Paragraph>{t('inputRounds.inMinutes')}</Paragraph></Alert>}
      {round.mode === 'PerGroup' && round.groups.length > 0 && (
        <div className="stack">
          <Heading level={3} data-size="sm">{t('inputRounds.groupLinks')}</Heading>
          <Paragraph data-size="sm">{t('inputRounds.groupLinksHelp')}</Paragraph>
          {round.groups.map((g) => <CopyField key={g.id} label={g.name} value={g.link} />)}
        </div>
      )}
      {parties.data && (
        <TableScroll label={t('inputRounds.partyStatus')}>
          <Table>
            <caption>{t('inputRounds.partyStatus')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('inputRounds.party')}</Table.HeaderCell>
                <Table.HeaderCell>{t('inputRounds.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('inputRounds.lastSavedBy')}</Table.HeaderCell>
                <Table.HeaderCell>{t('inputRounds.reminded')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {parties.data.items.map((p) => (
                <Table.Row key={p.party.id}>
                  <Table.Cell>{p.party.name}</Table.Cell>
                  <Table.Cell>
                    <Tag data-color={p.answered ? 'success' : 'neutral'}>{p.answered ? t('inputRounds.hasAnswered') : t('inputRounds.notAnsweredShort')}</Tag>
                  </Table.Cell>
                  <Table.Cell>{p.updatedByName ? `${p.updatedByName}, ${formatDateTime(p.updatedAt)}` : '–'}</Table.Cell>
                  <Table.Cell>{p.lastReminderAt ? formatDateTime(p.lastReminderAt) : '–'}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {round.phase === 'Closed' && (
        <form className="stack" onSubmit={(e) => {
          e.preventDefault();
          publish.mutate({ path: { id: round.id }, body: { summary } });
        }}>
          <Textfield multiline rows={6} label={t('inputRounds.summaryLabel')} description={t('inputRounds.introductionHelp')} value={summary}
            onChange={(e) => setSummary(e.target.value)} required />
          <div className="row">
            <Button type="submit" disabled={publish.isPending}>{t('inputRounds.publishSummary')}</Button>
            {round.summaryPublishedAt && round.agendaItemId && (
              <Button type="button" variant="secondary" disabled={toMinutes.isPending} onClick={() => toMinutes.mutate({ path: { id: round.id } })}>
                {t('inputRounds.toMinutes')}
              </Button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
