/**
 * A chart legend in HTML: a line swatch (solid or dashed, in a CSS colour) beside each label.
 * Lighter than Chart.js's Legend plugin and read by screen readers as a plain list.
 * @example <ChartLegend items={[{ label: 'sigmoid', color: 'var(--chart-2)' }, { label: 'tanh', color: 'var(--chart-1)', dash: '6 4' }]} />
 */
export interface LegendItem { label: string; color: string; dash?: string }

export default function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul class="chart-legend">
      {items.map((item) => (
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="27" y2="5" stroke={item.color} stroke-width="2.5" stroke-dasharray={item.dash} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
