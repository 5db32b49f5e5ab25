import { Button, Field, Heading, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callDeputyMutation, listMembershipsOptions } from '../../api/generated/@tanstack/react-query.gen';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/Loading';
import { largestPage, useWholeList } from '../../lib/paging';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { changed, invalidate } from '../../lib/queryKeys';

/** The secretariat calls in a seat's deputy by hand: the next one in order, or one named. */
export function CallDeputyForm({ meetingId, bodyId }: { meetingId: string; bodyId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const memberships = useWholeList((page) => listMembershipsOptions({ path: { bodyId }, query: { page, pageSize: largestPage } }));
  const [seatId, setSeatId] = useState('');
  const [personId, setPersonId] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [status, setStatus] = useState('');
  const call = useMutation({ ...callDeputyMutation(), onError: (e) => setErrors(toFormErrors(e, t)) });
  const seats = (memberships.data ?? []).flatMap((m) =>
    m.seats.filter((s) => s.deputies.length > 0).map((s) => ({ ...s, label: `${m.organisation.name} – ${s.representative?.name ?? t('members.vacant')}` })));
  const seat = seats.find((s) => s.id === seatId);

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setStatus('');
        if (!seat) return setErrors({ fields: { seatId: t('callDeputy.chooseSeat') }, summary: t('problems.validation') });
        call.mutate({ path: { id: meetingId }, body: { seatId, personId: personId || null } }, {
          onSuccess: async () => {
            setErrors(null);
            setStatus(t('callDeputy.done', { seat: seat.label }));
            await invalidate(queryClient, changed.invitation(meetingId));
          },
        });
      }}
    >
      <Heading level={3} data-size="xs">
        {t('callDeputy.title')}
      </Heading>
      <Paragraph>{t('callDeputy.help')}</Paragraph>
      <FormAlert errors={errors} />
      <QueryState isPending={memberships.isPending} error={memberships.error} />
      <Field>
        <Label>{t('callDeputy.seat')}</Label>
        <Select value={seatId} onChange={(e) => { setSeatId(e.target.value); setPersonId(''); }}>
          <Select.Option value="">{t('callDeputy.choose')}</Select.Option>
          {seats.map((s) => (
            <Select.Option key={s.id} value={s.id}>
              {s.label}
            </Select.Option>
          ))}
        </Select>
        {errors?.fields.seatId && <ValidationMessage>{errors.fields.seatId}</ValidationMessage>}
      </Field>
      <Field>
        <Label>{t('callDeputy.deputy')}</Label>
        <Select value={personId} onChange={(e) => setPersonId(e.target.value)}>
          <Select.Option value="">{t('callDeputy.next')}</Select.Option>
          {[...(seat?.deputies ?? [])].sort((a, b) => a.order - b.order).map((d) => (
            <Select.Option key={d.person.id} value={d.person.id}>
              {t('callDeputy.deputyN', { n: d.order, name: d.person.name })}
            </Select.Option>
          ))}
        </Select>
        {errors?.fields.personId && <ValidationMessage>{errors.fields.personId}</ValidationMessage>}
      </Field>
      <div>
        <Button type="submit" variant="secondary" loading={call.isPending}>
          {t('callDeputy.submit')}
        </Button>
      </div>
      <p role="status" className="status">{status}</p>
    </form>
  );
}
