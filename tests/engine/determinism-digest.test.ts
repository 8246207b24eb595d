import { describe, expect, it } from 'vitest';
import { EXPECTED_DIGESTS as EXPECTED, digest, runDigests } from '../support/determinism.ts';

describe('seeded runs give pinned bits', () => {
  it('the digest sees every bit (one ulp in one value changes it)', () => {
    expect(digest([1, 2, 3])).not.toBe(digest([1, 2, 3 + 4.440892098500626e-16]));
    expect(digest([])).toBe('cbf29ce484222325');
  });
  it('five configurations, 300 steps each, match the pinned digests', () => {
    expect(runDigests()).toEqual(EXPECTED);
  });
});
