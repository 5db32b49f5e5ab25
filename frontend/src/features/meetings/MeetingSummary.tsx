import { Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetails, MeetingState } from '../../api/generated/types.gen';
import { MinutesLink } from '../../components/MinutesLink';
import { InviteesSummary } from './InviteesSummary';
import { meetingWhen } from './meetingFormat';
import { NextStepAction } from './NextStepAction';
import { nextStep } from './nextStep';
import styles from './MeetingSummary.module.css';

const statusColor: Record<MeetingState, 'neutral' | 'info' | 'success' | 'danger'> = {
  Planned: 'neutral', Called: 'info', Held: 'success', Cancelled: 'danger',
};

/** What one opens the meeting for, on the first screen: when, where, its status, the answers so far and the next step. */
export function MeetingSummary({ meeting: m }: { meeting: MeetingDetails }) {
  const { t } = useTranslation();
  const invitations = m.invitations ?? [];
  const step = nextStep(m);
  // Outside the step, which is gone once it is done: the result is announced and takes the focus.
  const [done, setDone] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  const announce = (message: string) => {
    setDone(message);
    if (message) requestAnimationFrame(() => status.current?.focus());
  };
  return (
    <section className={`stack ${styles.summary}`} aria-label={t('meetingSummary.label')}>
      <dl className={styles.facts}>
        <dt>{t('meetingSummary.when')}</dt>
        <dd>{meetingWhen(m.startsAt, m.endsAt)}</dd>
        <dt>{t('meetingSummary.where')}</dt>
        <dd>
          {m.location ?? (m.format !== 'Physical' ? t('meeting.digital') : '–')}
          {m.videoUrl && <> · <Link href={m.videoUrl}>{t('meeting.videoLink')}</Link></>}
        </dd>
        <dt>{t('meetingSummary.status')}</dt>
        <dd className="row">
          <Tag data-color={statusColor[m.status]}>{t(`meetingStatus.${m.status}`)}</Tag>
          <Tag>{t(`meetingFormat.${m.format}`)}</Tag>
          {m.isOpen && <Tag data-color="success">{t('meeting.open')}</Tag>}
        </dd>
        {invitations.length > 0 && (
          <>
            <dt>{t('meetingSummary.answers')}</dt>
            <dd>
              <InviteesSummary invitations={invitations} />
            </dd>
          </>
        )}
        {m.minutesStatus && (
          <>
            <dt>{t('meetingSummary.minutes')}</dt>
            <dd><MinutesLink meeting={m} /></dd>
          </>
        )}
      </dl>
      {m.status === 'Cancelled' && (
        <Paragraph>{m.cancellationReason ? t('meeting.cancelledBecause', { reason: m.cancellationReason }) : t('meeting.cancelled')}</Paragraph>
      )}
      {step && <NextStepAction meeting={m} step={step} onDone={announce} />}
      <p role="status" className="status" ref={status} tabIndex={-1}>{done}</p>
    </section>
  );
}
