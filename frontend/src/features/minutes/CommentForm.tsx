import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A comment on one item of the minutes on review, or on the minutes as a whole. */
export function CommentForm({ label, onSend, pending }: { label: string; onSend: (text: string, done: () => void) => void; pending: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <form className="form" noValidate onSubmit={(e) => {
      e.preventDefault();
      if (text.trim()) onSend(text.trim(), () => setText(''));
    }}>
      <Textfield multiline rows={3} label={label} value={text} onChange={(e) => setText(e.target.value)} />
      <div>
        <Button type="submit" variant="secondary" data-size="sm" loading={pending} disabled={!text.trim()}>
          {t('minutes.sendComment')}
        </Button>
      </div>
    </form>
  );
}
