import { Button, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ActionItemDto } from '../../api/generated/types.gen';
import { responsibleText } from '../../lib/actionItems';
import { formatDate } from '../../lib/format';
import { TableScroll } from '../TableScroll';

const statusColor = { Open: 'info', Done: 'success', Dropped: 'neutral' } as const;

/**
 * Action items with their case, what, who, when and status. Overdue is said in words, not only by colour. Those who
 * may change an item's status get a button for it.
 */
export function ActionItemsTable({ items, caption, showBody = false, canChange, onChange }: {
  items: ActionItemDto[];
  caption: string;
  showBody?: boolean;
  canChange: (item: ActionItemDto) => boolean;
  onChange: (item: ActionItemDto) => void;
}) {
  const { t } = useTranslation();
  return (
    <TableScroll label={caption}>
      <Table data-size="sm">
        <caption className="ds-sr-only">{caption}</caption>
        <Table.Head>
          <Table.Row>
            {showBody && <Table.HeaderCell>{t('actionItems.body')}</Table.HeaderCell>}
            <Table.HeaderCell>{t('actionItems.case')}</Table.HeaderCell>
            <Table.HeaderCell>{t('actionItems.what')}</Table.HeaderCell>
            <Table.HeaderCell>{t('actionItems.responsible')}</Table.HeaderCell>
            <Table.HeaderCell>{t('actionItems.dueOn')}</Table.HeaderCell>
            <Table.HeaderCell>{t('actionItems.status')}</Table.HeaderCell>
            <Table.HeaderCell>
              <span className="ds-sr-only">{t('actionItems.change')}</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((item) => (
            <Table.Row key={item.id}>
              {showBody && <Table.Cell>{item.body.name}</Table.Cell>}
              <Table.Cell>
                {/* An item a committee's statement asked for has no meeting: its case number is the committee's. */}
                {item.meetingId ? (
                  <Link asChild>
                    <RouterLink to={`/moter/${item.meetingId}/referat`}>{t('actionItems.caseN', { number: item.caseNumber })}</RouterLink>
                  </Link>
                ) : t('actionItems.caseN', { number: item.caseNumber })}
                {item.meetingStartsAt && <Paragraph data-size="xs">{formatDate(item.meetingStartsAt.slice(0, 10))}</Paragraph>}
              </Table.Cell>
              <Table.Cell>{item.what}</Table.Cell>
              <Table.Cell>{responsibleText(item) || '–'}</Table.Cell>
              <Table.Cell>
                {item.dueOn ? formatDate(item.dueOn) : '–'}
                {item.overdue && (
                  <div>
                    <Tag data-color="danger" data-size="sm">{t('actionItems.overdue')}</Tag>
                  </div>
                )}
              </Table.Cell>
              <Table.Cell>
                <Tag data-color={statusColor[item.status]} data-size="sm">{t(`actionItemStatus.${item.status}`)}</Tag>
                {!item.isLive && <Paragraph data-size="xs">{t('actionItems.notLive')}</Paragraph>}
                {item.statusNote && <Paragraph data-size="xs">{item.statusNote}</Paragraph>}
              </Table.Cell>
              <Table.Cell>
                {canChange(item) && (
                  <Button variant="secondary" data-size="sm" onClick={() => onChange(item)}
                    aria-label={t('actionItems.changeFor', { what: item.what })}>
                    {t('actionItems.change')}
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
