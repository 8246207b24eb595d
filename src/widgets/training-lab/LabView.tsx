/**
 * One of the lab's views in its titled group: the gradient bars, the decision boundary's canvas, or a
 * time chart's canvas with its legend. Canvases exist only once the lab is live (no-JS pages show the table).
 */
import ChartLegend from '~/widgets/kit/charts/ChartLegend';
import type { Measurement } from '~/widgets/kit/lab/session';
import type { ViewName } from '~/widgets/kit/lab/settings';
import GradientBars from './GradientBars';
import type { TrainingLabStrings } from './strings/types';

interface Props {
  id: string; s: TrainingLabStrings; view: ViewName; live: boolean; m: Measurement | null;
  canvas: (c: HTMLCanvasElement | null) => void;
}

export default function LabView({ id, s, view: v, live, m, canvas }: Props) {
  const title = <p class="lab-view-title" id={`${id}-${v}-title`}>{s.views[v]}</p>;
  if (v === 'gradients') {
    return (
      <div class="lab-view" role="group" aria-labelledby={`${id}-${v}-title`}>
        {title}
        <GradientBars s={s} norms={m?.gradNorms ?? []} outputNorm={m?.outputGradNorm ?? NaN} />
        <ChartLegend items={[{ label: s.outputLayer, color: 'var(--chart-4)' }]} />
      </div>
    );
  }
  if (v === 'boundary') {
    return (
      <div class="lab-view" role="group" aria-labelledby={`${id}-${v}-title`}>
        {title}
        <div class="lab-boundary">{live && <canvas ref={canvas} role="img" aria-label={s.chartLabels.boundary} />}</div>
        <ul class="chart-legend lab-classes">
          <li><i class="lab-dot lab-dot-0" />{s.class0}</li><li><i class="lab-dot lab-dot-1" />{s.class1}</li>
        </ul>
      </div>
    );
  }
  return (
    <div class="lab-view" role="group" aria-labelledby={`${id}-${v}-title`}>
      {title}
      <div class="chart-box lab-chart">{live && <canvas ref={canvas} role="img" aria-label={s.chartLabels[v]} />}</div>
      {v === 'loss'
        ? <ChartLegend items={[{ label: s.lossLabel, color: 'var(--chart-1)' }, { label: s.accuracyLabel, color: 'var(--chart-3)', dash: '6 3' }]} />
        : <div class="lab-ramp" aria-hidden="true"><span>{s.inputSide}</span><i /><span>{s.outputSide}</span></div>}
      {v === 'gradientsOverTime' && <ChartLegend items={[{ label: s.outputLayer, color: 'var(--fg)', dash: '5 4' }]} />}
    </div>
  );
}
