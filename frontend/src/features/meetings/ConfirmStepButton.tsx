import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';

/**
 * A button for a step that e-mails people and cannot be taken back: it opens the shared ConfirmDialog, which says what
 * will happen and to how many. Focus goes back to the button when the dialog closes, Escape included.
 */
export function ConfirmStepButton({ children, title, text, confirm, onConfirm, loading, danger, extra }: {
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
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
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
      <ConfirmDialog open={open} heading={title} confirm={confirm} danger={danger} onCancel={close}
        onConfirm={() => { close(); onConfirm(); }}>
        <Paragraph>{text}</Paragraph>
        {extra}
      </ConfirmDialog>
    </>
  );
}
