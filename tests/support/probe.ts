/**
 * For engines whose driver has no console or network API (WebKitGTK over classic WebDriver): a
 * script the test server puts first in every HTML page's <head>, recording console errors, uncaught
 * errors and rejections, and `read`, which returns them plus resources fetched from other origins.
 */
export const PROBE = {
  source: `(() => {
  const seen = (window.__glProblems = []);
  const error = console.error.bind(console);
  console.error = (...a) => { seen.push('console: ' + a.map(String).join(' ')); error(...a); };
  addEventListener('error', (e) => { if (e.message) seen.push('exception: ' + e.message); });
  addEventListener('unhandledrejection', (e) => seen.push('exception: ' + (e.reason && e.reason.message || e.reason)));
})();`,
  read: `() => {
  const out = [...(window.__glProblems || [])];
  for (const r of performance.getEntriesByType('resource')) {
    if (!r.name.startsWith(location.origin) && !/^(data|blob):/.test(r.name)) out.push('request to another origin: ' + r.name);
    if (r.responseStatus >= 400) out.push('HTTP ' + r.responseStatus + ': ' + r.name);
  }
  return out;
}`,
};
