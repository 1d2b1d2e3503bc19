// Search: the query box (the Argus query language), filters picked from facets, a histogram of the
// matching articles per day, and the result list. The URL holds the whole state:
// #/search?q=nexori&f=lang:fr&f=entity:Sony&sort=date.

import { ApiError, downloadLink, get } from '../api.js';
import { bars, chartBox } from '../charts.js';
import {
  alertLink, articleDate, card, countryName, cut, formatDate, h, langBadge, languageName, loading, mount,
  notice, num, quoteValue, route, safeUrl, toneBadge,
} from '../util.js';

/** The facets shown, the query field each filters on, and how a value is shown. */
const FACETS = [
  { key: 'language', title: 'Language', field: 'lang', show: (v) => `${languageName(v)} (${v})` },
  { key: 'country', title: 'Country', field: 'country', show: (v) => `${countryName(v)} (${v})` },
  { key: 'entity', title: 'Entity', field: 'entity', link: (v) => route('/entity/' + encodeURIComponent(v)) },
  { key: 'source', title: 'Source', field: 'source' },
  { key: 'cites', title: 'Cites', field: 'cites' },
  { key: 'author', title: 'Author', field: 'author' },
];

const TONE_FILTERS = {
  negative: 'tone:<=-0.1',
  neutral: 'tone:{-0.1 TO 0.1}',
  positive: 'tone:>=0.1',
};

const PAGE = 20;

const EXAMPLES = [
  ['nexori camera', 'both words'],
  ['nexori OR sony', 'either'],
  ['"imaging division"', 'the phrase'],
  ['nexori NEAR/5 sony', 'within 5 words'],
  ['kamera*', 'wildcard'],
  ['entity:Nexori AND lang:de', 'entity, language'],
  ['tone:<0', 'negative tone'],
  ['published:>=2026-03-10', 'dates'],
];

/** The query sent: the box's query AND every filter. */
export function fullQuery(q, filters) {
  const base = (q || '').trim();
  if (!filters.length) return base || '*';
  if (!base || base === '*') return filters.join(' AND ');
  return `(${base}) AND ${filters.join(' AND ')}`;
}

export async function render(main, r, ctx) {
  const q = r.params.get('q') || '';
  const filters = r.params.getAll('f');
  // With no words to rank by, the newest articles come first.
  const sort = r.params.get('sort') || (q.trim() && q.trim() !== '*' ? 'relevance' : 'date');
  const link = (over) => {
    const p = { q, sort: r.params.get('sort'), ...over };
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(p)) {
      if (k === 'f') continue;
      if (v) qs.set(k, v);
    }
    for (const f of over.f ?? filters) qs.append('f', f);
    const s = qs.toString();
    return '#/search' + (s ? '?' + s : '');
  };

  const input = h('input', {
    type: 'search', name: 'q', value: q, id: 'q', autocomplete: 'off', spellcheck: 'false',
    placeholder: 'nexori AND (camera* OR kamera*)', 'aria-label': 'Query', enterkeyhint: 'search',
  });
  const sortSelect = h('select', { name: 'sort', 'aria-label': 'Order' },
    h('option', { value: 'relevance', selected: sort === 'relevance' }, 'Most relevant'),
    h('option', { value: 'date', selected: sort === 'date' }, 'Newest first'));
  const form = h('form', { class: 'searchbar', role: 'search', onsubmit: (e) => {
    e.preventDefault();
    location.hash = link({ q: input.value.trim(), sort: sortSelect.value === sort && !r.params.get('sort') ? null : sortSelect.value });
  } }, input, sortSelect, h('button', { class: 'button', type: 'submit' }, 'Search'));
  sortSelect.addEventListener('change', () => form.requestSubmit());

  const help = h('details', { class: 'help' }, h('summary', {}, 'Query language'),
    h('div', { class: 'examples' }, EXAMPLES.map(([ex, what]) => h('a', {
      href: link({ q: ex, f: [] }), class: 'example',
    }, h('code', {}, ex), h('span', { class: 'muted' }, what)))),
    h('p', { class: 'muted small' }, 'Side by side means AND; operators are upper case. Fields: ',
      h('code', {}, 'lang: country: source: entity: name: cites: author: title: published: tone: storyId:'),
      '. Words are matched in every language’s form (photographie finds Photographie).'));

  const chips = filters.length ? h('div', { class: 'chips', 'aria-label': 'Filters' },
    filters.map((f) => h('a', {
      class: 'chip', href: link({ f: filters.filter((x) => x !== f) }), title: 'Remove this filter',
    }, f, h('span', { 'aria-hidden': 'true' }, ' ×'))),
    filters.length > 1 ? h('a', { class: 'chip clear', href: link({ f: [] }) }, 'Clear all') : null) : null;

  const facetsEl = h('aside', { class: 'facets', 'aria-label': 'Facets' });
  const resultsEl = h('section', { class: 'results', 'aria-label': 'Results' }, loading('results'));
  mount(main,
    h('div', { class: 'page-head' }, h('h1', {}, 'Search the coverage'), form, help, chips),
    h('div', { class: 'search-layout' }, facetsEl, resultsEl));
  if (!q && !filters.length) input.focus();

  const query = fullQuery(q, filters);
  // The biggest stories among the matches, with their titles, for the Stories facet.
  const stories = get('stories', { q: query, limit: 6 }).then((x) => x.stories || []).catch(() => []);
  let res;
  try {
    res = await searchWithHistogram(query, sort);
  } catch (e) {
    if (!ctx.isCurrent()) return;
    mount(resultsEl, queryError(e, q, filters, input));
    facetsEl.remove();
    resultsEl.parentElement.classList.add('single');
    return;
  }
  if (!ctx.isCurrent()) return;

  renderFacets(facetsEl, res, filters, link, await stories);
  if (!ctx.isCurrent()) return;
  const list = h('ol', { class: 'hits', id: 'hits' });
  appendHits(list, res.hits);
  const more = h('div', { class: 'more' });
  const pager = (next) => {
    mount(more, next ? h('button', { class: 'button ghost', type: 'button', onclick: async (ev) => {
      ev.target.disabled = true;
      try {
        const page = await get('search', { q: query, sort, limit: PAGE, cursor: next, view: 'summary' });
        appendHits(list, page.hits);
        pager(page.next);
      } catch (e) {
        mount(more, notice('error', 'More results could not be loaded.', e.message));
      }
    } }, 'More results') : null);
  };
  pager(res.next);

  const { box, canvas } = chartBox('Matching articles per ' + res.interval, 150);
  canvas.id = 'histogram';
  mount(resultsEl,
    h('div', { class: 'result-head' },
      h('p', { class: 'total', id: 'total' }, h('strong', {}, num(res.total)),
        res.total === 1 ? ' article matches' : ' articles match'),
      h('div', { class: 'exports' }, 'Export all: ',
        h('a', { id: 'export-csv', ...downloadLink('export', { q: query, format: 'csv' }, 'argus-export.csv') }, 'CSV'),
        ' · ',
        h('a', { id: 'export-jsonl', ...downloadLink('export', { q: query, format: 'jsonl' }, 'argus-export.jsonl') }, 'JSON Lines'),
        query.trim() && query.trim() !== '*' ? [' ', alertLink(query)] : null)),
    res.histogram?.length ? card(null, { class: 'card histogram' },
      h('h2', { class: 'small-title' }, `Articles per ${res.interval}`), box) : null,
    res.total === 0 ? notice('info', 'No article matches.',
      'Try fewer words, a wildcard (camera*), OR between alternatives, or remove a filter.') : list,
    more);
  if (res.histogram?.length) {
    const hist = res.histogram;
    bars(canvas, hist.map((b) => b.label), [{ label: 'articles', data: hist.map((b) => b.count) }], {
      onClick: (i) => {
        const b = hist[i];
        let f = `published:${b.start}`;
        if (res.interval === 'month') f = `published:${b.start.slice(0, 7)}`;
        if (res.interval === 'week') {
          const end = new Date(b.start + 'T00:00:00Z');
          end.setUTCDate(end.getUTCDate() + 6);
          f = `published:[${b.start} TO ${end.toISOString().slice(0, 10)}]`;
        }
        if (!filters.includes(f)) location.hash = link({ f: [...filters, f] });
      },
    });
  }
}

/** Search with a day histogram; a span too long for days falls back to weeks, then months. */
async function searchWithHistogram(query, sort) {
  let last;
  for (const interval of ['day', 'week', 'month']) {
    try {
      const res = await get('search', {
        q: query, sort, limit: PAGE, facets: FACETS.map((f) => f.key).concat('tone').join(','),
        top: 8, histogram: interval, view: 'summary',
      });
      res.interval = interval;
      return coarsen(res);
    } catch (e) {
      last = e;
      const tooMany = e instanceof ApiError && e.status === 400 && e.body?.position === undefined &&
        /bucket|period|interval|coarser/i.test(e.message);
      if (!tooMany) throw e;
    }
  }
  throw last;
}

/** Most bars the histogram shows: a longer span is summed into weeks, then months. */
const MAX_BARS = 120;

/** Sums a day (or week) histogram into weeks or months when it has too many bars to read. */
export function coarsen(res) {
  const order = ['day', 'week', 'month'];
  while (res.histogram && res.histogram.length > MAX_BARS && res.interval !== 'month') {
    const next = order[order.indexOf(res.interval) + 1];
    const sums = new Map();
    for (const b of res.histogram) {
      const d = new Date(b.start + 'T00:00:00Z');
      let start;
      let label;
      if (next === 'week') {
        d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
        start = d.toISOString().slice(0, 10);
        label = isoWeek(d);
      } else {
        start = b.start.slice(0, 7) + '-01';
        label = b.start.slice(0, 7);
      }
      const cur = sums.get(start) || { label, start, count: 0 };
      cur.count += b.count;
      sums.set(start, cur);
    }
    res.histogram = [...sums.values()];
    res.interval = next;
  }
  return res;
}

/** "2026-W11" for the Monday d (UTC). */
function isoWeek(monday) {
  const thursday = new Date(monday);
  thursday.setUTCDate(monday.getUTCDate() + 3);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * 86400000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function queryError(e, q, filters, input) {
  const b = e.body || {};
  if (e.status !== 400 || b.position === undefined) {
    return notice('error', e.status === 401 ? 'This server needs an API key to read.' : 'The search failed.', e.message);
  }
  // The position is in the query sent, which wraps the box's query when filters are on.
  const shift = filters.length && q.trim() && q.trim() !== '*' ? 1 : 0;
  const pos = Math.max(0, Math.min(q.length, b.position - shift));
  if (!filters.length || shift) {
    input.focus();
    input.setSelectionRange(pos, Math.min(q.length, pos + 1));
  }
  const sent = b.query ?? q;
  return h('div', { class: 'notice notice-error query-error', role: 'alert', id: 'query-error' },
    h('strong', {}, e.message.replace(/^bad query: /, 'This query does not parse: ')),
    h('pre', { class: 'pointer' }, sent + '\n' + ' '.repeat(Math.max(0, b.position)) + '^'),
    h('p', { class: 'muted small' }, 'Operators are upper case (AND, OR, NOT, NEAR/5); quote phrases; close every parenthesis.'));
}

function renderFacets(el, res, filters, link, stories) {
  const sections = [];
  const toggle = (f) => link({ f: filters.includes(f) ? filters.filter((x) => x !== f) : [...filters, f] });
  if (res.tone) {
    const t = res.tone;
    const max = Math.max(t.negative, t.neutral, t.positive, 1);
    sections.push(facetSection('Tone', 'tone', [
      ['negative', t.negative], ['neutral', t.neutral], ['positive', t.positive],
    ].map(([name, n]) => facetRow(name, n, max, toggle(TONE_FILTERS[name]),
      filters.includes(TONE_FILTERS[name]), null, 'tone-' + name.slice(0, 3))), t.unscored
      ? h('p', { class: 'muted small' }, `${num(t.unscored)} not scored`) : null));
  }
  for (const f of FACETS) {
    const values = res.facets?.[f.key] || [];
    if (!values.length) continue;
    const max = Math.max(...values.map((v) => v.count), 1);
    sections.push(facetSection(f.title, f.key, values.map((v) => {
      const filter = `${f.field}:${quoteValue(v.value)}`;
      return facetRow(f.show ? f.show(v.value) : v.value, v.count, max, toggle(filter),
        filters.includes(filter), f.link ? f.link(v.value) : null);
    })));
  }
  if (stories.length) {
    const max = Math.max(...stories.map((st) => st.size), 1);
    sections.splice(1, 0, facetSection('Stories', 'story', stories.map((st) => {
      const filter = `storyId:${st.id}`;
      return facetRow(st.title || st.id, st.size, max, toggle(filter), filters.includes(filter),
        route('/story/' + encodeURIComponent(st.id)));
    })));
  }
  mount(el, h('details', { class: 'facets-box', open: window.matchMedia('(min-width: 820px)').matches },
    h('summary', {}, 'Refine'), sections));
}

function facetSection(title, key, rows, after) {
  return h('section', { class: 'facet', dataset: { facet: key } }, h('h3', {}, title), h('ul', {}, rows), after);
}

function facetRow(label, count, max, href, active, more, cls) {
  return h('li', { class: active ? 'active' : null },
    h('a', { href, class: 'facet-value', title: active ? 'Remove this filter' : 'Keep only these' },
      h('span', { class: 'facet-label', title: label }, label),
      h('span', { class: 'facet-count' }, num(count)),
      h('span', { class: 'facet-bar ' + (cls || ''), style: `width:${(100 * count) / max}%` })),
    more ? h('a', { href: more, class: 'facet-more', title: 'Open its page', 'aria-label': `Open ${label}` }, '→') : null);
}

function appendHits(list, hits) {
  for (const hit of hits) list.append(hitItem(hit));
}

function hitItem(hit) {
  const a = hit.article || hit;
  const id = hit.id || a.id;
  const url = safeUrl(a.url || a.canonicalUrl);
  const source = a.source || a.siteName || a.domain;
  return h('li', { class: 'hit' },
    h('h3', {}, h('a', { href: route('/article', { id }) }, a.title || '(no title)')),
    h('div', { class: 'meta' },
      langBadge(a.language),
      h('span', { class: 'source' }, source || 'unknown source'),
      a.country ? h('span', { class: 'badge', title: countryName(a.country) }, a.country) : null,
      h('time', { datetime: articleDate(a) || '' }, formatDate(articleDate(a))),
      toneBadge(a.tone),
      a.storyId ? h('a', { class: 'story-link', href: route('/story/' + encodeURIComponent(a.storyId)) }, 'Story') : null,
      a.duplicateOf ? h('span', { class: 'badge copy', title: 'A near-duplicate of ' + a.duplicateOf }, 'copy') : null,
      url ? h('a', { class: 'external', href: url, target: '_blank', rel: 'noopener noreferrer' }, 'original ↗') : null),
    h('p', { class: 'snippet' }, cut(a.snippet || a.description || a.text || '', 260)));
}
