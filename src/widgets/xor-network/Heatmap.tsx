/** The network's output over the input plane (canvas), with the four XOR points on top. */
import { useEffect, useRef } from 'preact/hooks';
import type { Trainer } from '~/engine';
import { heatColor, parseHex } from './run';

interface Props { trainer: Trainer; version: number; label: string }

const LO = -0.5;
const HI = 1.5;
const RES = 48;
const SIZE = 240;

/** Reads colours from the page's CSS variables, so both schemes work. */
function colors(el: Element) {
  const css = getComputedStyle(el);
  const v = (n: string) => parseHex(css.getPropertyValue(n)) ?? [128, 128, 128];
  return { bg: v('--card'), one: v('--chart-1'), zero: v('--chart-2'), fg: css.getPropertyValue('--fg').trim(), card: css.getPropertyValue('--card').trim() };
}

export default function Heatmap({ trainer, version, label }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const scheme = useRef(0);

  useEffect(() => {
    const redraw = () => { scheme.current++; draw(); };
    const media = matchMedia('(prefers-color-scheme: dark)');
    const observer = new MutationObserver(redraw);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    media.addEventListener('change', redraw);
    return () => { observer.disconnect(); media.removeEventListener('change', redraw); };
  }, [trainer]);

  function draw() {
    const canvas = ref.current;
    if (!canvas) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    if (canvas.width !== SIZE * dpr) { canvas.width = SIZE * dpr; canvas.height = SIZE * dpr; }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const c = colors(canvas);
    const grid = trainer.predictGrid(LO, HI, LO, HI, RES);
    const img = new ImageData(RES, RES);
    for (let r = 0; r < RES; r++) {
      for (let col = 0; col < RES; col++) {
        const [R, G, B] = heatColor(grid[r * RES + col], c.bg, c.one, c.zero);
        const o = ((RES - 1 - r) * RES + col) * 4; // row 0 of the grid is the bottom (y = LO)
        img.data[o] = R; img.data[o + 1] = G; img.data[o + 2] = B; img.data[o + 3] = 255;
      }
    }
    const off = document.createElement('canvas');
    off.width = RES;
    off.height = RES;
    off.getContext('2d')!.putImageData(img, 0, 0);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(off, 0, 0, SIZE, SIZE);
    const px = (x: number) => ((x - LO) / (HI - LO)) * SIZE;
    const py = (y: number) => SIZE - ((y - LO) / (HI - LO)) * SIZE;
    const { x, y, n } = trainer.data;
    ctx.lineWidth = 2;
    for (let i = 0; i < n; i++) {
      ctx.beginPath();
      ctx.arc(px(x[2 * i]), py(x[2 * i + 1]), 8, 0, 2 * Math.PI);
      ctx.fillStyle = y[i] > 0 ? c.fg : c.card;
      ctx.strokeStyle = c.fg;
      ctx.fill();
      ctx.stroke();
    }
  }

  useEffect(draw, [trainer, version]);
  return <canvas ref={ref} class="xn-heat" width={SIZE} height={SIZE} role="img" aria-label={label} />;
}
