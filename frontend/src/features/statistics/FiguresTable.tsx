import { Table } from '@digdir/designsystemet-react';
import { TableScroll } from '../../components/TableScroll';

export type Column = { key: string; label: string };
export type FigureRow = Record<string, string | number>;

/** The figures of a chart as a table: its alternative for screen readers and keyboards, always in the page. The first
 * column names the row (an organisation, a month); the others are counts. */
export function FiguresTable({ id, caption, columns, rows }: { id: string; caption: string; columns: Column[]; rows: FigureRow[] }) {
  return (
    <TableScroll label={caption}>
      <Table id={id}>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            {columns.map((c) => <Table.HeaderCell key={c.key}>{c.label}</Table.HeaderCell>)}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row, i) => (
            <Table.Row key={i}>
              {columns.map((c, j) => j === 0
                ? <Table.HeaderCell key={c.key} scope="row">{row[c.key]}</Table.HeaderCell>
                : <Table.Cell key={c.key}>{row[c.key]}</Table.Cell>)}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
