import { Button, Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordCommitteeStatementMutation } from '../../api/generated/@tanstack/react-query.gen';
import type { CommitteeStatementDto, StatementInput } from '../../api/generated/types.gen';
import { FormAlert } from '../../components/FormAlert';
import type { FormErrors } from '../../lib/problems';
import { fieldError, toFormErrorsIn } from '../../lib/problemsIn';

/**
 * The committee's statement on a report, recorded by its secretariat: the meeting that treated it, the case number
 * there, the statement and any decision, and what the committee asks the body to do (that becomes an action item of
 * the body). A statement already recorded is corrected with the same form.
 */
export function StatementForm({ reportId, committeeId, committeeName, statement, onSaved }: {
  reportId: string;
  committeeId: string;
  committeeName: string;
  statement: CommitteeStatementDto | null | undefined;
  onSaved: (statement: CommitteeStatementDto) => void;
}) {
  const { t } = useTranslation();
  const [meetingDate, setMeetingDate] = useState(statement?.meetingDate ?? '');
  const [caseNumber, setCaseNumber] = useState(statement?.caseNumber ?? '');
  const [text, setText] = useState(statement?.text ?? '');
  const [decision, setDecision] = useState(statement?.decision ?? '');
  const [asks, setAsks] = useState(false);
  const [what, setWhat] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const save = useMutation({
    ...recordCommitteeStatementMutation(),
    onSuccess: (s) => { setErrors(null); onSaved(s); },
    onError: (e) => setErrors(toFormErrorsIn(e, t, 'reportsProblems')),
  });
  const input = (): StatementInput => ({
    meetingDate, caseNumber, text, decision: decision || null,
    requestedAction: asks ? { what, dueOn: dueOn || null } : null,
  });
  return (
    <form className="stack" noValidate aria-label={t('reports.statement.formFor', { committee: committeeName })} onSubmit={(e) => {
      e.preventDefault();
      setErrors(null);
      save.mutate({ path: { id: reportId, committeeId }, body: input() });
    }}>
      <div className="row">
        <Textfield type="date" label={t('reports.statement.meetingDate')} value={meetingDate} onChange={(e) => setMeetingDate(e.target.value)}
          required error={fieldError(errors, 'meetingDate')} />
        <Textfield label={t('reports.statement.caseNumber')} description={t('reports.statement.caseNumberHelp')} value={caseNumber}
          onChange={(e) => setCaseNumber(e.target.value)} required maxLength={50} error={fieldError(errors, 'caseNumber')} />
      </div>
      <Textfield multiline rows={6} label={t('reports.statement.text')} description={t('reports.form.markdownHelp')} value={text}
        onChange={(e) => setText(e.target.value)} required error={fieldError(errors, 'text')} />
      <Textfield multiline rows={3} label={t('reports.statement.decision')} description={t('reports.statement.decisionHelp')} value={decision}
        onChange={(e) => setDecision(e.target.value)} error={fieldError(errors, 'decision')} />
      {/* A correction does not ask again: the action item from the first recording stands. */}
      {!statement?.actionItemId && (
        <Fieldset>
          <Fieldset.Legend>{t('reports.statement.asksLegend')}</Fieldset.Legend>
          <Checkbox label={t('reports.statement.asks')} checked={asks} onChange={(e) => setAsks(e.target.checked)} />
          {asks && (
            <div className="stack">
              <Textfield label={t('reports.statement.what')} description={t('reports.statement.whatHelp')} value={what}
                onChange={(e) => setWhat(e.target.value)} required error={fieldError(errors, 'requestedAction.what')} />
              <Textfield type="date" label={t('reports.statement.dueOn')} value={dueOn} onChange={(e) => setDueOn(e.target.value)}
                error={fieldError(errors, 'requestedAction.dueOn')} />
            </div>
          )}
        </Fieldset>
      )}
      <FormAlert errors={errors} />
      <div>
        <Button type="submit" loading={save.isPending}>{statement ? t('reports.statement.correct') : t('reports.statement.record')}</Button>
      </div>
    </form>
  );
}
