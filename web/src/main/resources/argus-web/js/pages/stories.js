// Stories: the biggest stories among the matching articles, each with who broke it and where it
// spread. #/stories?q=entity:Nexori&since=2026-03-01

import { get } from '../api.js';
import { formatDate, h, langBadge, loading, mount, notice, num, route } from '../util.js';

export async function render(main, r, ctx) {
  const q = r.params.get('q') || '';
  const since = r.params.get('since') || '';
  const qInput = h('input', { type: 'search', name: 'q', value: q, placeholder: 'entity:Nexori (all articles when empty)', 'aria-label': 'Query' });
  const sinceInput = h('input', { type: 'text', name: 'since', value: since, placeholder: 'since: 2026-03-01 or now-7d', 'aria-label': 'Since', class: 'narrow' });
  const form = h('form', { class: 'searchbar', onsubmit: (e) => {
    e.preventDefault();
    location.hash = route('/stories', { q: qInput.value.trim(), since: sinceInput.value.trim() });
  } }, qInput, sinceInput, h('button', { class: 'button' }, 'Show'));
  const list = h('div', { class: 'story-list' }, loading('stories'));
  mount(main, h('div', { class: 'page-head' }, h('h1', {}, 'Stories'),
    h('p', { class: 'muted' }, 'Articles grouped by story across sources and languages, biggest first.'), form), list);

  let res;
  try {
    res = await get('stories', { q, since, limit: 30 });
  } catch (e) {
    if (ctx.isCurrent()) mount(list, notice('error', 'Stories could not be loaded.', e.message));
    return;
  }
  if (!ctx.isCurrent()) return;
  const stories = res.stories || [];
  if (!stories.length) {
    mount(list, notice('info', 'No story matches.', 'Widen the query or the date.'));
    return;
  }
  mount(list, stories.map((s) => h('a', { class: 'story-card card', href: route('/story/' + encodeURIComponent(s.id)) },
    h('div', { class: 'story-size', title: 'articles' }, h('strong', {}, num(s.size)), h('span', {}, s.size === 1 ? 'article' : 'articles')),
    h('div', { class: 'story-body' },
      h('h2', {}, s.title || s.id),
      h('div', { class: 'meta' },
        h('span', {}, 'Broke it: ', h('strong', {}, s.first?.source || '?'), ', ', formatDate(s.first?.time)),
        h('span', { class: 'langs' }, (s.languages || []).map(langBadge)),
        h('span', { class: 'muted' }, (s.sources || []).length === 1 ? '1 source' : `${num((s.sources || []).length)} sources`)),
      s.label?.length ? h('div', { class: 'tags' }, s.label.map((l) => h('span', { class: 'tag' }, l))) : null))));
}
