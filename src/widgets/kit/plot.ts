/** Linear maps from data to SVG coordinates, shared by the descent widgets. */

export interface Frame { width: number; height: number; left: number; right: number; top: number; bottom: number }

/** A map from [d0, d1] to [p0, p1], clamped to ±1e5 px so that a runaway iterate never yields Infinity in the SVG. */
export function scale(d0: number, d1: number, p0: number, p1: number) {
  const k = (p1 - p0) / (d1 - d0);
  const fwd = (v: number) => Math.max(-1e5, Math.min(1e5, p0 + (v - d0) * k));
  const inv = (p: number) => d0 + (p - p0) / k;
  return Object.assign(fwd, { invert: inv });
}

/** "Nice" tick values between lo and hi, about `count` of them. */
export function ticks(lo: number, hi: number, count = 6): number[] {
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(Math.round(v / step) * step);
  return out;
}

/** Rounds to the slider's step so that dragged values stay short in the URL. */
export function snap(v: number, step: number, lo: number, hi: number): number {
  const s = Math.round(v / step) * step;
  return Math.min(hi, Math.max(lo, Number(s.toFixed(6))));
}
