import { describe, expect, it } from 'vitest';
import { chartJsData, csvField, csvFileName, toCsv } from '../../src/widgets/kit/csv';

describe('chart data as CSV', () => {
  it('writes one row per point in long form, with full precision and CRLF lines', () => {
    const csv = toCsv([
      { chart: 'Loss', series: [{ name: 'train', points: [[0, 0.6931471805599453], [10, 0.5]] }] },
      { chart: 'Bars', series: [{ name: 'layer', points: [[1, 1.5e-7]] }, { name: 'output', points: [[2, null]] }] },
    ]);
    expect(csv).toBe('chart,series,x,y\r\nLoss,train,0,0.6931471805599453\r\nLoss,train,10,0.5\r\nBars,layer,1,1.5e-7\r\nBars,output,2,\r\n');
  });

  it('quotes commas, quotes and line breaks, keeps NaN and infinities visible, and defuses formula-like text', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(Number.NaN)).toBe('NaN');
    expect(csvField(Infinity)).toBe('Infinity');
    expect(csvField(-Infinity)).toBe('-Infinity');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('−0.5 (층 3)')).toBe('−0.5 (층 3)');
  });

  it('reads Chart.js data given as {x, y} points or as values paired with labels', () => {
    const xy = chartJsData('c', { data: { datasets: [{ label: 'a', data: [{ x: 1, y: 2 }, { x: 2, y: null }] }] } });
    expect(xy).toEqual({ chart: 'c', series: [{ name: 'a', points: [[1, 2], [2, null]] }] });
    const labelled = chartJsData('c', { data: { labels: ['L1', 'L2'], datasets: [{ data: [3, 4] }] } });
    expect(labelled.series[0]).toEqual({ name: 'series 1', points: [['L1', 3], ['L2', 4]] });
  });

  it('names files in ASCII from the language, page and widget id', () => {
    expect(csvFileName('ko', 'vanishing-gradients', 'deep')).toBe('gradient-lab-ko-vanishing-gradients-deep.csv');
    expect(csvFileName('en', '', 'depth')).toBe('gradient-lab-en-depth.csv');
    expect(csvFileName('en', '../x y', 'a/b')).toBe('gradient-lab-en-x-y-a-b.csv');
  });
});
