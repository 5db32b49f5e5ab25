import { Button, Checkbox, Field, Fieldset, Label, Paragraph, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { fieldError } from '../../lib/problemsIn';
import type { answeringApi } from './api';
import { formatOslo } from './hearingTime';
import { emptyValues, type ResponseValues, validateResponse } from './respond';
import { exemptionBases, type PartyView } from './types';

function initial(view: PartyView): ResponseValues {
  const r = view.response;
  if (!r) return emptyValues();
  return {
    kind: r.noComments ? 'noComments' : 'response',
    text: r.text ?? '',
    sections: Object.fromEntries(r.sections.map((s) => [s.sectionId, s.text ?? ''])),
    exempt: !!r.exemptBasis,
    exemptBasis: r.exemptBasis ?? '',
  };
}

/** A party's answer: text as a whole or per section, or *ingen merknader*; exempt with a legal basis; or declined. */
export function RespondForm({ view, api }: { view: PartyView; api: ReturnType<typeof answeringApi> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<ResponseValues>(() => initial(view));
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [status, setStatus] = useState('');
  const [declining, setDeclining] = useState(false);
  const { hearing, party } = view;
  const refresh = () => queryClient.invalidateQueries({ queryKey: api.key });
  const fail = (e: unknown) => { setStatus(''); setErrors(toFormErrors(e, t)); };
  const save = useMutation({
    mutationFn: (body: Parameters<typeof api.respond>[1]) => api.respond(party.id, body),
    onSuccess: async () => { setErrors(null); setStatus(t('hearings.respond.saved')); await refresh(); },
    onError: fail,
  });
  const decline = useMutation({
    mutationFn: () => api.decline(party.id),
    onSuccess: async () => { setErrors(null); setStatus(t('hearings.respond.declined')); await refresh(); },
    onError: fail,
  });
  const set = (change: Partial<ResponseValues>) => setValues((v) => ({ ...v, ...change }));
  const disabled = !view.canRespond;

  return (
    <form className="form" noValidate onSubmit={(e) => {
      e.preventDefault();
      setStatus('');
      const result = validateResponse(values, hearing.sections);
      if (result.fields) {
        const fields = Object.fromEntries(Object.entries(result.fields).map(([k, code]) => [k, t(`hearings.respond.${code}`)]));
        return setErrors({ fields, summary: t('problems.validation') });
      }
      save.mutate(result.body);
    }}>
      <FormAlert errors={errors} />
      <Fieldset disabled={disabled}>
        <Fieldset.Legend>{t('hearings.respond.kind')}</Fieldset.Legend>
        <Radio name="kind" value="response" label={t('hearings.respond.kindResponse')} checked={values.kind === 'response'}
          onChange={() => set({ kind: 'response' })} />
        <Radio name="kind" value="noComments" label={t('hearings.noComments')} description={t('hearings.respond.noCommentsHelp')}
          checked={values.kind === 'noComments'} onChange={() => set({ kind: 'noComments' })} />
      </Fieldset>
      {values.kind === 'response' && (
        <>
          {hearing.sections.map((s) => (
            <Textfield key={s.id} label={t('hearings.respond.toSection', { title: s.title })} multiline rows={5} readOnly={disabled}
              value={values.sections[s.id] ?? ''} onChange={(e) => set({ sections: { ...values.sections, [s.id]: e.target.value } })} />
          ))}
          <Textfield label={hearing.sections.length ? t('hearings.respond.general') : t('hearings.respond.text')} multiline rows={8}
            readOnly={disabled} value={values.text} onChange={(e) => set({ text: e.target.value })} error={fieldError(errors, 'text')} />
        </>
      )}
      <Fieldset disabled={disabled}>
        <Fieldset.Legend>{t('hearings.respond.publicity')}</Fieldset.Legend>
        <Fieldset.Description>{t('hearings.respond.publicityHelp')}</Fieldset.Description>
        <Checkbox label={t('hearings.respond.exempt')} checked={values.exempt} onChange={(e) => set({ exempt: e.target.checked })} />
        {values.exempt && (
          <Field>
            <Label>{t('hearings.respond.basis')}</Label>
            <Select value={values.exemptBasis} aria-invalid={fieldError(errors, 'exemptBasis') ? true : undefined}
              onChange={(e) => set({ exemptBasis: e.target.value as ResponseValues['exemptBasis'] })}>
              <Select.Option value="">{t('hearings.respond.chooseBasis')}</Select.Option>
              {exemptionBases.map((b) => <Select.Option key={b} value={b}>{t(`hearingExemption.${b}`)}</Select.Option>)}
            </Select>
            {fieldError(errors, 'exemptBasis') && <ValidationMessage>{fieldError(errors, 'exemptBasis')}</ValidationMessage>}
          </Field>
        )}
      </Fieldset>
      <p role="status" className="status">{status}</p>
      {!disabled && (
        <div className="row">
          <Button type="submit" loading={save.isPending}>{view.response ? t('hearings.respond.revise') : t('hearings.respond.submit')}</Button>
          {!view.response && party.status !== 'Declined' && (
            <Button type="button" variant="secondary" onClick={() => setDeclining(true)} loading={decline.isPending}>
              {t('hearings.respond.decline')}
            </Button>
          )}
        </div>
      )}
      <Paragraph data-size="sm">{t('hearings.respond.deadline', { deadline: formatOslo(party.extendedTo ?? party.deadline) })}</Paragraph>
      <ConfirmDialog open={declining} heading={t('hearings.respond.declineHeading')} confirm={t('hearings.respond.decline')}
        onCancel={() => setDeclining(false)} onConfirm={() => { setDeclining(false); decline.mutate(); }}>
        <Paragraph>{t('hearings.respond.declineText')}</Paragraph>
      </ConfirmDialog>
    </form>
  );
}
