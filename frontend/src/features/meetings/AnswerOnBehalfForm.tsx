import { Button, Field, Fieldset, Heading, Label, Paragraph, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerOnBehalfMutation } from '../../api/generated/@tanstack/react-query.gen';
import type { InvitationDto, Rsvp } from '../../api/generated/types.gen';
import { FormAlert } from '../../components/FormAlert';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { changed, invalidate } from '../../lib/queryKeys';

const choices: Rsvp[] = ['Accepted', 'Tentative', 'Declined'];

/** Someone phoned the secretariat with their answer: it is recorded for them, and the deputy chain moves as usual. */
export function AnswerOnBehalfForm({ meetingId, invitations }: { meetingId: string; invitations: InvitationDto[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [invitationId, setInvitationId] = useState('');
  const [answer, setAnswer] = useState<Rsvp>('Accepted');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [status, setStatus] = useState('');
  const record = useMutation({ ...answerOnBehalfMutation(), onError: (e) => setErrors(toFormErrors(e, t)) });
  const active = invitations.filter((i) => i.active);

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setStatus('');
        const invitation = active.find((i) => i.id === invitationId);
        if (!invitation) return setErrors({ fields: { invitationId: t('onBehalf.choosePerson') }, summary: t('problems.validation') });
        record.mutate({ path: { id: meetingId, invitationId }, body: { answer, comment: comment.trim() || null } }, {
          onSuccess: async () => {
            setErrors(null);
            setComment('');
            setStatus(t('onBehalf.done', { name: invitation.person.name, answer: t(`rsvpAnswer.${answer}`) }));
            await invalidate(queryClient, changed.invitation(meetingId));
          },
        });
      }}
    >
      <Heading level={3} data-size="xs">
        {t('onBehalf.title')}
      </Heading>
      <Paragraph>{t('onBehalf.help')}</Paragraph>
      <FormAlert errors={errors} />
      <Field>
        <Label>{t('onBehalf.person')}</Label>
        <Select value={invitationId} onChange={(e) => setInvitationId(e.target.value)}>
          <Select.Option value="">{t('onBehalf.choose')}</Select.Option>
          {active.map((i) => (
            <Select.Option key={i.id} value={i.id}>
              {i.organisationName ? `${i.person.name}, ${i.organisationName}` : i.person.name}
            </Select.Option>
          ))}
        </Select>
        {errors?.fields.invitationId && <ValidationMessage>{errors.fields.invitationId}</ValidationMessage>}
      </Field>
      <Fieldset>
        <Fieldset.Legend>{t('onBehalf.answer')}</Fieldset.Legend>
        {choices.map((c) => (
          <Radio key={c} name="on-behalf-answer" value={c} label={t(`rsvpAnswer.${c}`)} checked={answer === c} onChange={() => setAnswer(c)} />
        ))}
        {errors?.fields.answer && <ValidationMessage>{errors.fields.answer}</ValidationMessage>}
      </Fieldset>
      <Textfield label={t('rsvp.comment')} value={comment} onChange={(e) => setComment(e.target.value)} error={errors?.fields.comment} />
      <div>
        <Button type="submit" variant="secondary" loading={record.isPending}>
          {t('onBehalf.submit')}
        </Button>
      </div>
      <p role="status" className="status">{status}</p>
    </form>
  );
}
