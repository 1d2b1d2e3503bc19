// Alerts: saved queries that notify. Built against this contract (the README points here), which the
// server's AlertRoutes implements (keep the two in step):
//   GET    /api/v1/alerts                     -> {alerts: [Alert]}   (a bare array is accepted too)
//   POST   /api/v1/alerts                     <- {name, query, mode, channels: [Channel]} -> Alert (201)
//   PUT    /api/v1/alerts/{id}                <- the same body                             -> Alert
//   DELETE /api/v1/alerts/{id}                -> {deleted: id} (its delivery log stays)
//   POST   /api/v1/alerts/{id}/test           -> {deliveries: [Delivery]} (fires it once, now)
//   POST   /api/v1/alerts/{id}/disable        -> Alert (switched off: matched articles send nothing)
//   POST   /api/v1/alerts/{id}/enable         -> Alert (switched on again)
//   GET    /api/v1/alerts/{id}/deliveries     -> {deliveries: [Delivery]} (newest first; ?limit=N)
//   GET    /api/v1/alerts/{id}/feed.atom      -> the alert's Atom feed (for feed readers; ?token=
//                                                when reads need a key: the Alert's feed link has it)
// Writes need an API key. Alert: {id, name, query, mode: instant|daily|weekly, enabled, created,
// channels, feed (its feed's path)}; Channel: {type: "webhook", url, secret} | {type: "email", to} | {type: "atom"}, answered
// with a label and, for a webhook, hasSecret instead of the secret (a PUT with an empty secret keeps
// it); Delivery: {id, deliveryId, alertId, storyId, articleIds, kind, channel, attempt,
// status: OK|RETRY|FAILED, httpStatus, error, time}. Errors: {error, status, ...}; a bad query is a
// 400 with {position, pointer}, a taken name a 409, a webhook to a private address a 400 unless the
// server allows it (argus serve --allow-private-webhooks).
// Until the server has them, GET /api/v1/alerts answers 404 and the page says so.
// #/alerts?id=ID shows an alert's deliveries (&edit=1 its form); #/alerts?query=Q&name=N starts the
// new-alert form with them (the "Alert me" links of the search and entity pages).

import { ApiError, apiKey, del, get, post, put, seg } from '../api.js';
import { ago, card, formatDate, h, loading, mount, notice, num, route } from '../util.js';

export async function render(main, r, ctx) {
  const body = h('div', {}, loading('alerts'));
  mount(main, h('div', { class: 'page-head' }, h('h1', {}, 'Alerts'),
    h('p', { class: 'muted' }, 'Saved queries matched as articles arrive, delivered by webhook, e-mail or Atom feed.')), body);
  let list;
  try {
    list = await get('alerts');
  } catch (e) {
    if (!ctx.isCurrent()) return;
    if (e.status === 404 || e.status === 405) {
      mount(body, h('div', { id: 'alerts-unavailable' }, notice('warn', 'The alerts API is not available on this server.',
        'This version of ', h('code', {}, 'argus serve'), ' has no ', h('code', {}, '/api/v1/alerts'),
        ' endpoints yet. Alerts can still be managed from the command line.')));
      return;
    }
    mount(body, notice('error', 'Alerts could not be loaded.', e.message));
    return;
  }
  if (!ctx.isCurrent()) return;
  const alerts = Array.isArray(list) ? list : list.alerts || [];
  const selected = r.params.get('id');
  const editing = alerts.find((a) => a.id === selected && r.params.get('edit'));

  mount(body,
    apiKey() ? null : notice('info', 'Creating and test-firing alerts needs an API key.', 'Set it with the “API key” button above.'),
    h('div', { class: 'grid-2 alerts-layout' },
      card('Your alerts', { class: 'card', id: 'alert-list' }, alerts.length
        ? h('ul', { class: 'alert-list' }, alerts.map((a) => h('li', { class: a.id === selected ? 'active' : null },
          h('a', { href: route('/alerts', { id: a.id }) }, h('strong', {}, a.name)),
          a.enabled === false ? h('span', { class: 'badge' }, 'off') : null,
          h('div', { class: 'small' }, h('code', {}, a.query)),
          h('div', { class: 'small muted' }, (a.channels || []).map(channelLabel).join(' · '), a.mode ? ` · ${String(a.mode).toLowerCase()}` : ''))))
        : h('p', { class: 'muted' }, 'No alert yet: create one.')),
      card(editing ? `Edit ${editing.name}` : 'New alert', { class: 'card', id: 'alert-form' },
        // From a search or an entity page ("Alert me"): the form starts with its query and a name.
        alertForm(editing || (r.params.get('query') ? { query: r.params.get('query'), name: r.params.get('name') || '' } : null),
          !!editing))),
    selected ? deliveries(alerts.find((a) => a.id === selected), ctx) : null);
}

function channelLabel(c) {
  if (typeof c === 'string') return c;
  if (c.label) return c.label;
  const type = (c.type || '').toLowerCase();
  if (type === 'webhook' || c.url) return 'webhook ' + (c.url || '');
  if (type === 'email' || c.to) return 'e-mail ' + (c.to || c.address || '');
  return type || 'atom';
}

function alertForm(a, editing) {
  const ch = (a?.channels || [])[0] || {};
  const name = h('input', { name: 'name', required: true, value: a?.name || '', pattern: '[\\p{L}\\p{N}][\\p{L}\\p{N}._\\-]*', maxlength: 64, placeholder: 'nexori-cameras' });
  const query = h('textarea', { name: 'query', required: true, rows: 3, placeholder: 'entity:Nexori AND (camera* OR kamera*)' }, a?.query || '');
  const type = h('select', { name: 'channel' },
    ['webhook', 'email', 'atom'].map((t) => h('option', { value: t, selected: (ch.type || (ch.url ? 'webhook' : ch.to ? 'email' : 'webhook')) === t }, t === 'email' ? 'e-mail' : t === 'atom' ? 'Atom feed' : 'webhook')));
  const target = h('input', { name: 'target', value: ch.url || ch.to || '', placeholder: 'https://hooks.example.com/argus' });
  const secret = h('input', { name: 'secret', type: 'password', autocomplete: 'off', placeholder: 'signing secret' });
  const mode = h('select', { name: 'mode' },
    [['instant', 'at once'], ['daily', 'daily digest'], ['weekly', 'weekly digest']].map(([v, t]) =>
      h('option', { value: v, selected: String(a?.mode || 'instant').toLowerCase() === v }, t)));
  const out = h('div', { class: 'form-result', role: 'status' });
  const sync = () => {
    target.hidden = type.value === 'atom';
    secret.hidden = type.value !== 'webhook';
    target.placeholder = type.value === 'email' ? 'alerts@example.com' : 'https://hooks.example.com/argus';
  };
  type.addEventListener('change', sync);
  sync();
  const form = h('form', { class: 'stack', onsubmit: async (e) => {
    e.preventDefault();
    const channel = type.value === 'webhook' ? { type: 'webhook', url: target.value.trim(), secret: secret.value }
      : type.value === 'email' ? { type: 'email', to: target.value.trim() } : { type: 'atom' };
    const payload = { name: name.value.trim(), query: query.value.trim(), mode: mode.value, channels: [channel] };
    try {
      const saved = editing ? await put('alerts/' + seg(a.id), payload) : await post('alerts', payload);
      location.hash = route('/alerts', { id: saved?.id || a?.id });
    } catch (err) {
      mount(out, notice('error', 'The alert was not saved.', err.message,
        err.body?.pointer ? h('pre', { class: 'pointer' }, err.body.pointer) : null));
    }
  } },
  h('label', {}, 'Name', name), h('label', {}, 'Query', query),
  h('div', { class: 'row' }, h('label', {}, 'Deliver by', type), h('label', {}, 'When', mode)),
  target, secret,
  h('div', { class: 'row' }, h('button', { class: 'button' }, editing ? 'Save' : 'Create alert'),
    h('a', { class: 'button ghost', href: route('/search', {}), onclick: (ev) => { ev.preventDefault(); location.hash = route('/search', { q: query.value.trim() }); } }, 'Preview matches')),
  out);
  return form;
}

function deliveries(a, ctx) {
  if (!a) return notice('warn', 'No such alert.');
  const log = h('div', {}, loading('deliveries'));
  const out = h('div', { role: 'status' });
  const load = async () => {
    try {
      const res = await get(`alerts/${seg(a.id)}/deliveries`);
      if (!ctx.isCurrent()) return;
      const rows = Array.isArray(res) ? res : res.deliveries || [];
      mount(log, rows.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'table', id: 'deliveries' },
        h('thead', {}, h('tr', {}, ['When', 'Status', 'Channel', 'What', 'Attempt', 'Answer'].map((t) => h('th', {}, t)))),
        h('tbody', {}, rows.map((d) => h('tr', {},
          h('td', { title: d.time || '', class: 'nowrap' }, formatDate(d.time), h('div', { class: 'small muted' }, ago(d.time))),
          h('td', {}, h('span', { class: 'badge status-' + String(d.status).toLowerCase() }, d.status)),
          h('td', { class: 'small' }, d.channel),
          h('td', {}, String(d.kind || '').toLowerCase().replace(/_/g, ' '),
            d.storyId ? [' · ', h('a', { href: route('/story/' + encodeURIComponent(d.storyId)) }, 'story')] : null,
            d.articleIds?.length ? h('span', { class: 'muted' }, ` · ${num(d.articleIds.length)} ${d.articleIds.length === 1 ? 'article' : 'articles'}`) : null),
          h('td', { class: 'num' }, num(d.attempt)),
          h('td', { class: 'small' }, d.httpStatus ? 'HTTP ' + d.httpStatus : '', d.error ? h('div', { class: 'bad-text' }, d.error) : null))))))
        : h('p', { class: 'muted', id: 'deliveries-empty' }, 'Nothing delivered yet.'));
    } catch (e) {
      if (ctx.isCurrent()) mount(log, notice('error', 'The delivery log could not be loaded.', e.message));
    }
  };
  load();
  return card(`${a.name}: deliveries`, { class: 'card', id: 'alert-detail' },
    h('div', { class: 'row' },
      h('button', { class: 'button', type: 'button', id: 'test-fire', onclick: async (ev) => {
        ev.target.disabled = true;
        try {
          await post(`alerts/${seg(a.id)}/test`);
          mount(out, notice('info', 'Test sent.', 'Its delivery is in the log below.'));
        } catch (e) {
          mount(out, notice('error', 'The test could not be sent.', e instanceof ApiError ? e.message : String(e)));
        }
        ev.target.disabled = false;
        load();
      } }, 'Test-fire'),
      h('button', { class: 'button ghost', type: 'button', onclick: load }, 'Refresh'),
      h('a', { class: 'button ghost', href: route('/alerts', { id: a.id, edit: 1 }) }, 'Edit'),
      h('button', { class: 'button ghost', type: 'button', id: 'toggle-alert', onclick: async (ev) => {
        ev.target.disabled = true;
        try {
          await post(`alerts/${seg(a.id)}/${a.enabled === false ? 'enable' : 'disable'}`);
          ctx.rerender();
        } catch (e) {
          mount(out, notice('error', 'The alert could not be switched.', e instanceof ApiError ? e.message : String(e)));
          ev.target.disabled = false;
        }
      } }, a.enabled === false ? 'Switch on' : 'Switch off'),
      (a.channels || []).some((c) => (c.type || c) === 'atom')
        ? h('a', { class: 'button ghost', id: 'atom-feed', href: a.feed || `api/v1/alerts/${seg(a.id)}/feed.atom` }, 'Atom feed') : null,
      h('button', { class: 'button ghost', type: 'button', id: 'delete-alert', onclick: async () => {
        if (!confirm(`Delete the alert ${a.name}? Its delivery log stays.`)) return;
        try {
          await del(`alerts/${seg(a.id)}`);
          location.hash = route('/alerts', {});
        } catch (e) {
          mount(out, notice('error', 'The alert could not be deleted.', e instanceof ApiError ? e.message : String(e)));
        }
      } }, 'Delete')),
    out, log);
}
