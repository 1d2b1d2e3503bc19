// One article as Argus stored it: text, entities with their tone, quotes, cited sources, story.

import { get } from '../api.js';
import {
  articleDate, card, countryName, formatDate, h, host, langBadge, languageName, loading, mount,
  notice, route, safeUrl, toneBadge,
} from '../util.js';

export async function render(main, r, ctx) {
  const id = r.params.get('id');
  if (!id) {
    location.replace('#/search');
    return;
  }
  mount(main, loading('the article'));
  let a;
  try {
    a = await get('article', { id });
  } catch (e) {
    if (ctx.isCurrent()) mount(main, notice(e.status === 404 ? 'warn' : 'error', 'The article could not be loaded.', e.message));
    return;
  }
  if (!ctx.isCurrent()) return;
  const url = safeUrl(a.url || a.canonicalUrl);
  const entities = new Map();
  for (const m of a.mentions || []) {
    const e = entities.get(m.entity) || { n: 0, tone: [], type: m.type };
    e.n++;
    if (typeof m.tone === 'number') e.tone.push(m.tone);
    entities.set(m.entity, e);
  }
  mount(main,
    h('article', { class: 'article' },
      h('div', { class: 'page-head' },
        h('h1', {}, a.title || '(no title)'),
        h('div', { class: 'meta' },
          langBadge(a.language), h('span', { class: 'source' }, a.source || a.siteName || host(url)),
          a.country ? h('span', {}, countryName(a.country)) : null,
          h('time', { datetime: articleDate(a) || '' }, formatDate(articleDate(a))),
          toneBadge(a.tone),
          (a.authors || []).length ? h('span', {}, 'by ' + a.authors.join(', ')) : null,
          a.storyId ? h('a', { class: 'story-link', href: route('/story/' + encodeURIComponent(a.storyId)) }, 'Story') : null,
          url ? h('a', { class: 'external', href: url, target: '_blank', rel: 'noopener noreferrer' }, 'original ↗') : null),
        a.duplicateOf ? notice('info', 'A near-duplicate of another article.',
          h('a', { href: route('/article', { id: a.duplicateOf }) }, a.duplicateOf)) : null),
      h('div', { class: 'article-layout' },
        h('div', { class: 'article-text', lang: a.language || null },
          a.description ? h('p', { class: 'lede' }, a.description) : null,
          (a.text || '').split(/\n\s*\n/).map((p) => h('p', {}, p))),
        h('aside', { class: 'article-side' },
          entities.size ? card('Entities', {}, h('ul', { class: 'plain' }, [...entities].map(([name, e]) => h('li', {},
            h('a', { href: route('/entity/' + encodeURIComponent(name)) }, name), ` ×${e.n} `,
            e.tone.length ? toneBadge(e.tone.reduce((x, y) => x + y, 0) / e.tone.length) : null)))) : null,
          (a.citations || []).length ? card('Cites', {}, h('ul', { class: 'plain' }, a.citations.map((c) => h('li', {},
            safeUrl(c.url) ? h('a', { href: safeUrl(c.url), target: '_blank', rel: 'noopener noreferrer' }, c.name || host(c.url)) : c.name,
            h('span', { class: 'muted small' }, ' ' + c.kind))))) : null,
          (a.quotes || []).length ? card('Quotes', {}, a.quotes.slice(0, 8).map((q) => h('blockquote', {},
            q.text, q.speaker ? h('footer', {}, '— ' + q.speaker) : null))) : null,
          card('Language', {}, h('p', {}, `${languageName(a.language)}`,
            a.languageConfidence !== undefined ? h('span', { class: 'muted' }, ` (confidence ${Number(a.languageConfidence).toFixed(2)})`) : null))))));
}
