import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MinutesAttendeeDto } from '../../api/generated/types.gen';
import type { FormErrors } from '../../lib/problems';
import { fieldError } from '../../lib/problemsIn';
import { AttendanceRow } from './AttendanceRow';
import type { Draft } from './draft';
import { GuestsEditor } from './GuestsEditor';

/** Who was there: one row per seat, then everyone else. */
export function AttendanceEditor({ attendees, draft, setDraft, errors }: {
  attendees: MinutesAttendeeDto[];
  draft: Draft;
  setDraft: (change: (draft: Draft) => Draft) => void;
  errors: FormErrors | null;
}) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="attendance-heading">
      <Heading level={2} data-size="sm" id="attendance-heading">
        {t('attendance.title')}
      </Heading>
      {draft.attendance.map((seat, i) => {
        const attendee = attendees.find((a) => a.id === seat.id);
        if (!attendee) return null;
        return (
          <AttendanceRow key={seat.id} attendee={attendee} value={seat} error={fieldError(errors, `attendance[${i}].deputyPersonId`)}
            onChange={(next) => setDraft((d) => ({ ...d, attendance: d.attendance.map((s) => (s.id === next.id ? next : s)) }))} />
        );
      })}
      <GuestsEditor guests={draft.guests} errors={errors} onChange={(guests) => setDraft((d) => ({ ...d, guests }))} />
    </section>
  );
}
