import { Button, Dialog, Heading } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Asks before a step that cannot be taken back, saying what will happen. A native modal dialog: focus moves into it (to
 * "Avbryt", so a stray Enter does nothing), Escape or a click outside cancels, and the browser puts focus back on the
 * button that opened it.
 */
export function ConfirmDialog({ open, heading, children, confirm, onConfirm, onCancel, danger }: {
  open: boolean;
  heading: string;
  /** What will happen, in words: who is told, what can no longer be changed. */
  children: React.ReactNode;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** The step removes or cancels something: the confirm button says so in its colour. */
  danger?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  // Runs after the Dialog's own effect has called showModal (a child's effects run first).
  useEffect(() => {
    if (open) cancel.current?.focus();
  }, [open]);
  return (
    <Dialog open={open} onClose={onCancel} closeButton={false} closedby="any" aria-labelledby={`${id}-heading`}>
      <div className="stack">
        <Heading level={2} data-size="sm" id={`${id}-heading`}>
          {heading}
        </Heading>
        {children}
        <div className="row">
          <Button data-color={danger ? 'danger' : undefined} onClick={onConfirm}>
            {confirm}
          </Button>
          <Button ref={cancel} variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
