import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rsvp } from '../../api/generated/types.gen';

const answers: Exclude<Rsvp, 'NoAnswer'>[] = ['Accepted', 'Tentative', 'Declined'];

/** Kommer / Kommer kanskje / Kommer ikke, with an optional comment; the current answer is pressed. */
export function RsvpButtons({ current, onAnswer, pending, comment: initial }: {
  current: Rsvp | null | undefined;
  onAnswer: (answer: Rsvp, comment: string | null) => void;
  pending: boolean;
  comment?: string | null;
}) {
  const { t } = useTranslation();
  const [comment, setComment] = useState(initial ?? '');
  return (
    <div className="stack">
      <Textfield label={t('rsvp.comment')} value={comment} onChange={(e) => setComment(e.target.value)} />
      <div className="row" role="group" aria-label={t('rsvp.answer')}>
        {answers.map((a) => (
          <Button
            key={a}
            variant={current === a ? 'primary' : 'secondary'}
            aria-pressed={current === a}
            loading={pending}
            onClick={() => onAnswer(a, comment.trim() || null)}
          >
            {t(`rsvpAnswer.${a}`)}
          </Button>
        ))}
      </div>
    </div>
  );
}
