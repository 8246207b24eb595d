/** The four points in hidden-unit space (h1, h2), with the output unit's line there when it has exactly two inputs. */
import { halfPlane, type Point } from '~/widgets/kit/half-plane';
import type { HiddenView } from './run';

interface Props { view: HiddenView; targets: number[]; names: string[]; label: string }

const LO = -1.2;
const HI = 1.2;
const SIZE = 240;
const sx = (x: number) => ((x - LO) / (HI - LO)) * SIZE;
const sy = (y: number) => SIZE - ((y - LO) / (HI - LO)) * SIZE;
const path = (pts: Point[]) => pts.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(' ');
/** Label offsets so points that land on one spot stay readable. */
const OFFSET: [number, number][] = [[12, -10], [12, 14], [-12, -10], [-12, 14]];

export default function HiddenPlot({ view, targets, names, label }: Props) {
  const hp = view.line ? halfPlane(view.line[0], view.line[1], view.line[2], LO, HI) : null;
  return (
    <svg class="xn-hidden" viewBox={`-22 -6 ${SIZE + 30} ${SIZE + 30}`} role="img" aria-label={label}>
      <rect x={0} y={0} width={SIZE} height={SIZE} class="xn-frame" />
      {hp && hp.region.length >= 3 && <polygon points={path(hp.region)} class="xn-region" />}
      {[-1, 0, 1].map((v) => (
        <g class="xn-axis">
          <line x1={sx(v)} y1={0} x2={sx(v)} y2={SIZE} />
          <line x1={0} y1={sy(v)} x2={SIZE} y2={sy(v)} />
          <text x={sx(v)} y={SIZE + 15} text-anchor="middle">{v}</text>
          <text x={-6} y={sy(v) + 4} text-anchor="end">{v}</text>
        </g>
      ))}
      <text x={SIZE - 4} y={SIZE - 6} text-anchor="end" class="xn-axis-name">h₁</text>
      <text x={6} y={14} class="xn-axis-name">h₂</text>
      {hp?.line && <line x1={sx(hp.line[0][0])} y1={sy(hp.line[0][1])} x2={sx(hp.line[1][0])} y2={sy(hp.line[1][1])} class="xn-line" />}
      {view.points.map(([h1, h2], i) => (
        <g>
          <circle cx={sx(h1)} cy={sy(h2)} r={7} class={targets[i] > 0 ? 'xn-pt xn-one' : 'xn-pt xn-zero'} />
          <text x={sx(h1) + OFFSET[i][0]} y={sy(h2) + OFFSET[i][1]} text-anchor={OFFSET[i][0] > 0 ? 'start' : 'end'} class="xn-pt-label">{names[i]}</text>
        </g>
      ))}
    </svg>
  );
}
