import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  approveMinutesMutation, commentOnMinutesMutation, correctMinutesMutation, getMinutesQueryKey, publishMinutesMutation,
  reopenMinutesMutation, sendMinutesForReviewMutation,
} from '../../api/generated/@tanstack/react-query.gen';
import type { MinutesDto } from '../../api/generated/types.gen';
import type { FormErrors } from '../../lib/problems';
import { toFormErrorsIn } from '../../lib/problemsIn';
import { changed, invalidate } from '../../lib/queryKeys';
import { type MinutesProblem, theirMinutes } from './conflict';

/**
 * The transitions of the minutes and comments. Each answers with the minutes as they are now, which go straight into
 * the cache; a stale version (409) brings the current minutes, which are shown, with a word about why.
 */
export function useMinutesActions(meetingId: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const key = getMinutesQueryKey({ path: { id: meetingId } });
  const handlers = {
    onSuccess: async (minutes: MinutesDto) => {
      setErrors(null);
      queryClient.setQueryData(key, minutes);
      // The meeting's minutes status and the action item lists follow the transition.
      await invalidate(queryClient, changed.minutes(minutes.meetingId, minutes.body.id));
    },
    onError: (error: MinutesProblem) => {
      const current = theirMinutes(error);
      if (current) queryClient.setQueryData(key, current);
      setErrors(toFormErrorsIn(error, t, 'minutesProblems'));
    },
  };
  return {
    errors,
    clearErrors: () => setErrors(null),
    review: useMutation({ ...sendMinutesForReviewMutation(), ...handlers }),
    reopen: useMutation({ ...reopenMinutesMutation(), ...handlers }),
    approve: useMutation({ ...approveMinutesMutation(), ...handlers }),
    publish: useMutation({ ...publishMinutesMutation(), ...handlers }),
    correct: useMutation({ ...correctMinutesMutation(), ...handlers }),
    comment: useMutation({ ...commentOnMinutesMutation(), ...handlers }),
  };
}

export type MinutesActions = ReturnType<typeof useMinutesActions>;
