import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { answerRsvpMutation, readRsvpOptions, readRsvpQueryKey } from '../../api/generated/@tanstack/react-query.gen';
import type { Rsvp, RsvpLanding } from '../../api/generated/types.gen';
import { QueryState } from '../../components/Loading';
import { toFormErrors } from '../../lib/problems';
import { useTitle } from '../../lib/useTitle';
import { meetingWhen } from './meetingFormat';
import { RsvpButtons } from './RsvpButtons';
import { RsvpConfirm } from './RsvpConfirm';

const fromLink: Record<string, Exclude<Rsvp, 'NoAnswer'>> = { ja: 'Accepted', kanskje: 'Tentative', nei: 'Declined' };

/** Why a link can no longer answer, if it cannot: the meeting is cancelled or over, or the deputy is not needed. */
function closedReason(data: RsvpLanding): string | null {
  if (data.status === 'Cancelled') return 'rsvp.cancelled';
  if (data.hasEnded) return 'rsvp.ended';
  if (data.withdrawn) return 'rsvp.withdrawn';
  return null;
}

/**
 * The page behind the answer links in the e-mail, signed out. Opening it records nothing (mail scanners open every link,
 * some run the scripts): the answer in the link waits for the person's press on "Bekreft", and only a press posts.
 */
export function RsvpPage() {
  const { t } = useTranslation();
  useTitle(t('rsvp.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const wanted = fromLink[params.get('svar') ?? ''];
  const queryClient = useQueryClient();
  const landing = useQuery(readRsvpOptions({ query: { token } }));
  const status = useRef<HTMLDivElement>(null);
  const answer = useMutation({
    ...answerRsvpMutation(),
    onSuccess: (data) => queryClient.setQueryData(readRsvpQueryKey({ query: { token } }), data),
    // Refused because the meeting ended or was cancelled meanwhile: show the page as it now is.
    onError: () => queryClient.invalidateQueries({ queryKey: readRsvpQueryKey({ query: { token } }) }),
  });
  // The button pressed is gone once the answer is in: the focus goes to the confirmation instead.
  useEffect(() => {
    if (answer.isSuccess) status.current?.focus();
  }, [answer.isSuccess, answer.submittedAt]);

  const data = landing.data;
  const closed = data ? closedReason(data) : null;
  const confirming = data && wanted && !answer.isSuccess && data.answer !== wanted;
  const send = (a: Rsvp, comment: string | null) => answer.mutate({ body: { token, answer: a, comment } });
  return (
    <div className="narrow stack">
      <Heading level={1} data-size="lg">
        {t('rsvp.title')}
      </Heading>
      <QueryState isPending={landing.isPending} error={landing.error} />
      {data && (
        <>
          <Paragraph id="rsvp-meeting">
            <strong>{data.bodyName}: {data.meetingTitle}</strong>
            <br />
            {meetingWhen(data.startsAt, data.endsAt)}
            <br />
            {data.format === 'Digital' ? t('meeting.digital') : data.location}
          </Paragraph>
          <div>
            <Tag data-size="sm">{t(`meetingStatus.${data.status}`)}</Tag>
          </div>
          {/* The live region is there from the start, so the confirmation that fills it is announced. */}
          <div role="status" ref={status} tabIndex={-1}>
            {answer.isSuccess && data.answer !== 'NoAnswer' && (
              <Alert data-color="success">
                <Paragraph>{t('rsvp.recorded', { name: data.personName, answer: t(`rsvpAnswer.${data.answer}`) })}</Paragraph>
              </Alert>
            )}
          </div>
          {answer.isError && (
            <Alert data-color="danger" role="alert">
              <Paragraph>{toFormErrors(answer.error, t).summary}</Paragraph>
            </Alert>
          )}
          {!answer.isSuccess && data.answer !== 'NoAnswer' && (
            <Paragraph>{t('rsvp.current', { answer: t(`rsvpAnswer.${data.answer}`) })}</Paragraph>
          )}
          {closed ? (
            <Alert data-color="warning">
              <Paragraph>{t(closed)}</Paragraph>
            </Alert>
          ) : confirming ? (
            <RsvpConfirm chosen={wanted} describedBy="rsvp-meeting" comment={data.comment} pending={answer.isPending} onAnswer={send} />
          ) : (
            <>
              <Paragraph>{t('rsvp.change')}</Paragraph>
              <RsvpButtons current={data.answer} comment={data.comment} pending={answer.isPending} onAnswer={send} />
            </>
          )}
        </>
      )}
    </div>
  );
}
