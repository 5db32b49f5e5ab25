import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rsvp } from '../../api/generated/types.gen';

type Answer = Exclude<Rsvp, 'NoAnswer'>;
const answers: Answer[] = ['Accepted', 'Tentative', 'Declined'];

/**
 * The answer chosen in the e-mail, waiting for one press: "Bekreft: Kommer" is the primary action, the other answers sit
 * beside it. Nothing is sent before a press, so a mail scanner that opens the link (and runs the page) answers nothing.
 * The confirm button takes the focus, described by the meeting it answers, so Enter is the one more step.
 */
export function RsvpConfirm({ chosen, describedBy, comment: initial, pending, onAnswer }: {
  chosen: Answer;
  describedBy: string;
  comment?: string | null;
  pending: boolean;
  onAnswer: (answer: Rsvp, comment: string | null) => void;
}) {
  const { t } = useTranslation();
  const [comment, setComment] = useState(initial ?? '');
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  const send = (a: Answer) => onAnswer(a, comment.trim() || null);
  const answer = t(`rsvpAnswer.${chosen}`);
  return (
    <div className="stack">
      <Paragraph>{t('rsvp.choice', { answer })}</Paragraph>
      <Textfield label={t('rsvp.comment')} value={comment} onChange={(e) => setComment(e.target.value)} />
      <div>
        <Button ref={confirm} variant="primary" aria-describedby={describedBy} loading={pending} onClick={() => send(chosen)}>
          {t('rsvp.confirm', { answer })}
        </Button>
      </div>
      <div className="row" role="group" aria-label={t('rsvp.others')}>
        <span aria-hidden="true">{t('rsvp.others')}:</span>
        {answers.filter((a) => a !== chosen).map((a) => (
          <Button key={a} variant="secondary" data-size="sm" loading={pending} onClick={() => send(a)}>
            {t(`rsvpAnswer.${a}`)}
          </Button>
        ))}
      </div>
    </div>
  );
}
