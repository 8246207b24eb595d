import type { DescentSurfaceStrings } from '~/widgets/descent-surface/DescentSurface';
import { widgetTools } from '~/widgets/kit/strings/ko';

export const descentSurface: DescentSurfaceStrings = {
  tools: widgetTools,
  surface: '손실 곡면',
  valley: '좁은 골짜기 ½(θ₁² + 10θ₂²)',
  rotated: '같은 골짜기를 30° 돌린 것',
  banana: '바나나 (1 − θ₁)² + 10(θ₂ − θ₁²)²',
  twoMinima: '최솟값이 두 개인 곡면',
  startA: '시작점 θ₁',
  startB: '시작점 θ₂',
  learningRate: '학습률 η',
  steps: '스텝 수',
  momentum: '모멘텀 (β = {beta})',
  chartLabel: '두 매개변수 손실의 등고선과 시작점에서 출발한 경사 하강법 경로',
  clickHint: '그래프를 누르면 시작점이 바뀝니다.',
  position: '{k}스텝 뒤: θ = ({a}, {b}), L = {loss}',
  diverged: '발산했습니다. {k}스텝 만에 θ가 1000 밖으로 나갔습니다. η를 낮추세요.',
  compare: '{k}스텝 뒤 손실: 보통 경사 하강법 {plain}, 모멘텀 {momentum}',
  tableSummary: '경로를 표로 보기',
  tableCaption: '30° 돌린 골짜기에서 θ = (−2.5, −1), η = 0.18로 출발한 보통 경사 하강법과 모멘텀(β = 0.5)',
  colStep: '스텝',
  colPlain: 'L',
  colMomentum: '모멘텀',
};
