import type { TrainingLabStrings } from '~/widgets/training-lab/TrainingLab';
import { widgetTools } from '~/widgets/kit/strings/ko';

export const trainingLab: TrainingLabStrings = {
  tools: widgetTools,
  settings: {
    dataset: '데이터', noise: '잡음', points: '점 개수', depth: '은닉층 수', width: '층당 유닛 수',
    act: '활성화 함수', alpha: 'Leaky 기울기 α', init: '초기화', lr: '학습률', batch: '배치 크기',
    opt: '옵티마이저', seed: '시드', bn: '배치 정규화', res: '잔차 연결', clip: '기울기 노름 상한',
  },
  options: {
    dataset: { moons: '두 반달', circle: '원', spiral: '나선', xor: 'XOR', gaussians: '두 덩어리' },
    act: { sigmoid: '시그모이드', tanh: 'tanh', relu: 'ReLU', leakyRelu: 'Leaky ReLU' },
    init: { xavier: 'Xavier (Glorot)', he: 'He', lecun: 'LeCun (분산 1/n)', normal: 'N(0, 1)', tiny: 'N(0, 0.01²)' },
    opt: { sgd: 'SGD', momentum: '모멘텀', adam: 'Adam' },
  },
  clipOff: '0이면 끔',
  play: '학습', pause: '일시 정지', step: '한 스텝', reset: '처음으로', speed: '프레임당 스텝',
  rebuildNote: '설정을 바꾸면 새 신경망을 만들고 0스텝부터 다시 시작합니다.',
  views: {
    gradients: '층별 기울기 크기 ‖∂L/∂W‖ (로그 눈금)',
    gradientsOverTime: '학습 중 층별 기울기 크기',
    loss: '손실과 정확도',
    boundary: '결정 경계',
    dead: '층별 죽은 유닛 비율',
  },
  chartLabels: {
    gradients: '막대 그래프: 층마다 가중치 기울기의 노름을 로그 눈금으로 표시합니다. 왼쪽이 입력 쪽이고 마지막 막대가 출력층입니다',
    gradientsOverTime: '선 그래프: 학습 스텝에 따른 층별 가중치 기울기 노름, 로그 눈금',
    loss: '선 그래프: 학습 스텝에 따른 전체 데이터의 손실과 정확도',
    boundary: '평면 위 신경망의 예측을 클래스 색으로 칠하고 데이터 점을 함께 그린 그림',
    dead: '선 그래프: 학습 스텝에 따른 은닉층별 죽은 유닛 비율',
  },
  layerBar: '{l}층: ‖∂L/∂W‖ = {v}', outputBar: '출력층: ‖∂L/∂W‖ = {v}',
  chartLabel: '층별 가중치 기울기 노름, 로그 눈금, 왼쪽이 입력 쪽',
  inputSide: '입력 쪽', outputSide: '출력 쪽',
  stepLabel: '스텝', lossLabel: '손실', accuracyLabel: '정확도', ratioLabel: '첫 은닉층/마지막 은닉층 기울기 비',
  deadLabel: '죽은 유닛', deadValue: '{total}개 중 {n}개', percent: '{v}%', none: '—',
  diverged: '{step}스텝에서 학습이 발산했습니다. 손실이나 기울기가 무한대 또는 숫자가 아닌 값(NaN)이 되었습니다. 학습률을 낮추거나 클리핑을 켠 뒤 처음으로 돌아가세요.',
  statusPaused: '멈췄습니다.', statusRunning: '학습 중입니다.',
  axisStep: '스텝', axisGradNorm: '‖∂L/∂W‖', axisLoss: '손실', axisAccuracy: '정확도', axisDead: '죽은 유닛',
  outputLayer: '출력층', class0: '클래스 0', class1: '클래스 1',
  tableSummary: '숫자를 표로 보기',
  tableCaption: '전체 데이터에서 잰 층별 가중치 기울기 노름 ‖∂L/∂W‖입니다. 이 설정으로 초기화 직후와 {steps}스텝 학습 뒤의 값입니다. 정확도 {accInit} → {accEnd}, 손실 {lossInit} → {lossEnd}.',
  colLayer: '층', colInit: '초기화 직후', colEnd: '{steps}스텝 뒤', colDead: '{steps}스텝 뒤 죽은 유닛',
  layerName: '{l}층', tableDiverged: '{step}스텝에서 학습이 발산했습니다.',
};
