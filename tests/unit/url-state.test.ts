import { describe, expect, it } from 'vitest';
import { readState, writeState, type Schema } from '../../src/widgets/kit/url-state';

const schema = {
  depth: { kind: 'int', min: 1, max: 30, default: 10 },
  lr: { kind: 'number', min: 0.001, max: 10, default: 0.5 },
  act: { kind: 'choice', options: ['sigmoid', 'relu'], default: 'sigmoid' },
  bn: { kind: 'bool', default: false },
} satisfies Schema;

describe('widget settings in the query string', () => {
  it('round-trips every setting, prefixed by the widget id, with v=1', () => {
    const search = writeState('deep', schema, { depth: 12, lr: 0.05, act: 'relu', bn: true }, '?other=x');
    expect(search).toBe('?other=x&deep-depth=12&deep-lr=0.05&deep-act=relu&deep-bn=1&v=1');
    expect(readState('deep', schema, search)).toEqual({ depth: 12, lr: 0.05, act: 'relu', bn: true });
  });
  it('falls back to the default for each missing, malformed or out-of-range value', () => {
    const hostile = '?deep-depth=31&deep-lr=1e999&deep-act=%3Cscript%3E&deep-bn=yes';
    expect(readState('deep', schema, hostile)).toEqual({ depth: 10, lr: 0.5, act: 'sigmoid', bn: false });
    expect(readState('deep', schema, '?deep-depth=3.5&deep-lr=NaN')).toMatchObject({ depth: 10, lr: 0.5 });
    expect(readState('deep', schema, `?deep-depth=${'9'.repeat(100)}`).depth).toBe(10);
  });
  it('keeps widgets on one page apart', () => {
    expect(readState('b', schema, '?a-depth=3&b-depth=4').depth).toBe(4);
  });
  it('reads a renamed value from a shipped link as its new name, and only where that name is an option', () => {
    const init = { init: { kind: 'choice', options: ['xavier', 'normal', 'tiny'], default: 'xavier' } } satisfies Schema;
    expect(readState('lab', init, '?lab-init=normal1').init).toBe('normal');
    expect(readState('lab', init, '?lab-init=small').init).toBe('tiny');
    expect(readState('deep', schema, '?deep-act=normal1').act).toBe('sigmoid');
  });
});
