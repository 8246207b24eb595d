/**
 * Scripts that run inside a page in any engine (as function bodies for EnginePage.run), so the
 * same wait works over CDP, WebDriver BiDi and classic WebDriver.
 */

/** How long a page may take to hydrate every island before a test fails: generous, for a loaded machine. */
export const HYDRATION_CEILING_MS = 90_000;

/**
 * Brings every not-yet-hydrated island into view, one at a time with two animation frames each (an
 * IntersectionObserver only sees what is on screen when a frame renders), until all have hydrated
 * or `ceilingMs` passes; returns how many are left (0 when all hydrated) and scrolls back to the top.
 */
export const HYDRATE_ALL = (ceilingMs: number) => `
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const end = Date.now() + ${ceilingMs};
  let left = document.querySelectorAll('astro-island[ssr]').length;
  while (left > 0 && Date.now() < end) {
    for (const el of [...document.querySelectorAll('astro-island[ssr]')]) {
      (el.firstElementChild ?? el).scrollIntoView({ block: 'center' });
      await frames();
    }
    left = document.querySelectorAll('astro-island[ssr]').length;
    if (left > 0) await new Promise((r) => setTimeout(r, 100));
  }
  window.scrollTo(0, 0);
  return left;
`;

/**
 * `until(ok, ms)`: polls `ok` (which may be async) every 50 ms until it is true, or `ms` pass; resolves to
 * whether it became true. Put it before a script that waits on a page's state in any engine.
 */
export const UNTIL = `
  const until = async (ok, ms) => {
    for (const end = Date.now() + ms; !(await ok());) { if (Date.now() > end) return false; await new Promise((r) => setTimeout(r, 50)); }
    return true;
  };
`;
