import { Checkbox, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ReportCandidates } from '../../api/generated/types.gen';
import { formatDate } from '../../lib/format';
import { type Picked, type PickedGroup, toggle, toggleAll } from './picked';
import styles from './reports.module.css';

type Item = { id: string; label: string; description?: string };

/** Each group's items as the checkboxes show them: what it is, and the date or status that tells it apart. */
function itemsOf(candidates: ReportCandidates, t: TFunction): Record<PickedGroup, Item[]> {
  return {
    minutesIds: candidates.minutes.map((m) => ({
      id: m.meetingId, label: m.title, description: t('reports.picker.minutesWhen', { held: formatDate(m.startsAt), published: formatDate(m.publishedAt) }),
    })),
    decisionEntryIds: candidates.decisions.map((d) => ({ id: d.entryId, label: t('reports.picker.case', { number: d.caseNumber, title: d.title }), description: d.decision })),
    actionItemIds: candidates.actionItems.map((a) => ({
      id: a.id, label: t('reports.picker.case', { number: a.caseNumber, title: a.what }),
      description: [t(`actionItemStatus.${a.status}`), a.dueOn ? t('reports.picker.due', { date: formatDate(a.dueOn) }) : ''].filter(Boolean).join(' · '),
    })),
    hearingIds: candidates.hearings.map((h) => ({
      id: h.id, label: h.title, description: [t(`hearingState.${h.state}`), h.hasSummary ? '' : t('reports.picker.noSummary')].filter(Boolean).join(' · '),
    })),
    inputRoundIds: candidates.inputRounds.map((r) => ({ id: r.id, label: r.title, description: r.hasSummary ? undefined : t('reports.picker.noSummary') })),
  };
}

const order: PickedGroup[] = ['minutesIds', 'decisionEntryIds', 'actionItemIds', 'hearingIds', 'inputRoundIds'];

/** The content of the period, grouped, each group with "select all"; attendance per organisation is one choice. */
export function ContentPicker({ candidates, picked, onChange, disabled }: {
  candidates: ReportCandidates;
  picked: Picked;
  onChange: (picked: Picked) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const items = itemsOf(candidates, t);
  return (
    <div className="stack">
      {order.map((group) => (
        <Group key={group} legend={t(`reports.picker.group.${group}`)} items={items[group]} selected={picked[group]} disabled={disabled}
          onOne={(id, on) => onChange(toggle(picked, group, id, on))}
          onAll={(on) => onChange(toggleAll(picked, group, items[group].map((i) => i.id), on))} />
      ))}
      <Fieldset className={styles.group}>
        <Fieldset.Legend>{t('reports.picker.group.attendance')}</Fieldset.Legend>
        <Checkbox label={t('reports.picker.includeAttendance')} description={t('reports.picker.attendanceHelp')} checked={picked.includeAttendance}
          disabled={disabled} onChange={(e) => onChange({ ...picked, includeAttendance: e.target.checked })} />
      </Fieldset>
    </div>
  );
}

function Group({ legend, items, selected, onOne, onAll, disabled }: {
  legend: string;
  items: Item[];
  selected: string[];
  onOne: (id: string, on: boolean) => void;
  onAll: (on: boolean) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const count = items.filter((i) => selected.includes(i.id)).length;
  const all = items.length > 0 && count === items.length;
  return (
    <Fieldset className={styles.group}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {items.length === 0 ? (
        <Paragraph data-size="sm">{t('reports.picker.none')}</Paragraph>
      ) : (
        <>
          <Checkbox label={t('reports.picker.selectAll', { n: items.length })} checked={all} disabled={disabled}
            // Some but not all: neither ticked nor empty, so it is plain that a click ticks the rest.
            ref={(input) => { if (input) input.indeterminate = count > 0 && !all; }}
            onChange={() => onAll(!all)} />
          <div className={styles.items}>
            {items.map((i) => (
              <Checkbox key={i.id} label={i.label} description={i.description || undefined} checked={selected.includes(i.id)} disabled={disabled}
                onChange={(e) => onOne(i.id, e.target.checked)} />
            ))}
          </div>
        </>
      )}
    </Fieldset>
  );
}
