// An entity: attention over time, tone over time, share of voice against rivals the user picks,
// and breakdowns by language, country and source.
// #/entity/Nexori?rivals=Sony,Samsung&interval=week&q=camera*

import { get, seg } from '../api.js';
import { bars, chartBox, hbars, mixed, PALETTE, themeColor, toneColors } from '../charts.js';
import {
  alertLink, card, countryName, h, languageName, loading, mount, notice, num, quoteValue, route, tone,
} from '../util.js';

const INTERVALS = ['day', 'week', 'month'];

export async function render(main, r, ctx) {
  const name = r.rest[0] || '';
  const interval = INTERVALS.includes(r.params.get('interval')) ? r.params.get('interval') : 'week';
  const within = r.params.get('q') || '';
  const rivalsParam = r.params.get('rivals');

  const nameInput = h('input', { type: 'text', name: 'entity', value: name, list: 'entity-names', placeholder: 'Entity on the watch list: Nexori', 'aria-label': 'Entity', required: true });
  const datalist = h('datalist', { id: 'entity-names' });
  const intervalSelect = h('select', { name: 'interval', 'aria-label': 'Period' },
    INTERVALS.map((i) => h('option', { value: i, selected: i === interval }, 'per ' + i)));
  const withinInput = h('input', { type: 'search', name: 'q', value: within, placeholder: 'within: camera* (optional)', 'aria-label': 'Only articles matching' });
  const go = (over = {}) => {
    const n = (over.name ?? nameInput.value).trim();
    if (!n) return;
    location.hash = route('/entity/' + encodeURIComponent(n), {
      rivals: over.rivals ?? rivalsParam, interval: intervalSelect.value === 'week' ? null : intervalSelect.value,
      q: withinInput.value.trim(),
    });
  };
  const form = h('form', { class: 'searchbar', onsubmit: (e) => { e.preventDefault(); go({ rivals: nameInput.value.trim() === name ? rivalsParam : '' }); } },
    nameInput, datalist, intervalSelect, withinInput, h('button', { class: 'button' }, 'Show'));
  intervalSelect.addEventListener('change', () => go());
  const body = h('div', {}, name ? loading(name) : null);
  const alertQuery = `entity:${quoteValue(name)}` + (within ? ` AND (${within})` : '');
  mount(main, h('div', { class: 'page-head' },
    h('div', { class: 'title-row' }, h('h1', {}, name || 'Entities'),
      name ? alertLink(alertQuery, name + (within ? ' ' + within : '')) : null),
    form), body);

  // The entities of the watch list, most mentioned first: the picker's suggestions.
  const known = get('search', { q: '*', limit: 0, facets: 'entity', top: 200 }).then((res) => {
    const values = res.facets?.entity || [];
    if (ctx.isCurrent()) mount(datalist, values.map((v) => h('option', { value: v.value })));
    return values;
  }).catch(() => []);

  if (!name) {
    const values = await known;
    if (!ctx.isCurrent()) return;
    mount(body, values.length
      ? card('Watch-list entities', { class: 'card' }, h('div', { class: 'entity-grid' }, values.map((v) =>
        h('a', { class: 'entity-tile', href: route('/entity/' + encodeURIComponent(v.value)) },
          h('strong', {}, v.value), h('span', { class: 'muted' }, `${num(v.count)} articles`)))))
      : notice('info', 'No watch-list entity has been mentioned yet.',
        'Ingest with a watch list (argus ingest --watchlist FILE …) to follow companies, people and products.'));
    return;
  }

  let ent;
  let related;
  try {
    [ent, related] = await Promise.all([
      get('entities/' + seg(name), { interval, q: within, top: 10 }),
      get('search', { q: `entity:${quoteValue(name)}` + (within ? ` AND (${within})` : ''), limit: 0, facets: 'entity', top: 6 }),
    ]);
  } catch (e) {
    if (ctx.isCurrent()) mount(body, notice('error', `${name} could not be loaded.`, e.message));
    return;
  }
  if (!ctx.isCurrent()) return;

  if (!ent.articles) {
    mount(body, notice('info', `No article mentions ${name}.`,
      'Entity pages follow watch-list entities; check the spelling against the suggestions, or ',
      h('a', { href: route('/search', { q: name }) }, `search for “${name}” as words`), '.'));
    return;
  }

  const coMentioned = (related.facets?.entity || []).map((v) => v.value).filter((v) => v !== name);
  const rivals = rivalsParam !== null
    ? rivalsParam.split(',').map((x) => x.trim()).filter((x) => x && x !== name).slice(0, 20)
    : coMentioned.slice(0, 3);

  const periods = ent.toneOverTime || [];
  const scored = periods.reduce((n, p) => n + p.negative + p.neutral + p.positive, 0);
  const meanTone = scored ? periods.reduce((t, p) => t + (p.mean ?? 0) * (p.negative + p.neutral + p.positive), 0) / scored : null;
  const t = tone(meanTone);

  const attention = chartBox(`Articles mentioning ${name} per ${interval}`, 230);
  attention.canvas.id = 'attention-chart';
  const toneChart = chartBox(`Tone of the articles mentioning ${name} per ${interval}`, 230);
  toneChart.canvas.id = 'tone-chart';
  const sov = chartBox(`Share of voice of ${name} against ${rivals.join(', ')}`, 250);
  sov.canvas.id = 'sov-chart';
  const langs = chartBox(`Articles mentioning ${name} by language`, rowsHeight(ent.languages));
  langs.canvas.id = 'languages-chart';
  const countries = chartBox(`Articles mentioning ${name} by country`, rowsHeight(ent.countries));
  countries.canvas.id = 'countries-chart';
  const sources = chartBox(`Articles mentioning ${name} by source`, rowsHeight(ent.sources));
  sources.canvas.id = 'sources-chart';

  const rivalsInput = h('input', { type: 'text', value: rivals.join(', '), list: 'entity-names', 'aria-label': 'Rivals, separated by commas', placeholder: 'Sony, Samsung' });
  const sovBody = h('div', {}, loading('share of voice'));
  const searchQ = `entity:${quoteValue(name)}` + (within ? ` AND (${within})` : '');

  mount(body,
    h('div', { class: 'kpis' },
      kpi('Articles', num(ent.articles), h('a', { href: route('/search', { q: searchQ, sort: 'date' }) }, 'read them')),
      kpi('Mean tone', h('span', { class: `tone tone-${t.cls}` }, t.text), `${num(ent.tone?.positive)} positive · ${num(ent.tone?.negative)} negative`, 'tone-kpi'),
      kpi('Languages', num((ent.languages || []).length), (ent.languages || []).slice(0, 4).map((l) => l.value).join(' ')),
      kpi('Sources', num((ent.sources || []).length), (ent.countries || []).length ? `${ent.countries.length} countries` : 'countries unknown')),
    h('div', { class: 'grid-2' },
      card('Attention over time', { class: 'card', id: 'attention' }, attention.box),
      card('Tone over time', { class: 'card', id: 'tone' }, toneChart.box)),
    card('Share of voice', { class: 'card', id: 'share-of-voice' },
      h('form', { class: 'inline-form', onsubmit: (e) => { e.preventDefault(); go({ rivals: rivalsInput.value.split(',').map((x) => x.trim()).filter(Boolean).join(',') }); } },
        h('label', {}, 'Against ', rivalsInput), h('button', { class: 'button' }, 'Compare'),
        coMentioned.length ? h('span', { class: 'muted small' }, 'Often alongside: ',
          coMentioned.map((c, i) => [i ? ', ' : '', h('a', { href: route('/entity/' + encodeURIComponent(name), { rivals: [...new Set([...rivals, c])].join(','), interval: interval === 'week' ? null : interval, q: within }) }, c)])) : null),
      sovBody),
    h('div', { class: 'grid-3' },
      card('Languages', { class: 'card', id: 'languages' }, ent.languages?.length ? langs.box : empty('No language identified.')),
      card('Countries', { class: 'card', id: 'countries' }, ent.countries?.length ? countries.box
        : empty('No country known: the sources have none set (argus sources edit ID --country CC) and their domains are generic (.com).')),
      card('Sources', { class: 'card', id: 'sources' }, ent.sources?.length ? sources.box : empty('No source.'))));

  const labels = (ent.attention || []).map((b) => b.label);
  bars(attention.canvas, labels, [{ label: 'articles', data: (ent.attention || []).map((b) => b.count), color: PALETTE[0] }]);
  const [neg, neu, pos] = toneColors();
  mixed(toneChart.canvas, periods.map((p) => p.label), [
    { type: 'line', label: 'mean tone', data: periods.map((p) => p.mean), yAxisID: 'y2', color: themeColor('--text', '#333'), borderWidth: 2, pointRadius: 3, spanGaps: true, order: 0 },
    { label: 'negative', data: periods.map((p) => p.negative), backgroundColor: neg, stack: 't', order: 1 },
    { label: 'neutral', data: periods.map((p) => p.neutral), backgroundColor: neu, stack: 't', order: 1 },
    { label: 'positive', data: periods.map((p) => p.positive), backgroundColor: pos, stack: 't', order: 1 },
  ], {
    x: { stacked: true, grid: { display: false } },
    y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'articles' } },
    y2: { position: 'right', min: -1, max: 1, grid: { display: false }, title: { display: true, text: 'mean tone' } },
  });
  const facetLink = (field, rows) => (i) => { location.hash = route('/search', { q: searchQ + ` AND ${field}:${quoteValue(rows[i].value)}` }); };
  if (ent.languages?.length) hbars(langs.canvas, ent.languages.map((l) => ({ label: `${languageName(l.value)} (${l.value})`, value: l.count })), { color: PALETTE[5], onClick: facetLink('lang', ent.languages) });
  if (ent.countries?.length) hbars(countries.canvas, ent.countries.map((c) => ({ label: countryName(c.value), value: c.count })), { color: PALETTE[2], onClick: facetLink('country', ent.countries) });
  if (ent.sources?.length) hbars(sources.canvas, ent.sources.map((c) => ({ label: c.value, value: c.count })), { color: PALETTE[1], onClick: facetLink('source', ent.sources) });

  if (!rivals.length) {
    mount(sovBody, notice('info', 'Add rivals to compare.', 'Type one or more entities of the watch list, separated by commas.'));
    return;
  }
  let share;
  try {
    share = await get(`entities/${seg(name)}/share-of-voice`, { rivals: rivals.join(','), interval, q: within });
  } catch (e) {
    if (ctx.isCurrent()) mount(sovBody, notice('error', 'Share of voice could not be computed.', e.message));
    return;
  }
  if (!ctx.isCurrent()) return;
  renderShare(sovBody, sov, share);
}

function renderShare(el, sov, share) {
  const entities = share.entities || [];
  const periods = share.periods || [];
  const totals = entities.map((e) => periods.reduce((n, p) => n + (p.mentions?.[e] || 0), 0));
  const all = totals.reduce((a, b) => a + b, 0);
  if (!all) {
    mount(el, notice('info', 'None of these entities is mentioned in this period.'));
    return;
  }
  mount(el, h('div', { class: 'sov' }, sov.box,
    h('table', { class: 'table sov-table' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Entity'), h('th', { class: 'num' }, 'Mentions'), h('th', { class: 'num' }, 'Share'))),
      h('tbody', {}, entities.map((e, i) => h('tr', {},
        h('td', {}, h('span', { class: 'swatch', style: `background:${PALETTE[i % PALETTE.length]}` }), ' ',
          h('a', { href: route('/entity/' + encodeURIComponent(e)) }, e)),
        h('td', { class: 'num' }, num(totals[i])),
        h('td', { class: 'num' }, all ? (100 * totals[i] / all).toFixed(1) + ' %' : '—')))))));
  bars(sov.canvas, periods.map((p) => p.label), entities.map((e, i) => ({
    label: e,
    data: periods.map((p) => +(100 * (p.share?.[e] || 0)).toFixed(1)),
    color: PALETTE[i % PALETTE.length],
  })), { stacked: true, percent: true });
}

function kpi(label, value, sub, id) {
  return h('div', { class: 'kpi', id }, h('div', { class: 'kpi-label' }, label), h('div', { class: 'kpi-value' }, value),
    sub ? h('div', { class: 'kpi-sub muted' }, sub) : null);
}

const empty = (text) => h('p', { class: 'muted' }, text);

const rowsHeight = (rows) => Math.max(120, 26 * Math.min((rows || []).length, 10) + 40);
