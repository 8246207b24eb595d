/** Every string the training lab shows; strings/ko.ts and strings/en.ts fill it. */
import type { WidgetToolsStrings } from '~/widgets/kit/controls/WidgetTools';
import type { ViewName } from '~/widgets/kit/lab/settings';
import type { ControlStrings } from '../Controls';
import type { BarStrings } from '../GradientBars';

export interface TrainingLabStrings extends ControlStrings, BarStrings {
  tools: WidgetToolsStrings;
  play: string; pause: string; step: string; reset: string; speed: string; rebuildNote: string;
  views: Record<ViewName, string>; chartLabels: Record<ViewName, string>;
  stepLabel: string; lossLabel: string; accuracyLabel: string; ratioLabel: string; deadLabel: string;
  deadValue: string; percent: string; none: string;
  diverged: string; statusPaused: string; statusRunning: string;
  axisStep: string; axisGradNorm: string; axisLoss: string; axisAccuracy: string; axisDead: string;
  outputLayer: string; class0: string; class1: string;
  tableSummary: string; tableCaption: string; colLayer: string; colInit: string; colEnd: string; colDead: string;
  layerName: string; tableDiverged: string;
}
