// What survives a trip through google.script.run. Apps Script's rule: "Legal parameters and return
// values are JavaScript primitives like a Number, Boolean, String, or null, as well as JavaScript
// objects and arrays that are composed of primitives, objects and arrays ... Requests fail if you
// attempt to pass a Date, Function, DOM element besides a form, or other prohibited type ...
// undefined fields within arrays become null"
// (https://developers.google.com/apps-script/guides/html/reference/run). In practice a server
// function that returns a Date (anywhere inside its result) makes the client receive null.

export interface ClientResult {
  value: unknown;
  /** Why the value differs from what the function returned, for the preview's console. */
  warnings: string[];
}

const isAnyDate = (v: unknown) => Object.prototype.toString.call(v) === '[object Date]';

/** Whether `v` is a plain object of any realm (its prototype is some realm's Object.prototype, or null). */
function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  if (proto === null) return true;
  return Object.getPrototypeOf(proto) === null && typeof proto.hasOwnProperty === 'function';
}

/** A server function's return value as the client's success handler would receive it. */
export function toClientResult(value: unknown): ClientResult {
  const warnings: string[] = [];
  const seen = new Set<object>();
  let hasDate = false;
  const walk = (v: unknown, path: string): unknown => {
    if (v === undefined) return undefined;
    if (v === null) return null;
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    if (typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') {
      warnings.push(`${path || 'the result'} is a ${typeof v}: dropped`);
      return undefined;
    }
    if (isAnyDate(v)) {
      hasDate = true;
      warnings.push(`${path || 'the result'} is a Date: Apps Script delivers null for the whole result`);
      return null;
    }
    const object = v as object;
    if (seen.has(object)) throw new Error(`${path || 'the result'} refers to itself (a circular structure)`);
    seen.add(object);
    try {
      if (Array.isArray(object)) {
        return object.map((item, i) => {
          const out = walk(item, `${path}[${i}]`);
          return out === undefined ? null : out;
        });
      }
      if (!isPlainObject(object)) {
        warnings.push(
          `${path || 'the result'} is not a plain object (${object.constructor?.name ?? 'unknown'}): null`,
        );
        return null;
      }
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(object)) {
        const converted = walk(item, path ? `${path}.${key}` : key);
        if (converted !== undefined) out[key] = converted;
      }
      return out;
    } finally {
      seen.delete(object);
    }
  };
  const converted = walk(value, '');
  return { value: hasDate ? null : converted, warnings };
}
