import type { InitExplorerStrings } from '~/widgets/init-explorer/InitExplorer';
import { widgetTools } from '~/widgets/kit/strings/ko';

export const initExplorer: InitExplorerStrings = {
  tools: widgetTools,
  init: '초기화', act: '활성화 함수', width: '층당 유닛 수', depth: '은닉층 수', grad: '역방향 값', seed: '시드',
  inits: { normal: 'N(0, 1)', tiny: 'N(0, 0.01²)', lecun: 'LeCun', xavier: 'Xavier (Glorot)', he: 'He' },
  acts: { sigmoid: '시그모이드', tanh: 'tanh', relu: 'ReLU' },
  grads: { dz: '‖∂L/∂z‖', dw: '‖∂L/∂W‖' },
  spreadTitle: '순방향: 층별 z의 표준편차 (로그 눈금)',
  gradTitle: '역방향: 층별 {grad} (로그 눈금)',
  spreadChartLabel: '선 그래프: 은닉층마다 사전 활성화 z의 표준편차를 로그 눈금으로 표시합니다. 왼쪽이 입력 쪽입니다',
  gradChartLabel: '선 그래프: 은닉층마다 기울기 {grad}를 로그 눈금으로 표시합니다. 왼쪽이 입력 쪽입니다',
  axisLayer: '은닉층 (입력 쪽 → 출력 쪽)', axisSpread: 'z의 표준편차',
  variance: '입력이 {n}개인 층에서 Var[w] = {v}, 표준편차 {std}입니다.',
  spreadReadout: 'z의 표준편차: 1층 {first}, {depth}층 {last} (마지막/처음 = {ratio}).',
  gradReadout: '{grad}: 1층 {first}, {depth}층 {last} (마지막/처음 = {ratio}).',
  saturatedReadout: '{depth}층에서 포화된 값(f′가 최댓값의 1% 미만)의 비율: {p}%.',
  computing: '계산하는 중입니다…',
  fallback: '이 페이지에서는 웹 워커를 쓸 수 없어 메인 스레드에서 배치 {batch}개로 계산했습니다.',
  tableSummary: '숫자를 표로 보기',
  tableCaption: '{init}, {act}, 폭 {width}, 은닉층 {depth}개, 시드 {seed}, 표준 정규 입력 {batch}개로 잰 초기화 직후의 값입니다.',
  colLayer: '층', colSpread: 'z의 표준편차', colDz: '‖∂L/∂z‖', colDw: '‖∂L/∂W‖', colSaturated: '포화 비율 (%)',
};
