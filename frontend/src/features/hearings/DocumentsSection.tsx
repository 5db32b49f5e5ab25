import { Button, Field, Heading, Label, Link, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { formatSize } from '../../lib/format';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { hearingKeys, hearingsApi } from './api';
import { formatOslo } from './hearingTime';
import type { Hearing, HearingDocument } from './types';

const accept = '.pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.txt,.csv';

/** Documents grouped by the document they are versions of, newest version first. */
export function groupVersions(documents: HearingDocument[]): HearingDocument[][] {
  const groups = new Map<string, HearingDocument[]>();
  for (const d of documents) groups.set(d.documentKey, [...(groups.get(d.documentKey) ?? []), d]);
  return [...groups.values()].map((g) => g.sort((a, b) => b.version - a.version));
}

/** The hearing documents, each with its earlier versions; the secretariat uploads a new document or a new version. */
export function DocumentsSection({ hearing, canUpload }: { hearing: Hearing; canUpload: boolean }) {
  const { t } = useTranslation();
  const groups = groupVersions(hearing.documents);
  return (
    <section className="stack" aria-labelledby="documents-heading">
      <Heading level={2} data-size="md" id="documents-heading">{t('hearings.documents.title')}</Heading>
      {groups.length === 0 && <Paragraph>{t('hearings.documents.none')}</Paragraph>}
      {groups.length > 0 && (
        <ul className="papers">
          {groups.map(([latest, ...older]) => (
            <li key={latest!.documentKey}>
              <Link href={`/api/hearing-documents/${latest!.id}`} download={latest!.fileName}>{latest!.fileName}</Link>{' '}
              <span className="muted">({t('hearings.documents.version', { n: latest!.version })}, {formatSize(latest!.size)}, {formatOslo(latest!.uploadedAt)})</span>
              {older.length > 0 && (
                <ul aria-label={t('hearings.documents.older', { name: latest!.fileName })}>
                  {older.map((d) => (
                    <li key={d.id}>
                      <Link href={`/api/hearing-documents/${d.id}`} download={d.fileName}>{t('hearings.documents.versionOf', { n: d.version, name: d.fileName })}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {canUpload && <DocumentUpload hearing={hearing} groups={groups} />}
    </section>
  );
}

function DocumentUpload({ hearing, groups }: { hearing: Hearing; groups: HearingDocument[][] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [documentKey, setDocumentKey] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [status, setStatus] = useState('');
  const upload = useMutation({
    mutationFn: ({ f, key }: { f: File; key?: string }) => hearingsApi.uploadDocument(hearing.id, f, key),
    onSuccess: async (d) => {
      setErrors(null);
      setFile(null);
      setDocumentKey('');
      if (input.current) input.current.value = '';
      setStatus(t('papers.uploaded', { name: d.fileName }));
      await queryClient.invalidateQueries({ queryKey: hearingKeys.one(hearing.id) });
    },
    onError: (e) => setErrors(toFormErrors(e, t)),
  });
  return (
    <form className="stack" noValidate onSubmit={(e) => {
      e.preventDefault();
      setStatus('');
      if (!file) return setErrors({ fields: { file: t('papers.chooseFile') }, summary: t('problems.validation') });
      upload.mutate({ f: file, key: documentKey || undefined });
    }}>
      <FormAlert errors={errors} />
      <div className="row">
        <Textfield ref={input} label={t('hearings.documents.file')} description={t('papers.allowed')} type="file" accept={accept}
          error={errors?.fields.file} onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)} />
        {groups.length > 0 && (
          <Field>
            <Label>{t('hearings.documents.versionFor')}</Label>
            <Select value={documentKey} onChange={(e) => setDocumentKey(e.target.value)}>
              <Select.Option value="">{t('hearings.documents.newDocument')}</Select.Option>
              {groups.map(([latest]) => (
                <Select.Option key={latest!.documentKey} value={latest!.documentKey}>
                  {t('hearings.documents.newVersionOf', { name: latest!.fileName })}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
        <Button type="submit" variant="secondary" loading={upload.isPending}>{t('papers.upload')}</Button>
      </div>
      <p role="status" className="status">{status}</p>
    </form>
  );
}
