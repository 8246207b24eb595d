/** Every widget's UI strings by language, for pages that render widgets outside MDX (the embeds). */
import { depthProduct as depthProductKo } from './ko/depth-product';
import { depthProduct as depthProductEn } from './en/depth-product';
import { perceptronLab as perceptronLabKo } from './ko/perceptron-lab';
import { perceptronLab as perceptronLabEn } from './en/perceptron-lab';
import { forwardPass as forwardPassKo } from './ko/forward-pass';
import { forwardPass as forwardPassEn } from './en/forward-pass';
import { xorNetwork as xorNetworkKo } from './ko/xor-network';
import { xorNetwork as xorNetworkEn } from './en/xor-network';
import { descentCurve as descentCurveKo } from './ko/descent-curve';
import { descentCurve as descentCurveEn } from './en/descent-curve';
import { descentSurface as descentSurfaceKo } from './ko/descent-surface';
import { descentSurface as descentSurfaceEn } from './en/descent-surface';
import { backpropStepper as backpropStepperKo } from './ko/backprop-stepper';
import { backpropStepper as backpropStepperEn } from './en/backprop-stepper';
import { activationExplorer as activationExplorerKo } from './ko/activation-explorer';
import { activationExplorer as activationExplorerEn } from './en/activation-explorer';
import { shortcutScale as shortcutScaleKo } from './ko/shortcut-scale';
import { shortcutScale as shortcutScaleEn } from './en/shortcut-scale';
import { initExplorer as initExplorerKo } from './ko/init-explorer';
import { initExplorer as initExplorerEn } from './en/init-explorer';
import { remediesCompared as remediesComparedKo } from './ko/remedies-compared';
import { remediesCompared as remediesComparedEn } from './en/remedies-compared';
import { bnHistograms as bnHistogramsKo } from './ko/bn-histograms';
import { bnHistograms as bnHistogramsEn } from './en/bn-histograms';
import { bnLearningRates as bnLearningRatesKo } from './ko/bn-learning-rates';
import { bnLearningRates as bnLearningRatesEn } from './en/bn-learning-rates';
import { explodingGradients as explodingGradientsKo } from './ko/exploding-gradients';
import { explodingGradients as explodingGradientsEn } from './en/exploding-gradients';
import { chainFactors as chainFactorsKo } from './ko/chain-factors';
import { chainFactors as chainFactorsEn } from './en/chain-factors';
import { nielsenRerun as nielsenRerunKo } from './ko/nielsen-rerun';
import { nielsenRerun as nielsenRerunEn } from './en/nielsen-rerun';
import { trainingLab as trainingLabKo } from './ko/training-lab';
import { trainingLab as trainingLabEn } from './en/training-lab';

export const widgetStrings = {
  ko: {
    depthProduct: depthProductKo, perceptronLab: perceptronLabKo, forwardPass: forwardPassKo, xorNetwork: xorNetworkKo,
    descentCurve: descentCurveKo, descentSurface: descentSurfaceKo, backpropStepper: backpropStepperKo,
    activationExplorer: activationExplorerKo, trainingLab: trainingLabKo, shortcutScale: shortcutScaleKo, initExplorer: initExplorerKo, remediesCompared: remediesComparedKo, bnHistograms: bnHistogramsKo, bnLearningRates: bnLearningRatesKo, explodingGradients: explodingGradientsKo, chainFactors: chainFactorsKo, nielsenRerun: nielsenRerunKo,
  },
  en: {
    depthProduct: depthProductEn, perceptronLab: perceptronLabEn, forwardPass: forwardPassEn, xorNetwork: xorNetworkEn,
    descentCurve: descentCurveEn, descentSurface: descentSurfaceEn, backpropStepper: backpropStepperEn,
    activationExplorer: activationExplorerEn, trainingLab: trainingLabEn, shortcutScale: shortcutScaleEn, initExplorer: initExplorerEn, remediesCompared: remediesComparedEn, bnHistograms: bnHistogramsEn, bnLearningRates: bnLearningRatesEn, explodingGradients: explodingGradientsEn, chainFactors: chainFactorsEn, nielsenRerun: nielsenRerunEn,
  },
};
