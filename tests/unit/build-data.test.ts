/** The build-time table's trip through a data attribute: every number comes back, ±∞ and NaN included. */
import { describe, expect, it } from 'vitest';
import { buildAttr, buildData, decodeBuild, encodeBuild } from '../../src/widgets/kit/build-data';

describe('build-time data', () => {
  it('round-trips nested data with non-finite numbers, which plain JSON would turn into null', () => {
    const rows = [{ step: 0, plain: { norm: Infinity, loss: NaN }, clipped: { norm: -Infinity, loss: 0.25 } }, { step: 1, plain: null, clipped: null }];
    expect(decodeBuild(encodeBuild(rows))).toEqual(rows);
    expect(decodeBuild(encodeBuild({ spread: [1.5e-9, 2], label: 'NaN' }))).toEqual({ spread: [1.5e-9, 2], label: 'NaN' });
  });
  it('reads nothing from missing or malformed text, and writes no attribute for null', () => {
    expect(decodeBuild(undefined)).toBeNull();
    expect(decodeBuild('{"a":')).toBeNull();
    expect(buildAttr(null)).toEqual({});
    expect(buildAttr([1])).toEqual({ 'data-build': '[1]' });
  });
  it('computes at build time (no document here) and gives null in a page without the table', () => {
    expect(buildData('x', () => 42)).toBe(42);
    expect(buildData('x', null)).toBeNull();
  });
});
