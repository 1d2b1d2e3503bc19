// The REST API (/api/v1, described at /api/v1/openapi.json). Reads are open unless the server
// runs with --read key; writes need a key. The key is kept in this browser's localStorage and sent
// as "Authorization: Bearer KEY".

const KEY_STORE = 'argus.apiKey';

/** The API key saved in this browser, or ''. */
export function apiKey() {
  try {
    return localStorage.getItem(KEY_STORE) || '';
  } catch {
    return '';
  }
}

/** Saves (or, with '', forgets) the API key. */
export function setApiKey(key) {
  try {
    if (key) localStorage.setItem(KEY_STORE, key);
    else localStorage.removeItem(KEY_STORE);
  } catch {
    // storage disabled (private mode): the key lasts for this page only
  }
}

/** An error answer: the API's message, its status, and its details (a query error's position). */
export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body || {};
  }
}

/** The URL of an API path, with its query parameters (empty ones left out). */
export function apiUrl(path, params) {
  const url = new URL('api/v1/' + path.replace(/^\//, ''), new URL('/', location.href));
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, String(v));
  }
  return url.href;
}

/**
 * The attributes of a link that downloads an API answer as a file (for h('a', ...)). Without a
 * saved key it is a plain link, streamed by the browser. With one, a click fetches the file with
 * the key and saves it from memory: a link cannot carry the Authorization header, and a server run
 * with --read key answers a bare link with 401.
 */
export function downloadLink(path, params, filename) {
  const href = apiUrl(path, params);
  return {
    href,
    download: filename,
    onclick: async (event) => {
      const key = apiKey();
      if (!key) return;
      event.preventDefault();
      const link = event.currentTarget;
      link.setAttribute('aria-busy', 'true');
      try {
        const res = await fetch(href, { headers: { Authorization: 'Bearer ' + key } });
        if (!res.ok) {
          let msg = `${res.status} ${res.statusText}`;
          try {
            msg = (await res.json()).error || msg;
          } catch {
            // not JSON: the status says it
          }
          throw new Error(msg);
        }
        const blob = URL.createObjectURL(await res.blob());
        const save = document.createElement('a');
        save.href = blob;
        save.download = filename;
        document.body.append(save);
        save.click();
        save.remove();
        setTimeout(() => URL.revokeObjectURL(blob), 60_000);
        link.removeAttribute('title');
      } catch (e) {
        link.title = 'The download failed: ' + e.message;
        link.dataset.error = e.message;
      } finally {
        link.removeAttribute('aria-busy');
      }
    },
  };
}

async function call(method, path, params, body) {
  const headers = { Accept: 'application/json' };
  const key = apiKey();
  if (key) headers.Authorization = 'Bearer ' + key;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res;
  try {
    res = await fetch(apiUrl(path, params), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, 'the Argus server cannot be reached: is `argus serve` running?');
  }
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: reported below
  }
  if (!res.ok) {
    const msg = json?.error || `${res.status} ${res.statusText}`;
    throw new ApiError(res.status, msg, json);
  }
  if (json === null && text) throw new ApiError(res.status, 'the server did not answer JSON');
  return json;
}

/** GET path?params. */
export const get = (path, params) => call('GET', path, params);
/** POST path with a JSON body. */
export const post = (path, body, params) => call('POST', path, params, body ?? {});
/** PUT path with a JSON body. */
export const put = (path, body) => call('PUT', path, undefined, body);
/** DELETE path. */
export const del = (path) => call('DELETE', path);

/** Encodes one path segment. */
export const seg = (s) => encodeURIComponent(s);
