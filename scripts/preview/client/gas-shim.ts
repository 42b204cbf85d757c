// google.script.run and google.script.host for HTML the add-on shows (dist/Sidebar.html, dialogs),
// injected by the preview before the page's own scripts. Each call is POSTed to the preview server,
// which runs the real top-level function of dist/Code.js in the Apps Script fake.
//
// Apps Script's rules are applied on this side as the real client applies them: a Date, a function
// or a DOM element other than a form anywhere in the arguments makes the call throw at once; a form
// must be the only argument and is sent as an object of its fields; undefined in arrays becomes null
// (https://developers.google.com/apps-script/guides/html/reference/run).

type Handler = (value: unknown, userObject?: unknown) => void;

interface RunnerConfig {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}

interface CallOutcome {
  ok: boolean;
  result?: unknown;
  error?: string;
  events: unknown[];
  version: number;
}

const SOURCE = 'regulars-preview';

function tellPage(message: Record<string, unknown>): void {
  const target = window.parent !== window ? window.parent : window.opener;
  target?.postMessage({ source: SOURCE, ...message }, '*');
}

/** The path of the first value Apps Script refuses to send, if any. */
function illegalPath(value: unknown, path: string, seen: Set<object>): string | undefined {
  if (value === null || value === undefined) return undefined;
  const type = typeof value;
  if (type === 'function' || type === 'symbol' || type === 'bigint') return path;
  if (type !== 'object') return undefined;
  if (value instanceof Date || value instanceof Node || value instanceof Window) return path;
  const object = value as object;
  if (seen.has(object)) return path;
  seen.add(object);
  for (const [key, item] of Object.entries(object)) {
    const found = illegalPath(item, `${path}.${key}`, seen);
    if (found) return found;
  }
  seen.delete(object);
  return undefined;
}

/** A form's fields as Apps Script sends them: name → value, repeated names → arrays. */
function formFields(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of new FormData(form).entries()) {
    if (typeof value !== 'string') continue; // file uploads are not supported by the preview
    const previous = out[name];
    if (previous === undefined) out[name] = value;
    else if (Array.isArray(previous)) previous.push(value);
    else out[name] = [previous, value];
  }
  return out;
}

function call(name: string, args: unknown[], config: RunnerConfig): void {
  let payload: unknown[];
  if (args.length === 1 && args[0] instanceof HTMLFormElement) {
    payload = [formFields(args[0])];
  } else {
    args.forEach((arg, i) => {
      const path = illegalPath(arg, String(i), new Set());
      if (path !== undefined) {
        throw new Error(`Failed due to illegal value in property: ${path.split('.').slice(0, 1).join('')}`);
      }
    });
    payload = JSON.parse(JSON.stringify(args.map((a) => (a === undefined ? null : a)))) as unknown[];
  }
  fetch('/api/run', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ functionName: name, args: payload }),
  })
    .then((response) => response.json() as Promise<CallOutcome>)
    .then((outcome) => {
      tellPage({ action: 'server-call', outcome: { ...outcome, result: undefined } });
      if (outcome.ok) {
        config.success?.('result' in outcome ? outcome.result : undefined, config.userObject);
        return;
      }
      const error = new Error(outcome.error ?? 'The server function failed.');
      if (config.failure) config.failure(error, config.userObject);
      else console.error(`google.script.run.${name} failed:`, error.message);
    })
    .catch((error: unknown) => {
      const failure = new Error(`NetworkError: ${String(error)}`);
      if (config.failure) config.failure(failure, config.userObject);
      else console.error(failure);
    });
}

function runner(config: RunnerConfig): Record<string, unknown> {
  const base: Record<string, unknown> = {
    withSuccessHandler: (fn: Handler) => runner({ ...config, success: fn }),
    withFailureHandler: (fn: Handler) => runner({ ...config, failure: fn }),
    withUserObject: (object: unknown) => runner({ ...config, userObject: object }),
  };
  return new Proxy(base, {
    get(target, property) {
      if (typeof property !== 'string') return undefined;
      if (property in target) return target[property];
      if (property === 'then') return undefined; // not a promise
      return (...args: unknown[]) => call(property, args, config);
    },
  });
}

const host = {
  close: () => tellPage({ action: 'close' }),
  setHeight: (_height: number) => undefined,
  setWidth: (_width: number) => undefined,
  editor: { focus: () => tellPage({ action: 'focus-editor' }) },
  origin: window.location.origin,
};

const scope = window as unknown as { google?: Record<string, unknown> };
scope.google = {
  ...(scope.google ?? {}),
  script: {
    run: runner({}),
    host,
    url: {
      getLocation: (callback: (location: unknown) => void) =>
        callback({ hash: window.location.hash.slice(1), parameter: {}, parameters: {} }),
    },
    history: { push: () => undefined, replace: () => undefined, setChangeHandler: () => undefined },
  },
};

export {};
