import { Heading } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { answerInvitationMutation, getMeetingOptions } from '../../api/generated/@tanstack/react-query.gen';
import { DownloadLinks } from '../../components/DownloadLinks';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/Loading';
import { MinutesLink } from '../../components/MinutesLink';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { useTitle } from '../../lib/useTitle';
import { AgendaSection } from './AgendaSection';
import { CallSection } from './CallSection';
import { InviteesSection } from './InviteesSection';
import { MeetingEditForm } from './MeetingEditForm';
import { MeetingHeader } from './MeetingHeader';
import { RsvpButtons } from './RsvpButtons';
import { changed, invalidate } from '../../lib/queryKeys';

/** One meeting: for everyone its agenda and papers and one's own answer; for the secretariat the means to run it. */
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

  if (!meeting.data) return <div className="page"><QueryState isPending={meeting.isPending} error={meeting.error} /></div>;
  const m = meeting.data;
  const editable = m.canManage && m.status !== 'Cancelled';
  const mine = m.myInvitation;

  return (
    <div className="page">
      <MeetingHeader meeting={m} />
      <DownloadLinks links={[{ href: `/api/meetings/${m.id}/invitation.pdf`, text: t('documents.invitationPdf') }, { href: `/api/meetings/${m.id}/invitation.docx`, text: t('documents.invitationDocx') }]} />
      <MinutesLink meeting={m} />
      {mine && m.status === 'Called' && (
        <section className="stack" aria-labelledby="my-answer">
          <Heading level={2} data-size="md" id="my-answer">
            {t('meeting.myAnswer')}
          </Heading>
          <FormAlert errors={errors} />
          {mine.active && mine.answer !== 'NoAnswer' && <p>{t('meeting.yourAnswer', { answer: t(`rsvpAnswer.${mine.answer}`) })}</p>}
          {mine.active ? (
            <RsvpButtons current={mine.answer} comment={mine.comment} pending={answer.isPending}
              onAnswer={(a, comment) => answer.mutate({ path: { id: m.id }, body: { answer: a, comment } })} />
          ) : (
            <p>{t('meeting.notNeeded')}</p>
          )}
        </section>
      )}
      <AgendaSection meeting={m} editable={editable} />
      {editable && (
        <section className="stack" aria-labelledby="edit-meeting">
          <Heading level={2} data-size="md" id="edit-meeting">
            {t('meetingForm.heading')}
          </Heading>
          <MeetingEditForm key={`${m.id}-${m.sequence}-${m.startsAt}-${m.videoUrl}-${m.location}`} meeting={m} />
        </section>
      )}
      {editable && <CallSection meeting={m} />}
      {m.canManage && m.status !== 'Planned' && <InviteesSection meeting={m} canAct={m.status === 'Called'} />}
    </div>
  );
}
