import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateAgendaItemMutation } from '../../api/generated/@tanstack/react-query.gen';
import type { AgendaItemDto } from '../../api/generated/types.gen';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { AgendaItemForm } from './AgendaItemForm';
import { clock } from './meetingFormat';
import { PaperList } from './PaperList';
import { PaperUpload } from './PaperUpload';
import { Disclosure } from './Disclosure';
import { AgendaInputSection } from './AgendaInputSection';
import { changed, invalidate } from '../../lib/queryKeys';

/** One item of the agenda: its times, what it is, who presents it, its papers; for the secretariat, editable. */
export function AgendaItemView({ item, meetingId, editable, handle, actions }: {
  item: AgendaItemDto;
  meetingId: string;
  editable: boolean;
  handle?: React.ReactNode;
  actions?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const update = useMutation({
    ...updateAgendaItemMutation(),
    onSuccess: async () => {
      setErrors(null);
      setEditing(false);
      await invalidate(queryClient, changed.agenda(meetingId));
      editButton.current?.focus();
    },
    onError: (e) => setErrors(toFormErrors(e, t)),
  });
  const headingId = `item-${item.id}`;

  return (
    <>
      <div className="agenda-time">
        {handle}
        {clock(item.startsAt)}–{clock(item.endsAt)}
      </div>
      <div className="stack">
        <Heading level={3} data-size="xs" id={headingId}>
          {t('agenda.case', { number: item.caseNumber })} {item.title}
        </Heading>
        {editing ? (
          <AgendaItemForm item={item} errors={errors} pending={update.isPending}
            onCancel={() => { setEditing(false); setErrors(null); requestAnimationFrame(() => editButton.current?.focus()); }}
            onSubmit={(body) => update.mutate({ path: { id: meetingId, itemId: item.id }, body })} />
        ) : (
          <>
            <div className="row">
              <Tag data-size="sm">{t(`agendaKind.${item.kind}`)}</Tag>
              <Paragraph data-size="sm">{t('agenda.minutes', { count: item.durationMinutes })}</Paragraph>
              {(item.presenter || item.presenterText) && (
                <Paragraph data-size="sm">{item.presenterText ?? t('agenda.presentedBy', { name: item.presenter!.name })}</Paragraph>
              )}
            </div>
            {/* The server renders the markdown without raw HTML and with safe links only, as for mandates. */}
            {item.descriptionHtml && <div className="markdown" dangerouslySetInnerHTML={{ __html: item.descriptionHtml }} />}
          </>
        )}
        {/* Closed, the papers and the file picker are not rendered: a long agenda stays quick to draw. */}
        {(item.papers.length > 0 || (editable && !editing)) && (
          <Disclosure summary={item.papers.length > 0 ? t('agenda.papersCount', { count: item.papers.length }) : t('agenda.papersNone')}>
            <PaperList meetingId={meetingId} papers={item.papers} caseNumber={item.caseNumber} canDelete={editable} />
            {editable && !editing && <PaperUpload meetingId={meetingId} itemId={item.id} caseNumber={item.caseNumber} />}
          </Disclosure>
        )}
        {/* Input (innspill) to the item: its deadline, the input the caller may read, and the form while it is open. */}
        {!editing && <AgendaInputSection meetingId={meetingId} itemId={item.id} caseNumber={item.caseNumber} meetingOpen={editable} />}
        {editable && !editing && (
          <div className="row">
            <Button ref={editButton} variant="tertiary" data-size="sm" aria-label={t('agenda.edit', { title: item.title })} onClick={() => setEditing(true)}>
              {t('agenda.editShort')}
            </Button>
            {actions}
          </div>
        )}
      </div>
    </>
  );
}
