/**
 * The remedies-compared widget's figures as the engine computes them in Node, and how a page's shown
 * rows are compared with them, for the widget's browser tests in every engine.
 */
import { expect } from 'vitest';
import { formatNumber } from '../../src/widgets/kit/format';
import { Comparison } from '../../src/widgets/remedies-compared/comparison';
import { REMEDIES } from '../../src/widgets/remedies-compared/remedies';
import { firstLastRatio } from '../../src/widgets/kit/lab/protocol';

export interface Row { loss: string; accuracy: string; ratio: string; reached: string }
/** What each row must say at `steps`, computed in Node with the widget's own lockstep Comparison. */
export function expected(depth: number, seed: number, steps: number): Row[] {
  const c = new Comparison(depth, seed);
  c.advance(steps);
  return REMEDIES.map((_, i) => {
    const m = c.measure(i);
    return {
      loss: formatNumber(m.loss), accuracy: `${formatNumber(m.accuracy * 100, 3)}%`,
      ratio: formatNumber(firstLastRatio(m.gradNorms)!), reached: c.reached[i] === null ? 'not yet' : String(c.reached[i]),
    };
  });
}

/**
 * The page's rows equal the engine's in Node, to the printed digit, for all six runs: the
 * chaotic one (sigmoid + batch norm at learning rate 0.5, where a change in the 15th digit of one
 * weight changes the loss by order 1 within 100 steps) included. The engine computes its own
 * exp/log, so a seed gives the same bits in every browser engine as in Node.
 */
export function expectRows(shownRows: Row[], want: Row[]) {
  expect(shownRows.map(({ loss, accuracy, ratio, reached }) => ({ loss, accuracy, ratio, reached }))).toEqual(want);
}
