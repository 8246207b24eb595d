/**
 * The widget's live part, loaded only once the reader asks for the digits (so the page's first
 * JavaScript stays small): it owns the worker host, measures whenever the network changes, and
 * shows the bars, the per-layer table and the training view.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import ChartLegend from '~/widgets/kit/charts/ChartLegend';
import { fill, formatNumber } from '~/widgets/kit/format';
import Bars from './Bars';
import SpeedChart from './SpeedChart';
import { RerunHost, type EngineKind } from './host';
import { EPOCHS, NIELSEN, POINTS_PER_EPOCH, VARIANTS, ratiosToNext, type LayerChoice, type Measurement, type TrainPoint, type Variant } from './settings';
import type { Reply } from './protocol';
import type { NielsenRerunStrings } from './NielsenRerun';
import type { ChartData } from '~/widgets/kit/csv';

type TrainStatus = 'idle' | 'running' | 'done' | 'stopped' | 'diverged';
interface Props {
  s: NielsenRerunStrings; bytes: ArrayBuffer; count: number; layers: LayerChoice; seed: number;
  onVariant: (v: Variant) => void;
  /** Set on every render to a getter of the charts' data, for the CSV download. */
  chartData: { current: (() => ChartData[]) | null };
}

export default function Live({ s, bytes, count, layers, seed, onVariant, chartData }: Props) {
  const [engine, setEngine] = useState<EngineKind>('worker');
  const [result, setResult] = useState<Measurement | null>(null);
  const [points, setPoints] = useState<TrainPoint[]>([]);
  const [train, setTrain] = useState<{ status: TrainStatus; variant: Variant; layers: number }>({ status: 'idle', variant: 'sigmoid', layers: 4 });
  const host = useRef<RerunHost | null>(null);
  const trainGen = useRef(-1);

  useEffect(() => {
    const h = new RerunHost((r: Reply) => {
      if (r.type === 'measured') setResult(r.result);
      else if (r.type === 'point') setPoints((ps) => [...ps, r.point]);
      else if (r.type === 'done') setTrain((t) => ({ ...t, status: r.diverged ? 'diverged' : 'done' }));
      else if (r.gen === trainGen.current) setTrain((t) => ({ ...t, status: 'stopped' }));
    }, setEngine);
    h.setData(bytes);
    host.current = h;
    return () => { h.dispose(); host.current = null; };
  }, [bytes]);

  // Measure whenever the network changes; a running training gives way.
  useEffect(() => {
    if (!host.current) return;
    setTrain((t) => (t.status === 'running' ? { ...t, status: 'stopped' } : t));
    host.current.measure(Number(layers), seed);
  }, [bytes, layers, seed]);

  function startTraining(variant: Variant) {
    if (!host.current) return;
    onVariant(variant);
    setPoints([]);
    setTrain({ status: 'running', variant, layers: Number(layers) });
    trainGen.current = host.current.train({ variant, layers: Number(layers), seed });
  }
  function stopTraining() {
    host.current?.stop();
    setTrain((t) => ({ ...t, status: 'stopped' }));
  }

  const nielsen = NIELSEN[layers];
  const shown = result && result.layers === Number(layers) && result.seed === seed ? result : null;
  const ratios = shown ? ratiosToNext(shown.scaled) : [];
  const nRatios = ratiosToNext(nielsen);
  const last = points.at(-1);
  const epochMs = points.length > POINTS_PER_EPOCH ? points.slice(-POINTS_PER_EPOCH).reduce((a, p) => a + p.ms, 0) : null;
  const f = (x: number) => formatNumber(x);
  const n = count.toLocaleString('en-US');
  chartData.current = () => [
    ...(shown ? [{ chart: s.chartLabel, series: [
      { name: s.legendOurs, points: shown.scaled.map((v, l) => [l + 1, v] as const) },
      { name: s.legendNielsen, points: nielsen.map((v, l) => [l + 1, v] as const) },
    ] }] : []),
    ...(points.length ? [{ chart: s.speedChartLabel, series: [
      ...Array.from({ length: train.layers }, (_, l) => ({ name: fill(s.layerName, { l: l + 1 }), points: points.map((p) => [p.epoch, p.speeds[l]] as const) })),
      { name: s.accuracyName, points: points.map((p) => [p.epoch, p.testAccuracy] as const) },
    ] }] : []),
  ];
  const statusKey = ({ running: 'trainRunning', done: 'trainDone', stopped: 'trainStopped', diverged: 'trainDiverged', idle: 'trainRunning' } as const)[train.status];

  return (
    <>
      <div class="widget-readout nr-readout" aria-live="polite" data-ms={shown ? shown.ms.toFixed(1) : undefined}>
        {shown ? (
          <>
            <p data-readout="timing">{fill(s.readout, { seed: shown.seed, layers: shown.layers, n, ms: Math.round(shown.ms), engine: s.engines[engine] })}</p>
            <p data-readout="summary">{fill(s.firstVsLast, { ratio: f(shown.scaled.at(-1)! / shown.scaled[0]), nratio: f(nielsen.at(-1)! / nielsen[0]) })}</p>
          </>
        ) : <p>{fill(s.loaded, { n })} {s.measuring}</p>}
      </div>
      {shown && (
        <div class="nr-result">
          <Bars ours={shown.scaled} nielsen={nielsen} label={s.chartLabel} layerLabel={s.layerTick} axisLabel={s.axisNorm} />
          <ChartLegend items={[{ label: s.legendOurs, color: 'var(--chart-1)' }, { label: s.legendNielsen, color: 'var(--chart-2)' }]} />
          <div class="nr-table-wrap">
            <table class="nr-live-table">
              <thead><tr><th scope="col">{s.colLayer}</th><th scope="col">{s.colRaw}</th><th scope="col">{s.colOurs}</th><th scope="col">{s.colNielsen}</th><th scope="col">{s.colRatio}</th><th scope="col">{s.colNielsenRatio}</th></tr></thead>
              <tbody>
                {shown.scaled.map((v, l) => (
                  <tr data-layer={l + 1}><th scope="row">{l + 1}</th><td data-cell="raw">{f(shown.raw[l])}</td><td data-cell="ours">{f(v)}</td>
                    <td data-cell="nielsen">{f(nielsen[l])}</td><td data-cell="ratio">{ratios[l] === null ? '—' : f(ratios[l]!)}</td>
                    <td>{nRatios[l] === null ? '—' : f(nRatios[l]!)}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="nr-note">{s.scaleNote}</p>
        </div>
      )}
      <div class="nr-train">
        <p class="nr-train-title">{s.trainTitle}</p>
        <p class="nr-note">{s.trainIntro}</p>
        <div class="nr-train-buttons">
          {VARIANTS.map((v) => (
            <button type="button" data-variant={v} aria-pressed={train.status !== 'idle' && train.variant === v ? 'true' : 'false'} onClick={() => startTraining(v)}>{s.variants[v]}</button>
          ))}
          {train.status === 'running' && <button type="button" onClick={stopTraining}>{s.stop}</button>}
        </div>
        {train.status !== 'idle' && (
          <>
            <p class="nr-train-status" aria-live="polite" data-epoch-ms={epochMs === null ? undefined : epochMs.toFixed(0)}>
              {fill(s[statusKey], { variant: s.variants[train.variant], epoch: f(last?.epoch ?? 0), epochs: EPOCHS, acc: last ? formatNumber(100 * last.testAccuracy, 3) : '—' })}
              {epochMs !== null && ` ${fill(s.epochTime, { ms: Math.round(epochMs) })}`}
            </p>
            {train.variant === 'bn' && <p class="nr-note">{s.bnNote}</p>}
            <SpeedChart points={points} layers={train.layers} label={s.speedChartLabel} xTitle={s.axisEpoch} yTitle={s.axisSpeed} accTitle={s.axisAccuracy}
              layerName={(l) => fill(s.layerName, { l: l + 1 })} accName={s.accuracyName} />
            <ChartLegend items={[
              ...Array.from({ length: train.layers }, (_, l) => ({ label: fill(s.layerName, { l: l + 1 }), color: `var(--chart-${(l % 4) + 1})` })),
              { label: s.accuracyName, color: 'var(--muted)', dash: '6 4' },
            ]} />
          </>
        )}
      </div>
    </>
  );
}
