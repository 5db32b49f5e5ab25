import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../lib/problems';
import { fieldError } from '../../lib/problemsIn';

/** Opens the next revision of published minutes as a draft; the reason is shown with the corrected minutes. */
export function CorrectionForm({ onCorrect, pending, errors }: { onCorrect: (reason: string) => void; pending: boolean; errors: FormErrors | null }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <form className="form" noValidate onSubmit={(e) => {
      e.preventDefault();
      onCorrect(reason.trim());
    }}>
      <Textfield multiline rows={3} label={t('minutes.correctionReason')} description={t('minutes.correctionHelp')} value={reason} required
        error={fieldError(errors, 'reason')} onChange={(e) => setReason(e.target.value)} />
      <div>
        <Button type="submit" variant="secondary" loading={pending}>
          {t('minutes.startCorrection')}
        </Button>
      </div>
    </form>
  );
}
