/**
 * Per-layer histograms of z stacked as rows (input side on top): the pooled histogram over every
 * (example, unit) as a filled shape, unit 1's histogram over the examples as an outline, and the
 * spread across examples printed at the right. Each histogram is scaled to its own peak.
 */
import { formatNumber } from '~/widgets/kit/format';
import { BINS, Z_RANGE } from '~/widgets/kit/bn-net';
import type { LayerView } from './model';

interface Props {
  title: string;
  label: string;
  layers: LayerView[];
  layerHeader: string;
  spreadHeader: string;
}

const W = 200;
const H = 24;

function path(counts: number[], closed: boolean): string {
  const peak = Math.max(1, ...counts);
  const dx = W / BINS;
  let d = closed ? `M0 ${H}` : '';
  counts.forEach((c, i) => {
    const y = H - 1 - (c / peak) * (H - 3);
    d += `${d ? ' L' : 'M'}${(i * dx).toFixed(2)} ${y.toFixed(2)} L${((i + 1) * dx).toFixed(2)} ${y.toFixed(2)}`;
  });
  return closed ? `${d} L${W} ${H} Z` : d;
}

export default function Ridgelines({ title, label, layers, layerHeader, spreadHeader }: Props) {
  const ticks = [-Z_RANGE, -Z_RANGE / 2, 0, Z_RANGE / 2, Z_RANGE];
  return (
    <figure class="bnh-ridges" role="group" aria-label={label}>
      <figcaption class="bnh-ridges-title">{title}</figcaption>
      <div class="bnh-row bnh-head" aria-hidden="true"><span>{layerHeader}</span><span>z</span><span>{spreadHeader}</span></div>
      {layers.map((v, l) => (
        <div class="bnh-row">
          <span class="bnh-layer">{l + 1}</span>
          <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true">
            <line class="bnh-zero" x1={W / 2} x2={W / 2} y1={0} y2={H} />
            <path class="bnh-pooled" d={path(v.pooled, true)} />
            <path class="bnh-unit" d={path(v.unit, false)} />
          </svg>
          <span class="bnh-spread">{formatNumber(v.spread)}</span>
        </div>
      ))}
      <div class="bnh-row bnh-axis" aria-hidden="true">
        <span />
        <span class="bnh-ticks">{ticks.map((t) => <span>{formatNumber(t)}</span>)}</span>
        <span />
      </div>
    </figure>
  );
}
