import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Column, FigureRow } from './FiguresTable';
import styles from './statistics.module.css';

const colours = [
  'var(--ds-color-success-base-default)',
  'var(--ds-color-accent-base-default)',
  'var(--ds-color-danger-base-default)',
  'var(--ds-color-neutral-base-default)',
];

/** A bar chart of the same rows as its table (recharts comes with the statistics page's chunk only). Named as an image
 * and described by the table, which screen readers read instead. Rows per organisation lie down (long names need the
 * width at 375 px); months stand up. */
export function StatChart({ name, tableId, rows, category, bars, line, stacked = false, horizontal = false }: {
  name: string; tableId: string; rows: FigureRow[]; category: string; bars: Column[]; line?: Column; stacked?: boolean; horizontal?: boolean;
}) {
  const height = horizontal ? 16 : Math.max(10, 3 + rows.length * 2.5);
  return (
    <div className={styles.chart} style={{ height: `${height}rem` }} role="img" aria-label={name} aria-describedby={tableId}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} layout={horizontal ? 'horizontal' : 'vertical'} margin={{ left: 4, right: 12, top: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          {horizontal ? <XAxis dataKey={category} /> : <XAxis type="number" allowDecimals={false} />}
          {horizontal ? <YAxis allowDecimals={false} width={32} /> : <YAxis type="category" dataKey={category} width={100} />}
          <Tooltip />
          <Legend />
          {bars.map((b, i) => (
            <Bar key={b.key} dataKey={b.key} name={b.label} fill={colours[i % colours.length]} stackId={stacked ? 'all' : undefined}
              isAnimationActive={false} />
          ))}
          {line && <Line dataKey={line.key} name={line.label} stroke="var(--ds-color-neutral-text-default)" isAnimationActive={false} />}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
