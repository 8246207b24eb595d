/** The input plane: the four points filled by class, the class-1 half-plane shaded, the decision line, the last example ringed. */
import { halfPlane, type Point } from './lab';

interface Props { w1: number; w2: number; b: number; targets: number[]; active: number | null; label: string }

const LO = -0.5;
const HI = 1.5;
const SIZE = 240;
const POINTS: Point[] = [[0, 0], [0, 1], [1, 0], [1, 1]];
const sx = (x: number) => ((x - LO) / (HI - LO)) * SIZE;
const sy = (y: number) => SIZE - ((y - LO) / (HI - LO)) * SIZE;
const path = (pts: Point[]) => pts.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(' ');

export default function Plane({ w1, w2, b, targets, active, label }: Props) {
  const { region, line } = halfPlane(w1, w2, b, LO, HI);
  return (
    <svg class="pl-plane" viewBox={`-24 -8 ${SIZE + 32} ${SIZE + 32}`} role="img" aria-label={label}>
      <rect x={0} y={0} width={SIZE} height={SIZE} class="pl-frame" />
      {region.length >= 3 && <polygon points={path(region)} class="pl-region" />}
      {[0, 1].map((v) => (
        <g class="pl-axis">
          <line x1={sx(v)} y1={0} x2={sx(v)} y2={SIZE} />
          <line x1={0} y1={sy(v)} x2={SIZE} y2={sy(v)} />
          <text x={sx(v)} y={SIZE + 16} text-anchor="middle">{v}</text>
          <text x={-8} y={sy(v) + 4} text-anchor="end">{v}</text>
        </g>
      ))}
      <text x={SIZE - 4} y={SIZE - 6} text-anchor="end" class="pl-axis-name">x₁</text>
      <text x={6} y={14} class="pl-axis-name">x₂</text>
      {line && <line x1={sx(line[0][0])} y1={sy(line[0][1])} x2={sx(line[1][0])} y2={sy(line[1][1])} class="pl-line" />}
      {POINTS.map(([x, y], i) => (
        <g>
          {active === i && <circle cx={sx(x)} cy={sy(y)} r={17} class="pl-active" />}
          <circle cx={sx(x)} cy={sy(y)} r={9} class={targets[i] > 0 ? 'pl-pt pl-one' : 'pl-pt pl-zero'} />
        </g>
      ))}
    </svg>
  );
}
