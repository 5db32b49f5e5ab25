import { Button } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A button for what cannot be undone: the first press asks, in words, and moves focus to the answer; "Avbryt" puts
 * focus back where it was.
 */
export function ConfirmButton({ children, question, confirm, onConfirm, loading, 'aria-label': ariaLabel }: {
  children: React.ReactNode;
  question: string;
  confirm: string;
  onConfirm: () => void;
  loading?: boolean;
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [back, setBack] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
    else if (back) first.current?.focus();
  }, [asking, back]);

  if (!asking) {
    return (
      <Button ref={first} variant="tertiary" data-size="sm" data-color="danger" aria-label={ariaLabel} loading={loading}
        onClick={() => { setBack(false); setAsking(true); }}>
        {children}
      </Button>
    );
  }
  return (
    <span role="group" aria-label={question} className="row confirm">
      <span>{question}</span>
      <Button ref={yes} data-size="sm" data-color="danger" onClick={() => { setAsking(false); onConfirm(); }}>
        {confirm}
      </Button>
      <Button variant="tertiary" data-size="sm" onClick={() => { setBack(true); setAsking(false); }}>
        {t('common.cancel')}
      </Button>
    </span>
  );
}
