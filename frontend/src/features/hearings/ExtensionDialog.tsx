import { Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { fieldError } from '../../lib/problemsIn';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { hearingKeys, hearingsApi } from './api';
import { formatOslo, osloInput, utcFromOslo } from './hearingTime';
import type { Hearing, HearingParty } from './types';

/** A new deadline for one party alone, after the hearing's own. */
export function ExtensionDialog({ hearing, party, onClose }: { hearing: Hearing; party: HearingParty | null; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const extend = useMutation({
    mutationFn: ({ partyId, deadline }: { partyId: string; deadline: string }) => hearingsApi.extend(hearing.id, partyId, deadline),
    onSuccess: async () => {
      setErrors(null);
      onClose();
      await queryClient.invalidateQueries({ queryKey: hearingKeys.all });
    },
    onError: (e) => setErrors(toFormErrors(e, t)),
  });
  return (
    <Dialog open={!!party} onClose={() => { setErrors(null); onClose(); }} closedby="any" aria-labelledby={`${id}-h`}>
      {party && (
        <form className="stack" noValidate onSubmit={(e) => {
          e.preventDefault();
          const value = String(new FormData(e.currentTarget).get('deadline') ?? '');
          const deadline = utcFromOslo(value);
          if (!deadline) return setErrors({ fields: { deadline: t('hearings.extension.required') }, summary: t('problems.validation') });
          extend.mutate({ partyId: party.id, deadline });
        }}>
          <Heading level={2} data-size="sm" id={`${id}-h`}>
            {t('hearings.extension.heading', { name: party.name })}
          </Heading>
          <Paragraph data-size="sm">{t('hearings.extension.intro', { closes: formatOslo(hearing.closesAt) })}</Paragraph>
          <FormAlert errors={errors} />
          <Textfield label={t('hearings.extension.deadline')} name="deadline" type="datetime-local"
            defaultValue={osloInput(party.extendedTo ?? hearing.closesAt)} error={fieldError(errors, 'deadline')} />
          <div className="row">
            <Button type="submit" loading={extend.isPending}>{t('hearings.extension.grant')}</Button>
            <Button type="button" variant="secondary" onClick={onClose}>{t('common.cancel')}</Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
