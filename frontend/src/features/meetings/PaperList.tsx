import { Button, Link } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removePaperMutation } from '../../api/generated/@tanstack/react-query.gen';
import type { PaperDto } from '../../api/generated/types.gen';
import { FormAlert } from '../../components/FormAlert';
import { formatSize } from '../../lib/format';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { changed, invalidate } from '../../lib/queryKeys';

/** An agenda item's papers: each downloads by its name; the secretariat may delete them. */
export function PaperList({ meetingId, papers, caseNumber, canDelete }: { meetingId: string; papers: PaperDto[]; caseNumber: string; canDelete: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [status, setStatus] = useState('');
  const remove = useMutation({
    ...removePaperMutation(),
    onSuccess: () => { setErrors(null); return invalidate(queryClient, changed.agenda(meetingId)); },
    onError: (e) => setErrors(toFormErrors(e, t)),
  });
  if (papers.length === 0 && !status) return null;

  return (
    <div className="stack">
      <FormAlert errors={errors} />
      {papers.length > 0 && (
        <ul className="papers" aria-label={t('papers.listFor', { number: caseNumber })}>
          {papers.map((p) => (
            <li key={p.id}>
              <Link href={`/api/papers/${p.id}`} download={p.fileName}>
                {p.fileName}
              </Link>{' '}
              <span className="muted">({formatSize(p.size)})</span>
              {canDelete && (
                <Button variant="tertiary" data-size="sm" data-color="danger" loading={remove.isPending && remove.variables?.path.paperId === p.id}
                  aria-label={t('papers.remove', { name: p.fileName })}
                  onClick={() => remove.mutate({ path: { paperId: p.id } }, { onSuccess: () => setStatus(t('papers.removed', { name: p.fileName })) })}>
                  {t('papers.removeShort')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="status">{status}</p>
    </div>
  );
}
