import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createReportMutation, listReportCandidatesOptions, updateReportMutation } from '../../api/generated/@tanstack/react-query.gen';
import type { ReportDetail, ReportInput } from '../../api/generated/types.gen';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/Loading';
import { osloNow } from '../../lib/meetingTime';
import { asProblem, type FormErrors } from '../../lib/problems';
import { fieldError, toFormErrorsIn } from '../../lib/problemsIn';
import { ContentPicker } from './ContentPicker';
import { nothingPicked, type Picked, pickedOf, withinCandidates } from './picked';

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * A report's draft: title, period, the committees it goes to, the case document's three parts in markdown, and what
 * of the period it carries. New: the committees the body reports to are ticked. Saved with the version it started from;
 * a stale save (409) is handed to `onConflict`, which reloads.
 */
export function ReportForm({ bodyId, report, onSaved, onConflict, onDirty }: {
  bodyId: string;
  report: ReportDetail | null;
  onSaved: (report: ReportDetail) => void;
  onConflict: (error: unknown) => void;
  onDirty?: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const today = osloNow().slice(0, 10);
  const [title, setTitle] = useState(report?.title ?? '');
  const [from, setFrom] = useState(report?.periodFrom ?? `${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(report?.periodTo ?? today);
  const [background, setBackground] = useState(report?.background ?? '');
  const [assessment, setAssessment] = useState(report?.assessment ?? '');
  const [proposal, setProposal] = useState(report?.proposedDecision ?? '');
  const [committeeIds, setCommitteeIds] = useState<string[] | null>(report?.committeeIds ?? null);
  const [picked, setPicked] = useState<Picked>(report ? pickedOf(report) : nothingPicked);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const periodOk = isDate(from) && isDate(to) && from <= to;
  const candidates = useQuery({
    ...listReportCandidatesOptions({ path: { id: bodyId }, query: { from, to } }),
    enabled: periodOk,
    placeholderData: keepPreviousData,
  });
  // A new report goes to the committees the body reports to, until the user ticks otherwise.
  const committees = committeeIds ?? (candidates.data?.committees.filter((c) => c.isDefault).map((c) => c.id) ?? []);

  const input = (): ReportInput => ({
    title, periodFrom: from, periodTo: to, background: background || null, assessment: assessment || null,
    proposedDecision: proposal || null, ...withinCandidates(picked, periodOk ? candidates.data : undefined),
    // Left out while the defaults are still on their way: the API then takes the body's reporting lines.
    committeeIds: committeeIds === null && !candidates.data ? null : committees, version: report?.version ?? null,
  });
  const dirty = !report || normal(input()) !== normal({ ...input(), ...fromReport(report) });
  useEffect(() => onDirty?.(dirty), [dirty, onDirty]);

  const onError = (e: unknown) => {
    if (report && asProblem(e).status === 409) onConflict(e);
    else setErrors(toFormErrorsIn(e, t, 'reportsProblems'));
  };
  const onSuccess = (r: ReportDetail) => { setErrors(null); onSaved(r); };
  const create = useMutation({ ...createReportMutation(), onSuccess, onError });
  const update = useMutation({ ...updateReportMutation(), onSuccess, onError });

  return (
    <form className="stack" noValidate onSubmit={(e) => {
      e.preventDefault();
      setErrors(null);
      if (report) update.mutate({ path: { id: report.id }, body: input() });
      else create.mutate({ path: { id: bodyId }, body: input() });
    }}>
      <Textfield label={t('reports.form.title')} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200}
        error={fieldError(errors, 'title')} />
      <Fieldset>
        <Fieldset.Legend>{t('reports.form.period')}</Fieldset.Legend>
        <div className="row">
          <Textfield type="date" label={t('reports.form.from')} value={from} onChange={(e) => setFrom(e.target.value)} required
            error={fieldError(errors, 'periodFrom')} />
          <Textfield type="date" label={t('reports.form.to')} value={to} onChange={(e) => setTo(e.target.value)} required
            error={fieldError(errors, 'periodTo') ?? (isDate(from) && isDate(to) && from > to ? t('reports.form.toBeforeFrom') : undefined)} />
        </div>
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('reports.form.committees')}</Fieldset.Legend>
        <Fieldset.Description>{t('reports.form.committeesHelp')}</Fieldset.Description>
        {(candidates.data?.committees ?? []).map((c) => (
          <Checkbox key={c.id} label={c.name} checked={committees.includes(c.id)}
            onChange={(e) => setCommitteeIds(e.target.checked ? [...committees, c.id] : committees.filter((x) => x !== c.id))} />
        ))}
        {fieldError(errors, 'committeeIds') && <Paragraph data-size="sm" data-color="danger">{fieldError(errors, 'committeeIds')}</Paragraph>}
      </Fieldset>
      <Textfield multiline rows={6} label={t('reports.form.background')} description={t('reports.form.markdownHelp')} value={background}
        onChange={(e) => setBackground(e.target.value)} error={fieldError(errors, 'background')} />
      <Textfield multiline rows={6} label={t('reports.form.assessment')} description={t('reports.form.markdownHelp')} value={assessment}
        onChange={(e) => setAssessment(e.target.value)} error={fieldError(errors, 'assessment')} />
      <Textfield multiline rows={4} label={t('reports.form.proposedDecision')} description={t('reports.form.markdownHelp')} value={proposal}
        onChange={(e) => setProposal(e.target.value)} error={fieldError(errors, 'proposedDecision')} />
      <section className="stack" aria-labelledby="report-content-heading">
        <Heading level={2} data-size="sm" id="report-content-heading">{t('reports.form.content')}</Heading>
        <Paragraph data-size="sm">{t('reports.form.contentHelp')}</Paragraph>
        {periodOk ? <QueryState isPending={candidates.isPending} error={candidates.error} />
          : <Alert data-color="info"><Paragraph>{t('reports.form.pickPeriod')}</Paragraph></Alert>}
        {periodOk && candidates.data && <ContentPicker candidates={candidates.data} picked={picked} onChange={setPicked} />}
      </section>
      <FormAlert errors={errors} />
      <div className="row">
        <Button type="submit" loading={create.isPending || update.isPending}>{report ? t('reports.form.save') : t('reports.form.create')}</Button>
        {report && !dirty && <Paragraph data-size="sm" role="status">{t('reports.form.allSaved')}</Paragraph>}
      </div>
    </form>
  );
}

/** The saved report as the form would send it, to tell whether anything on the screen differs from it. */
function fromReport(r: ReportDetail): Partial<ReportInput> {
  return {
    title: r.title, periodFrom: r.periodFrom, periodTo: r.periodTo, background: r.background || null, assessment: r.assessment || null,
    proposedDecision: r.proposedDecision || null, ...pickedOf(r), committeeIds: r.committeeIds, version: r.version,
  };
}

/** The input with its lists in one order, so ticking off and on again is no change. */
function normal(input: ReportInput): string {
  return JSON.stringify(Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]).sort());
}
