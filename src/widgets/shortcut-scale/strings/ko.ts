import type { ShortcutScaleStrings } from '~/widgets/shortcut-scale/ShortcutScale';
import { widgetTools } from '~/widgets/kit/strings/ko';

export const shortcutScale: ShortcutScaleStrings = {
  tools: widgetTools,
  lambda: '지름길 배율 λ',
  blocks: '블록 수 n',
  seed: '시드',
  computing: '기울기를 계산하고 있습니다…',
  readout: '블록 {n}개, λ = {lambda}일 때 첫 은닉층은 마지막 은닉층의 {ratio}배 크기의 기울기를 받습니다. 지름길만 따지면 λⁿ = {pred}입니다.',
  plainNote: 'λ = 0이면 지름길이 사라집니다. 평범한 시그모이드 신경망과 같습니다.',
  verdicts: {
    vanishes: '소실: 첫 층의 기울기가 마지막 층의 10분의 1도 안 됩니다.',
    explodes: '폭주: 첫 층의 기울기가 마지막 층의 10배를 넘습니다.',
    kept: '유지: 첫 층과 마지막 층의 기울기가 같은 자릿수입니다.',
    none: '마지막 은닉층에 기울기가 전혀 오지 않아 비율을 낼 수 없습니다.',
  },
  verdictShort: { vanishes: '소실', explodes: '폭주', kept: '유지', none: '—' },
  legendMeasured: '측정한 층별 ‖∂L/∂h‖ (마지막 은닉층 기준)',
  legendPredicted: '지름길만: 블록마다 λ배',
  chartLabel: '은닉층마다 도착하는 기울기를 마지막 은닉층 대비로 나타낸 로그 눈금 막대와, 위쪽 블록 수만큼 λ를 거듭제곱한 예측선',
  barTitle: '은닉층 {l}: {v} (지름길만: {p})',
  inputSide: '← 입력 쪽',
  outputSide: '출력 쪽 →',
  tableSummary: '표로 보기',
  tableCaption: '블록 10개(폭 16인 시그모이드 은닉층 11개), 시드 1, 초기화 직후: 첫 은닉층의 기울기를 마지막 은닉층과 비교한 값과 지름길만의 예측 λ¹⁰',
  colLambda: 'λ',
  colPredicted: 'λⁿ (n = {n})',
  colMeasured: '측정값, 첫 층 / 마지막 층',
  colVerdict: '기울기',
};
