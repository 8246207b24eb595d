import type { ForwardPassStrings } from '~/widgets/forward-pass/ForwardPass';
import { widgetTools } from '~/widgets/kit/strings/ko';

export const forwardPass: ForwardPassStrings = {
  tools: widgetTools,
  input: '입력 {x}',
  parameter: '고칠 매개변수',
  value: '값',
  presetXor: 'XOR 가중치 불러오기',
  presetZero: '모두 0으로',
  weightOf: '가중치 {from} → {to}',
  biasOf: '편향 {to}',
  readout: '입력 ({x1}, {x2})에서 은닉 출력은 h₁ = {h1}, h₂ = {h2}이고 최종 출력은 ŷ = {y}입니다.',
  graphLabel: '입력 2개, 은닉 유닛 2개, 출력 1개인 신경망. 각 노드에 z와 a, 각 연결에 가중치가 적혀 있습니다.',
  hint: '연결선이나 노드를 누르면 그 가중치나 편향을 고를 수 있습니다. 파란 실선은 양수, 빨간 점선은 음수이고 굵을수록 크기가 큽니다.',
  tableCaption: '네 입력에 대한 순방향 계산 (현재 가중치로 바로 계산)',
  colClass: 'ŷ > 0.5',
};
