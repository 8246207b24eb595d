import type { ChainFactorsStrings } from '~/widgets/chain-factors/ChainFactors';
import { widgetTools } from '~/widgets/kit/strings/ko';

export const chainFactors: ChainFactorsStrings = {
  tools: widgetTools,
  weight: '가중치 w',
  preActivation: '사전 활성화 z',
  chartLabel: '층 1개부터 10개까지 인수 w·σ′(z)를 곱한 값. 1을 가운데 둔 로그 눈금이며, 선 위의 막대는 커지고 아래의 막대는 작아집니다',
  axisLayers: '출력에서 거슬러 오른 층 수',
  readoutGrow: '층마다 기울기에 w·σ′(z) = {f}를 곱합니다. {n}개 층을 지나면 {p}배로, 폭주합니다.',
  readoutShrink: '층마다 기울기에 w·σ′(z) = {f}를 곱합니다. {n}개 층을 지나면 {p}배로, 소실됩니다.',
  readoutOne: '층마다 정확히 1을 곱하므로 기울기의 크기가 그대로입니다. 하지만 w나 z가 조금만 바뀌어도 이 균형은 깨집니다.',
  tableSummary: '표로 보기',
  tableCaption: '층마다 곱해지는 인수 w·σ′(z)와 4개, 10개 층을 지난 곱',
  colFactor: 'w·σ′(z)',
  colAfter: '{n}개 층 뒤',
};
