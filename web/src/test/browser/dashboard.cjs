#!/usr/bin/env node
// Browser tests of the Argus dashboard: Playwright (playwright-core, from web/target/web-npm)
// driving the system's Chromium, headless. It never downloads a browser.
//
//   NODE_PATH=web/target/web-npm/node_modules node web/src/test/browser/dashboard.cjs \
//     http://127.0.0.1:8080/ /tmp/argus-shots
//
// The server must serve the demo corpus ingested with its watch list. Checks: a search for a demo
// entity with facets and a histogram, a query error pointing at its position, a facet filter, a
// story opened from the results with its timeline, the biggest story's citation graph, an entity
// page whose charts hold data, the sources and alerts pages, no request leaving the server (the
// dashboard works offline), no script error, and no sideways scrolling on a phone. Screenshots of
// every page at laptop and phone width go to the folder. Exits 0 when every check passed.
//
// Environment: CHROMIUM (default /usr/bin/chromium); ARGUS_API_KEY, ALERT_QUERY and ARGUS_INGEST
// for the alert flow (see alertFlow), which runs when the server has the alerts API; with
// ARGUS_API_KEY, an export downloaded with the key (keyedExport).

'use strict';

const fs = require('fs');
const path = require('path');

const [base, shots] = process.argv.slice(2);
if (!base || !shots) {
  console.error('usage: dashboard.cjs BASE_URL SCREENSHOT_DIR');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!fs.existsSync(executablePath)) {
  console.error(`no Chromium at ${executablePath}: install Debian's (apt-get install chromium) or set CHROMIUM`);
  process.exit(2);
}
let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch (e) {
  console.error('playwright-core is not installed: build the web module (it runs npm ci) and set ' +
    'NODE_PATH=web/target/web-npm/node_modules');
  process.exit(2);
}
fs.mkdirSync(shots, { recursive: true });

const origin = new URL(base).origin;
const url = (hash) => new URL(hash, base).href;
const failures = [];
let passed = 0;

function check(ok, what, detail) {
  if (ok) {
    passed++;
    console.log(`ok - ${what}`);
  } else {
    failures.push(what);
    console.log(`not ok - ${what}${detail === undefined ? '' : ': ' + detail}`);
  }
}

/** How many non-empty data points the Chart.js chart on this canvas has (-1: no chart). */
async function chartPoints(page, selector) {
  return page.$eval(selector, (canvas) => {
    const chart = window.Chart && window.Chart.getChart(canvas);
    if (!chart) return -1;
    return chart.data.datasets.reduce((n, d) => n + d.data.filter((v) =>
      v !== null && v !== undefined && v !== 0 && !(typeof v === 'object' && v.y === null)).length, 0);
  }).catch(() => -1);
}

async function shot(page, name, fullPage = true) {
  const file = path.join(shots, name + '.png');
  await page.screenshot({ path: file, fullPage });
  console.log(`# screenshot ${file}`);
}

async function noSidewaysScroll(page, what) {
  const { scroll, inner } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
  }));
  check(scroll <= inner + 1, `${what}: no sideways scrolling`, `page is ${scroll}px wide in a ${inner}px window`);
}

async function newPage(browser, options) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  const offsite = [];
  const errors = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin + '/') || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    offsite.push(u);
    return route.abort();
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    // A failed API answer (a 404 the page explains, a 400 for a bad query) is logged by the
    // browser itself; script errors are what count.
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  return { context, page, offsite, errors };
}

async function laptop(browser) {
  const { context, page, offsite, errors } = await newPage(browser, { viewport: { width: 1366, height: 900 } });

  // Search for a demo entity: results, facets, histogram.
  await page.goto(url('#/search?q=Nexori'));
  await page.waitForSelector('#hits .hit');
  const hits = await page.$$eval('#hits .hit', (els) => els.length);
  check(hits > 0, 'search "Nexori" lists articles', hits);
  const meta = await page.$eval('#hits .hit .meta', (el) => el.textContent);
  check(/\d{4}|[A-Z][a-z]{2}/.test(meta) && (await page.$('#hits .hit .badge.lang')) !== null,
    'a result shows its language, source and date', meta);
  check(await page.$('#hits .hit .tone') !== null, 'a result shows its tone');
  check(await chartPoints(page, '#histogram') > 0, 'the histogram has data points');
  const facetLangs = await page.$$eval('[data-facet="language"] .facet-value', (els) => els.length);
  check(facetLangs > 1, 'the language facet lists several languages', facetLangs);
  const alertMe = await page.$eval('#alert-me', (el) => el.getAttribute('href')).catch(() => '');
  check(alertMe.startsWith('#/alerts?') && new URLSearchParams(alertMe.split('?')[1]).get('query') === 'Nexori',
    'a search offers to become an alert with its query', alertMe);
  await shot(page, 'laptop-search');

  // A facet value filters the results.
  await page.click('[data-facet="language"] li:first-child .facet-value');
  await page.waitForSelector('.chips .chip');
  await page.waitForSelector('#hits .hit');
  const langs = await page.$$eval('#hits .hit .badge.lang', (els) => [...new Set(els.map((e) => e.textContent))]);
  check(langs.length === 1, 'a language facet keeps one language', langs.join(','));

  // A query error points at its position.
  await page.goto(url('#/search?q=' + encodeURIComponent('lang:fr AND (port')));
  await page.waitForSelector('#query-error');
  const err = await page.$eval('#query-error', (el) => el.textContent);
  check(/parenthesis/i.test(err) && err.includes('^'), 'a bad query shows the error and its position', err);
  await shot(page, 'laptop-search-error', false);

  // Open a story from the results: its timeline.
  await page.goto(url('#/search?q=' + encodeURIComponent('Nexori camera')));
  await page.waitForSelector('#hits .hit a.story-link');
  await page.click('#hits .hit a.story-link');
  await page.waitForSelector('#timeline table tbody tr');
  check(/#\/story\//.test(page.url()), 'a result opens its story', page.url());
  check(await chartPoints(page, '#spread-chart') > 0, 'the story timeline chart has points');
  check(await page.$eval('#broke-it', (el) => el.textContent.length > 10), 'the story says who broke it');

  // The biggest story: citations and copies.
  await page.goto(url('#/stories'));
  await page.waitForSelector('.story-card');
  await page.click('.story-card');
  await page.waitForSelector('#timeline table tbody tr');
  const rows = await page.$$eval('#timeline table tbody tr', (els) => els.length);
  check(rows >= 3, 'the biggest story lists its articles in time order', rows);
  check(await chartPoints(page, '#spread-chart') >= 3, 'its spread chart has a point per article');
  check(await chartPoints(page, '#reach-chart') > 0, 'its reach chart has data');
  const nodes = await page.$$eval('#citation-graph .node', (els) => els.length).catch(() => 0);
  const edges = await page.$$eval('#citation-graph .edge', (els) => els.length).catch(() => 0);
  check(nodes >= 2 && edges >= 1, 'its citation graph draws nodes and edges', `${nodes} nodes, ${edges} edges`);
  check(await page.$$eval('#copies li', (els) => els.length) > 0, 'its syndicated copies are listed');
  await shot(page, 'laptop-story');

  // An entity page: every chart has data.
  await page.goto(url('#/entity/Nexori?rivals=Sony,Samsung'));
  await page.waitForSelector('#sov-chart');
  for (const [id, what] of [['attention-chart', 'attention over time'], ['tone-chart', 'tone over time'],
    ['sov-chart', 'share of voice'], ['languages-chart', 'languages']]) {
    const n = await chartPoints(page, '#' + id);
    check(n > 0, `the entity page draws ${what} with data`, n);
  }
  const means = await page.$eval('#tone-chart', (c) => window.Chart.getChart(c).data.datasets
    .find((d) => d.label === 'mean tone').data.filter((v) => v !== null));
  check(means.length > 0 && means.every((v) => v >= -1 && v <= 1), 'mean tone per period is in [-1, 1]',
    means.join(', '));
  // The entity's tone counts (the store's tone buckets) agree with its tone over time.
  const perPeriod = await page.$eval('#tone-chart', (c) => Object.fromEntries(window.Chart.getChart(c).data.datasets
    .filter((d) => d.label !== 'mean tone').map((d) => [d.label, d.data.reduce((a, b) => a + (b || 0), 0)])));
  const kpi = await page.$eval('#tone-kpi .kpi-sub', (el) => el.textContent);
  check(kpi === `${perPeriod.positive} positive · ${perPeriod.negative} negative`,
    'the tone totals agree with tone over time', `${kpi} against ${JSON.stringify(perPeriod)}`);
  const sovRows = await page.$$eval('.sov-table tbody tr', (els) => els.map((e) => e.textContent));
  check(sovRows.length === 3, 'share of voice compares Nexori with its two rivals', sovRows.join(' | '));
  await shot(page, 'laptop-entity');

  await page.goto(url('#/sources'));
  await page.waitForSelector('main[data-page="sources"] .notice, #sources-table');
  check(true, 'the sources page renders');
  await shot(page, 'laptop-sources');

  await page.goto(url('#/alerts'));
  await page.waitForSelector('#alerts-unavailable, #alert-form');
  const unavailable = await page.$('#alerts-unavailable');
  check(true, unavailable ? 'the alerts page says the alerts API is not available' : 'the alerts page shows the form');
  if (!unavailable && process.env.ARGUS_API_KEY) await alertFlow(page);
  await shot(page, 'laptop-alerts');
  if (process.env.ARGUS_API_KEY) await keyedExport(page);

  check(offsite.length === 0, 'no request leaves the server (works offline)', offsite.join(', '));
  check(errors.length === 0, 'no script error at laptop width', errors.join(' | '));
  await context.close();
}

/**
 * With the alerts API and a key (ARGUS_API_KEY): create an alert in the form, test-fire it, and
 * see the delivery in its log; then, with ARGUS_INGEST (a shell command that ingests an article
 * matching ALERT_QUERY), see the delivery of the real match too.
 */
async function alertFlow(page) {
  await page.evaluate((k) => localStorage.setItem('argus.apiKey', k), process.env.ARGUS_API_KEY);
  // From the entity page: "Alert me" opens the form with the entity's query and a name.
  await page.goto(url('#/entity/Nexori'));
  await page.click('#alert-me');
  await page.waitForSelector('#alert-form form');
  const prefilled = await page.$eval('#alert-form textarea[name="query"]', (el) => el.value);
  const named = await page.$eval('#alert-form input[name="name"]', (el) => el.value);
  check(prefilled === 'entity:Nexori' && named === 'nexori', 'an entity page\'s "Alert me" fills the alert form',
    `${named}: ${prefilled}`);
  await page.fill('#alert-form input[name="name"]', 'nexori-cameras');
  if (process.env.ALERT_QUERY && process.env.ALERT_QUERY !== prefilled) {
    await page.fill('#alert-form textarea[name="query"]', process.env.ALERT_QUERY);
  }
  await page.selectOption('#alert-form select[name="channel"]', 'atom');
  await page.click('#alert-form button:has-text("Create alert")');
  await page.waitForSelector('#alert-detail');
  const listed = await page.$$eval('#alert-list li strong', (els) => els.map((e) => e.textContent));
  check(listed.includes('nexori-cameras'), 'a created alert is listed', listed.join(', '));
  await page.click('#test-fire');
  await page.waitForSelector('#deliveries tbody tr');
  const first = await page.$$eval('#deliveries tbody tr', (els) => els.length);
  check(first >= 1, 'a test-fired alert shows its delivery', first);
  if (process.env.ARGUS_INGEST) {
    require('child_process').execSync(process.env.ARGUS_INGEST, { stdio: 'inherit' });
    let rows = first;
    for (let i = 0; i < 40 && rows <= first; i++) {
      await page.waitForTimeout(500);
      await page.click('#alert-detail button:has-text("Refresh")');
      await page.waitForTimeout(300);
      rows = await page.$$eval('#deliveries tbody tr', (els) => els.length).catch(() => first);
    }
    check(rows > first, 'an ingested matching article is delivered and logged', `${first} then ${rows}`);
  }
  await page.click('#toggle-alert:has-text("Switch off")');
  await page.waitForSelector('#toggle-alert:has-text("Switch on")');
  const off = await page.$$eval('#alert-list li', (els) => els.filter((e) => e.textContent.includes('nexori-cameras') && e.querySelector('.badge')).length);
  check(off === 1, 'a switched-off alert is marked off in the list', off);
  await page.click('#toggle-alert');
  await page.waitForSelector('#toggle-alert:has-text("Switch off")');
  check(true, 'a switched-off alert can be switched on again');
}

/**
 * With a key saved (alertFlow saved it), an export link downloads the file with the key: a bare
 * link could not carry it, and a server run with --read key refuses one.
 */
async function keyedExport(page) {
  await page.evaluate((k) => localStorage.setItem('argus.apiKey', k), process.env.ARGUS_API_KEY);
  await page.goto(url('#/search?q=Nexori'));
  await page.waitForSelector('#export-csv');
  let auth = null;
  const seen = (req) => {
    if (req.url().includes('/api/v1/export')) auth = req.headers().authorization || '';
  };
  page.on('request', seen);
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  page.off('request', seen);
  const body = fs.readFileSync(await file.path(), 'utf8');
  check(auth === 'Bearer ' + process.env.ARGUS_API_KEY, 'with a key saved, an export is fetched with the key', auth);
  check(file.suggestedFilename() === 'argus-export.csv' && body.split('\n').length > 2 && body.includes('Nexori'),
    'the keyed export downloads the CSV of the search', `${file.suggestedFilename()}: ${body.slice(0, 80)}`);
}

async function phone(browser) {
  const { context, page, offsite, errors } = await newPage(browser, {
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  });
  await page.goto(url('#/search?q=Nexori'));
  await page.waitForSelector('#hits .hit');
  check(await chartPoints(page, '#histogram') > 0, 'phone: the histogram has data points');
  await noSidewaysScroll(page, 'phone search');
  await shot(page, 'phone-search');

  await page.goto(url('#/stories'));
  await page.waitForSelector('.story-card');
  await page.tap('.story-card');
  await page.waitForSelector('#timeline table tbody tr');
  check(await chartPoints(page, '#spread-chart') > 0, 'phone: the story timeline has points');
  await noSidewaysScroll(page, 'phone story');
  await shot(page, 'phone-story');

  await page.goto(url('#/entity/Nexori?rivals=Sony,Samsung'));
  await page.waitForSelector('.sov-table');
  check(await chartPoints(page, '#attention-chart') > 0, 'phone: the entity attention chart has data');
  await noSidewaysScroll(page, 'phone entity');
  await shot(page, 'phone-entity');

  check(offsite.length === 0, 'phone: no request leaves the server', offsite.join(', '));
  check(errors.length === 0, 'no script error at phone width', errors.join(' | '));
  await context.close();
}

(async () => {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
  try {
    await laptop(browser);
    await phone(browser);
  } catch (e) {
    check(false, 'the browser session ran to its end', e.stack || String(e));
  } finally {
    await browser.close();
  }
  console.log(`${passed} passed, ${failures.length} failed`);
  process.exit(failures.length ? 1 : 0);
})();
