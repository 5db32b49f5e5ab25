import { Button, Field, Fieldset, Label, Paragraph, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listMeetingsOptions } from '../../api/generated/@tanstack/react-query.gen';
import type { ApproveMinutesRequest, MinutesDto } from '../../api/generated/types.gen';
import { formatDate } from '../../lib/format';
import { osloNow } from '../../lib/meetingTime';
import { largestPage } from '../../lib/paging';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { FormErrors } from '../../lib/problems';
import { fieldError } from '../../lib/problemsIn';

/** Approval by the secretariat, or a record that a later meeting of the body approved the minutes. It cannot be taken
 * back (approved minutes are only published, then corrected), so it asks first. */
export function ApproveForm({ minutes, onApprove, pending, disabled, errors }: {
  minutes: MinutesDto;
  onApprove: (body: Omit<ApproveMinutesRequest, 'version'>) => void;
  pending: boolean;
  disabled: boolean;
  errors: FormErrors | null;
}) {
  const { t } = useTranslation();
  const [how, setHow] = useState<'secretariat' | 'meeting'>('secretariat');
  const [meetingId, setMeetingId] = useState('');
  const [note, setNote] = useState('');
  // The meetings from this one on, a page of the largest size: years of meetings, more than enough to reach today.
  const meetings = useQuery(listMeetingsOptions({ path: { bodyId: minutes.body.id }, query: { from: minutes.startsAt, pageSize: largestPage } }));
  // Only a later meeting that has been held can have approved them, as the server also holds.
  const now = osloNow();
  const later = (meetings.data?.items ?? []).filter((m) => m.startsAt > minutes.startsAt && m.startsAt.slice(0, 19) <= now && m.status !== 'Cancelled');
  const chosen = meetingId || later[0]?.id || '';
  const [asking, setAsking] = useState(false);

  return (
    <form className="form" noValidate onSubmit={(e) => {
      e.preventDefault();
      setAsking(true);
    }}>
      <ConfirmDialog open={asking} heading={t('minutes.approveConfirmTitle')} confirm={t('minutes.approve')} onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          onApprove({ note: note.trim() || null, approvedAtMeetingId: how === 'meeting' && chosen ? chosen : null });
        }}>
        <Paragraph>{t('minutes.approveConfirmText')}</Paragraph>
      </ConfirmDialog>
      {later.length === 0 ? (
        <Paragraph data-size="sm">{t('minutes.noLaterMeeting')}</Paragraph>
      ) : (
        <Fieldset>
          <Fieldset.Legend>{t('minutes.approvedHow')}</Fieldset.Legend>
          <Radio name="approved-how" value="secretariat" label={t('minutes.approvedBySecretariat')} checked={how === 'secretariat'}
            onChange={() => setHow('secretariat')} />
          <Radio name="approved-how" value="meeting" label={t('minutes.approvedAtMeeting')} checked={how === 'meeting'}
            onChange={() => setHow('meeting')} />
        </Fieldset>
      )}
      {how === 'meeting' && later.length > 0 && (
        <Field>
          <Label>{t('minutes.approvingMeeting')}</Label>
          <Select value={chosen} onChange={(e) => setMeetingId(e.target.value)}>
            {later.map((m) => (
              <Select.Option key={m.id} value={m.id}>
                {`${formatDate(m.startsAt)}: ${m.title}`}
              </Select.Option>
            ))}
          </Select>
          {fieldError(errors, 'approvedAtMeetingId') && <ValidationMessage>{fieldError(errors, 'approvedAtMeetingId')}</ValidationMessage>}
        </Field>
      )}
      <Textfield multiline rows={2} label={t('minutes.approvalNote')} value={note} error={fieldError(errors, 'note')}
        onChange={(e) => setNote(e.target.value)} />
      <div>
        <Button type="submit" loading={pending} disabled={disabled}>
          {t('minutes.approve')}
        </Button>
      </div>
    </form>
  );
}
