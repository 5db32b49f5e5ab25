import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemDto } from '../../api/generated/types.gen';
import { ConfirmButton } from '../../components/ConfirmButton';
import { AgendaItemView } from './AgendaItemView';

type Move = { id: string; direction: 'up' | 'down' };

/**
 * The agenda with its clock times. The secretariat reorders it by dragging, or with the move buttons, which work from
 * the keyboard: the new place is announced to screen readers, and focus stays with the item that moved.
 */
export function AgendaList({ items, meetingId, editable, onReorder, onRemove }: {
  items: AgendaItemDto[];
  meetingId: string;
  editable: boolean;
  onReorder: (ids: string[]) => Promise<unknown>;
  onRemove: (id: string) => void;
}) {
  const { t } = useTranslation();
  // The order shown while the server has not yet answered; null when the server's order is shown.
  const [order, setOrder] = useState<string[] | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dragged, setDragged] = useState<string | null>(null);
  const moved = useRef<Move | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  useEffect(() => setOrder(null), [items]);

  const byId = new Map(items.map((i) => [i.id, i]));
  const ids = (order ?? items.map((i) => i.id)).filter((id) => byId.has(id));

  useEffect(() => {
    const m = moved.current;
    if (!m) return;
    moved.current = null;
    const index = ids.indexOf(m.id);
    const edge = (m.direction === 'up' && index === 0) || (m.direction === 'down' && index === ids.length - 1);
    const direction = edge ? (m.direction === 'up' ? 'down' : 'up') : m.direction;
    buttons.current.get(`${m.id}-${direction}`)?.focus();
  });

  const move = (from: number, to: number, direction?: Move['direction']) => {
    if (to < 0 || to >= ids.length || from === to) return;
    const next = [...ids];
    const [id] = next.splice(from, 1);
    next.splice(to, 0, id!);
    const item = byId.get(id!)!;
    if (direction) moved.current = { id: id!, direction };
    setOrder(next);
    setAnnouncement(t('agenda.moved', { number: item.caseNumber, position: to + 1, total: next.length }));
    onReorder(next).catch(() => {
      setOrder(null);
      setAnnouncement(t('agenda.moveFailed', { number: item.caseNumber }));
    });
  };
  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  return (
    <>
      <p role="status" className="ds-sr-only">{announcement}</p>
      {items.length === 0 ? (
        <Paragraph>{t('agenda.empty')}</Paragraph>
      ) : (
        <ol className="agenda" aria-label={t('agenda.title')}>
          {ids.map((id, index) => {
            const item = byId.get(id)!;
            return (
              <li key={id} className="agenda-item" onDragOver={(e) => dragged && e.preventDefault()}
                onDrop={(e) => { e.preventDefault(); if (dragged) move(ids.indexOf(dragged), index); setDragged(null); }}>
                <AgendaItemView item={item} meetingId={meetingId} editable={editable} handle={editable && (
                  // Only the handle drags, so text in an item's edit form can still be selected with the mouse.
                  <span className="drag-handle" draggable aria-hidden="true" title={t('agenda.dragHandle')} onDragEnd={() => setDragged(null)}
                    onDragStart={(e) => {
                      setDragged(id);
                      e.dataTransfer.effectAllowed = 'move';
                      e.dataTransfer.setData?.('text/plain', item.caseNumber);
                      e.dataTransfer.setDragImage?.(e.currentTarget.closest('li')!, 16, 16);
                    }}>
                    ⠿
                  </span>
                )} actions={editable && (
                  <>
                    <Button ref={ref(`${id}-up`)} variant="tertiary" data-size="sm" disabled={index === 0} onClick={() => move(index, index - 1, 'up')}
                      aria-label={t('agenda.moveUp', { title: item.title })}>
                      <span aria-hidden="true">↑</span> {t('agenda.up')}
                    </Button>
                    <Button ref={ref(`${id}-down`)} variant="tertiary" data-size="sm" disabled={index === ids.length - 1}
                      onClick={() => move(index, index + 1, 'down')} aria-label={t('agenda.moveDown', { title: item.title })}>
                      <span aria-hidden="true">↓</span> {t('agenda.down')}
                    </Button>
                    <ConfirmButton aria-label={t('agenda.remove', { title: item.title })} onConfirm={() => onRemove(id)}
                      question={t('agenda.removeQuestion', { number: item.caseNumber })} confirm={t('agenda.removeConfirm')}>
                      {t('agenda.removeShort')}
                    </ConfirmButton>
                  </>
                )} />
              </li>
            );
          })}
        </ol>
      )}
      {editable && items.length > 1 && <Paragraph data-size="sm">{t('agenda.dragHelp')}</Paragraph>}
    </>
  );
}
