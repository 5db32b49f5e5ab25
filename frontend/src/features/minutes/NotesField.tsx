import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markNotPublic } from './nonPublic';

/**
 * The notes of an item as markdown, with a button that fences the selected text (or the paragraph the cursor is in)
 * as not public. The fenced text stays selected, so the user sees what was marked.
 */
export function NotesField({ label, value, onChange, caseLabel }: { label: string; value: string; onChange: (value: string) => void; caseLabel: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement | HTMLInputElement>(null);
  const [select, setSelect] = useState<[number, number] | null>(null);
  const [message, setMessage] = useState('');

  useLayoutEffect(() => {
    if (!select || !ref.current) return;
    ref.current.focus();
    ref.current.setSelectionRange(select[0], select[1]);
    setSelect(null);
  }, [select]);

  const mark = () => {
    const area = ref.current;
    if (!area) return;
    const result = markNotPublic(value, area.selectionStart ?? 0, area.selectionEnd ?? 0, t('minutes.fenceWord'));
    if (!result) {
      setMessage(t('minutes.nothingToMark'));
      area.focus();
      return;
    }
    setMessage(t('minutes.marked'));
    onChange(result.text);
    setSelect([result.start, result.end]);
  };

  return (
    <div className="stack">
      <Textfield ref={ref} multiline rows={6} label={label} description={t('minutes.notesHelp', { word: t('minutes.fenceWord') })}
        value={value} onChange={(e) => onChange(e.target.value)} />
      <div className="row">
        <Button variant="secondary" data-size="sm" onClick={mark}
          // Pressing the button must not lose the selection it acts on.
          onMouseDown={(e) => e.preventDefault()}
          aria-label={t('minutes.markNotPublicFor', { case: caseLabel })}>
          {t('minutes.markNotPublic')}
        </Button>
        <Paragraph data-size="sm" role="status">
          {message}
        </Paragraph>
      </div>
    </div>
  );
}
