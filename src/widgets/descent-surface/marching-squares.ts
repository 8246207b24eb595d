/**
 * Contour lines by marching squares: sample f on a grid, and in every cell draw the segment(s)
 * where f crosses the level, placing each end by linear interpolation along the cell's edge.
 */

/** One segment [x1, y1, x2, y2] in data coordinates. */
export type Segment = [number, number, number, number];

export interface Grid { x0: number; x1: number; y0: number; y1: number; nx: number; ny: number; values: Float64Array }

/** Samples f at (nx + 1) × (ny + 1) grid points over [x0, x1] × [y0, y1], row-major by y. */
export function sampleGrid(f: (x: number, y: number) => number, x0: number, x1: number, y0: number, y1: number, nx: number, ny: number): Grid {
  const values = new Float64Array((nx + 1) * (ny + 1));
  for (let j = 0; j <= ny; j++) for (let i = 0; i <= nx; i++) {
    values[j * (nx + 1) + i] = f(x0 + ((x1 - x0) * i) / nx, y0 + ((y1 - y0) * j) / ny);
  }
  return { x0, x1, y0, y1, nx, ny, values };
}

/**
 * The segments of the contour f = level.
 * @example contour(sampleGrid((x, y) => x * x + y * y, -2, 2, -2, 2, 40, 40), 1) // a polygon close to the unit circle
 */
export function contour(grid: Grid, level: number): Segment[] {
  const { x0, x1, y0, y1, nx, ny, values } = grid;
  const dx = (x1 - x0) / nx, dy = (y1 - y0) / ny;
  const at = (i: number, j: number) => values[j * (nx + 1) + i];
  const out: Segment[] = [];
  for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) {
    // Corners counter-clockwise from bottom-left: a (i,j), b (i+1,j), c (i+1,j+1), d (i,j+1).
    const a = at(i, j), b = at(i + 1, j), c = at(i + 1, j + 1), d = at(i, j + 1);
    const code = (a > level ? 1 : 0) | (b > level ? 2 : 0) | (c > level ? 4 : 0) | (d > level ? 8 : 0);
    if (code === 0 || code === 15) continue;
    const X = x0 + i * dx, Y = y0 + j * dy;
    const t = (p: number, q: number) => (level - p) / (q - p);
    // Crossing points on the four edges (bottom, right, top, left).
    const bottom = (): [number, number] => [X + t(a, b) * dx, Y];
    const right = (): [number, number] => [X + dx, Y + t(b, c) * dy];
    const top = (): [number, number] => [X + t(d, c) * dx, Y + dy];
    const left = (): [number, number] => [X, Y + t(a, d) * dy];
    const seg = (p: [number, number], q: [number, number]) => out.push([p[0], p[1], q[0], q[1]]);
    const centre = (a + b + c + d) / 4 > level;
    switch (code) {
      case 1: case 14: seg(left(), bottom()); break;
      case 2: case 13: seg(bottom(), right()); break;
      case 3: case 12: seg(left(), right()); break;
      case 4: case 11: seg(right(), top()); break;
      case 6: case 9: seg(bottom(), top()); break;
      case 7: case 8: seg(left(), top()); break;
      // Saddle cells: the centre value decides which corners connect.
      case 5: if (centre) { seg(left(), top()); seg(bottom(), right()); } else { seg(left(), bottom()); seg(right(), top()); } break;
      case 10: if (centre) { seg(left(), bottom()); seg(right(), top()); } else { seg(left(), top()); seg(bottom(), right()); } break;
    }
  }
  return out;
}
