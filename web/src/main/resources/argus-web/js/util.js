// Small DOM and formatting helpers. Everything the API returns (titles, source names, text) comes
// from the web: it is only ever put into the page as text nodes and attribute values, never as HTML.

/** Creates an element: h('a', {href: '#/x', class: 'link'}, 'text', child, [more]). */
export function h(tag, attrs, ...children) {
  const el = tag.includes(':')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(tag.indexOf(':') + 1))
    : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** An SVG element (h with the svg: prefix). */
export const s = (tag, attrs, ...children) => h('svg:' + tag, attrs, ...children);

/** Replaces the content of el. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

const langNames = safeDisplayNames('language');
const regionNames = safeDisplayNames('region');

function safeDisplayNames(type) {
  try {
    return new Intl.DisplayNames([navigator.language || 'en', 'en'], { type });
  } catch {
    return null;
  }
}

/** "French" for "fr", or the code itself. */
export function languageName(code) {
  if (!code) return 'unknown';
  try {
    return langNames?.of(code) || code;
  } catch {
    return code;
  }
}

/** "Italy" for "IT", or the code itself. */
export function countryName(code) {
  if (!code) return 'unknown';
  try {
    return regionNames?.of(code.toUpperCase()) || code;
  } catch {
    return code;
  }
}

/** An article's date: published, else fetched, else ingested. */
export function articleDate(a) {
  return a.published || a.fetched || a.ingested || null;
}

/**
 * A date for people: "14 Mar 2026" for a day, "14 Mar 2026, 13:20" (in the viewer's time zone) for
 * an instant. A day-only value (2026-03-14) stays that day whatever the time zone.
 */
export function formatDate(value, withTime = true) {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(undefined, {
      day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC',
    });
  }
  const t = new Date(value);
  if (Number.isNaN(t.getTime())) return String(value);
  return t.toLocaleString(undefined, withTime
    ? { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }
    : { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "3 min ago", "2 h ago", "5 days ago". */
export function ago(value) {
  if (!value) return 'never';
  const ms = Date.now() - new Date(value).getTime();
  if (Number.isNaN(ms)) return String(value);
  const min = Math.round(ms / 60000);
  if (min < 1) return 'just now';
  if (min < 60) return `${min} min ago`;
  const hours = Math.round(min / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} days ago`;
}

/** A duration from the API: ISO-8601 (PT15M) or seconds, as "15 min". */
export function formatDuration(d) {
  if (d === null || d === undefined) return '—';
  let seconds = typeof d === 'number' ? d : NaN;
  if (typeof d === 'string') {
    const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(d);
    if (m) seconds = (+m[1] || 0) * 86400 + (+m[2] || 0) * 3600 + (+m[3] || 0) * 60 + (+m[4] || 0);
    else if (!Number.isNaN(+d)) seconds = +d;
    else return d;
  }
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172800) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86400).toFixed(1)} days`;
}

/** "1,234". */
export const num = (n) => (n === null || n === undefined ? '—' : Number(n).toLocaleString());

/** Tone as "+0.20" / "−0.30", and its class: pos, neg, neu or none. */
export function tone(t) {
  if (t === null || t === undefined) return { text: 'n/a', cls: 'none', title: 'tone not scored' };
  const cls = t >= 0.1 ? 'pos' : t <= -0.1 ? 'neg' : 'neu';
  const text = (t > 0 ? '+' : t < 0 ? '−' : '±') + Math.abs(t).toFixed(2);
  return { text, cls, title: `tone ${t.toFixed(2)} (−1 negative … +1 positive)` };
}

/** A tone badge. */
export function toneBadge(t) {
  const x = tone(t);
  return h('span', { class: `tone tone-${x.cls}`, title: x.title }, x.text);
}

/** A language badge. */
export function langBadge(code) {
  return h('span', { class: 'badge lang', title: languageName(code) }, code || '?');
}

/** The host of a URL, or the text itself. */
export function host(url) {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** A link only when the URL is http(s): a javascript: URL from a page never becomes a link. */
export function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Cuts text to n characters at a word boundary. */
export function cut(text, n) {
  if (!text) return '';
  if (text.length <= n) return text;
  const i = text.lastIndexOf(' ', n);
  return text.slice(0, i > n * 0.6 ? i : n) + '…';
}

/** A hash link: href('#/story', 's1') with each segment encoded. */
export function route(path, params) {
  const qs = params ? new URLSearchParams(
    Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ).toString() : '';
  return '#' + path + (qs ? '?' + qs : '');
}

/** A query-language value, quoted when it is not one plain word. */
export function quoteValue(v) {
  const clean = String(v).replace(/["\\]/g, ' ').trim();
  return /^[\p{L}\p{N}._-]+$/u.test(clean) ? clean : `"${clean}"`;
}

/**
 * A name for an alert made from a query: letters and digits of the text, lower-cased, runs of
 * anything else as one '-', at most 48 characters (alert names are letters, digits, '.', '_', '-').
 */
export function alertName(text) {
  const slug = String(text).toLowerCase().replace(/\b(entity|lang|source|country|and|or|not)\b:?/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 48).replace(/-+$/, '');
  return slug || 'alert';
}

/** A link that opens the alert form with {@code query} (and a name made from {@code label}). */
export function alertLink(query, label) {
  return h('a', { class: 'button ghost', id: 'alert-me', href: route('/alerts', { query, name: alertName(label ?? query) }),
    title: 'Get a webhook, e-mail or Atom feed entry when a new article matches' }, 'Alert me');
}

/** A loading line. */
export const loading = (what) => h('p', { class: 'loading', role: 'status' }, `Loading ${what}…`);

/** A notice box: kind is info, warn or error. */
export function notice(kind, title, ...body) {
  return h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    h('strong', {}, title), body.length ? h('div', {}, ...body) : null);
}

/** A titled card section. */
export function card(title, attrs, ...children) {
  return h('section', { class: 'card', ...attrs }, title ? h('h2', {}, title) : null, ...children);
}
