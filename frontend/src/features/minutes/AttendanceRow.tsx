import { Field, Fieldset, Label, Radio, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, MinutesAttendeeDto } from '../../api/generated/types.gen';
import type { DraftSeat } from './draft';
import styles from './minutes.module.css';

const statuses: AttendanceStatus[] = ['Present', 'Absent', 'DeputyPresent'];

/** One seat: was the representative there, absent, or represented by one of the seat's deputies (and which)? */
export function AttendanceRow({ attendee, value, onChange, error }: {
  attendee: MinutesAttendeeDto;
  value: DraftSeat;
  onChange: (seat: DraftSeat) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const legend = t('attendance.seatLegend', { organisation: attendee.organisationName ?? '', name: attendee.name });
  const choose = (status: AttendanceStatus) =>
    onChange({
      ...value,
      status,
      // The first deputy in the seat's order is the one usually called; the secretariat changes it if another came.
      deputyPersonId: status === 'DeputyPresent' ? (value.deputyPersonId ?? attendee.deputies[0]?.personId ?? null) : null,
    });

  return (
    <Fieldset className={styles.seat} data-size="sm">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <div className={styles.choices}>
        {/* A seat without deputies has no deputy to record. */}
        {statuses.filter((s) => s !== 'DeputyPresent' || attendee.deputies.length > 0).map((status) => (
          <Radio key={status} name={`attendance-${attendee.id}`} value={status} label={t(`attendanceStatus.${status}`)}
            checked={value.status === status} onChange={() => choose(status)} />
        ))}
      </div>
      {value.status === 'DeputyPresent' && (
        <Field>
          <Label>{t('attendance.deputy')}</Label>
          <Select width="auto" value={value.deputyPersonId ?? ''} aria-invalid={error ? true : undefined}
            onChange={(e) => onChange({ ...value, deputyPersonId: e.target.value || null })}>
            {attendee.deputies.map((d) => (
              <Select.Option key={d.personId} value={d.personId}>
                {t('attendance.deputyOption', { n: d.order, name: d.name })}
              </Select.Option>
            ))}
          </Select>
          {error && <ValidationMessage>{error}</ValidationMessage>}
        </Field>
      )}
    </Fieldset>
  );
}
