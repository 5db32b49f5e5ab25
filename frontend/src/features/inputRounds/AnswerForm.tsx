import { Button, Checkbox, Fieldset, Heading, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerDto, AnswerInput, InputDto, QuestionDto } from '../../api/generated/types.gen';
import { FormAlert } from '../../components/FormAlert';
import { formatDateTime } from '../../lib/format';
import type { FormErrors } from '../../lib/problems';
import { fieldError } from '../../lib/problemsIn';
import styles from './inputRounds.module.css';

type Value = string | string[] | number | null;

function initial(q: QuestionDto, saved: AnswerDto | undefined): Value {
  switch (q.kind) {
    case 'FreeText':
      return saved?.text ?? '';
    case 'SingleChoice':
      return saved?.choice ?? null;
    case 'MultipleChoice':
      return saved?.choices ?? [];
    case 'Scale':
      return saved?.scale ?? null;
    default:
      return saved?.ranking ?? [...q.options];
  }
}

/** Every question in order, as the API wants them: unanswered ones as null, so an error's index is the question's. */
export function toAnswers(questions: QuestionDto[], values: Record<string, Value>): AnswerInput[] {
  return questions.map((q) => {
    const v = values[q.id];
    const empty = v === null || v === '' || (Array.isArray(v) && v.length === 0);
    return { questionId: q.id, value: empty ? null : typeof v === 'string' ? v.trim() : v };
  });
}

/**
 * The answer to a round on one page, phone first: free text, one or several options, a 1–5 scale as a radio group, and a
 * ranking ordered with "up" and "down" buttons (keyboard and screen reader usable; nothing is drag-only). Says who saved
 * last and when: an organisation's or a group's answer is shared, and the last save wins.
 */
export function AnswerForm({ questions, saved, disabled, pending, errors, onSave, idPrefix }: {
  questions: QuestionDto[];
  saved: InputDto | null | undefined;
  disabled: boolean;
  pending: boolean;
  errors: FormErrors | null;
  onSave: (answers: AnswerInput[]) => void;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, Value>>(() =>
    Object.fromEntries(questions.map((q) => [q.id, initial(q, saved?.answers.find((a) => a.questionId === q.id))])));
  const set = (id: string, v: Value) => setValues((old) => ({ ...old, [id]: v }));

  return (
    <form className="stack" onSubmit={(e) => {
      e.preventDefault();
      onSave(toAnswers(questions, values));
    }}>
      {saved && saved.revision > 0 ? (
        <Paragraph data-size="sm" role="status">
          {t('inputRounds.lastSaved', { name: saved.updatedByName, when: formatDateTime(saved.updatedAt) })}
        </Paragraph>
      ) : (
        <Paragraph data-size="sm">{t('inputRounds.notAnswered')}</Paragraph>
      )}
      {questions.map((q, i) => {
        const error = fieldError(errors, `answers[${i}].value`) ?? fieldError(errors, `answers[${i}].questionId`);
        const label = `${q.position}. ${q.text}`;
        const v = values[q.id];
        switch (q.kind) {
          case 'FreeText':
            return <Textfield key={q.id} multiline rows={4} label={label} value={(v as string) ?? ''} disabled={disabled} error={error}
              onChange={(e) => set(q.id, e.target.value)} />;
          case 'SingleChoice':
          case 'Scale': {
            const options = q.kind === 'Scale' ? ['1', '2', '3', '4', '5'] : q.options;
            return (
              <Fieldset key={q.id}>
                <Fieldset.Legend>{label}</Fieldset.Legend>
                {error && <ValidationMessage>{error}</ValidationMessage>}
                {q.kind === 'Scale' && <Fieldset.Description>{t('inputRounds.scaleHelp')}</Fieldset.Description>}
                <div className={q.kind === 'Scale' ? styles.scale : undefined}>
                  {options.map((o) => (
                    <Radio key={o} name={`${idPrefix}-${q.id}`} value={o} label={o} disabled={disabled}
                      checked={q.kind === 'Scale' ? v === Number(o) : v === o}
                      onChange={() => set(q.id, q.kind === 'Scale' ? Number(o) : o)} />
                  ))}
                </div>
              </Fieldset>
            );
          }
          case 'MultipleChoice': {
            const chosen = (v as string[]) ?? [];
            return (
              <Fieldset key={q.id}>
                <Fieldset.Legend>{label}</Fieldset.Legend>
                {error && <ValidationMessage>{error}</ValidationMessage>}
                {q.options.map((o) => (
                  <Checkbox key={o} label={o} value={o} disabled={disabled} checked={chosen.includes(o)}
                    onChange={(e) => set(q.id, e.target.checked ? q.options.filter((x) => x === o || chosen.includes(x)) : chosen.filter((x) => x !== o))} />
                ))}
              </Fieldset>
            );
          }
          default:
            return <Ranking key={q.id} label={label} order={(v as string[]) ?? q.options} disabled={disabled} error={error}
              onChange={(order) => set(q.id, order)} />;
        }
      })}
      <FormAlert errors={errors} />
      {!disabled && (
        <div>
          <Button type="submit" disabled={pending}>{t('inputRounds.save')}</Button>
        </div>
      )}
    </form>
  );
}

/** A ranking as an ordered list with a pair of buttons per option; the moved option keeps the focus, and the new place
 * is announced. */
function Ranking({ label, order, disabled, error, onChange }: {
  label: string;
  order: string[];
  disabled: boolean;
  error: string | undefined;
  onChange: (order: string[]) => void;
}) {
  const { t } = useTranslation();
  const [announce, setAnnounce] = useState('');
  const move = (from: number, to: number) => {
    const next = [...order];
    const [item] = next.splice(from, 1);
    if (item === undefined) return;
    next.splice(to, 0, item);
    onChange(next);
    setAnnounce(t('inputRounds.moved', { option: item, place: to + 1, count: next.length }));
  };
  return (
    <Fieldset>
      <Fieldset.Legend>{label}</Fieldset.Legend>
      {error && <ValidationMessage>{error}</ValidationMessage>}
      <Fieldset.Description>{t('inputRounds.rankingHelp')}</Fieldset.Description>
      <ol className={styles.ranking}>
        {order.map((o, i) => (
          <li key={o} className={styles.rankItem}>
            <span>{o}</span>
            <span className={styles.rankButtons}>
              <Button type="button" variant="tertiary" data-size="sm" disabled={disabled || i === 0} onClick={() => move(i, i - 1)}
                aria-label={t('inputRounds.moveUp', { option: o })}>↑</Button>
              <Button type="button" variant="tertiary" data-size="sm" disabled={disabled || i === order.length - 1} onClick={() => move(i, i + 1)}
                aria-label={t('inputRounds.moveDown', { option: o })}>↓</Button>
            </span>
          </li>
        ))}
      </ol>
      <span className={styles.visuallyHidden} aria-live="polite">{announce}</span>
    </Fieldset>
  );
}

/** The heading and introduction of a round, as respondents see it. */
export function RoundIntro({ title, bodyName, introductionHtml, closesAt }: { title: string; bodyName: string; introductionHtml: string | null | undefined; closesAt: string }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">{title}</Heading>
      <Paragraph>{t('inputRounds.fromBody', { body: bodyName, when: formatDateTime(closesAt) })}</Paragraph>
      {/* Rendered by the server's safe markdown (SafeMarkdown): no raw HTML from the author gets through. */}
      {introductionHtml && <div className="markdown" dangerouslySetInnerHTML={{ __html: introductionHtml }} />}
    </div>
  );
}
