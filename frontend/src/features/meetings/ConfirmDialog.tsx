import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A button for a step that e-mails people and cannot be taken back: it opens a modal dialog that says what will happen
 * and to how many, with the confirm button and "Avbryt". The native modal dialog keeps focus inside and gives it back
 * to the button when it closes (Escape too).
 */
export function ConfirmDialog({ children, title, text, confirm, onConfirm, loading, danger, extra }: {
  children: React.ReactNode;
  title: string;
  text: string;
  confirm: string;
  onConfirm: () => void;
  loading?: boolean;
  danger?: boolean;
  /** More to fill in before confirming (a reason). */
  extra?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const id = useId();
  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };
  return (
    <>
      <Button ref={trigger} variant={danger ? 'secondary' : 'primary'} data-color={danger ? 'danger' : undefined} loading={loading}
        onClick={() => setOpen(true)}>
        {children}
      </Button>
      <Dialog open={open} onClose={close} closeButton={false} aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
        {open && (
          <div className="stack">
            <Heading level={2} data-size="sm" id={`${id}-title`}>
              {title}
            </Heading>
            <Paragraph id={`${id}-text`}>{text}</Paragraph>
            {extra}
            <div className="row">
              <Button data-color={danger ? 'danger' : undefined} onClick={() => { close(); onConfirm(); }}>
                {confirm}
              </Button>
              <Button variant="secondary" onClick={close}>
                {t('common.cancel')}
              </Button>
            </div>
          </div>
        )}
      </Dialog>
    </>
  );
}
