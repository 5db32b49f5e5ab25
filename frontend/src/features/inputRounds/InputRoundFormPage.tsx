import { Button, Checkbox, Field, Heading, Label, Link, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import {
  createInputRoundMutation, getBodyOptions, getInputRoundOptions, getMeetingOptions, listMeetingsOptions, updateInputRoundMutation,
} from '../../api/generated/@tanstack/react-query.gen';
import type { InputRoundDto, InputRoundInput, NamedRef, QuestionKind, RespondentMode } from '../../api/generated/types.gen';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/Loading';
import { PersonSelect } from '../../components/PersonSelect';
import { formatDate } from '../../lib/format';
import { osloNow } from '../../lib/meetingTime';
import { largestPage } from '../../lib/paging';
import { type FormErrors } from '../../lib/problems';
import { fieldError, toFormErrorsIn } from '../../lib/problemsIn';
import { changed, invalidate } from '../../lib/queryKeys';
import { useTitle } from '../../lib/useTitle';
import styles from './inputRounds.module.css';

const kinds: QuestionKind[] = ['FreeText', 'SingleChoice', 'MultipleChoice', 'Scale', 'Ranking'];
const modes: RespondentMode[] = ['PerOrganisation', 'PerGroup', 'PerPerson'];
const hasOptions = (k: QuestionKind) => k === 'SingleChoice' || k === 'MultipleChoice' || k === 'Ranking';

type Draft = { id: string | null; kind: QuestionKind; text: string; options: string };

/** A new round of a body. */
export function NewInputRoundPage() {
  const { id = '' } = useParams();
  const body = useQuery(getBodyOptions({ path: { id } }));
  if (!body.data) return <div className="page"><QueryState isPending={body.isPending} error={body.error} /></div>;
  return <InputRoundForm body={{ id: body.data.id, name: body.data.name }} round={null} />;
}

/** A round's definition, changed by its secretariat. */
export function EditInputRoundPage() {
  const { id = '' } = useParams();
  const round = useQuery(getInputRoundOptions({ path: { id } }));
  if (!round.data) return <div className="page"><QueryState isPending={round.isPending} error={round.error} /></div>;
  return <InputRoundForm body={round.data.body} round={round.data} />;
}

function InputRoundForm({ body, round }: { body: NamedRef; round: InputRoundDto | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const title = round ? t('inputRounds.editTitle', { title: round.title }) : t('inputRounds.newTitle');
  useTitle(title, body.name);
  const now = osloNow().slice(0, 16);
  const [name, setName] = useState(round?.title ?? '');
  const [introduction, setIntroduction] = useState(round?.introduction ?? '');
  const [opensAt, setOpensAt] = useState(round?.opensAt.slice(0, 16) ?? now);
  const [closesAt, setClosesAt] = useState(round?.closesAt.slice(0, 16) ?? '');
  const [mode, setMode] = useState<RespondentMode>(round?.mode ?? 'PerOrganisation');
  const [shared, setShared] = useState(round?.answersShared ?? false);
  const [reminderDays, setReminderDays] = useState(String(round?.reminderDaysBefore ?? 2));
  const [groups, setGroups] = useState((round?.groups ?? []).map((g) => g.name).join('\n'));
  const [invitees, setInvitees] = useState<NamedRef[]>(round?.invitees ?? []);
  const [personToAdd, setPersonToAdd] = useState('');
  const [questions, setQuestions] = useState<Draft[]>(round?.questions.map((q) => ({ id: q.id, kind: q.kind, text: q.text, options: q.options.join('\n') }))
    ?? [{ id: null, kind: 'FreeText', text: '', options: '' }]);
  const [meetingId, setMeetingId] = useState(round?.meetingId ?? '');
  const [agendaItemId, setAgendaItemId] = useState(round?.agendaItemId ?? '');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const locked = round?.status === 'Open';

  const input = (): InputRoundInput => ({
    title: name, introduction: introduction || null, meetingId: meetingId || null,
    agendaItemId: meetingId && agendaItemId ? agendaItemId : null,
    opensAt: `${opensAt}:00`, closesAt: closesAt ? `${closesAt}:00` : '', mode, answersShared: shared,
    reminderDaysBefore: Number(reminderDays) || 0,
    questions: questions.map((q) => ({
      id: q.id, kind: q.kind, text: q.text,
      options: hasOptions(q.kind) ? q.options.split('\n').map((o) => o.trim()).filter(Boolean) : [],
    })),
    groups: mode === 'PerGroup'
      ? groups.split('\n').map((g) => g.trim()).filter(Boolean).map((g) => ({ id: round?.groups.find((x) => x.name === g)?.id ?? null, name: g }))
      : null,
    inviteeIds: mode === 'PerPerson' ? invitees.map((p) => p.id) : null,
  });
  const onError = (e: unknown) => setErrors(toFormErrorsIn(e, t, 'inputRoundProblems'));
  const onSaved = async (saved: InputRoundDto) => {
    await invalidate(queryClient, changed.inputRound(saved.id, saved.body.id));
    navigate(`/innspill/${saved.id}`);
  };
  const create = useMutation({ ...createInputRoundMutation(), onSuccess: onSaved, onError });
  const update = useMutation({ ...updateInputRoundMutation(), onSuccess: onSaved, onError });
  const set = (i: number, part: Partial<Draft>) => setQuestions((qs) => qs.map((q, j) => (j === i ? { ...q, ...part } : q)));

  return (
    <div className="page">
      <Heading level={1} data-size="lg">{title}</Heading>
      <Link asChild>
        <RouterLink to={round ? `/innspill/${round.id}` : `/organer/${body.id}/innspill`}>{t('inputRounds.back')}</RouterLink>
      </Link>
      <form className="stack" noValidate onSubmit={(e) => {
        e.preventDefault();
        setErrors(null);
        if (round) update.mutate({ path: { id: round.id }, body: input() });
        else create.mutate({ path: { bodyId: body.id }, body: input() });
      }}>
        <Textfield label={t('inputRounds.titleLabel')} value={name} onChange={(e) => setName(e.target.value)} required maxLength={200}
          error={fieldError(errors, 'title')} />
        <Textfield multiline rows={4} label={t('inputRounds.introduction')} description={t('inputRounds.introductionHelp')} value={introduction}
          onChange={(e) => setIntroduction(e.target.value)} error={fieldError(errors, 'introduction')} />
        <MeetingChoice bodyId={body.id} meetingId={meetingId} agendaItemId={agendaItemId} errors={errors}
          onMeeting={(id) => { setMeetingId(id); setAgendaItemId(''); }} onAgendaItem={setAgendaItemId} />
        <Textfield type="datetime-local" label={t('inputRounds.opensAt')} value={opensAt} onChange={(e) => setOpensAt(e.target.value)}
          error={fieldError(errors, 'opensAt')} />
        <Textfield type="datetime-local" label={t('inputRounds.closesAt')} value={closesAt} onChange={(e) => setClosesAt(e.target.value)}
          error={fieldError(errors, 'closesAt')} required />
        <Field>
          <Label>{t('inputRounds.mode')}</Label>
          <Select value={mode} disabled={locked} onChange={(e) => setMode(e.target.value as RespondentMode)}>
            {modes.map((m) => <Select.Option key={m} value={m}>{t(`inputRounds.modes.${m}`)}</Select.Option>)}
          </Select>
        </Field>
        {mode === 'PerGroup' && (
          <Textfield multiline rows={4} label={t('inputRounds.groups')} description={t('inputRounds.groupsHelp')} value={groups}
            onChange={(e) => setGroups(e.target.value)} error={fieldError(errors, 'groups')} />
        )}
        {mode === 'PerPerson' && (
          <div className="stack">
            <PersonSelect label={t('inputRounds.invitee')} noneLabel={t('inputRounds.noInvitee')} value={personToAdd} onChange={setPersonToAdd} />
            <div>
              <Button type="button" variant="secondary" disabled={!personToAdd} onClick={() => {
                if (!invitees.some((p) => p.id === personToAdd)) setInvitees([...invitees, { id: personToAdd, name: personToAdd }]);
                setPersonToAdd('');
              }}>{t('inputRounds.addInvitee')}</Button>
            </div>
            <Paragraph data-size="sm">{t('inputRounds.inviteeCount', { count: invitees.length })}</Paragraph>
          </div>
        )}
        <Checkbox label={t('inputRounds.shared')} checked={shared} onChange={(e) => setShared(e.target.checked)} />
        <Textfield type="number" min={0} max={30} label={t('inputRounds.reminderDays')} value={reminderDays}
          onChange={(e) => setReminderDays(e.target.value)} error={fieldError(errors, 'reminderDaysBefore')} />
        <Heading level={2} data-size="sm">{t('inputRounds.questions')}</Heading>
        {round?.hasAnswers && <Paragraph data-size="sm">{t('inputRounds.answeredLocked')}</Paragraph>}
        {questions.map((q, i) => (
          <fieldset key={i} className={`stack ${styles.editQuestion}`}>
            <legend>{t('inputRounds.questionN', { n: i + 1 })}</legend>
            <Field>
              <Label>{t('inputRounds.kind')}</Label>
              <Select value={q.kind} onChange={(e) => set(i, { kind: e.target.value as QuestionKind })}>
                {kinds.map((k) => <Select.Option key={k} value={k}>{t(`inputRounds.kinds.${k}`)}</Select.Option>)}
              </Select>
            </Field>
            <Textfield label={t('inputRounds.questionText')} value={q.text} onChange={(e) => set(i, { text: e.target.value })} required
              error={fieldError(errors, `questions[${i}].text`)} />
            {hasOptions(q.kind) && (
              <Textfield multiline rows={3} label={t('inputRounds.options')} description={t('inputRounds.optionsHelp')} value={q.options}
                onChange={(e) => set(i, { options: e.target.value })} error={fieldError(errors, `questions[${i}].options`)} />
            )}
            <div>
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => setQuestions(questions.filter((_, j) => j !== i))}>
                {t('inputRounds.removeQuestion', { n: i + 1 })}
              </Button>
            </div>
          </fieldset>
        ))}
        <div>
          <Button type="button" variant="secondary" onClick={() => setQuestions([...questions, { id: null, kind: 'FreeText', text: '', options: '' }])}>
            {t('inputRounds.addQuestion')}
          </Button>
        </div>
        <FormAlert errors={errors} />
        <div>
          <Button type="submit" disabled={create.isPending || update.isPending}>{t('inputRounds.saveRound')}</Button>
        </div>
      </form>
    </div>
  );
}

/** The meeting a round belongs to (the body's meetings from three months back on, so upcoming and recent ones), and then
 * optionally one of its agenda items; none for a standing round. */
function MeetingChoice({ bodyId, meetingId, agendaItemId, errors, onMeeting, onAgendaItem }: {
  bodyId: string; meetingId: string; agendaItemId: string; errors: FormErrors | null;
  onMeeting: (id: string) => void; onAgendaItem: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [from] = useState(() => {
    const d = new Date(`${osloNow().slice(0, 10)}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() - 3);
    return `${d.toISOString().slice(0, 10)}T00:00:00`;
  });
  const meetings = useQuery(listMeetingsOptions({ path: { bodyId }, query: { from, pageSize: largestPage } }));
  const meeting = useQuery({ ...getMeetingOptions({ path: { id: meetingId } }), enabled: !!meetingId });
  const choices = (meetings.data?.items ?? []).filter((m) => m.status !== 'Cancelled' || m.id === meetingId);
  return (
    <>
      <Field>
        <Label>{t('inputRounds.meeting')}</Label>
        <Field.Description>{t('inputRounds.meetingHelp')}</Field.Description>
        <Select value={meetingId} onChange={(e) => onMeeting(e.target.value)} aria-invalid={!!fieldError(errors, 'meetingId') || undefined}>
          <Select.Option value="">{t('inputRounds.meetingNone')}</Select.Option>
          {/* A round already tied to an older meeting keeps it as a choice. */}
          {meetingId && !choices.some((m) => m.id === meetingId) && meeting.data && (
            <Select.Option value={meetingId}>{formatDate(meeting.data.startsAt)} – {meeting.data.title}</Select.Option>
          )}
          {choices.map((m) => <Select.Option key={m.id} value={m.id}>{formatDate(m.startsAt)} – {m.title}</Select.Option>)}
        </Select>
        {fieldError(errors, 'meetingId') && <ValidationMessage>{fieldError(errors, 'meetingId')}</ValidationMessage>}
      </Field>
      {meetingId && (meeting.data?.agenda.length ?? 0) > 0 && (
        <Field>
          <Label>{t('inputRounds.agendaItem')}</Label>
          <Select value={agendaItemId} onChange={(e) => onAgendaItem(e.target.value)}
            aria-invalid={!!fieldError(errors, 'agendaItemId') || undefined}>
            <Select.Option value="">{t('inputRounds.agendaItemNone')}</Select.Option>
            {meeting.data!.agenda.map((a) => <Select.Option key={a.id} value={a.id}>{a.caseNumber} {a.title}</Select.Option>)}
          </Select>
          {fieldError(errors, 'agendaItemId') && <ValidationMessage>{fieldError(errors, 'agendaItemId')}</ValidationMessage>}
        </Field>
      )}
    </>
  );
}
