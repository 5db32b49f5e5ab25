import { Button, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadPaperMutation } from '../../api/generated/@tanstack/react-query.gen';
import { FormAlert } from '../../components/FormAlert';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { changed, invalidate } from '../../lib/queryKeys';

// A hint for the file picker only: the server checks the name and the first bytes, and its answer is what counts.
const accept = '.pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.txt,.csv';

/** Attaches a paper to an agenda item. A refusal (too large, a type we do not take) is shown on the file field. */
export function PaperUpload({ meetingId, itemId, caseNumber }: { meetingId: string; itemId: string; caseNumber: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [status, setStatus] = useState('');
  const upload = useMutation({
    ...uploadPaperMutation(),
    onSuccess: async (paper) => {
      setErrors(null);
      setFile(null);
      if (input.current) input.current.value = '';
      setStatus(t('papers.uploaded', { name: paper.fileName }));
      await invalidate(queryClient, changed.agenda(meetingId));
    },
    onError: (e) => setErrors(toFormErrors(e, t)),
  });

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setStatus('');
        if (!file) return setErrors({ fields: { file: t('papers.chooseFile') }, summary: t('problems.validation') });
        upload.mutate({ path: { id: meetingId, itemId }, body: { file } });
      }}
    >
      <FormAlert errors={errors} />
      <div className="row">
        <Textfield ref={input} label={t('papers.fileFor', { number: caseNumber })} description={t('papers.allowed')} type="file"
          accept={accept} error={errors?.fields.file} onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)} />
        <Button type="submit" variant="secondary" loading={upload.isPending}>
          {t('papers.upload')}
        </Button>
      </div>
      <p role="status" className="status">{status}</p>
    </form>
  );
}
