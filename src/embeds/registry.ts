/**
 * Every widget a blogger can embed: <base>/<lang>/embed/<widget>/. Each entry names the lesson and
 * section the widget comes from (the attribution link), the id its settings use in the query string
 * (the same as in the lesson, so a lesson link's settings work in the embed), and a frame height.
 * The embed page renders the widget with its lesson's defaults; see src/pages/[lang]/embed/.
 */
import type { LessonSlug } from '~/i18n/course';

export interface EmbedEntry {
  widget: string;
  /** The lesson it explains, or 'home' for the course home. */
  lesson: LessonSlug | 'home';
  anchor: string;
  /** Query-string id of the widget's settings (as in the lesson). */
  id: string;
  /** Suggested iframe height in CSS pixels at a 700 px wide frame. */
  height: number;
  name: { ko: string; en: string };
}

export const embeds: EmbedEntry[] = [
  { widget: 'depth-product', lesson: 'home', anchor: 'depth-product', id: 'depth', height: 620,
    name: { ko: '층이 깊어질수록 줄어드는 도함수의 곱', en: 'How the product of derivatives shrinks with depth' } },
  { widget: 'perceptron-lab', lesson: 'perceptron', anchor: 'try-it', id: 'pl', height: 760,
    name: { ko: '퍼셉트론 학습 규칙 실험', en: 'The perceptron learning rule, step by step' } },
  { widget: 'forward-pass', lesson: 'feedforward-networks', anchor: 'hidden-features', id: 'fp', height: 820,
    name: { ko: '순방향 계산 따라가기', en: 'A forward pass, unit by unit' } },
  { widget: 'xor-network', lesson: 'feedforward-networks', anchor: 'learning-xor', id: 'xor', height: 820,
    name: { ko: 'XOR을 푸는 작은 신경망', en: 'A small network that learns XOR' } },
  { widget: 'descent-curve', lesson: 'gradient-descent', anchor: 'update-rule', id: 'curve', height: 720,
    name: { ko: '학습률과 경사 하강법', en: 'Gradient descent and the step size' } },
  { widget: 'descent-surface', lesson: 'gradient-descent', anchor: 'two-parameters', id: 'surface', height: 820,
    name: { ko: '두 매개변수의 경사 하강법과 모멘텀', en: 'Descent on a surface, with and without momentum' } },
  { widget: 'backprop-stepper', lesson: 'backpropagation', anchor: 'stepper', id: 'bp', height: 900,
    name: { ko: '역전파 한 단계씩 보기', en: 'Backpropagation, one local gradient at a time' } },
  { widget: 'activation-explorer', lesson: 'vanishing-gradients', anchor: 'sigmoid-derivative', id: 'act', height: 860,
    name: { ko: '활성화 함수와 도함수 탐색기', en: 'Activation functions and their derivatives' } },
  { widget: 'nielsen-rerun', lesson: 'vanishing-gradients', anchor: 'nielsen-rerun', id: 'nielsen', height: 1300,
    name: { ko: 'Nielsen의 MNIST 측정을 브라우저에서 다시 하기', en: 'Nielsen’s MNIST measurement, rerun in your browser' } },
  { widget: 'bn-histograms', lesson: 'batch-normalization', anchor: 'histograms', id: 'hist', height: 1250,
    name: { ko: '배치 정규화 전후의 층별 분포', en: 'Per-layer distributions with and without batch norm' } },
  { widget: 'bn-learning-rates', lesson: 'batch-normalization', anchor: 'learning-rate', id: 'lr', height: 900,
    name: { ko: '학습률을 바꿔 가며 본 배치 정규화', en: 'Batch norm across learning rates' } },
  { widget: 'shortcut-scale', lesson: 'resnet', anchor: 'shortcut-scale', id: 'scale', height: 760,
    name: { ko: '지름길에 λ를 곱하면: λⁿ이 되살리는 소실과 폭주', en: 'Scale the shortcut by λ: λⁿ brings the problem back' } },
  { widget: 'init-explorer', lesson: 'weight-initialization', anchor: 'explore-tanh', id: 'tanh', height: 980,
    name: { ko: '초기화에 따른 층별 신호와 기울기', en: 'Signal and gradient per layer at initialisation' } },
  { widget: 'chain-factors', lesson: 'exploding-gradients', anchor: 'unstable-gradients', id: 'chain', height: 640,
    name: { ko: '가중치 100의 사슬: 곱해지는 인수 w·σ′(z)', en: 'Nielsen’s chain: the factor w·σ′(z), layer after layer' } },
  { widget: 'exploding-gradients', lesson: 'exploding-gradients', anchor: 'blow-up', id: 'blowup', height: 1150,
    name: { ko: '폭주하는 기울기와 클리핑', en: 'A gradient that blows up, and clipping that tames it' } },
  { widget: 'remedies-compared', lesson: 'remedies-compared', anchor: 'widget', id: 'cmp', height: 1450,
    name: { ko: '여섯 가지 해결책을 한 번에 학습하기', en: 'Six remedies trained side by side' } },
  { widget: 'training-lab', lesson: 'playground', anchor: 'lab', id: 'lab', height: 1500,
    name: { ko: '신경망 학습 실험실(모든 설정)', en: 'The training lab, every knob' } },
];

export const embedById = (widget: string): EmbedEntry | undefined => embeds.find((e) => e.widget === widget);
