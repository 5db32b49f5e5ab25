import { Button, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** An address to paste elsewhere: shown in full, selectable, with a button that copies it and says so. */
export function CopyField({ label, value, description }: { label: string; value: string; description?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [status, setStatus] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(t('copy.done'));
    } catch {
      // Without clipboard access (an old browser, a denied permission) the text is selected for copying by hand.
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      setStatus(t('copy.failed'));
    }
  }
  return (
    <div className="stack">
      <div className="row">
        <Textfield id={id} className="grow" label={label} description={description} value={value} readOnly
          onFocus={(e) => e.currentTarget.select()} />
        <Button variant="secondary" onClick={() => void copy()}>
          {t('copy.button')}
        </Button>
      </div>
      <p role="status" className="status">{status}</p>
    </div>
  );
}
