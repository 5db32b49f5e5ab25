import { useLayoutEffect, useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
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
 * width at 375 px); months stand up. The width is measured here on load and on window resizes, not by Recharts' ResponsiveContainer: with four charts
 * on a page that grows as they render, its resize observers kept the page re-rendering without end in Chromium (the
 * scroll bar coming and going changes every chart's width). The key is plain HTML below the chart. */
export function StatChart({ name, tableId, rows, category, bars, stacked = false, horizontal = false }: {
  name: string; tableId: string; rows: FigureRow[]; category: string; bars: Column[]; stacked?: boolean; horizontal?: boolean;
}) {
  const height = 16 * (horizontal ? 16 : Math.max(10, 3 + rows.length * 2.5));
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const measure = () => setWidth(Math.floor(box.current?.clientWidth ?? 0));
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);
  return (
    <div className="stack">
      <div className={styles.chart} ref={box} style={{ height }} role="img" aria-label={name} aria-describedby={tableId}>
        {width > 0 && (
          <BarChart width={width} height={height} data={rows} layout={horizontal ? 'horizontal' : 'vertical'} margin={{ left: 4, right: 12, top: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            {horizontal ? <XAxis dataKey={category} /> : <XAxis type="number" allowDecimals={false} />}
            {horizontal ? <YAxis allowDecimals={false} width={32} /> : <YAxis type="category" dataKey={category} width={100} />}
            <Tooltip />
            {bars.map((b, i) => (
              <Bar key={b.key} dataKey={b.key} name={b.label} fill={colours[i % colours.length]} stackId={stacked ? 'all' : undefined}
                isAnimationActive={false} />
            ))}
          </BarChart>
        )}
      </div>
      <ul className={styles.key} aria-hidden="true">
        {bars.map((b, i) => (
          <li key={b.key}><span className={styles.swatch} style={{ background: colours[i % colours.length] }} />{b.label}</li>
        ))}
      </ul>
    </div>
  );
}
