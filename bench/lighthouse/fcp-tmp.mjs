import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
const [url, n = 4, extra = ''] = process.argv.slice(2);
const base0 = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const flags = extra.startsWith('!') ? extra.slice(1).split(' ').filter(Boolean) : [...base0, ...extra.split(' ').filter(Boolean)];
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: flags });
for (let i = 0; i < n; i++) {
  const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const m = lhr.audits.metrics.details.items[0];
  console.log(`obsFCP ${m.observedFirstContentfulPaint} obsDCL ${m.observedDomContentLoaded} obsLoad ${m.observedLoad} simFCP ${Math.round(lhr.audits['first-contentful-paint'].numericValue)} score ${Math.round(lhr.categories.performance.score * 100)}`);
}
await chrome.kill();
