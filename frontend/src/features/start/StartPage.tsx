import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { answerInvitationMutation, getStartOptions, getStartQueryKey } from '../../api/generated/@tanstack/react-query.gen';
import type { MeetingSummary, StartSection } from '../../api/generated/types.gen';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/Loading';
import { meetingDateAndTime } from '../../lib/meetingTime';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { changed, invalidate } from '../../lib/queryKeys';
import { useTitle } from '../../lib/useTitle';
import { CommitteeReports } from './CommitteeReports';
import { StartEntry } from './StartEntry';
import { isKnownKind, sectionPath, textKey } from './startEntries';
import styles from './start.module.css';

/** "Til meg": what needs the signed-in person, most urgent first, then their next meetings. Where sign-in lands. */
export function StartPage() {
  const { t } = useTranslation();
  useTitle(t('start.title'));
  const queryClient = useQueryClient();
  // Always fresh when opened: what was done on another page must be gone from here.
  const start = useQuery({ ...getStartOptions(), staleTime: 0 });
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const answer = useMutation({
    ...answerInvitationMutation(),
    onSuccess: (data, { path }) => {
      setErrors(null);
      return invalidate(queryClient, [getStartQueryKey(), ...changed.answer(path.id, data.body.id)]);
    },
    onError: (e) => setErrors(toFormErrors(e, t)),
  });

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('start.title')}
      </Heading>
      <QueryState isPending={start.isPending} error={start.error} />
      <FormAlert errors={errors} />
      {start.data && start.data.sections.length === 0 && <Paragraph>{t('start.nothing')}</Paragraph>}
      {start.data?.sections.map((section) => (
        <Section key={section.kind} section={section} answering={answer.isPending}
          onAnswer={(id, a) => answer.mutate({ path: { id }, body: { answer: a } })} />
      ))}
      {start.data && <CommitteeReports />}
      {start.data && <NextMeetings meetings={start.data.nextMeetings} />}
    </div>
  );
}

function Section({ section, onAnswer, answering }: {
  section: StartSection;
  onAnswer: (meetingId: string, answer: 'Accepted' | 'Declined') => void;
  answering: boolean;
}) {
  const { t } = useTranslation();
  const id = `start-section-${section.kind}`;
  const more = section.total > section.items.length ? sectionPath(section.kind) : null;
  const heading = isKnownKind(section.kind) ? t(textKey('section', section.kind)) : t('start.section.other');
  return (
    <section className="stack" aria-labelledby={id}>
      <Heading level={2} data-size="md" id={id}>
        {t('start.heading', { heading, n: section.total })}
      </Heading>
      <ul className={styles.list} aria-labelledby={id}>
        {section.items.map((item) => (
          <StartEntry key={item.id} item={item} answering={answering} onAnswer={(m, a) => onAnswer(m, a as 'Accepted' | 'Declined')} />
        ))}
      </ul>
      {more && (
        <Paragraph data-size="sm">
          <Link asChild>
            <RouterLink to={more}>{t('start.seeAll', { n: section.total })}</RouterLink>
          </Link>
        </Paragraph>
      )}
    </section>
  );
}

function NextMeetings({ meetings }: { meetings: MeetingSummary[] }) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="start-next-meetings">
      <Heading level={2} data-size="md" id="start-next-meetings">
        {t('start.nextMeetings')}
      </Heading>
      {meetings.length === 0 ? (
        <Paragraph>{t('start.noMeetings')}</Paragraph>
      ) : (
        <ul className={styles.list} aria-labelledby="start-next-meetings">
          {meetings.map((m) => (
            <li key={m.id} className={styles.entry}>
              <Link asChild>
                <RouterLink to={`/moter/${m.id}`}>{`${m.bodyName}: ${m.title}`}</RouterLink>
              </Link>
              <Paragraph data-size="sm">
                {meetingDateAndTime(m.startsAt, m.endsAt)}
                {' · '}
                {!m.myAnswer
                  ? t(`meetingStatus.${m.status}`)
                  : m.myAnswer === 'NoAnswer' ? t('rsvpAnswer.NoAnswer') : t('start.myAnswer', { answer: t(`rsvpAnswer.${m.myAnswer}`) })}
              </Paragraph>
            </li>
          ))}
        </ul>
      )}
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to="/mine-moter">{t('start.allMeetings')}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
