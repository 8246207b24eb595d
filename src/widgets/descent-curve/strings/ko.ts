import type { DescentCurveStrings } from '~/widgets/descent-curve/DescentCurve';
import { widgetTools } from '~/widgets/kit/strings/ko';

export const descentCurve: DescentCurveStrings = {
  tools: widgetTools,
  curve: '손실 함수',
  quadratic: '이차 함수 ½(θ − 1)²',
  doubleWell: '두 골짜기 (θ² − 1)²/4 + 0.3θ',
  start: '시작점 θ₀',
  learningRate: '학습률 η',
  step: '한 스텝',
  run: '계속 실행',
  pause: '멈춤',
  reset: '처음으로',
  dragHint: '그래프를 누르거나 끌면 시작점이 바뀝니다.',
  chartLabel: '손실 곡선 L(θ)와 그 위에 그린 경사 하강법의 이동 경로',
  axisTheta: 'θ',
  axisLoss: 'L(θ)',
  position: '{k}스텝 뒤: θ = {theta}, L(θ) = {loss}',
  iterates: '최근 값:',
  behaviour: {
    ready: '한 스텝이나 계속 실행을 누르면 θ₀에서 경사 하강을 시작합니다.',
    converged: '수렴했습니다. 기울기가 소수 아홉째 자리까지 0이라 θ가 더 움직이지 않습니다.',
    converging: '수렴하는 중입니다. 스텝마다 이동 폭이 직전의 {r}배로 줄고 방향은 그대로입니다.',
    slow: '수렴하지만 느립니다. 이동 폭이 직전의 {r}배라 거의 줄지 않습니다. η를 키워 보세요.',
    oscillating: '진동하며 수렴합니다. θ가 최솟값을 넘나들고, 이동 폭은 직전의 {r}배입니다.',
    bouncing: '두 점 사이를 끝없이 오갑니다. 이동 폭의 비가 {r}이라 줄지도 늘지도 않습니다.',
    diverging: '발산하는 중입니다. 이동 폭이 직전의 {r}배로 커져 θ가 멀어집니다.',
    diverged: '발산했습니다. {k}스텝 만에 |θ|가 {bound}를 넘어 멈췄습니다. η를 낮추고 처음으로를 누르세요.',
  },
  tableSummary: '이동 경로를 표로 보기',
  pathCaption: '½(θ − 1)²에서 θ₀ = −2로 출발한 경사 하강법의 k스텝 뒤 θ (학습률 여섯 가지, 위젯의 기본값은 η = 0.3)',
  colStep: '스텝',
};
