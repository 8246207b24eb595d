/**
 * The engine's own elementary functions: only + − × ÷, comparisons, Math.sqrt/abs/floor/trunc/
 * min/max (all exact or correctly rounded by IEEE 754 / ECMAScript) and bit access, so a seed
 * gives the same bits in every JavaScript engine. Math.exp/log/sin/… are implementation-defined
 * and differ between V8, SpiderMonkey and JavaScriptCore.
 */
export { exp, expm1 } from './exp.ts';
export { log, log1p } from './log.ts';
export { sin, cos } from './trig.ts';
export { tanh, sigmoid, softplus, logSigmoid } from './hyperbolic.ts';
export { powInt } from './power.ts';
export { pow } from './pow.ts';
export { erf } from './erf.ts';
