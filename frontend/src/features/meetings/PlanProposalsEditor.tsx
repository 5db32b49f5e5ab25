import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  adoptMeetingPlanMutation, getMeetingPlanQueryKey, replaceMeetingPlanProposalsMutation,
} from '../../api/generated/@tanstack/react-query.gen';
import type { MeetingPlanDto } from '../../api/generated/types.gen';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { osloNow } from '../../lib/meetingTime';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { isDirty, newDraft, toDraft, toRequest } from './proposals';
import { ProposalFieldset } from './ProposalFieldset';
import { changed, invalidate } from '../../lib/queryKeys';

/**
 * The draft plan as a form: change, add and remove proposals, save them, adopt the plan. Adopting saves unsaved
 * changes first, so what is adopted is what the secretariat sees. A plan for a year that has begun asks first: its
 * meetings are created at once, some perhaps on dates already past, and the plan cannot be changed afterwards.
 */
export function PlanProposalsEditor({ bodyId, plan, onAdopted }: { bodyId: string; plan: MeetingPlanDto; onAdopted: (count: number) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [drafts, setDrafts] = useState(() => plan.proposals.map(toDraft));
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [status, setStatus] = useState('');
  const [focus, setFocus] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const save = useMutation(replaceMeetingPlanProposalsMutation());
  const adopt = useMutation(adoptMeetingPlanMutation());
  const path = { bodyId, year: plan.year };
  const dirty = isDirty(drafts, plan.proposals);
  const [asking, setAsking] = useState(false);
  const today = osloNow().slice(0, 10);
  const begun = Number(today.slice(0, 4)) >= plan.year;
  const passed = drafts.filter((d) => d.date !== '' && d.date < today).length;

  useEffect(() => {
    if (focus === 'add') addButton.current?.focus();
    else if (focus) document.getElementById(`${focus}-date`)?.focus();
    setFocus(null);
  }, [focus]);

  async function run(adopting: boolean) {
    setErrors(null);
    setStatus('');
    try {
      if (dirty || !adopting) {
        const saved = await save.mutateAsync({ path, body: { proposals: toRequest(drafts) } });
        queryClient.setQueryData(getMeetingPlanQueryKey({ path }), saved);
        setDrafts(saved.proposals.map(toDraft));
      }
      if (!adopting) return setStatus(t('common.saved'));
      const meetings = await adopt.mutateAsync({ path });
      await invalidate(queryClient, changed.meetingPlan(bodyId));
      onAdopted(meetings.length);
    } catch (e) {
      setErrors(toFormErrors(e, t));
    }
  }

  return (
    <form className="stack" noValidate onSubmit={(e) => { e.preventDefault(); void run(false); }}>
      <FormAlert errors={errors} />
      {errors?.fields.proposals && <Paragraph>{errors.fields.proposals}</Paragraph>}
      {drafts.length === 0 && <Paragraph>{t('plan.noProposals')}</Paragraph>}
      {drafts.map((draft, index) => (
        <ProposalFieldset key={draft.key} index={index} draft={draft} errors={errors}
          onChange={(next) => { setStatus(''); setDrafts(drafts.map((d) => (d.key === draft.key ? next : d))); }}
          onRemove={() => { setDrafts(drafts.filter((d) => d.key !== draft.key)); setFocus('add'); }} />
      ))}
      <div className="row">
        <Button ref={addButton} variant="secondary" onClick={() => { const d = newDraft(drafts.at(-1)); setDrafts([...drafts, d]); setFocus(d.key); }}>
          {t('plan.addProposal')}
        </Button>
        <Button type="submit" variant="secondary" loading={save.isPending && !adopt.isPending}>
          {t('plan.save')}
        </Button>
      </div>
      <p role="status" className="status">{status}</p>
      {dirty && !status && <Paragraph data-size="sm">{t('plan.unsaved')}</Paragraph>}
      <Paragraph>{t('plan.adoptHelp')}</Paragraph>
      <div>
        <Button onClick={() => (begun ? setAsking(true) : void run(true))} loading={adopt.isPending}>
          {t('plan.adopt')}
        </Button>
      </div>
      <ConfirmDialog open={asking} heading={t('plan.adoptConfirmTitle', { year: plan.year })} confirm={t('plan.adopt')}
        onCancel={() => setAsking(false)} onConfirm={() => { setAsking(false); void run(true); }}>
        <Paragraph>{t('plan.adoptConfirmBegun', { year: plan.year })}</Paragraph>
        <Paragraph>
          {t('plan.adoptConfirmCreates', { count: drafts.length })}
          {passed > 0 && ` ${t('plan.adoptConfirmPassed', { count: passed })}`}
        </Paragraph>
        <Paragraph>{t('plan.adoptConfirmNoCall')}</Paragraph>
      </ConfirmDialog>
    </form>
  );
}
