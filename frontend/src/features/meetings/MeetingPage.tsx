import { Alert, Button, Heading, Link, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  addAgendaItemMutation, answerInvitationMutation, callMeetingMutation, cancelMeetingMutation, getMeetingOptions,
  removeAgendaItemMutation, reorderAgendaMutation,
} from '../../api/generated/@tanstack/react-query.gen';
import { FormAlert } from '../../components/FormAlert';
import { DownloadLinks } from '../../components/DownloadLinks';
import { QueryState } from '../../components/Loading';
import { MinutesLink } from '../../components/MinutesLink';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { useTitle } from '../../lib/useTitle';
import { AgendaItemForm } from './AgendaItemForm';
import { AgendaList } from './AgendaList';
import { InviteesTable } from './InviteesTable';
import { MeetingEditForm } from './MeetingEditForm';
import { meetingWhen } from './meetingFormat';
import { RsvpButtons } from './RsvpButtons';

export function MeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const meeting = useQuery(getMeetingOptions({ path: { id } }));
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [reason, setReason] = useState('');
  const done = {
    onSuccess: () => {
      setErrors(null);
      return queryClient.invalidateQueries();
    },
    onError: (e: unknown) => setErrors(toFormErrors(e, t)),
  };
  const call = useMutation({ ...callMeetingMutation(), ...done });
  const cancel = useMutation({ ...cancelMeetingMutation(), ...done });
  const add = useMutation({ ...addAgendaItemMutation(), ...done });
  const reorder = useMutation({ ...reorderAgendaMutation(), ...done });
  const remove = useMutation({ ...removeAgendaItemMutation(), ...done });
  const answer = useMutation({ ...answerInvitationMutation(), ...done });
  useTitle(meeting.data?.title);

  if (!meeting.data) return <div className="page"><QueryState isPending={meeting.isPending} error={meeting.error} /></div>;
  const m = meeting.data;
  const path = { id: m.id };
  const editable = m.canManage && m.status !== 'Cancelled';

  return (
    <div className="page">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {m.title}
        </Heading>
        <div className="row">
          <Tag>{t(`meetingStatus.${m.status}`)}</Tag>
          {m.isOpen && <Tag data-color="success">{t('meeting.open')}</Tag>}
        </div>
        <Paragraph>
          <Link asChild>
            <RouterLink to={`/organer/${m.body.id}`}>{m.body.name}</RouterLink>
          </Link>
          <br />
          {meetingWhen(m.startsAt, m.endsAt)}
          <br />
          {m.format === 'Digital' ? t('meeting.digital') : m.location}
          {m.videoUrl && (
            <>
              <br />
              <Link href={m.videoUrl}>{t('meeting.videoLink')}</Link>
            </>
          )}
        </Paragraph>
        {m.cancellationReason && <Paragraph>{t('meeting.cancelledBecause', { reason: m.cancellationReason })}</Paragraph>}
        <Link href={`/api/meetings/${m.id}/calendar.ics`} download>
          {t('meeting.downloadIcs')}
        </Link>
        <DownloadLinks links={[{ href: `/api/meetings/${m.id}/invitation.pdf`, text: t('documents.invitationPdf') }, { href: `/api/meetings/${m.id}/invitation.docx`, text: t('documents.invitationDocx') }]} />
        <MinutesLink meeting={m} />
      </div>
      <FormAlert errors={errors} />
      {m.myInvitation && m.status === 'Called' && (
        <section className="stack" aria-labelledby="my-answer">
          <Heading level={2} data-size="md" id="my-answer">
            {t('meeting.myAnswer')}
          </Heading>
          <RsvpButtons current={m.myInvitation.answer} comment={m.myInvitation.comment} pending={answer.isPending}
            onAnswer={(a, comment) => answer.mutate({ path, body: { answer: a, comment } })} />
        </section>
      )}
      <section className="stack" aria-labelledby="agenda-heading">
        <Heading level={2} data-size="md" id="agenda-heading">
          {t('agenda.title')}
        </Heading>
        {m.agendaOverrunMinutes > 0 && (
          <Alert data-color="warning">
            <Paragraph>{t('agenda.overrun', { minutes: m.agendaOverrunMinutes })}</Paragraph>
          </Alert>
        )}
        <AgendaList items={m.agenda}
          onReorder={editable ? (itemIds) => reorder.mutate({ path, body: { itemIds } }) : undefined}
          onRemove={editable ? (itemId) => remove.mutate({ path: { id: m.id, itemId } }) : undefined} />
      </section>
      {editable && (
        <section className="stack" aria-labelledby="edit-meeting">
          <Heading level={2} data-size="md" id="edit-meeting">
            {t('meetingForm.heading')}
          </Heading>
          <MeetingEditForm key={`${m.id}-${m.sequence}-${m.startsAt}`} meeting={m} />
        </section>
      )}
      {editable && (
        <section className="stack" aria-labelledby="new-item">
          <Heading level={2} data-size="md" id="new-item">
            {t('agenda.newItem')}
          </Heading>
          <AgendaItemForm errors={null} pending={add.isPending}
            onSubmit={(body, reset) => add.mutate({ path, body }, { onSuccess: reset })} />
        </section>
      )}
      {editable && (
        <section className="stack" aria-labelledby="call-heading">
          <Heading level={2} data-size="md" id="call-heading">
            {m.status === 'Planned' ? t('meeting.callTitle') : t('meeting.recallTitle')}
          </Heading>
          <Paragraph>{m.status === 'Planned' ? t('meeting.callHelp') : t('meeting.recallHelp')}</Paragraph>
          <div>
            <Button onClick={() => call.mutate({ path })} loading={call.isPending}>
              {m.status === 'Planned' ? t('meeting.call') : t('meeting.recall')}
            </Button>
          </div>
          <div className="row">
            <Textfield label={t('meeting.cancelReason')} value={reason} onChange={(e) => setReason(e.target.value)} />
            <Button variant="secondary" data-color="danger" onClick={() => cancel.mutate({ path, body: { reason: reason || null } })} loading={cancel.isPending}>
              {t('meeting.cancel')}
            </Button>
          </div>
        </section>
      )}
      {m.invitations && m.invitations.length > 0 && (
        <section className="stack" aria-labelledby="invitees-heading">
          <Heading level={2} data-size="md" id="invitees-heading">
            {t('invitees.title')}
          </Heading>
          <InviteesTable invitations={m.invitations} />
        </section>
      )}
    </div>
  );
}
