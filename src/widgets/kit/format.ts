const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/**
 * A number as a reader writes it: plain for 0.001 ≤ |x| < 10⁴, else mantissa × 10 with a superscript exponent.
 * @example formatNumber(9.5367e-7) === '9.5×10⁻⁷'
 */
export function formatNumber(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? '∞' : '−∞';
  if (x === 0) return '0';
  const abs = Math.abs(x);
  // Number(…) undoes toPrecision's exponent form for 1000 ≤ |x| < 10⁴ (4920 .toPrecision(3) is '4.92e+3').
  if (abs >= 1e-3 && abs < 1e4) return String(Number(x.toPrecision(digits + 1))).replace('-', '−');
  const exp = Math.floor(Math.log10(abs));
  let mantissa = x / 10 ** exp;
  if (Math.abs(Number(mantissa.toFixed(digits - 1))) >= 10) return formatNumber(Math.sign(x) * 10 ** (exp + 1), digits);
  const m = trim(mantissa.toFixed(digits - 1)).replace('-', '−');
  const e = String(exp).split('').map((c) => SUPERSCRIPT[c]).join('');
  return `${m}×10${e}`;
}

/**
 * A tick label for a logarithmic axis: exact powers of ten as 10ⁿ, others as formatNumber.
 * @example formatPower(1e-9) === '10⁻⁹'
 */
export function formatPower(x: number): string {
  const e = Math.round(Math.log10(x));
  if (Math.abs(x / 10 ** e - 1) > 1e-9) return formatNumber(x);
  if (e === 0) return '1';
  if (e === 1) return '10';
  return `10${String(e).split('').map((c) => SUPERSCRIPT[c]).join('')}`;
}

function trim(s: string): string {
  return s.includes('.') && !s.includes('e') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/**
 * Fills `{name}` placeholders in a UI string.
 * @example fill('{n} layers', { n: 3 }) === '3 layers'
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
