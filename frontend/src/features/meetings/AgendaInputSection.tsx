import { Button, Heading, Link, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  editAgendaInputMutation, getAgendaInputOptions, getAgendaInputQueryKey, includeAgendaInputMutation, setAgendaInputDeadlineMutation,
  submitAgendaInputMutation, withdrawAgendaInputMutation,
} from '../../api/generated/@tanstack/react-query.gen';
import type { AgendaInputDto, AgendaItemInputDto } from '../../api/generated/types.gen';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { formatDateTime, formatSize } from '../../lib/format';
import { type FormErrors } from '../../lib/problems';
import { toFormErrorsIn } from '../../lib/problemsIn';

// A hint for the file picker only: the server checks the name and the first bytes, as for papers.
const accept = '.pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.txt,.csv';

/**
 * Input (innspill) to one agenda item: the deadline for the secretariat, the input the caller may read (the secretariat
 * all, an organisation its own, everyone the included), and the form for seat holders and contacts while the item is open.
 * Renders nothing for an item that takes no input and has none to show.
 */
export function AgendaInputSection({ meetingId, itemId, caseNumber, meetingOpen }: {
  meetingId: string; itemId: string; caseNumber: string; meetingOpen: boolean;
}) {
  const { t } = useTranslation();
  // One request for the whole meeting: every item's section shares the cached answer.
  const overview = useQuery(getAgendaInputOptions({ path: { id: meetingId } }));
  if (!overview.data) return null;
  const { canManage, organisations } = overview.data;
  const item: AgendaItemInputDto = overview.data.items.find((i) => i.agendaItemId === itemId)
    ?? { agendaItemId: itemId, closesAt: null, isOpen: false, inputs: [] };
  const canSend = item.isOpen && organisations.length > 0;
  // The secretariat meets an empty section only where it can act: in the agenda's editing mode or once a deadline is set.
  const managing = canManage && (meetingOpen || item.closesAt != null);
  if (!managing && !canSend && item.inputs.length === 0) return null;

  return (
    <section className="stack" aria-labelledby={`input-${itemId}`}>
      <Heading level={4} data-size="2xs" id={`input-${itemId}`}>
        {t('agendaInput.heading')} ({t('agenda.case', { number: caseNumber })})
      </Heading>
      {item.closesAt && (
        <Paragraph data-size="sm">
          {item.isOpen ? t('agendaInput.open', { when: formatDateTime(item.closesAt) }) : t('agendaInput.closed', { when: formatDateTime(item.closesAt) })}
        </Paragraph>
      )}
      {canManage && meetingOpen && <DeadlineForm meetingId={meetingId} itemId={itemId} closesAt={item.closesAt ?? null} />}
      {item.inputs.length === 0 ? <Paragraph data-size="sm">{t('agendaInput.none')}</Paragraph> : (
        <ul className="stack agenda-inputs">
          {item.inputs.map((input) => <InputView key={input.id} meetingId={meetingId} input={input} canManage={canManage} />)}
        </ul>
      )}
      {canSend && <AgendaInputForm meetingId={meetingId} itemId={itemId} organisations={organisations} />}
    </section>
  );
}

function DeadlineForm({ meetingId, itemId, closesAt }: { meetingId: string; itemId: string; closesAt: string | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [value, setValue] = useState(closesAt ? closesAt.slice(0, 16) : '');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const save = useMutation({
    ...setAgendaInputDeadlineMutation(),
    onSuccess: (data) => { setErrors(null); queryClient.setQueryData(getAgendaInputQueryKey({ path: { id: meetingId } }), data); },
    onError: (e) => setErrors(toFormErrorsIn(e, t, 'agendaInputProblems')),
  });
  return (
    <form className="stack" noValidate onSubmit={(e) => {
      e.preventDefault();
      save.mutate({ path: { id: meetingId, itemId }, body: { closesAt: value ? `${value}:00` : null } });
    }}>
      <FormAlert errors={errors} />
      <div className="row">
        <Textfield label={t('agendaInput.deadline')} description={t('agendaInput.deadlineHint')} type="datetime-local" value={value}
          onChange={(e) => setValue(e.target.value)} error={errors?.fields.closesAt} />
        <Button type="submit" variant="secondary" loading={save.isPending}>{t('agendaInput.saveDeadline')}</Button>
      </div>
    </form>
  );
}

function InputView({ meetingId, input, canManage }: { meetingId: string; input: AgendaInputDto; canManage: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: getAgendaInputQueryKey({ path: { id: meetingId } }) });
  const include = useMutation({ ...includeAgendaInputMutation(), onSuccess: refresh, onError: (e) => setErrors(toFormErrorsIn(e, t, 'agendaInputProblems')) });
  const withdraw = useMutation({ ...withdrawAgendaInputMutation(), onSuccess: refresh, onError: (e) => setErrors(toFormErrorsIn(e, t, 'agendaInputProblems')) });
  if (editing) {
    return (
      <li className="stack">
        <AgendaInputForm meetingId={meetingId} itemId={input.agendaItemId} organisations={[input.organisation]} editing={input}
          onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li className="stack">
      <FormAlert errors={errors} />
      <Paragraph data-size="sm">
        <strong>{t('agendaInput.by', { author: input.authorName, organisation: input.organisation.name })}</strong>
        {' · '}{t('agendaInput.sentAt', { when: formatDateTime(input.submittedAt) })}
        {input.editedAt && <>, {t('agendaInput.editedAt', { when: formatDateTime(input.editedAt) })}</>}
      </Paragraph>
      <div>
        <Tag data-size="sm" data-color={input.included ? 'success' : 'neutral'}>
          {input.included ? t('agendaInput.included') : t('agendaInput.notIncluded')}
        </Tag>
      </div>
      {/* The server renders the markdown without raw HTML and with safe links only. */}
      {input.textHtml && <div className="markdown" dangerouslySetInnerHTML={{ __html: input.textHtml }} />}
      {input.attachments.length > 0 && (
        <ul className="papers" aria-label={t('agendaInput.attachments')}>
          {input.attachments.map((a) => (
            <li key={a.id}>
              <Link href={`/api/agenda-input-attachments/${a.id}`} download={a.fileName}>{a.fileName}</Link>{' '}
              <span className="muted">({formatSize(a.size)})</span>
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        {canManage && (
          <Button variant="secondary" data-size="sm" loading={include.isPending}
            onClick={() => include.mutate({ path: { inputId: input.id }, body: { included: !input.included } })}>
            {input.included ? t('agendaInput.exclude') : t('agendaInput.include')}
          </Button>
        )}
        {input.canEdit && (
          <Button variant="secondary" data-size="sm" onClick={() => setEditing(true)}>{t('agendaInput.edit')}</Button>
        )}
        {input.canEdit && (
          <Button variant="tertiary" data-size="sm" data-color="danger" loading={withdraw.isPending} onClick={() => setConfirming(true)}>
            {t('agendaInput.withdraw')}
          </Button>
        )}
      </div>
      <ConfirmDialog open={confirming} heading={t('agendaInput.withdraw')} confirm={t('agendaInput.withdraw')} danger
        onCancel={() => setConfirming(false)}
        onConfirm={() => { setConfirming(false); withdraw.mutate({ path: { inputId: input.id } }); }}>
        <Paragraph>{t('agendaInput.withdrawConfirm')}</Paragraph>
      </ConfirmDialog>
    </li>
  );
}

/**
 * The form a seat holder or contact sends input with: text (markdown) and an optional attachment. With `editing` the
 * author changes the text of an input already sent (prefilled; the organisation and attachments stay as they are) until
 * the deadline, and `onDone` closes the form after saving or cancelling.
 */
export function AgendaInputForm({ meetingId, itemId, organisations, editing, onDone }: {
  meetingId: string; itemId: string; organisations: { id: string; name: string }[];
  editing?: AgendaInputDto; onDone?: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(editing?.text ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? '');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [status, setStatus] = useState('');
  const send = useMutation({
    ...submitAgendaInputMutation(),
    onSuccess: async () => {
      setErrors(null);
      setText('');
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
      setStatus(t('agendaInput.sent'));
      await queryClient.invalidateQueries({ queryKey: getAgendaInputQueryKey({ path: { id: meetingId } }) });
    },
    onError: (e) => setErrors(toFormErrorsIn(e, t, 'agendaInputProblems')),
  });
  const edit = useMutation({
    ...editAgendaInputMutation(),
    onSuccess: async () => {
      setErrors(null);
      await queryClient.invalidateQueries({ queryKey: getAgendaInputQueryKey({ path: { id: meetingId } }) });
      onDone?.();
    },
    onError: (e) => setErrors(toFormErrorsIn(e, t, 'agendaInputProblems')),
  });
  return (
    <form className="stack" noValidate onSubmit={(e) => {
      e.preventDefault();
      setStatus('');
      if (editing) {
        // An input with an attachment may be left without text; one without must keep some.
        if (!text.trim() && editing.attachments.length === 0)
          return setErrors({ fields: { text: t('fieldErrors.required') }, summary: t('problems.validation') });
        return edit.mutate({ path: { inputId: editing.id }, body: { text } });
      }
      if (!text.trim() && !file) return setErrors({ fields: { text: t('fieldErrors.required') }, summary: t('problems.validation') });
      send.mutate({ path: { id: meetingId, itemId }, body: { text, organisationId, ...(file ? { file } : {}) } });
    }}>
      <FormAlert errors={errors} />
      {!editing && organisations.length > 1 && (
        <div className="stack">
          <label htmlFor={`org-${itemId}`}>{t('agendaInput.organisation')}</label>
          <Select id={`org-${itemId}`} value={organisationId} onChange={(e) => setOrganisationId(e.target.value)}>
            {organisations.map((o) => <Select.Option key={o.id} value={o.id}>{o.name}</Select.Option>)}
          </Select>
        </div>
      )}
      <Textfield label={t('agendaInput.text')} description={t('agendaInput.textHint')} multiline rows={4} value={text}
        onChange={(e) => setText(e.target.value)} error={errors?.fields.text} />
      {!editing && (
        <Textfield ref={fileInput} label={t('agendaInput.file')} description={t('papers.allowed')} type="file" accept={accept}
          error={errors?.fields.file} onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)} />
      )}
      <div className="row">
        {editing ? (
          <>
            <Button type="submit" loading={edit.isPending}>{t('agendaInput.save')}</Button>
            <Button type="button" variant="tertiary" onClick={() => onDone?.()}>{t('agendaInput.cancel')}</Button>
          </>
        ) : <Button type="submit" loading={send.isPending}>{t('agendaInput.send')}</Button>}
      </div>
      <p role="status" className="status">{status}</p>
    </form>
  );
}
