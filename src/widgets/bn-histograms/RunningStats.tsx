/**
 * One BN layer, unit by unit: the mean and std of BN's input u over the data set (filled dots)
 * beside the running mean and √(running variance) the engine keeps for inference (rings).
 * A thin line joins each pair, so the gap the running averages still have to close is visible.
 */
import { formatNumber } from '~/widgets/kit/format';
import type { UnitStats } from './model';

interface Props { stats: UnitStats; label: string; meanLabel: string; stdLabel: string; batchLabel: string; runningLabel: string }

/** Vertical padding inside a strip, in % of its height, so dots at the extremes stay whole. */
const PAD = 12;

function Strip({ batch, running, name }: { batch: number[]; running: number[]; name: string }) {
  const all = [...batch, ...running].filter(Number.isFinite);
  let lo = Math.min(...all), hi = Math.max(...all);
  if (!(hi - lo > 1e-9)) { lo -= 0.5; hi += 0.5; }
  const y = (v: number) => PAD + (1 - (v - lo) / (hi - lo)) * (100 - 2 * PAD);
  const x = (j: number) => ((j + 0.5) / batch.length) * 100;
  return (
    <div class="bnh-strip">
      <span class="bnh-strip-name">{name}</span>
      <span class="bnh-strip-range"><span>{formatNumber(hi)}</span><span>{formatNumber(lo)}</span></span>
      <div class="bnh-dots" aria-hidden="true">
        {batch.map((b, j) => {
          const top = Math.min(y(b), y(running[j])), bottom = Math.max(y(b), y(running[j]));
          return (
            <>
              <span class="bnh-link" style={{ left: `${x(j)}%`, top: `${top}%`, height: `${bottom - top}%` }} />
              <span class="bnh-run" style={{ left: `${x(j)}%`, top: `${y(running[j])}%` }} />
              <span class="bnh-batch" style={{ left: `${x(j)}%`, top: `${y(b)}%` }} />
            </>
          );
        })}
      </div>
    </div>
  );
}

export default function RunningStats({ stats, label, meanLabel, stdLabel, batchLabel, runningLabel }: Props) {
  return (
    <figure class="bnh-stats" role="img" aria-label={label}>
      <Strip batch={stats.batchMean} running={stats.runMean} name={meanLabel} />
      <Strip batch={stats.batchStd} running={stats.runStd} name={stdLabel} />
      <figcaption class="bnh-key">
        <span><i class="bnh-key-batch" />{batchLabel}</span>
        <span><i class="bnh-key-run" />{runningLabel}</span>
      </figcaption>
    </figure>
  );
}
