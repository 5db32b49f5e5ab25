// Where a page's main thread goes: loads it in Chromium with a performance trace (4x CPU slowdown, as Lighthouse's
// mobile profile) and prints its long tasks and the functions that forced style and layout, with the time each cost.
// node profile.mjs --base http://127.0.0.1:PORT --path /moter/ID [--cookie 'name=value; …']   (run.sh --keep prints one)
import puppeteer from 'puppeteer-core';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true });
  if (args.cookie)
    await page.setCookie(...args.cookie.split('; ').map((c) => ({ name: c.slice(0, c.indexOf('=')), value: c.slice(c.indexOf('=') + 1), url: args.base })));
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'blink.user_timing'] });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(args.base + args.path, { waitUntil: 'networkidle0', timeout: 120_000 });
  await new Promise((r) => setTimeout(r, 2000));
  const { profile } = await cdp.send('Profiler.stop');
  const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents;
  // The page's renderer main thread: of the CrRendererMain threads (about:blank's, the page's), the busiest.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busy = (t) => events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.name === 'RunTask').reduce((sum, e) => sum + (e.dur ?? 0), 0);
  const main = mains.map((t) => [t, busy(t)]).sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => e.tid === main?.tid && e.pid === main?.pid);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 50_000).sort((a, b) => b.dur - a.dur);
  console.log(`long tasks (> 50 ms at 4x): ${tasks.length}, longest ${tasks.slice(0, 8).map((t) => Math.round(t.dur / 1000)).join(', ')} ms`);
  // What the longest tasks were made of: their biggest direct pieces (a timer's or an event's function, a layout …)
  // and the functions the sampling profiler found running in them (self time).
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const sampleTimes = [];
  profile.timeDeltas.reduce((t, d, i) => (sampleTimes[i] = t + d), profile.startTime);
  const selfIn = (task) => {
    const self = {};
    profile.samples.forEach((id, i) => {
      if (sampleTimes[i] < task.ts || sampleTimes[i] > task.ts + task.dur) return;
      const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
      const key = url ? `${functionName || '(anonymous)'}@${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}` : functionName || '(native)';
      self[key] = (self[key] ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000;
    });
    return Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ');
  };
  for (const task of tasks.slice(0, 4)) {
    const inside = onMain.filter((e) => e !== task && e.dur && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 10_000);
    const pieces = inside.filter((e) => !inside.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur));
    console.log(`    functions: ${selfIn(task)}`);
    console.log(`  task ${Math.round(task.dur / 1000)} ms: ${pieces.slice(0, 6).map((e) => `${e.name}${e.args?.data?.functionName ? ` ${e.args.data.functionName}` : ''}${e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}:${e.args.data.lineNumber ?? ''}` : ''} ${Math.round(e.dur / 1000)}`).join(', ')}`);
  }
  const byKind = {};
  for (const e of onMain) if (e.dur && ['Layout', 'UpdateLayoutTree', 'FunctionCall', 'EvaluateScript', 'v8.compile', 'ParseHTML', 'Paint', 'MinorGC', 'MajorGC'].includes(e.name))
    byKind[e.name] = (byKind[e.name] ?? 0) + e.dur / 1000;
  console.log('main thread by kind (ms):', Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, Math.round(v)])));
  // A style or layout with a JavaScript stack was forced by that code (read of a size or a computed style).
  const forced = {};
  let count = 0;
  for (const e of onMain.filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && e.dur)) {
    const stack = e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace;
    if (!stack?.length) continue;
    count++;
    const key = stack.slice(0, 3).map((f) => `${f.functionName || '(anonymous)'}@${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`).join(' < ');
    forced[key] ??= { n: 0, ms: 0 };
    forced[key].n++;
    forced[key].ms += e.dur / 1000;
  }
  console.log(`forced style/layout: ${count}`);
  for (const [key, v] of Object.entries(forced).sort((a, b) => b[1].ms - a[1].ms).slice(0, 12)) console.log(`  ${Math.round(v.ms)} ms in ${v.n}: ${key}`);
  // JavaScript by function, self time (sampled).
  const interval = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
  const self = {};
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (!url) continue;
    const key = `${functionName || '(anonymous)'}@${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}`;
    self[key] = (self[key] ?? 0) + (node.hitCount ?? 0) * interval;
  }
  console.log('JavaScript self time, top functions (ms):');
  for (const [key, ms] of Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${Math.round(ms)} ${key}`);
} finally {
  await browser.close();
}
