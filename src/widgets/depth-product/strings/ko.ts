import type { DepthProductStrings } from '~/widgets/depth-product/DepthProduct';
import { widgetTools } from '~/widgets/kit/strings/ko';

export const depthProduct: DepthProductStrings = {
  tools: widgetTools,
  layers: '층 수',
  preActivation: '사전 활성화 |z|',
  chartLabel: '층 수에 따른 활성화 함수 도함수의 곱 (로그 눈금)',
  xAxis: '층 수 n',
  yAxis: "f′(z)ⁿ",
  readout: '시그모이드 층 {n}개를 지나면 기울기에 곱해지는 도함수의 곱은 많아야 {value}입니다.',
  readoutSaturated: '|z| = {z}이면 시그모이드의 도함수는 {d}이고, {n}개 층을 지나면 {value}가 됩니다.',
  tableCaption: '층 수 n에 따른 도함수 곱',
  tableSummary: '표로 보기',
  sigmoid: '시그모이드',
  tanh: 'tanh',
  relu: 'ReLU (z > 0)',
};
