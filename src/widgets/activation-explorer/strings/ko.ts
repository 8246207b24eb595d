import type { ActivationExplorerStrings } from '~/widgets/activation-explorer/ActivationExplorer';
import { widgetTools } from '~/widgets/kit/strings/ko';

export const activationExplorer: ActivationExplorerStrings = {
  tools: widgetTools,
  names: { sigmoid: '시그모이드', tanh: 'tanh', relu: 'ReLU', leakyRelu: 'Leaky ReLU (α = {alpha})' },
  functions: '함수',
  position: '입력 x',
  alpha: 'Leaky ReLU의 α',
  depth: '층 수 n',
  chartLabel: '−6부터 6까지 활성화 함수와 그 도함수의 그래프. 세로선이 지금 고른 x입니다.',
  xAxis: 'x',
  yAxis: 'f(x), f′(x)',
  valueLegend: '실선: 함수 f(x)',
  derivativeLegend: '점선: 도함수 f′(x)',
  depthChartLabel: '층 수 n에 따른 최선의 도함수 곱 (max f′)ⁿ (로그 눈금)',
  depthXAxis: '층 수 n',
  depthYAxis: '(max f′)ⁿ',
  pointerHint: '그래프를 누르거나 끌어도 x가 움직입니다. 슬라이더는 방향키로도 움직입니다.',
  readoutRow: '{name}: f({x}) = {f}, f′({x}) = {d}',
  depthReadout: '{n}개 층을 지날 때 가장 좋은 경우의 곱:',
  depthRow: '{name} {value}',
  noneShown: '위에서 함수를 하나 이상 고르세요.',
  tableSummary: '표로 보기',
  tableCaption: '활성화 함수와 도함수의 값, 그리고 층 수에 따른 최선의 도함수 곱',
  tableFunction: '함수',
  tableDepth: '(max f′)ⁿ',
};
