import type { BnLearningRatesStrings } from '~/widgets/bn-learning-rates/BnLearningRates';
import { widgetTools } from '~/widgets/kit/strings/ko';

export const bnLearningRates: BnLearningRatesStrings = {
  tools: widgetTools,
  percent: '{v}%',
  seed: '시드',
  steps: '실행당 스텝 수',
  run: '12개 모두 실행',
  stop: '멈춤',
  plain: '시그모이드만',
  bn: '배치 정규화',
  chartLabel: '선 그래프: 학습률(로그 축)에 따른 학습 후 정확도. 깊이 10인 시그모이드 신경망과, 같은 신경망에 배치 정규화를 넣은 경우',
  xAxis: '학습률(로그 눈금)',
  yAxis: '정확도',
  stored: '시드 {seed}, 실행마다 {steps}스텝으로 미리 계산한 결과입니다. ‘12개 모두 실행’을 누르면 브라우저에서 직접 다시 학습합니다.',
  running: '학습 중… {pct}% 완료(지금: 학습률 {lr}, {net}).',
  done: '브라우저에서 학습한 결과입니다: 시드 {seed}, 실행마다 {steps}스텝.',
  idle: '시드 {seed}, 실행마다 {steps}스텝: ‘12개 모두 실행’을 누르면 학습합니다.',
  diverged: '‘발산’으로 표시된 실행은 NaN이나 무한대가 나와 그 자리에서 멈췄습니다. 다른 실행에는 영향이 없습니다.',
  tableCaption: '학습 후 점 400개 전체에 대한 정확도와 손실(시드 {seed}, {steps}스텝, 배치 32), 그리고 배치 정규화 신경망의 가중치 노름 ‖W‖가 커진 배율(끝 ÷ 처음, 10개 층 평균)',
  colLr: '학습률',
  colAcc: '정확도',
  colLoss: '손실',
  colGrowth: '‖W‖ 배율',
  divergedCell: '발산',
  pending: '…',
};
