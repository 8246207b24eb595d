/**
 * Final accuracy against learning rate (log axis), one line for the plain net and one for batch
 * norm. Runs not finished yet are left out; a diverged run is a cross on the bottom edge.
 */
import { fill, formatNumber } from '~/widgets/kit/format';
import { LEARNING_RATES, RUNS, type RunResult } from './runs';

interface Props { results: (RunResult | null)[]; label: string; xAxis: string; yAxis: string; plain: string; bn: string; percent: string }

const W = 480, H = 250, L = 64, R = 14, T = 34, B = 46;
const LO = Math.log10(0.03), HI = Math.log10(30);
const x = (lr: number) => L + ((Math.log10(lr) - LO) / (HI - LO)) * (W - L - R);
const y = (acc: number) => T + (1 - (acc - 0.4) / 0.6) * (H - T - B);

export default function AccuracyChart({ results, label, xAxis, yAxis, plain, bn, percent }: Props) {
  const series = (withBn: boolean) => RUNS.map((r, i) => ({ r, res: results[i] })).filter(({ r, res }) => r.bn === withBn && res);
  const line = (withBn: boolean) => series(withBn).filter(({ res }) => res!.status === 'ok')
    .map(({ r, res }) => `${x(r.lr).toFixed(1)},${y(res!.accuracy).toFixed(1)}`).join(' ');
  return (
    <svg class="bnlr-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {[0.5, 0.75, 1].map((a) => (
        <g>
          <line class="bnlr-grid" x1={L} x2={W - R} y1={y(a)} y2={y(a)} />
          <text class="bnlr-tick" x={L - 6} y={y(a) + 4} text-anchor="end">{fill(percent, { v: formatNumber(a * 100) })}</text>
        </g>
      ))}
      {LEARNING_RATES.map((lr) => <text class="bnlr-tick" x={x(lr)} y={H - B + 18} text-anchor="middle">{formatNumber(lr)}</text>)}
      <text class="bnlr-title" x={(L + W - R) / 2} y={H - 6} text-anchor="middle">{xAxis}</text>
      <text class="bnlr-title" x={4} y={16}>{yAxis}</text>
      <line class="bnlr-axis" x1={L} x2={W - R} y1={H - B} y2={H - B} />
      {([false, true] as const).map((withBn) => (
        <g class={withBn ? 'bnlr-bn' : 'bnlr-plain'}>
          <title>{withBn ? bn : plain}</title>
          <polyline points={line(withBn)} />
          {series(withBn).map(({ r, res }) => res!.status === 'ok'
            ? <circle cx={x(r.lr)} cy={y(res!.accuracy)} r={4.5} />
            : <path d={`M${x(r.lr) - 5} ${H - B - 5} l10 10 m0 -10 l-10 10`} class="bnlr-cross" />)}
        </g>
      ))}
    </svg>
  );
}
