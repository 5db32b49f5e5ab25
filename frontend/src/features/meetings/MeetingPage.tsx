import { Heading, Link } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { answerInvitationMutation, getMeetingOptions } from '../../api/generated/@tanstack/react-query.gen';
import type { MeetingDetails } from '../../api/generated/types.gen';
import { DownloadLinks } from '../../components/DownloadLinks';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/Loading';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { useTitle } from '../../lib/useTitle';
import { AgendaSection } from './AgendaSection';
import { CancelSection } from './CancelSection';
import { Disclosure } from './Disclosure';
import { InviteesSection } from './InviteesSection';
import { MeetingEditForm } from './MeetingEditForm';
import { MeetingHeader } from './MeetingHeader';
import { MeetingSummary } from './MeetingSummary';
import { RsvpButtons } from './RsvpButtons';
import { changed, invalidate } from '../../lib/queryKeys';

/**
 * One meeting, led by its state: a summary with the secretariat's next step first, one's own answer while it can be
 * given, the agenda (editing tools on request), the invitees, and the rarer changes (time and place, cancelling) last.
 */
export function MeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const meeting = useQuery(getMeetingOptions({ path: { id } }));
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const answer = useMutation({
    ...answerInvitationMutation(),
    onSuccess: (_, { path }) => { setErrors(null); return invalidate(queryClient, changed.answer(path.id, meeting.data?.body.id ?? '')); },
    onError: (e) => setErrors(toFormErrors(e, t)),
  });
  useTitle(meeting.data?.title, meeting.data?.body.name);
  // The header and summary draw as soon as the meeting is here; the agenda, the invitees and the forms below follow in
  // a render React may interrupt, so the first one stays short (one long task was ~0.5 s on a phone).
  const below = useDeferredValue(meeting.data);

  if (!meeting.data) return <div className="page"><QueryState isPending={meeting.isPending} error={meeting.error} /></div>;
  const m = meeting.data;
  const mine = m.myInvitation;

  return (
    <div className="page">
      <MeetingHeader meeting={m} />
      <MeetingSummary meeting={m} />
      {mine && (m.status === 'Called' || m.status === 'Held') && (
        <section className="stack" aria-labelledby="my-answer">
          <Heading level={2} data-size="md" id="my-answer">
            {t('meeting.myAnswer')}
          </Heading>
          <FormAlert errors={errors} />
          {mine.active && mine.answer !== 'NoAnswer' && <p>{t('meeting.yourAnswer', { answer: t(`rsvpAnswer.${mine.answer}`) })}</p>}
          {m.status === 'Held' ? (
            <p>{t('meeting.held')}</p>
          ) : mine.active ? (
            <RsvpButtons current={mine.answer} comment={mine.comment} pending={answer.isPending}
              onAnswer={(a, comment) => answer.mutate({ path: { id: m.id }, body: { answer: a, comment } })} />
          ) : (
            <p>{t('meeting.notNeeded')}</p>
          )}
        </section>
      )}
      {below && <Below meeting={below} />}
    </div>
  );
}

function Below({ meeting: m }: { meeting: MeetingDetails }) {
  const { t } = useTranslation();
  // Held and cancelled meetings are history: no new time or place, no cancelling (the API refuses them).
  const upcoming = m.status === 'Planned' || m.status === 'Called';
  return (
    <>
      <AgendaSection meeting={m} editable={m.canManage && m.status !== 'Cancelled'} />
      <DownloadLinks links={[{ href: `/api/meetings/${m.id}/invitation.pdf`, text: t('documents.invitationPdf') }, { href: `/api/meetings/${m.id}/invitation.docx`, text: t('documents.invitationDocx') }]} />
      {m.canManage && m.isOpen && (
        <p><Link asChild><RouterLink to={`/moter/${m.id}/pameldinger`}>{t('registration.meetingLink')}</RouterLink></Link></p>
      )}
      {m.canManage && m.status !== 'Planned' && <InviteesSection meeting={m} canAct={m.status === 'Called'} />}
      {m.canManage && upcoming && (
        <section className="stack" aria-labelledby="edit-meeting">
          <Heading level={2} data-size="md" id="edit-meeting">
            {t('meetingForm.heading')}
          </Heading>
          <Disclosure summary={t('meetingSummary.changeTimePlace')}>
            <MeetingEditForm key={`${m.id}-${m.sequence}-${m.startsAt}-${m.videoUrl}-${m.location}`} meeting={m} />
          </Disclosure>
        </section>
      )}
      {m.canManage && upcoming && <CancelSection meeting={m} />}
    </>
  );
}
