import { Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { getMinutesQueryKey, startMinutesMutation } from '../api/generated/@tanstack/react-query.gen';
import type { MeetingDetails } from '../api/generated/types.gen';
import { toFormErrorsIn } from '../lib/problemsIn';
import { FormAlert } from './FormAlert';
import { changed, invalidate } from '../lib/queryKeys';

/**
 * The way from a meeting to its minutes: a link when there are minutes the user may read, and for the secretariat of a
 * meeting that has begun, a button that starts them (attendance from the answers, an entry per agenda item).
 */
export function MinutesLink({ meeting }: { meeting: Pick<MeetingDetails, 'id' | 'minutesStatus' | 'canManage' | 'status' | 'startsAt'> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const start = useMutation({
    ...startMinutesMutation(),
    onSuccess: async (minutes) => {
      queryClient.setQueryData(getMinutesQueryKey({ path: { id: meeting.id } }), minutes);
      // The meeting page shows the minutes status, now Draft.
      await invalidate(queryClient, changed.minutes(meeting.id, minutes.body.id));
      navigate(`/moter/${meeting.id}/referat`);
    },
  });
  const to = `/moter/${meeting.id}/referat`;

  if (meeting.minutesStatus) {
    return (
      <Paragraph>
        <Link asChild>
          <RouterLink to={to}>{t('minutesLink.view', { status: t(`minutesStatus.${meeting.minutesStatus}`) })}</RouterLink>
        </Link>
      </Paragraph>
    );
  }
  // Meeting times are Oslo wall-clock times; the browser's clock is close enough to know whether it has begun.
  const begun = new Date(meeting.startsAt) <= new Date();
  if (!meeting.canManage || meeting.status === 'Cancelled' || !begun) return null;
  return (
    <div className="stack">
      <FormAlert errors={start.isError ? toFormErrorsIn(start.error, t, 'minutesProblems') : null} />
      <div>
        <Button onClick={() => start.mutate({ path: { id: meeting.id } })} loading={start.isPending}>
          {t('minutesLink.start')}
        </Button>
      </div>
    </div>
  );
}
