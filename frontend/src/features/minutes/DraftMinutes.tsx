import type { MinutesDto } from '../../api/generated/types.gen';
import { MinutesEditor } from './MinutesEditor';
import { MinutesWorkflow } from './MinutesWorkflow';
import type { MinutesActions } from './useMinutesActions';
import { useMinutesDraft } from './useMinutesDraft';

/** A draft the secretariat may edit: the editor, and the next steps, which wait until everything is saved. */
export function DraftMinutes({ minutes, actions }: { minutes: MinutesDto; actions: MinutesActions }) {
  const editing = useMinutesDraft(minutes);
  return (
    <>
      <MinutesEditor minutes={minutes} editing={editing} />
      <MinutesWorkflow minutes={minutes} actions={actions} dirty={editing.dirty} />
    </>
  );
}
