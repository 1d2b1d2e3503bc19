// Sources and their health: last poll, errors in a row and the last reason, articles per day,
// the delay from publication to ingestion, and what waits or failed.

import { get } from '../api.js';
import {
  ago, countryName, formatDuration, h, host, loading, mount, notice, num, safeUrl,
} from '../util.js';

export async function render(main, r, ctx) {
  const body = h('div', {}, loading('sources'));
  mount(main, h('div', { class: 'page-head' }, h('h1', {}, 'Sources'),
    h('p', { class: 'muted' }, 'The feeds, sitemaps and sites Argus polls, and how each is doing.')), body);
  let res;
  try {
    res = await get('sources');
  } catch (e) {
    if (ctx.isCurrent()) mount(body, notice('error', 'Sources could not be loaded.', e.message));
    return;
  }
  if (!ctx.isCurrent()) return;
  const rows = res.sources || [];
  if (!rows.length) {
    mount(body, notice('info', 'No source is polled yet.',
      'Articles ingested from files and archives have no source to watch. Add feeds, sitemaps or sites with ',
      h('code', {}, 'argus sources add URL'), ', then run ', h('code', {}, 'argus watch'), '.'));
    return;
  }
  const state = (x) => {
    const s = x.source || {};
    if (s.consecutiveErrors >= 3) return ['bad', 'failing'];
    if (s.consecutiveErrors > 0) return ['warn', 'errors'];
    if (!s.lastFetch) return ['idle', 'not polled yet'];
    return ['ok', 'healthy'];
  };
  const counts = { ok: 0, warn: 0, bad: 0, idle: 0 };
  rows.forEach((x) => counts[state(x)[0]]++);
  mount(body,
    h('div', { class: 'kpis' },
      h('div', { class: 'kpi' }, h('div', { class: 'kpi-label' }, 'Sources'), h('div', { class: 'kpi-value' }, num(rows.length))),
      h('div', { class: 'kpi' }, h('div', { class: 'kpi-label' }, 'Healthy'), h('div', { class: 'kpi-value ok-text' }, num(counts.ok))),
      h('div', { class: 'kpi' }, h('div', { class: 'kpi-label' }, 'With errors'), h('div', { class: 'kpi-value warn-text' }, num(counts.warn))),
      h('div', { class: 'kpi' }, h('div', { class: 'kpi-label' }, 'Failing'), h('div', { class: 'kpi-value bad-text' }, num(counts.bad)))),
    h('div', { class: 'table-wrap card' }, h('table', { class: 'table sources-table', id: 'sources-table' },
      h('thead', {}, h('tr', {},
        ['', 'Source', 'Kind', 'Country', 'Last poll', 'Last success', 'Articles', 'Per day', 'Delay', 'Waiting', 'Failed', 'Next poll']
          .map((t) => h('th', { class: ['Articles', 'Per day', 'Waiting', 'Failed'].includes(t) ? 'num' : null }, t)))),
      h('tbody', {}, rows.map((x) => {
        const s = x.source || {};
        const [cls, label] = state(x);
        const url = safeUrl(s.url);
        return h('tr', {},
          h('td', {}, h('span', { class: 'dot ' + cls, title: label, role: 'img', 'aria-label': label })),
          h('td', {}, h('strong', {}, s.name || host(s.url)), h('div', { class: 'small muted' }, url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, host(url)) : s.url),
            s.lastError ? h('div', { class: 'small bad-text' }, `${s.consecutiveErrors} in a row: ${s.lastError}`) : null),
          h('td', {}, String(s.kind || '').toLowerCase()),
          h('td', {}, s.country ? countryName(s.country) : h('span', { class: 'muted' }, 'from domain')),
          h('td', { title: s.lastFetch || '', class: 'nowrap' }, ago(s.lastFetch)),
          h('td', { title: s.lastSuccess || '', class: 'nowrap' }, ago(s.lastSuccess)),
          h('td', { class: 'num' }, num(x.articles)),
          h('td', { class: 'num' }, x.articlesPerDay === undefined ? '—' : Number(x.articlesPerDay).toFixed(1)),
          h('td', { class: 'nowrap' }, formatDuration(x.medianDelay)),
          h('td', { class: 'num' }, num(x.pendingUrls)),
          h('td', { class: 'num' }, num(x.failedUrls)),
          h('td', { title: s.nextDue || '', class: 'nowrap' }, s.nextDue ? new Date(s.nextDue).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : '—'));
      })))));
}
