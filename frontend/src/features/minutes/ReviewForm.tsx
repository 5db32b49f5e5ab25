import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../lib/problems';
import { fieldError } from '../../lib/problemsIn';

/** A date as "2026-05-04" in the user's own calendar, `days` from today. */
export function localDate(days = 0, from = new Date()): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Circulates the draft to the members for comments until a deadline (two weeks unless changed). */
export function ReviewForm({ onSend, pending, disabled, errors }: {
  onSend: (deadline: string, message: string | null) => void;
  pending: boolean;
  disabled: boolean;
  errors: FormErrors | null;
}) {
  const { t } = useTranslation();
  const [deadline, setDeadline] = useState(() => localDate(14));
  const [message, setMessage] = useState('');
  return (
    <form className="form" noValidate onSubmit={(e) => {
      e.preventDefault();
      onSend(deadline, message.trim() || null);
    }}>
      <Textfield type="date" label={t('minutes.deadline')} value={deadline} min={localDate()} max={localDate(90)} required
        error={fieldError(errors, 'deadline')} onChange={(e) => setDeadline(e.target.value)} />
      <Textfield multiline rows={3} label={t('minutes.reviewMessage')} value={message} error={fieldError(errors, 'message')}
        onChange={(e) => setMessage(e.target.value)} />
      <div>
        <Button type="submit" loading={pending} disabled={disabled}>
          {t('minutes.sendForReview')}
        </Button>
      </div>
    </form>
  );
}
