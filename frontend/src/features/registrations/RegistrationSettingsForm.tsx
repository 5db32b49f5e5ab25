import { Button, Checkbox, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  getRegistrationSettingsOptions, getRegistrationSettingsQueryKey, listRegistrationsQueryKey, updateRegistrationSettingsMutation,
} from '../../api/generated/@tanstack/react-query.gen';
import type { RegistrationSettingsDto } from '../../api/generated/types.gen';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/Loading';
import { type FormErrors, toFormErrors } from '../../lib/problems';

/** Capacity and open/closed, with the counts they govern. */
export function RegistrationSettingsForm({ meetingId }: { meetingId: string }) {
  const settings = useQuery(getRegistrationSettingsOptions({ path: { id: meetingId } }));
  if (!settings.data) return <QueryState isPending={settings.isPending} error={settings.error} />;
  return <SettingsForm key={settings.dataUpdatedAt} meetingId={meetingId} s={settings.data} />;
}

function SettingsForm({ meetingId, s }: { meetingId: string; s: RegistrationSettingsDto }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    ...updateRegistrationSettingsMutation(),
    onSuccess: async (data) => {
      queryClient.setQueryData(getRegistrationSettingsQueryKey({ path: { id: meetingId } }), data);
      await queryClient.invalidateQueries({ queryKey: listRegistrationsQueryKey({ path: { id: meetingId } }) });
      setSaved(true);
    },
    onError: (e) => setErrors(toFormErrors(e, t)),
  });
  return (
    <section className="stack" aria-labelledby="registration-settings">
      <Heading level={2} data-size="md" id="registration-settings">{t('registration.settings')}</Heading>
      <Paragraph role="status">
        {t('registration.summary', { confirmed: s.confirmed, capacity: s.capacity, waiting: s.waitListed, unconfirmed: s.unconfirmed })}
        {' '}
        {s.acceptsRegistrations ? t('registration.acceptsYes') : t('registration.acceptsNo')}
      </Paragraph>
      <form className="form" noValidate onSubmit={(e) => {
        e.preventDefault();
        setErrors(null);
        setSaved(false);
        const f = new FormData(e.currentTarget);
        const capacity = Number(f.get('capacity'));
        save.mutate({ path: { id: meetingId }, body: { capacity: Number.isFinite(capacity) ? Math.trunc(capacity) : 0, isClosed: f.get('isClosed') === 'on', closesAt: s.closesAt } });
      }}>
        <FormAlert errors={errors} />
        <Textfield label={t('registration.capacity')} name="capacity" type="number" inputMode="numeric" min={1} max={10000}
          defaultValue={s.capacity} error={errors?.fields.capacity} />
        <Checkbox label={t('registration.closeRegistration')} name="isClosed" defaultChecked={s.isClosed} />
        <div className="row">
          <Button type="submit" loading={save.isPending}>{t('registration.saveSettings')}</Button>
          {saved && <Paragraph role="status" data-size="sm">{t('registration.saved')}</Paragraph>}
        </div>
      </form>
    </section>
  );
}
