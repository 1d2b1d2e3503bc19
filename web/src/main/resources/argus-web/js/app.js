// The dashboard's shell: hash routing (#/search?q=…, #/story/ID, #/entity/NAME?rivals=…), so every
// view has a URL people can share and the server needs no routing of its own; the header's store
// status; and the API key dialog.

import { apiKey, get, setApiKey } from './api.js';
import { ago, h, mount, notice, num } from './util.js';
import * as search from './pages/search.js';
import * as stories from './pages/stories.js';
import * as story from './pages/story.js';
import * as entity from './pages/entity.js';
import * as sources from './pages/sources.js';
import * as alerts from './pages/alerts.js';
import * as article from './pages/article.js';

const PAGES = {
  search: { page: search, nav: 'search' },
  stories: { page: stories, nav: 'stories' },
  story: { page: story, nav: 'stories' },
  entity: { page: entity, nav: 'entity' },
  sources: { page: sources, nav: 'sources' },
  alerts: { page: alerts, nav: 'alerts' },
  article: { page: article, nav: 'search' },
};

const main = document.getElementById('main');
let current = 0;

/** The current route: its page name, path segments after it, and query parameters. */
export function parseHash(hash = location.hash) {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  return { name: parts[0] || 'search', rest: parts.slice(1), params };
}

async function render() {
  const token = ++current;
  const r = parseHash();
  const entry = PAGES[r.name];
  for (const a of document.querySelectorAll('.nav a')) {
    if (entry && a.dataset.page === entry.nav) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (!entry) {
    mount(main, notice('warn', 'No such page.', h('a', { href: '#/search' }, 'Go to search')));
    return;
  }
  main.setAttribute('aria-busy', 'true');
  try {
    // A page checks isCurrent() after each await, so a slow answer never paints over a newer page.
    await entry.page.render(main, r, { isCurrent: () => token === current, rerender: render });
  } catch (e) {
    if (token === current) mount(main, notice('error', 'This page could not be shown.', e.message));
    console.error(e);
  } finally {
    if (token === current) {
      main.removeAttribute('aria-busy');
      main.dataset.page = r.name;
      main.dataset.ready = String(token);
    }
  }
}

async function status() {
  const el = document.getElementById('status');
  try {
    const s = await get('status');
    el.textContent = `${num(s.articles)} articles`;
    el.title = s.lastCommit ? `last update ${ago(s.lastCommit)} (${s.lastCommit})` : 'no commit yet';
    el.className = 'status ok';
  } catch (e) {
    el.textContent = e.status === 401 ? 'key needed' : 'offline';
    el.title = e.message;
    el.className = 'status bad';
  }
}

function keyDialog() {
  const dialog = document.getElementById('key-dialog');
  const input = document.getElementById('key-input');
  const button = document.getElementById('key-button');
  const label = () => {
    button.textContent = apiKey() ? 'API key ✓' : 'API key';
  };
  label();
  button.addEventListener('click', () => {
    input.value = apiKey();
    dialog.showModal();
  });
  dialog.addEventListener('close', () => {
    if (dialog.returnValue === 'save') setApiKey(input.value.trim());
    if (dialog.returnValue === 'forget') setApiKey('');
    label();
    if (dialog.returnValue !== 'cancel') {
      status();
      render();
    }
  });
}

window.addEventListener('hashchange', () => {
  render();
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
});
keyDialog();
status();
setInterval(status, 60000);
render();
