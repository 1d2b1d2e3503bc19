// A story: who broke it, how it spread across sources, languages and countries (charts and a
// timeline), its syndicated copies, and who cited whom (a node-link diagram in SVG).

import { get, seg } from '../api.js';
import { chartBox, PALETTE, timeScatter } from '../charts.js';
import {
  card, countryName, formatDate, h, host, langBadge, languageName, loading, mount, notice, num,
  route, s, safeUrl,
} from '../util.js';

export async function render(main, r, ctx) {
  const id = r.rest[0];
  if (!id) {
    location.replace('#/stories');
    return;
  }
  mount(main, loading('the story'));
  let st;
  try {
    st = await get('stories/' + seg(id));
  } catch (e) {
    if (ctx.isCurrent()) {
      mount(main, notice(e.status === 404 ? 'warn' : 'error',
        e.status === 404 ? `There is no story ${id}.` : 'The story could not be loaded.', e.message,
        ' ', h('a', { href: '#/stories' }, 'See the stories')));
    }
    return;
  }
  if (!ctx.isCurrent()) return;

  const titles = st.titles || {};
  const timeline = st.timeline || [];
  const byId = new Map(timeline.map((m) => [m.id, m]));
  const copyOf = copies(st, byId);
  const notes = spreadNotes(timeline, copyOf, byId);
  const first = st.first || timeline[0];

  const spread = chartBox('When each source published, coloured by language', Math.max(180, 28 * new Set(timeline.map((m) => m.source)).size + 70));
  spread.canvas.id = 'spread-chart';
  const reach = chartBox('Sources, languages and countries reached over time', 200);
  reach.canvas.id = 'reach-chart';

  mount(main,
    h('div', { class: 'page-head' },
      h('p', { class: 'eyebrow' }, h('a', { href: '#/stories' }, 'Stories'), ' / ', st.id),
      h('h1', {}, st.title || st.id),
      h('p', { class: 'lede' },
        `${num(st.size)} articles from ${num((st.sources || []).length)} sources in `,
        (st.languages || []).map((l, i) => [i ? ' ' : '', langBadge(l)]),
        st.countries?.length ? [' · ', st.countries.map((c) => countryName(c)).join(', ')] : null,
        ' · ', formatDate(first?.time), ' → ', formatDate(st.lastTime)),
      st.label?.length ? h('div', { class: 'tags' }, 'About: ', st.label.map((l) =>
        h('a', { class: 'tag', href: route('/entity/' + encodeURIComponent(l)) }, l))) : null),
    h('div', { class: 'grid-2' },
      card('Who broke it', { class: 'card broke', id: 'broke-it' },
        h('p', { class: 'big' }, first?.source || '?'),
        h('p', {}, formatDate(first?.time), ' · ', langBadge(first?.language),
          first?.country ? [' · ', countryName(first.country)] : null),
        h('p', {}, h('a', { href: route('/article', { id: first?.id }) }, titles[first?.id] || first?.url || first?.id)),
        safeUrl(first?.url) ? h('p', {}, h('a', { class: 'external', href: safeUrl(first.url), target: '_blank', rel: 'noopener noreferrer' }, host(first.url) + ' ↗')) : null),
      card('How far it went', { class: 'card' }, reach.box)),
    card('Timeline of spread', { class: 'card', id: 'timeline' },
      h('p', { class: 'muted small' }, 'Each dot is an article, on its source’s line, coloured by language.'),
      spread.box,
      h('div', { class: 'table-wrap' }, h('table', { class: 'table timeline-table' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Published'), h('th', {}, 'Lang'), h('th', {}, 'Source'), h('th', {}, 'Title'), h('th', {}, ''))),
        h('tbody', {}, timeline.map((m) => h('tr', { class: m.id === first?.id ? 'first' : null },
          h('td', { class: 'nowrap' }, formatDate(m.time)),
          h('td', {}, langBadge(m.language)),
          h('td', {}, m.source, m.country ? h('span', { class: 'muted' }, ' · ' + m.country) : null),
          h('td', {}, h('a', { href: route('/article', { id: m.id }) }, titles[m.id] || m.url || m.id)),
          h('td', { class: 'notes' }, (notes.get(m.id) || []).map((n) => h('span', { class: 'badge ' + n.cls }, n.text)))))))),
      st.omitted ? h('p', { class: 'muted small' }, `${num(st.omitted)} articles in the middle of the story are not listed.`) : null),
    h('div', { class: 'grid-2' },
      card('Syndicated copies', { class: 'card', id: 'copies' }, syndication(st, byId, titles)),
      card('Who cited whom', { class: 'card', id: 'citations' }, citationGraph(st, byId, copyOf))),
    h('p', {}, h('a', { class: 'button ghost', href: route('/search', { q: 'storyId:' + st.id, sort: 'date' }) }, 'Search this story’s articles')));

  drawSpread(spread.canvas, timeline, titles);
  drawReach(reach.canvas, timeline);
}

/** For each copy, the member it copies: the earliest member of its near-duplicate group. */
function copies(st, byId) {
  const out = new Map();
  for (const members of Object.values(st.syndicated || {})) {
    const sorted = members.filter((m) => byId.has(m)).sort((a, b) => time(byId.get(a)) - time(byId.get(b)));
    for (const m of sorted.slice(1)) out.set(m, sorted[0]);
  }
  return out;
}

const time = (m) => new Date(m?.time).getTime();

/** The badges of the timeline: first, copy of X, reaches a language, reaches a country. */
function spreadNotes(timeline, copyOf, byId) {
  const notes = new Map();
  const langs = new Set();
  const countries = new Set();
  timeline.forEach((m, i) => {
    const n = [];
    if (i === 0) n.push({ text: 'first', cls: 'first' });
    if (copyOf.has(m.id)) n.push({ text: 'copy of ' + (byId.get(copyOf.get(m.id))?.source || '?'), cls: 'copy' });
    if (m.language && !langs.has(m.language) && i > 0) n.push({ text: 'reaches ' + languageName(m.language), cls: 'reach' });
    if (m.country && !countries.has(m.country) && i > 0) n.push({ text: 'reaches ' + countryName(m.country), cls: 'reach' });
    if (m.language) langs.add(m.language);
    if (m.country) countries.add(m.country);
    notes.set(m.id, n);
  });
  return notes;
}

function drawSpread(canvas, timeline, titles) {
  const sources = [...new Set(timeline.map((m) => m.source))];
  const langs = [...new Set(timeline.map((m) => m.language || '?'))];
  timeScatter(canvas, langs.map((l, i) => ({
    label: l === '?' ? 'unknown' : `${languageName(l)} (${l})`,
    color: PALETTE[i % PALETTE.length],
    data: timeline.filter((m) => (m.language || '?') === l).map((m) => ({
      x: time(m), y: sources.indexOf(m.source), label: `${m.source}: ${titles[m.id] || m.url}`,
    })),
  })), { yLabels: sources });
}

function drawReach(canvas, timeline) {
  const series = { sources: new Set(), languages: new Set(), countries: new Set() };
  const points = { articles: [], sources: [], languages: [], countries: [] };
  timeline.forEach((m, i) => {
    series.sources.add(m.source);
    if (m.language) series.languages.add(m.language);
    if (m.country) series.countries.add(m.country);
    const x = time(m);
    points.articles.push({ x, y: i + 1 });
    for (const k of ['sources', 'languages', 'countries']) points[k].push({ x, y: series[k].size });
  });
  const ds = Object.entries(points)
    .filter(([k]) => k !== 'countries' || series.countries.size)
    .map(([k, data], i) => ({ label: k, data, pointRadius: 3, color: PALETTE[i] }));
  timeScatter(canvas, ds, { showLine: true, stepped: 'after' });
}

function syndication(st, byId, titles) {
  const groups = Object.values(st.syndicated || {});
  if (!groups.length) return h('p', { class: 'muted' }, 'No article in this story is a copy of another.');
  return h('ul', { class: 'copies' }, groups.map((g) => {
    const sorted = g.filter((m) => byId.has(m)).sort((a, b) => time(byId.get(a)) - time(byId.get(b)));
    const orig = byId.get(sorted[0]);
    return h('li', {},
      h('strong', {}, orig?.source), ' ', h('span', { class: 'muted' }, formatDate(orig?.time)),
      h('div', { class: 'small' }, h('a', { href: route('/article', { id: orig?.id }) }, titles[orig?.id] || orig?.url)),
      h('div', {}, 'copied by ', sorted.slice(1).map((m, i) => [i ? ', ' : '',
        h('a', { href: route('/article', { id: m }) }, byId.get(m)?.source)])));
  }));
}

/**
 * The citation graph as SVG: members in time order on the left (coloured by language), cited
 * outlets on the right; solid arrows are citations and links, dashed arcs are copies. Drawn by
 * hand: the graphs are small (a story's members and the names they cite), and a two-column layout
 * reads better than a force layout on a phone.
 */
function citationGraph(st, byId, copyOf) {
  const edges = (st.edges || []).filter((e) => byId.has(e.from));
  const copyEdges = [...copyOf.entries()].map(([from, to]) => ({ from, to, kind: 'COPY' }));
  if (!edges.length && !copyEdges.length) {
    return h('p', { class: 'muted' }, 'No member cites another outlet, and none copies another.');
  }
  const members = (st.timeline || []).filter((m) =>
    edges.some((e) => e.from === m.id || e.to === m.id) || copyEdges.some((e) => e.from === m.id || e.to === m.id));
  const external = [...new Set(edges.filter((e) => e.kind !== 'LINKS_MEMBER' && !byId.has(e.to)).map((e) => e.to))];
  const langs = [...new Set((st.timeline || []).map((m) => m.language || '?'))];
  const row = 34;
  const top = 24;
  const height = top + Math.max(members.length, external.length) * row + 10;
  // A phone gets a narrower drawing, so that its labels stay readable once scaled to the screen.
  const narrow = window.matchMedia('(max-width: 600px)').matches;
  const width = narrow ? 400 : 560;
  const lx = narrow ? 132 : 150;
  const rx = narrow ? 262 : 400;
  const maxLabel = narrow ? 15 : 20;
  const pos = new Map();
  members.forEach((m, i) => pos.set(m.id, { x: lx, y: top + i * row + row / 2 }));
  const offset = (Math.max(members.length, external.length) - external.length) * row / 2;
  external.forEach((n, i) => pos.set('ext:' + n, { x: rx, y: top + offset + i * row + row / 2 }));

  const lines = [];
  for (const e of edges) {
    const a = pos.get(e.from);
    const b = byId.has(e.to) ? pos.get(e.to) : pos.get('ext:' + e.to);
    if (!a || !b) continue;
    if (b.x === a.x) {
      lines.push(s('path', { d: arc(a, b), class: 'edge link', 'marker-end': 'url(#arrow)' }, s('title', {}, 'links to')));
    } else {
      const mid = (a.x + b.x) / 2;
      lines.push(s('path', {
        d: `M${a.x + 8},${a.y} C${mid},${a.y} ${mid},${b.y} ${b.x - 10},${b.y}`,
        class: 'edge cite', 'marker-end': 'url(#arrow)',
      }, s('title', {}, `${byId.get(e.from).source} cites ${e.to}`)));
    }
  }
  for (const e of copyEdges) {
    const a = pos.get(e.from);
    const b = pos.get(e.to);
    if (a && b) {
      lines.push(s('path', { d: arc(a, b), class: 'edge copy', 'marker-end': 'url(#arrow-copy)' },
        s('title', {}, `${byId.get(e.from).source} copies ${byId.get(e.to).source}`)));
    }
  }
  const nodes = [];
  for (const m of members) {
    const p = pos.get(m.id);
    const color = PALETTE[langs.indexOf(m.language || '?') % PALETTE.length];
    nodes.push(s('g', { class: 'node member' },
      s('circle', { cx: p.x, cy: p.y, r: 7, fill: color }, s('title', {}, `${m.source} (${m.language || '?'})`)),
      s('text', { x: p.x - 13, y: p.y + 4, 'text-anchor': 'end' }, trim(m.source, maxLabel))));
  }
  for (const n of external) {
    const p = pos.get('ext:' + n);
    nodes.push(s('g', { class: 'node external' },
      s('rect', { x: p.x - 7, y: p.y - 7, width: 14, height: 14, rx: 3 }),
      s('text', { x: p.x + 13, y: p.y + 4 }, trim(n, maxLabel))));
  }
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`, class: 'graph', role: 'img', id: 'citation-graph',
    'aria-label': `Citation graph: ${members.length} articles, ${external.length} cited outlets`,
  },
  s('defs', {},
    s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' })),
    s('marker', { id: 'arrow-copy', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead copy' }))),
  s('text', { x: lx, y: 14, 'text-anchor': 'middle', class: 'col-title' }, 'In this story'),
  external.length ? s('text', { x: rx, y: 14, 'text-anchor': 'middle', class: 'col-title' }, 'Cited') : null,
  lines, nodes);
  return h('div', {},
    svg,
    h('p', { class: 'legend small' },
      h('span', { class: 'key cite' }, 'cites'), h('span', { class: 'key copy' }, 'copies'),
      h('span', { class: 'muted' }, ` ${edges.length} citation${edges.length === 1 ? '' : 's'}, ${copyEdges.length} cop${copyEdges.length === 1 ? 'y' : 'ies'}`)));
}

/** An arc between two nodes of the same column, bulging to the right (the labels are left). */
function arc(a, b) {
  const bulge = 24 + Math.abs(b.y - a.y) / 2.5;
  return `M${a.x + 8},${a.y} C${a.x + bulge},${a.y} ${b.x + bulge},${b.y} ${b.x + 9},${b.y}`;
}

const trim = (t, n) => (t && t.length > n ? t.slice(0, n - 1) + '…' : t || '?');
