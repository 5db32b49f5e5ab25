import { Button, Checkbox, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateMeetingMutation } from '../../api/generated/@tanstack/react-query.gen';
import type { MeetingDetails, MeetingFormat } from '../../api/generated/types.gen';
import { FormAlert } from '../../components/FormAlert';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { changed, invalidate } from '../../lib/queryKeys';

const formats: MeetingFormat[] = ['Digital', 'Physical', 'Hybrid'];

/** Time, form and place. Once the meeting is called, a change here sends everyone an update. */
export function MeetingEditForm({ meeting: m }: { meeting: MeetingDetails }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [saved, setSaved] = useState(false);
  const [format, setFormat] = useState<MeetingFormat>(m.format);
  const update = useMutation({
    ...updateMeetingMutation(),
    onSuccess: async () => {
      setErrors(null);
      setSaved(true);
      await invalidate(queryClient, changed.meeting(m.id, m.body.id));
    },
    onError: (e) => setErrors(toFormErrors(e, t)),
  });

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const text = (n: string) => String(data.get(n) ?? '').trim() || null;
        setSaved(false);
        update.mutate({
          path: { id: m.id },
          body: {
            title: String(data.get('title') ?? ''),
            startsAt: `${data.get('date')}T${data.get('start')}:00`,
            endsAt: `${data.get('date')}T${data.get('end')}:00`,
            format,
            location: text('location'),
            videoUrl: text('videoUrl'),
            isOpen: data.get('isOpen') === 'on',
          },
        });
      }}
    >
      <FormAlert errors={errors} />
      {saved && !errors && <p role="status">{t('common.saved')}</p>}
      <Textfield label={t('meetingForm.title')} name="title" defaultValue={m.title} required error={errors?.fields.title} />
      <div className="row">
        <Textfield label={t('meetingForm.date')} name="date" type="date" defaultValue={m.startsAt.slice(0, 10)} required />
        <Textfield label={t('meetingForm.start')} name="start" type="time" defaultValue={m.startsAt.slice(11, 16)} required error={errors?.fields.startsAt} />
        <Textfield label={t('meetingForm.end')} name="end" type="time" defaultValue={m.endsAt.slice(11, 16)} required error={errors?.fields.endsAt} />
      </div>
      <Field>
        <Label>{t('meetings.format')}</Label>
        <Select value={format} onChange={(e) => setFormat(e.target.value as MeetingFormat)}>
          {formats.map((f) => (
            <Select.Option key={f} value={f}>
              {t(`meetingFormat.${f}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield label={t('meetingForm.location')} name="location" defaultValue={m.location ?? ''} error={errors?.fields.location} />
      <Textfield label={t('meetingForm.videoUrl')} name="videoUrl" type="url" defaultValue={m.videoUrl ?? ''} error={errors?.fields.videoUrl} />
      <Checkbox label={t('meeting.open')} name="isOpen" defaultChecked={m.isOpen} />
      <Button type="submit" variant="secondary" loading={update.isPending}>
        {t('meetingForm.save')}
      </Button>
    </form>
  );
}
