/** Geometry the perceptron lab and the XOR network draw: a linear unit's decision region in a square. */
export type Point = [number, number];

/**
 * The part of the square [lo, hi]² where w1·x + w2·y + b > 0 (class 1), as a polygon
 * (Sutherland–Hodgman against one half-plane), and the segment of the line w1·x + w2·y + b = 0
 * inside the square (null when the line misses it or w = 0).
 */
export function halfPlane(w1: number, w2: number, b: number, lo: number, hi: number): { region: Point[]; line: [Point, Point] | null } {
  const square: Point[] = [[lo, lo], [hi, lo], [hi, hi], [lo, hi]];
  const f = (p: Point) => w1 * p[0] + w2 * p[1] + b;
  const region: Point[] = [];
  const crossings: Point[] = [];
  for (let i = 0; i < 4; i++) {
    const a = square[i];
    const c = square[(i + 1) % 4];
    const fa = f(a);
    const fc = f(c);
    if (fa > 0) region.push(a);
    if ((fa > 0) !== (fc > 0) && fa !== fc) {
      const t = fa / (fa - fc);
      const p: Point = [a[0] + t * (c[0] - a[0]), a[1] + t * (c[1] - a[1])];
      region.push(p);
      crossings.push(p);
    }
  }
  const line = w1 === 0 && w2 === 0 ? null : crossings.length >= 2 ? [crossings[0], crossings[1]] as [Point, Point] : null;
  return { region, line };
}
