import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { answerRsvpMutation, readRsvpOptions, readRsvpQueryKey } from '../../api/generated/@tanstack/react-query.gen';
import type { Rsvp } from '../../api/generated/types.gen';
import { QueryState } from '../../components/Loading';
import { toFormErrors } from '../../lib/problems';
import { useTitle } from '../../lib/useTitle';
import { meetingWhen } from './meetingFormat';
import { RsvpButtons } from './RsvpButtons';

const fromLink: Record<string, Rsvp> = { ja: 'Accepted', kanskje: 'Tentative', nei: 'Declined' };

/** The page behind the answer links in the e-mail: no sign-in; the answer in the link is recorded on arrival. */
export function RsvpPage() {
  const { t } = useTranslation();
  useTitle(t('rsvp.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const wanted = fromLink[params.get('svar') ?? ''];
  const queryClient = useQueryClient();
  const landing = useQuery(readRsvpOptions({ query: { token } }));
  const answer = useMutation({
    ...answerRsvpMutation(),
    onSuccess: (data) => queryClient.setQueryData(readRsvpQueryKey({ query: { token } }), data),
  });
  const sent = useRef(false);

  useEffect(() => {
    // Recorded by the page, not by the GET of the link, so a mail scanner that follows links answers nothing.
    if (wanted && landing.data && landing.data.status !== 'Cancelled' && !sent.current) {
      sent.current = true;
      answer.mutate({ body: { token, answer: wanted } });
    }
  }, [wanted, landing.data, token, answer]);

  const data = landing.data;
  return (
    <div className="narrow stack">
      <Heading level={1} data-size="lg">
        {t('rsvp.title')}
      </Heading>
      <QueryState isPending={landing.isPending} error={landing.error} />
      {data && (
        <>
          <Paragraph>
            <strong>{data.bodyName}: {data.meetingTitle}</strong>
            <br />
            {meetingWhen(data.startsAt, data.endsAt)}
            <br />
            {data.format === 'Digital' ? t('meeting.digital') : data.location}
          </Paragraph>
          {data.status === 'Cancelled' ? (
            <Alert data-color="warning">
              <Paragraph>{t('rsvp.cancelled')}</Paragraph>
            </Alert>
          ) : (
            <>
              {/* The live region is there from the start, so the confirmation that fills it is announced. */}
              <div role="status">
                {data.answer !== 'NoAnswer' && (
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
              <Paragraph>{t('rsvp.change')}</Paragraph>
              <RsvpButtons current={data.answer} comment={data.comment} pending={answer.isPending}
                onAnswer={(a, comment) => answer.mutate({ body: { token, answer: a, comment } })} />
            </>
          )}
        </>
      )}
    </div>
  );
}
