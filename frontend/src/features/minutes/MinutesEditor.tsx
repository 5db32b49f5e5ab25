import { Checkbox, Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { listMembershipsOptions } from '../../api/generated/@tanstack/react-query.gen';
import type { MinutesDto } from '../../api/generated/types.gen';
import { FormAlert } from '../../components/FormAlert';
import { largestPage, useWholeList } from '../../lib/paging';
import { fieldError } from '../../lib/problemsIn';
import { AttendanceEditor } from './AttendanceEditor';
import { ConflictDialog } from './ConflictDialog';
import { EntryEditor } from './EntryEditor';
import { LeaveGuard } from './LeaveGuard';
import { SaveBar } from './SaveBar';
import type { MinutesDraft } from './useMinutesDraft';

/** The secretariat's editor of a draft: attendance, then each agenda item; saved as a whole with one button (or Ctrl+S). */
export function MinutesEditor({ minutes, editing }: { minutes: MinutesDto; editing: MinutesDraft }) {
  const { t } = useTranslation();
  const memberships = useWholeList((page) => listMembershipsOptions({ path: { bodyId: minutes.body.id }, query: { page, pageSize: largestPage } }));
  const organisations = (memberships.data ?? []).filter((m) => !m.leftOn).map((m) => m.organisation);
  const { draft, setDraft, errors } = editing;

  return (
    <div className="stack" onKeyDown={(e) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        if (!editing.saving) editing.save();
      }
    }}>
      <Heading level={2} data-size="md">
        {t('minutes.editorTitle')}
      </Heading>
      <FormAlert errors={errors} />
      <Checkbox label={t('minutes.minutesPublic')} description={t('minutes.minutesPublicHelp')} checked={draft.isPublic}
        onChange={(e) => setDraft((d) => ({ ...d, isPublic: e.target.checked }))} />
      <AttendanceEditor attendees={minutes.attendees} draft={draft} setDraft={setDraft} errors={errors} />
      <section className="stack" aria-labelledby="entries-heading">
        <Heading level={2} data-size="sm" id="entries-heading">
          {t('minutes.entries')}
        </Heading>
        {draft.entries.map((value, i) => {
          const entry = minutes.entries.find((e) => e.id === value.id);
          if (!entry) return null;
          return (
            <EntryEditor key={value.id} entry={entry} value={value} organisations={organisations}
              error={(field) => fieldError(errors, `entries[${i}].${field}`)}
              onChange={(change) => setDraft((d) => ({ ...d, entries: d.entries.map((x) => (x.id === value.id ? change(x) : x)) }))} />
          );
        })}
      </section>
      <SaveBar dirty={editing.dirty} saving={editing.saving} savedAt={editing.savedAt} onSave={editing.save} />
      <ConflictDialog current={editing.conflict} mine={draft} onLoadTheirs={editing.loadTheirs} onKeepMine={editing.keepMine} />
      <LeaveGuard when={editing.dirty} />
    </div>
  );
}
