import { Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemDto } from '../../api/generated/types.gen';
import { clock } from './meetingFormat';

/**
 * The agenda with its clock times. The secretariat reorders it by dragging, or with the move buttons, which work
 * from the keyboard and say what they do to a screen reader.
 */
export function AgendaList({ items, onReorder, onRemove }: {
  items: AgendaItemDto[];
  onReorder?: (ids: string[]) => void;
  onRemove?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [dragged, setDragged] = useState<string | null>(null);
  const ids = items.map((i) => i.id);
  const move = (from: number, to: number) => {
    if (to < 0 || to >= ids.length || !onReorder) return;
    const next = [...ids];
    const [id] = next.splice(from, 1);
    next.splice(to, 0, id!);
    onReorder(next);
  };

  if (items.length === 0) return <Paragraph>{t('agenda.empty')}</Paragraph>;
  return (
    <ol className="agenda" aria-label={t('agenda.title')}>
      {items.map((item, index) => (
        <li
          key={item.id}
          draggable={!!onReorder}
          onDragStart={() => setDragged(item.id)}
          onDragOver={(e) => onReorder && e.preventDefault()}
          onDrop={() => dragged && move(ids.indexOf(dragged), index)}
          className="agenda-item"
        >
          <div className="agenda-time">
            {clock(item.startsAt)}–{clock(item.endsAt)}
          </div>
          <div className="stack">
            <Heading level={3} data-size="xs">
              {t('agenda.case', { number: item.caseNumber })} {item.title}
            </Heading>
            <div className="row">
              <Tag data-size="sm">{t(`agendaKind.${item.kind}`)}</Tag>
              {(item.presenter || item.presenterText) && (
                <Paragraph data-size="sm">{item.presenterText ?? `v/ ${item.presenter!.name}`}</Paragraph>
              )}
            </div>
            {item.description && <Paragraph className="prose">{item.description}</Paragraph>}
            {item.papers.length > 0 && (
              <ul aria-label={t('agenda.papers')}>
                {item.papers.map((p) => (
                  <li key={p.id}>
                    <Link href={`/api/papers/${p.id}`} download>
                      {p.fileName}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {onReorder && (
              <div className="row">
                <Button variant="tertiary" data-size="sm" disabled={index === 0} onClick={() => move(index, index - 1)}
                  aria-label={t('agenda.moveUp', { title: item.title })}>
                  ↑ {t('agenda.up')}
                </Button>
                <Button variant="tertiary" data-size="sm" disabled={index === items.length - 1} onClick={() => move(index, index + 1)}
                  aria-label={t('agenda.moveDown', { title: item.title })}>
                  ↓ {t('agenda.down')}
                </Button>
                {onRemove && (
                  <Button variant="tertiary" data-size="sm" data-color="danger" onClick={() => onRemove(item.id)}
                    aria-label={t('agenda.remove', { title: item.title })}>
                    {t('agenda.removeShort')}
                  </Button>
                )}
              </div>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
