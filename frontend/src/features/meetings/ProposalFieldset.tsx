import { Button, Checkbox, Field, Fieldset, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MeetingFormat } from '../../api/generated/types.gen';
import type { FormErrors } from '../../lib/problems';
import type { ProposalDraft } from './proposals';

const formats: MeetingFormat[] = ['Digital', 'Physical', 'Hybrid'];

/** One proposed meeting of the year plan. The API names its fields "proposals[1].date", so errors land here by index. */
export function ProposalFieldset({ index, draft, errors, onChange, onRemove }: {
  index: number;
  draft: ProposalDraft;
  errors: FormErrors | null;
  onChange: (draft: ProposalDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const error = (field: string) => errors?.fields[`proposals[${index}].${field}`];
  const set = (patch: Partial<ProposalDraft>) => onChange({ ...draft, ...patch });
  const n = index + 1;
  return (
    <Fieldset className="proposal">
      <Fieldset.Legend>{t('plan.proposalN', { n })}</Fieldset.Legend>
      <div className="row">
        <Textfield id={`${draft.key}-date`} label={t('meetingForm.date')} type="date" value={draft.date} required
          onChange={(e) => set({ date: e.target.value })} error={error('date')} />
        <Textfield label={t('meetingForm.start')} type="time" value={draft.start} required
          onChange={(e) => set({ start: e.target.value })} error={error('startsAt')} />
        <Textfield label={t('meetingForm.end')} type="time" value={draft.end} required
          onChange={(e) => set({ end: e.target.value })} error={error('endsAt')} />
        <Field>
          <Label>{t('meetings.format')}</Label>
          <Select value={draft.format} onChange={(e) => set({ format: e.target.value as MeetingFormat })}>
            {formats.map((f) => (
              <Select.Option key={f} value={f}>
                {t(`meetingFormat.${f}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="row">
        <Textfield label={t('meetingForm.location')} value={draft.location} onChange={(e) => set({ location: e.target.value })}
          error={error('location')} />
        <Textfield label={t('meetingForm.videoUrl')} type="url" value={draft.videoUrl} onChange={(e) => set({ videoUrl: e.target.value })}
          error={error('videoUrl')} />
      </div>
      <div className="row">
        <Checkbox label={t('meeting.open')} checked={draft.isOpen} onChange={(e) => set({ isOpen: e.target.checked })} />
        <Button variant="tertiary" data-size="sm" data-color="danger" onClick={onRemove}>
          {t('plan.removeProposal', { n })}
        </Button>
      </div>
    </Fieldset>
  );
}
