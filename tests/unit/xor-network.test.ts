import { describe, expect, it } from 'vitest';
import { Sgd, createTrainer, logicGate } from '../../src/engine';
import { defaults } from '../../src/widgets/kit/url-state';
import { createXorTrainer, heatColor, hiddenView, parseHex, schema, tableRows } from '../../src/widgets/xor-network/run';

const base = defaults(schema);

describe('the XOR network', () => {
  it('is the engine trainer on the four XOR points with full-batch SGD, seeded', () => {
    const a = createXorTrainer(base);
    const b = createTrainer({
      spec: { inputs: 2, hidden: [2], activation: 'tanh', output: { units: 1, activation: 'sigmoid' }, loss: 'bce', init: 'xavier', seed: 4 },
      data: logicGate('xor'), batchSize: 4, optimizer: new Sgd(1), seed: 4,
    });
    a.run(137);
    b.run(137);
    expect(a.evaluate().loss).toBe(b.evaluate().loss);
  });

  it('solves XOR with the default settings, as the lesson says (and the build-time table shows)', () => {
    const rows = tableRows(base);
    expect(rows[0].step).toBe(0);
    expect(rows[0].loss).toBeCloseTo(0.742, 3);
    const at = (s: number) => rows.find((r) => r.step === s)!;
    expect(at(100).accuracy).toBe(1);
    expect(at(200).loss).toBeLessThan(0.05);
    expect(at(3000).loss).toBeLessThan(0.002);
  });

  it('gets stuck at loss ln(2)/2 with seed 1 and two hidden units, but not with four', () => {
    const stuck = tableRows({ ...base, seed: 1 }, [3000])[0];
    expect(stuck.accuracy).toBe(0.5);
    expect(stuck.loss).toBeCloseTo(Math.log(2) / 2, 2);
    expect(tableRows({ ...base, seed: 1, hidden: '4' }, [3000])[0].accuracy).toBe(1);
  });

  it('maps the points into hidden space where one line separates them once trained', () => {
    const t = createXorTrainer(base);
    t.run(1000);
    const { points, line } = hiddenView(t);
    const [w1, w2, b] = line!;
    const side = points.map(([h1, h2]) => w1 * h1 + w2 * h2 + b > 0);
    expect(side).toEqual([false, true, true, false]);
    expect(points[1][0]).toBeCloseTo(points[2][0], 2); // (0,1) and (1,0) land on nearly one spot
    const four = createXorTrainer({ ...base, hidden: '4' });
    expect(hiddenView(four).line).toBeNull();
  });

  it('colours the heat map from the page palette', () => {
    expect(parseHex('#2a55c9')).toEqual([42, 85, 201]);
    expect(parseHex(' #fff ')).toEqual([255, 255, 255]);
    expect(parseHex('rgb(1,2,3)')).toBeNull();
    const bg: [number, number, number] = [255, 255, 255];
    expect(heatColor(0.5, bg, [0, 0, 255], [255, 0, 0])).toEqual(bg);
    expect(heatColor(1, bg, [0, 0, 255], [255, 0, 0])).toEqual([102, 102, 255]);
    expect(heatColor(0, bg, [0, 0, 255], [255, 0, 0])).toEqual([255, 102, 102]);
  });
});

describe('the figures the lesson quotes about stuck seeds', () => {
  it('two hidden units: 41 of seeds 1–100 stay unsolved after 3000 steps; four hidden units: none', () => {
    const unsolved = (hidden: string) => Array.from({ length: 100 }, (_, i) => tableRows({ seed: i + 1, lr: '1', hidden }, [3000])[0])
      .filter((r) => r.accuracy < 1).length;
    expect(unsolved('2')).toBe(41);
    expect(unsolved('4')).toBe(0);
  }, 180_000);
});
