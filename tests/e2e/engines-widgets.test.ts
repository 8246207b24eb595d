/**
 * The widgets that matter most, written once and run in Chromium, Firefox ESR and WebKitGTK through
 * tests/support/engines.ts, each against the figures the same engine computes here in Node (the
 * determinism digest says every engine gives the same bits): the training lab after one step and
 * wherever it was paused, the six remedies at step 0 and after training, Nielsen's rerun on the real
 * digits, and the training lab's embed in a sandboxed frame on another origin (no Worker there: the
 * main-thread fallback). Chromium's own files test each widget in depth.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, dist } from '../support/paths';
import { serve, type StaticSite } from '../support/server';
import { type EngineName, type EnginePage } from '../support/engines';
import { useEngine } from '../support/engine-site';
import { HYDRATE_ALL, HYDRATION_CEILING_MS, UNTIL } from '../support/in-page';
import { deep, expected as labExpected } from '../support/lab';
import { expected as remediesExpected, expectRows, type Row } from '../support/remedies';
import { expectedCells } from '../support/nielsen';

// Polls that read a page's state from Node: a loaded machine may need long; a wrong figure still fails at the end.
const slow = { timeout: 60_000, interval: 250 };
/** Clicks the widget's button named `name` once it is enabled (widgets enable their controls once live). */
const click = (widget: string, name: string) => `${UNTIL}
  const find = () => [...document.querySelector('[data-widget="${widget}"]').querySelectorAll('button')]
    .find((b) => b.textContent.trim() === ${JSON.stringify(name)} && !b.disabled);
  if (!(await until(find, ${HYDRATION_CEILING_MS}))) throw new Error('no enabled button ' + ${JSON.stringify(name)});
  find().click();`;

async function open(page: Promise<EnginePage>): Promise<EnginePage> {
  const p = await page;
  expect(await p.run<number>(HYDRATE_ALL(HYDRATION_CEILING_MS)), 'islands left unhydrated').toBe(0);
  return p;
}

/** The lab's step counter and readout. */
const LAB = `
  const lab = document.querySelector('[data-widget="training-lab"]');
  const k = (key) => lab.querySelector('[data-k="' + key + '"]').textContent;
  return { engine: lab.getAttribute('data-engine'), step: Number(lab.getAttribute('data-step')), shown: k('step'), loss: k('loss'), ratio: k('ratio') };`;
type Lab = { engine: string | null; step: number; shown: string; loss: string; ratio: string };

/** The remedies table once every row is measured at the step the widget reports (else null). */
const REMEDIES_ROWS = `
  const w = document.querySelector('[data-widget="remedies-compared"]');
  const step = w.getAttribute('data-step');
  const trs = [...w.querySelectorAll('tr[data-remedy]')];
  if (trs.length !== 6 || trs.some((tr) => tr.getAttribute('data-step') !== step)) return null;
  const rows = trs.map((tr) => {
    const k = (key) => tr.querySelector('[data-k="' + key + '"]')?.textContent ?? '';
    return { loss: k('loss'), accuracy: k('accuracy'), ratio: k('ratio'), reached: k('reached') };
  });
  return { step: Number(step), rows };`;
type Shown = { step: number; rows: Row[] } | null;
const REMEDIES_STEP = `return Number(document.querySelector('[data-widget="remedies-compared"]').getAttribute('data-step'));`;

describe.each(['chromium', 'firefox', 'webkit'] as EngineName[])('in %s', (name) => {
  const env = useEngine(name);
  // Another origin, the "blog" that frames an embed.
  let blog: StaticSite;
  beforeAll(async () => { blog = await serve(dist, base); });
  afterAll(async () => { await blog?.close(); });

  it('the training lab shows the engine’s figures after one step and where it was paused', async () => {
    const page = await open(env.engine.open(`${env.site.url}en/playground/`));
    const lab = () => page.run<Lab>(LAB);
    await expect.poll(async () => (await lab()).loss !== '—' && (await lab()).engine, slow).toBeTruthy();
    expect((await lab()).engine).toBe('worker');
    expect((await lab()).ratio).toBe(labExpected(deep, 0).ratio);
    await page.run(click('training-lab', 'One step'));
    const one = labExpected(deep, 1);
    await expect.poll(async () => { const l = await lab(); return [l.shown, l.loss, l.ratio]; }, slow).toEqual(['1', one.loss, one.ratio]);
    await page.run(click('training-lab', 'Train'));
    await expect.poll(async () => (await lab()).step, slow).toBeGreaterThan(20);
    await page.run(click('training-lab', 'Pause'));
    // Paused: the readout is measured exactly at the step the lab stopped at.
    await expect.poll(async () => { const l = await lab(); return l.loss === labExpected(deep, l.step).loss; }, slow).toBe(true);
    expect(await page.problems()).toEqual([]);
    await page.close();
  });

  it('remedies-compared shows the engine’s six rows at step 0 and after training', async () => {
    const page = await open(env.engine.open(`${env.site.url}en/remedies-compared/`));
    const shown = () => page.run<Shown>(REMEDIES_ROWS);
    await expect.poll(async () => (await shown())?.step, slow).toBe(0);
    expectRows((await shown())!.rows, remediesExpected(10, 1, 0));
    await page.run(click('remedies-compared', 'Train all six'));
    // The widget's own step counter: while training, the rows may never all show the same step at a poll.
    await expect.poll(() => page.run<number>(REMEDIES_STEP), slow).toBeGreaterThan(60);
    await page.run(click('remedies-compared', 'Pause'));
    // Settled: the same step twice in a row, every row measured at it.
    let last = -1;
    await expect.poll(async () => { const s = await shown(); const same = s !== null && s.step === last; last = s?.step ?? -1; return same; }, slow).toBe(true);
    const paused = (await shown())!;
    expectRows(paused.rows, remediesExpected(10, 1, paused.step));
    expect(await page.problems()).toEqual([]);
    await page.close();
  });

  it('Nielsen’s rerun measures the real digits as the engine does in Node (seed 1, 4 hidden layers)', async () => {
    const page = await open(env.engine.open(`${env.site.url}en/vanishing-gradients/`));
    await page.run(click('nielsen-rerun', 'Load 1,000 MNIST digits (785 KB)'));
    const cells = () => page.run<(string | null)[][]>(`
      return [...document.querySelectorAll('[data-widget="nielsen-rerun"] .nr-live-table tbody tr')]
        .map((r) => [r.querySelector('[data-cell="raw"]')?.textContent ?? null, r.querySelector('[data-cell="ours"]')?.textContent ?? null]);`);
    const want = expectedCells(4, 1);
    const same = async () => JSON.stringify(await cells()) === JSON.stringify(want);
    await expect.poll(same, slow).toBe(true).catch(async () => {
      const status = await page.run<string>(`return document.querySelector('[data-widget="nielsen-rerun"]').innerText.slice(0, 600);`);
      throw new Error(`live table ${JSON.stringify(await cells())}, not ${JSON.stringify(want)}; problems ${JSON.stringify(await page.problems())}; widget says: ${status}`);
    });
    expect(await page.problems()).toEqual([]);
    await page.close();
  });

  it('the training lab’s embed trains in a sandboxed frame on another origin, on the main thread', async () => {
    const page = await env.engine.open(`${blog.url}en/glossary/`);
    await page.run(`
      document.body.innerHTML = '';
      const f = document.createElement('iframe');
      f.setAttribute('sandbox', 'allow-scripts');
      f.id = 'embed'; f.width = '800'; f.height = '1400';
      f.src = ${JSON.stringify(`${env.site.url}en/embed/training-lab/?lab-depth=4&v=1`)};
      await new Promise((r) => { f.onload = r; document.body.append(f); });`);
    const inFrame = <T>(body: string) => page.runInFrame<T>('#embed', body);
    expect(await inFrame<number>(HYDRATE_ALL(HYDRATION_CEILING_MS)), 'islands left unhydrated').toBe(0);
    const lab = () => inFrame<Lab>(LAB);
    await expect.poll(async () => (await lab()).engine, slow).toBe('main');
    const settings = { ...deep, depth: 4 };
    expect((await lab()).ratio).toBe(labExpected(settings, 0).ratio);
    await inFrame(click('training-lab', 'One step'));
    const one = labExpected(settings, 1);
    await expect.poll(async () => { const l = await lab(); return [l.shown, l.loss]; }, slow).toEqual(['1', one.loss]);
    expect(await inFrame<string>(`return document.querySelector('#lab-depth').value;`)).toBe('4');
    // Without storage or Workers the frame may log why it fell back; nothing else. (The blog's own page and
    // the frame are both ours, though each is another origin to the other.)
    const ours = (e: string) => [blog.origin, env.site.origin].some((o) => e.startsWith(`request to another origin: ${o}/`));
    expect((await page.problems()).filter((e) => !/Worker|SecurityError|sandbox/i.test(e) && !ours(e))).toEqual([]);
    await page.close();
  });
});
