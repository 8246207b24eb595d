import type { RemediesComparedStrings } from '~/widgets/remedies-compared/RemediesCompared';
import { widgetTools } from '~/widgets/kit/strings/ko';
import type { RemediesTableStrings } from '~/widgets/remedies-compared/remedies';

export const remediesCompared: RemediesComparedStrings = {
  tools: widgetTools,
  remedies: {
    sigmoid: '시그모이드(그대로)', relu: 'ReLU + He', leaky: 'Leaky ReLU + He',
    bn: '시그모이드 + BN', res: '시그모이드 + 잔차 연결', reluBnRes: 'ReLU + BN + 잔차 연결',
  },
  depth: '은닉층 수', seed: '시드', play: '여섯 개 함께 학습', pause: '일시 정지', reset: '처음으로',
  rebuildNote: '층 수나 시드를 바꾸면 신경망 여섯 개를 새로 만들고 0스텝부터 다시 시작합니다.',
  stepLabel: '스텝', statusPaused: '일시 정지했습니다.', statusRunning: '신경망 여섯 개를 학습하는 중입니다.',
  divergedNote: '{name}: {step}스텝에서 발산했습니다.',
  lossTitle: '전체 데이터의 손실(로그 눈금)', accuracyTitle: '전체 데이터의 정확도',
  profilesTitle: '층별 기울기 크기 ‖∂L/∂W‖, 여섯 그림이 같은 로그 눈금',
  profilesNote: '막대는 지금 값, 짧은 가로선은 초기화 직후 값입니다. 왼쪽이 입력 쪽입니다.',
  lossChartLabel: '선 그래프: 신경망 여섯 개의 학습 스텝별 손실, 로그 눈금',
  accuracyChartLabel: '선 그래프: 신경망 여섯 개의 학습 스텝별 정확도',
  axisStep: '스텝', axisLoss: '손실', axisAccuracy: '정확도',
  profileLabel: '{name}: 은닉층마다 가중치 기울기의 노름, 로그 눈금, 왼쪽이 입력 쪽',
  layerBar: '{l}층: 지금 {v}, 초기화 직후 {v0}', inputSide: '입력', outputSide: '출력',
  liveCaption: '{step}스텝의 신경망 여섯 개. 손실과 정확도는 전체 데이터 기준이고, 기울기 비는 첫 은닉층 ‖∂L/∂W‖ ÷ 마지막 은닉층 값, 도달 스텝은 정확도가 처음 90% 이상이 된 스텝(50스텝마다 확인)입니다.',
  colRemedy: '해결책', colLr: '학습률', colLoss: '손실', colAccuracy: '정확도',
  colRatioInit: '기울기 비, 0스텝', colRatioNow: '기울기 비, 지금', colReached: '90% 도달 스텝',
  notReached: '아직', divergedCell: '{step}스텝에서 발산', percent: '{v}%', none: '—',
  tableSummary: '숫자를 표로 보기',
  curvesCaption: '학습 중 전체 데이터의 손실과 정확도(층 {depth}개, 시드 {seed}, 이 페이지를 만들 때 계산).',
  gradsCaption: '은닉층마다 가중치 기울기의 노름 ‖∂L/∂W‖: 초기화 직후 → {steps}스텝 뒤(층 {depth}개, 시드 {seed}).',
  colStep: '스텝', colLayer: '층', layerName: '{l}층', cellLossAcc: '{loss} · {acc}', cellGrad: '{v0} → {v}',
};

export const remediesTable: RemediesTableStrings = {
  remedies: remediesCompared.remedies,
  caption: '{steps}스텝 뒤의 신경망 여섯 개(층 {depth}개, 너비 16, 점 400개의 두 반달 데이터, 배치 32, 시드 {seed}). 이 페이지를 만들 때 엔진이 계산했습니다.',
  colRemedy: '해결책', colLr: '학습률', colAccuracy: '{steps}스텝 정확도', colLoss: '{steps}스텝 손실',
  colRatioInit: '기울기 비, 0스텝', colRatioEnd: '기울기 비, {steps}스텝', colReached: '90% 도달 스텝',
  notReached: '닿지 못함', diverged: '{step}스텝에서 발산', percent: '{v}%', none: '—',
};
