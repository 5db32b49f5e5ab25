import { Button, Dialog, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateActionItemStatusMutation } from '../../api/generated/@tanstack/react-query.gen';
import type { ActionItemDto, ActionItemStatus } from '../../api/generated/types.gen';
import { toFormErrorsIn } from '../../lib/problemsIn';
import { FormAlert } from '../FormAlert';
import { changed, invalidate } from '../../lib/queryKeys';

const statuses: ActionItemStatus[] = ['Open', 'Done', 'Dropped'];

/** Marks an action item done, dropped or open again, with an optional note; the API decides who may. */
export function ActionItemStatusDialog({ item, onClose }: { item: ActionItemDto | null; onClose: () => void }) {
  return (
    <Dialog open={item !== null} onClose={onClose} aria-labelledby="status-dialog-heading" closeButton={false}>
      {item && <StatusForm key={`${item.id}-${item.version}`} item={item} onClose={onClose} />}
    </Dialog>
  );
}

function StatusForm({ item, onClose }: { item: ActionItemDto; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<ActionItemStatus>(item.status === 'Open' ? 'Done' : item.status);
  const [note, setNote] = useState(item.statusNote ?? '');
  const update = useMutation({
    ...updateActionItemStatusMutation(),
    onSuccess: async () => {
      await invalidate(queryClient, changed.actionItem(item.meetingId, item.body.id));
      onClose();
    },
    // Someone else changed it first: show the current state, so the next try starts from it.
    onError: (error) => (error.code === 'action_item_conflict' ? invalidate(queryClient, changed.actionItem(item.meetingId, item.body.id)) : undefined),
  });
  const errors = update.isError ? toFormErrorsIn(update.error, t, 'actionItemProblems') : null;

  return (
    <form className="stack" noValidate onSubmit={(e) => {
      e.preventDefault();
      update.mutate({ path: { id: item.id }, body: { version: item.version, status, note: note.trim() || null } });
    }}>
      <Heading level={2} data-size="sm" id="status-dialog-heading">
        {t('actionItems.changeTitle')}
      </Heading>
      <Paragraph>{item.what}</Paragraph>
      <FormAlert errors={errors} />
      <Fieldset>
        <Fieldset.Legend>{t('actionItems.newStatus')}</Fieldset.Legend>
        {statuses.map((s) => (
          <Radio key={s} name="action-item-status" value={s} label={t(`actionItemStatus.${s}`)} checked={status === s}
            onChange={() => setStatus(s)} />
        ))}
      </Fieldset>
      <Textfield multiline rows={3} label={t('actionItems.statusNote')} value={note} onChange={(e) => setNote(e.target.value)}
        error={errors?.fields.note} />
      <div className="row">
        <Button type="submit" loading={update.isPending}>
          {t('actionItems.saveStatus')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('actionItems.cancel')}
        </Button>
      </div>
    </form>
  );
}
