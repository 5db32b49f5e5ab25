import { Button, Heading, Link, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/Loading';
import { formatSize } from '../../lib/format';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { useTitle } from '../../lib/useTitle';
import { type Answering, answeringApi } from './api';
import { formatOslo } from './hearingTime';
import { PartyStatusTag } from './PartyStatusTag';
import { RespondForm } from './RespondForm';
import type { PartyView } from './types';

/** Signed in: the hearing's page for the party I answer for. */
export function RespondPage() {
  const { id = '' } = useParams();
  return <Respond answering={{ kind: 'signedIn', hearingId: id }} />;
}

/** From the invitation's link, without an account: the token in the address is the party. */
export function TokenRespondPage() {
  const { token = '' } = useParams();
  return <Respond answering={{ kind: 'token', token }} />;
}

function Respond({ answering }: { answering: Answering }) {
  const { t } = useTranslation();
  const api = answeringApi(answering);
  const view = useQuery({ queryKey: api.key, queryFn: api.view, retry: false });
  useTitle(t('hearings.respond.title'), view.data?.hearing.title);
  if (!view.data) {
    return (
      <div className="page">
        <Heading level={1} data-size="lg">{t('hearings.respond.title')}</Heading>
        <QueryState isPending={view.isPending} error={view.error} />
      </div>
    );
  }
  const { hearing: h, party, response } = view.data;
  const last = response?.revisions.at(-1);
  return (
    <div className="page">
      <div className="stack">
        <Heading level={1} data-size="lg">{h.title}</Heading>
        <Paragraph>{t('hearings.respond.intro', { party: party.name, body: h.bodyName })}</Paragraph>
        <div className="row">
          <PartyStatusTag status={party.status} />
          {party.extendedTo && <Tag data-size="sm" data-color="warning">{t('hearings.respond.extendedTo', { date: formatOslo(party.extendedTo) })}</Tag>}
        </div>
        {h.concerns && <Paragraph>{t('hearings.concerns', { what: h.concerns })}</Paragraph>}
        {h.descriptionHtml && <div className="markdown" dangerouslySetInnerHTML={{ __html: h.descriptionHtml }} />}
      </div>
      {h.documents.filter((d) => d.isLatest).length > 0 && (
        <section className="stack" aria-labelledby="respond-docs">
          <Heading level={2} data-size="sm" id="respond-docs">{t('hearings.documents.title')}</Heading>
          <ul className="papers">
            {h.documents.filter((d) => d.isLatest).map((d) => (
              <li key={d.id}>
                <Link href={`/api/hearing-documents/${d.id}`} download={d.fileName}>{d.fileName}</Link>{' '}
                <span className="muted">({formatSize(d.size)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {last && (
        <section aria-labelledby="respond-receipt" className="stack">
          <Heading level={2} data-size="sm" id="respond-receipt">{t('hearings.respond.receipt')}</Heading>
          <Paragraph>{t('hearings.respond.lastSaved', { by: last.by, at: formatOslo(last.at) })}</Paragraph>
          {response!.revisions.length > 1 && (
            <Paragraph data-size="sm">{t('hearings.respond.revisions', { count: response!.revisions.length })}</Paragraph>
          )}
        </section>
      )}
      <section className="stack" aria-labelledby="respond-form">
        <Heading level={2} data-size="sm" id="respond-form">{t('hearings.respond.yourAnswer')}</Heading>
        {!view.data.canRespond && <Paragraph>{t('hearings.respond.closed')}</Paragraph>}
        <RespondForm view={view.data} api={api} />
      </section>
      <Attachments view={view.data} api={api} />
    </div>
  );
}

function Attachments({ view, api }: { view: PartyView; api: ReturnType<typeof answeringApi> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [status, setStatus] = useState('');
  const attach = useMutation({
    mutationFn: (f: File) => api.attach(view.party.id, f),
    onSuccess: async (a) => {
      setErrors(null);
      setFile(null);
      if (input.current) input.current.value = '';
      setStatus(t('papers.uploaded', { name: a.fileName }));
      await queryClient.invalidateQueries({ queryKey: api.key });
    },
    onError: (e) => setErrors(toFormErrors(e, t)),
  });
  const attachments = view.response?.attachments ?? [];
  if (!view.canRespond && attachments.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="respond-attachments">
      <Heading level={2} data-size="sm" id="respond-attachments">{t('hearings.respond.attachments')}</Heading>
      {attachments.length === 0 ? <Paragraph data-size="sm">{t('hearings.respond.noAttachments')}</Paragraph> : (
        <ul className="papers">
          {attachments.map((a) => (
            <li key={a.id}>
              <Link href={`/api/hearing-attachments/${a.id}`} download={a.fileName}>{a.fileName}</Link>{' '}
              <span className="muted">({formatSize(a.size)})</span>
            </li>
          ))}
        </ul>
      )}
      {view.canRespond && (
        <form className="row" noValidate onSubmit={(e) => {
          e.preventDefault();
          setStatus('');
          if (!file) return setErrors({ fields: { file: t('papers.chooseFile') }, summary: t('problems.validation') });
          attach.mutate(file);
        }}>
          <FormAlert errors={errors} />
          <Textfield ref={input} label={t('hearings.respond.attachment')} description={t('papers.allowed')} type="file"
            error={errors?.fields.file} onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)} />
          <Button type="submit" variant="secondary" loading={attach.isPending}>{t('papers.upload')}</Button>
        </form>
      )}
      <p role="status" className="status">{status}</p>
    </section>
  );
}
