/**
 * Per-layer gradient profiles as small multiples: one panel per remedy, ‖∂L/∂W_l‖ for every hidden
 * layer (input side left) as bars on ONE log scale shared by all panels, so heights compare across
 * panels; a tick per layer marks the value at initialisation. SVG stretched to its box; decade
 * labels are HTML so they keep their size on a phone.
 */
import { fill, formatNumber, formatPower } from '~/widgets/kit/format';
import { decades } from '~/widgets/kit/charts/axes';

export interface ProfileStrings { profileLabel: string; layerBar: string; inputSide: string; outputSide: string; none: string }
export interface ProfileRow { id: string; name: string; color: string; now: readonly number[] | null; init: readonly number[] | null }
interface Props { rows: ProfileRow[]; s: ProfileStrings }

export default function Profiles({ rows, s }: Props) {
  const all = rows.flatMap((r) => [...(r.now ?? []), ...(r.init ?? [])]);
  const [lo, hi] = decades(all);
  const every = Math.ceil((hi - lo) / 5);
  const marks = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).filter((e) => (hi - e) % every === 0);
  const y = (v: number) => 100 - Math.max(0, Math.min(1, (Math.log10(v) - lo) / (hi - lo))) * 100;
  const ok = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v) && v > 0;
  return (
    <div class="remedies-profiles">
      {rows.map((r) => {
        const n = Math.max(r.now?.length ?? 0, r.init?.length ?? 0, 1);
        return (
          <figure class="remedies-profile" data-remedy={r.id}>
            <figcaption style={{ borderColor: `var(${r.color})` }}>{r.name}</figcaption>
            <div class="remedies-profile-box">
              <div class="remedies-profile-axis" aria-hidden="true">
                {marks.map((e) => <span style={{ bottom: `${((e - lo) / (hi - lo)) * 100}%` }}>{formatPower(10 ** e)}</span>)}
              </div>
              <svg viewBox={`0 0 ${n * 10} 100`} preserveAspectRatio="none" role="img" aria-label={fill(s.profileLabel, { name: r.name })}>
                {marks.map((e) => {
                  const gy = 100 - ((e - lo) / (hi - lo)) * 100;
                  return <line x1="0" x2={n * 10} y1={gy} y2={gy} class="remedies-grid" vector-effect="non-scaling-stroke" />;
                })}
                {Array.from({ length: n }, (_, l) => {
                  const v = r.now?.[l];
                  const v0 = r.init?.[l];
                  const title = fill(s.layerBar, { l: l + 1, v: ok(v) ? formatNumber(v) : s.none, v0: ok(v0) ? formatNumber(v0) : s.none });
                  return (
                    <g>
                      <title>{title}</title>
                      {ok(v) && <rect x={l * 10 + 1.5} width="7" y={y(v)} height={100 - y(v)} style={{ fill: `var(${r.color})` }} />}
                      {ok(v0) && <>
                        <line x1={l * 10} x2={l * 10 + 10} y1={y(v0)} y2={y(v0)} class="remedies-init-halo" vector-effect="non-scaling-stroke" />
                        <line x1={l * 10 + 0.5} x2={l * 10 + 9.5} y1={y(v0)} y2={y(v0)} class="remedies-init" vector-effect="non-scaling-stroke" />
                      </>}
                    </g>
                  );
                })}
              </svg>
              <div class="remedies-profile-x" aria-hidden="true"><span>{s.inputSide}</span><span>{s.outputSide}</span></div>
            </div>
          </figure>
        );
      })}
    </div>
  );
}
