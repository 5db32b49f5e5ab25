import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getMinutesQueryKey, saveMinutesMutation } from '../../api/generated/@tanstack/react-query.gen';
import type { MinutesDto } from '../../api/generated/types.gen';
import type { FormErrors } from '../../lib/problems';
import { toFormErrorsIn } from '../../lib/problemsIn';
import { theirMinutes } from './conflict';
import { adoptIds, type Draft, rebase, sameContent, toDraft, toRequest } from './draft';

export type MinutesDraft = {
  draft: Draft;
  setDraft: (change: (draft: Draft) => Draft) => void;
  dirty: boolean;
  saving: boolean;
  savedAt: Date | null;
  errors: FormErrors | null;
  /** The minutes someone else saved first, while the user decides what to do with theirs. */
  conflict: MinutesDto | null;
  save: () => void;
  loadTheirs: () => void;
  keepMine: () => void;
};

/**
 * The draft being edited, saved as a whole on top of the version it started from. A stale version is answered with
 * 409 and the current minutes; the user then chooses to load those or to save theirs on top. Nothing typed is dropped
 * without that choice.
 */
export function useMinutesDraft(minutes: MinutesDto): MinutesDraft {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(minutes);
  const [draft, setDraftState] = useState(() => toDraft(minutes));
  const [conflict, setConflict] = useState<MinutesDto | null>(null);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const latest = useRef(draft);
  latest.current = draft;
  const mutation = useMutation(saveMinutesMutation());
  const dirty = !sameContent(draft, toDraft(base));

  const setDraft = useCallback((change: (draft: Draft) => Draft) => setDraftState((d) => change(d)), []);

  const adopt = useCallback((m: MinutesDto) => {
    setBase(m);
    setDraftState(toDraft(m));
    queryClient.setQueryData(getMinutesQueryKey({ path: { id: m.meetingId } }), m);
  }, [queryClient]);

  // Someone else's change that arrives by a refetch is taken in only while there is nothing unsaved to lose.
  useEffect(() => {
    if (minutes.version !== base.version && !dirty && !mutation.isPending) adopt(minutes);
  }, [minutes, base.version, dirty, mutation.isPending, adopt]);

  const send = useCallback((sent: Draft, version: number) => {
    setErrors(null);
    mutation.mutate({ path: { id: minutes.meetingId }, body: toRequest(sent, version) }, {
      onSuccess: (saved) => {
        setSavedAt(new Date());
        queryClient.setQueryData(getMinutesQueryKey({ path: { id: saved.meetingId } }), saved);
        setBase(saved);
        // Typed on while saving: keep the typing, with the ids the save gave to what it created.
        setDraftState(latest.current === sent ? toDraft(saved) : adoptIds(latest.current, sent, saved));
      },
      onError: (error) => {
        const current = theirMinutes(error);
        if (current) setConflict(current);
        else setErrors(toFormErrorsIn(error, t, 'minutesProblems'));
      },
    });
  }, [minutes.meetingId, mutation, queryClient, t]);

  return {
    draft,
    setDraft,
    dirty,
    saving: mutation.isPending,
    savedAt,
    errors,
    conflict,
    save: () => send(draft, base.version),
    loadTheirs: () => {
      if (conflict) adopt(conflict);
      setConflict(null);
    },
    keepMine: () => {
      if (!conflict) return;
      const mine = rebase(draft, conflict);
      queryClient.setQueryData(getMinutesQueryKey({ path: { id: conflict.meetingId } }), conflict);
      setBase(conflict);
      setDraftState(mine);
      setConflict(null);
      send(mine, conflict.version);
    },
  };
}
