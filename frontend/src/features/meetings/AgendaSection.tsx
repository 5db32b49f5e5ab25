import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addAgendaItemMutation, removeAgendaItemMutation, reorderAgendaMutation } from '../../api/generated/@tanstack/react-query.gen';
import type { MeetingDetails } from '../../api/generated/types.gen';
import { FormAlert } from '../../components/FormAlert';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { AgendaItemForm } from './AgendaItemForm';
import { AgendaList } from './AgendaList';
import { changed, invalidate } from '../../lib/queryKeys';

/** The agenda, read-only at first; for the secretariat an "Endre saksliste" mode with the means to build it: add, change,
 * reorder and remove items, attach papers. An empty agenda opens in that mode, as there is nothing to read. */
export function AgendaSection({ meeting: m, editable }: { meeting: MeetingDetails; editable: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [addErrors, setAddErrors] = useState<FormErrors | null>(null);
  const [added, setAdded] = useState('');
  const [removed, setRemoved] = useState('');
  const [editing, setEditing] = useState(editable && m.agenda.length === 0);
  const tools = editable && editing;
  const heading = useRef<HTMLHeadingElement>(null);
  const refresh = () => invalidate(queryClient, changed.agenda(m.id));
  const reorder = useMutation({ ...reorderAgendaMutation(), onSuccess: () => { setErrors(null); return refresh(); }, onError: (e) => setErrors(toFormErrors(e, t)) });
  const remove = useMutation({ ...removeAgendaItemMutation(), onSuccess: () => { setErrors(null); return refresh(); }, onError: (e) => setErrors(toFormErrors(e, t)) });
  const add = useMutation({ ...addAgendaItemMutation(), onSuccess: () => { setAddErrors(null); return refresh(); }, onError: (e) => setAddErrors(toFormErrors(e, t)) });
  const path = { id: m.id };

  return (
    <>
      <section className="stack" aria-labelledby="agenda-heading">
        <Heading level={2} data-size="md" id="agenda-heading" ref={heading} tabIndex={-1}>
          {t('agenda.title')}
        </Heading>
        {editable && (
          <div>
            {/* A toggle: the name stays, aria-pressed (and the filled look) says the mode is on. */}
            <Button variant={editing ? 'primary' : 'secondary'} data-size="sm" aria-pressed={editing} onClick={() => setEditing(!editing)}>
              {t('agenda.editMode')}
            </Button>
          </div>
        )}
        {m.agendaOverrunMinutes > 0 && (
          <Alert data-color="warning">
            <Paragraph>{t('agenda.overrun', { minutes: m.agendaOverrunMinutes })}</Paragraph>
          </Alert>
        )}
        <FormAlert errors={errors} />
        <AgendaList items={m.agenda} meetingId={m.id} editable={tools}
          onReorder={(itemIds) => reorder.mutateAsync({ path, body: { itemIds } })}
          onRemove={(itemId) => {
            const title = m.agenda.find((i) => i.id === itemId)?.title ?? '';
            setRemoved('');
            // The item and its buttons are gone: focus goes to the agenda's heading, and the removal is announced.
            remove.mutate({ path: { id: m.id, itemId } }, { onSuccess: () => { setRemoved(t('agenda.removed', { title })); heading.current?.focus(); } });
          }} />
        <p role="status" className="status">{removed}</p>
      </section>
      {tools && (
        <section className="stack" aria-labelledby="new-item">
          <Heading level={2} data-size="md" id="new-item">
            {t('agenda.newItem')}
          </Heading>
          <AgendaItemForm errors={addErrors} pending={add.isPending}
            onSubmit={(body, reset) => { setAdded(''); add.mutate({ path, body }, {
              onSuccess: () => { reset(); setAdded(t('agenda.added', { title: body.title })); },
            }); }} />
          <p role="status" className="status">{added}</p>
        </section>
      )}
    </>
  );
}
