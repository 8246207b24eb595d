/**
 * Decision-boundary heatmap drawn by hand on a 2-D canvas: P(class 1) on a res × res grid tinted
 * from the class-0 colour to the class-1 colour over the card background, then the data points.
 */
export interface BoundaryData { points: Float32Array; labels: Uint8Array; extent: number; gridRes: number }
export interface BoundaryColours { bg: string; c0: string; c1: string; edge: string }

/** The scheme's colours for the boundary, read from the canvas's CSS. */
export function boundaryColours(canvas: HTMLCanvasElement): BoundaryColours {
  const css = getComputedStyle(canvas);
  const v = (n: string) => css.getPropertyValue(n).trim();
  return { bg: v('--card'), c0: v('--chart-1'), c1: v('--chart-2'), edge: v('--card') };
}

const rgb = (hex: string): [number, number, number] => {
  const m = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  const v = m ? parseInt(m[1], 16) : 0x888888;
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
};

/** Draws the grid (row 0 = bottom) and the points onto `canvas`, sized to its CSS box. */
export function drawBoundary(canvas: HTMLCanvasElement, grid: Float32Array | null, data: BoundaryData | null, col: BoundaryColours): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const dpr = Math.min(2, window.devicePixelRatio || 1);
  const size = Math.round(canvas.clientWidth * dpr);
  if (size === 0) return;
  if (canvas.width !== size) { canvas.width = size; canvas.height = size; }
  const bg = rgb(col.bg), c0 = rgb(col.c0), c1 = rgb(col.c1);
  ctx.fillStyle = col.bg;
  ctx.fillRect(0, 0, size, size);
  if (grid && data && grid.length === data.gridRes ** 2) {
    const res = data.gridRes;
    const img = new ImageData(res, res);
    for (let r = 0; r < res; r++) {
      for (let c = 0; c < res; c++) {
        const p = grid[r * res + c];
        const target = p >= 0.5 ? c1 : c0;
        const t = Number.isFinite(p) ? 0.15 + 0.45 * Math.abs(2 * p - 1) : 0;
        const o = ((res - 1 - r) * res + c) * 4;
        for (let k = 0; k < 3; k++) img.data[o + k] = bg[k] + (target[k] - bg[k]) * t;
        img.data[o + 3] = 255;
      }
    }
    const tile = document.createElement('canvas');
    tile.width = res;
    tile.height = res;
    tile.getContext('2d')!.putImageData(img, 0, 0);
    ctx.imageSmoothingEnabled = true;
    // Grid values sit at cell centres from −extent to +extent: stretch by half a cell each side.
    const cell = size / (res - 1);
    ctx.drawImage(tile, -cell / 2, -cell / 2, size + cell, size + cell);
  }
  if (!data) return;
  const e = data.extent;
  const rad = Math.max(2, 2.6 * dpr);
  ctx.lineWidth = Math.max(1, 0.8 * dpr);
  ctx.strokeStyle = col.edge;
  for (let i = 0; i < data.labels.length; i++) {
    const x = ((data.points[2 * i] + e) / (2 * e)) * size;
    const y = (1 - (data.points[2 * i + 1] + e) / (2 * e)) * size;
    ctx.fillStyle = data.labels[i] === 1 ? col.c1 : col.c0;
    ctx.beginPath();
    ctx.arc(x, y, rad, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
}
