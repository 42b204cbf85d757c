// dist/Code.js loaded into a node:vm context holding the Apps Script fake's globals, as Apps Script
// loads the project: custom functions, menu functions and google.script.run targets are its
// top-level functions.
import vm from 'node:vm';
import type { CustomFunctionSpec, FunctionHost } from './engine';

/** The custom functions dist/Code.js declares: top-level functions whose JSDoc has `@customfunction`. */
export function customFunctionsOf(code: string): CustomFunctionSpec[] {
  const out: CustomFunctionSpec[] = [];
  const pattern = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\nfunction (\w+)\s*\(([^)]*)\)/g;
  for (const match of code.matchAll(pattern)) {
    const [, jsdoc = '', name = '', params = ''] = match;
    if (!/@customfunction\b/.test(jsdoc)) continue;
    out.push({
      name,
      params: params
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
    });
  }
  return out;
}

export interface CodeRuntime extends FunctionHost {
  context: vm.Context;
  /** The realm's Date constructor: values handed to the code are made with it. */
  RealmDate: DateConstructor;
  /** Copies host values (arrays, plain objects, Dates) into the context's realm. */
  toRealm(value: unknown): unknown;
  /** Whether `name` is a top-level function of the script that clients may call. */
  hasFunction(name: string): boolean;
  /** Calls a top-level function with arguments already in the realm. */
  callGlobal(name: string, args: unknown[]): unknown;
}

/** Runs `code` in `context` (already holding the fake's globals) and wraps its functions. */
export function loadCode(
  code: string,
  context: vm.Context,
  timeZone: () => string,
  cacheScope: () => string = timeZone,
): CodeRuntime {
  vm.runInContext(code, context, { filename: 'Code.js' });
  const RealmDate = vm.runInContext('Date', context) as DateConstructor;
  // Compiled inside the context so arrays and objects come out as the realm's own.
  const toRealm = vm.runInContext(
    `(function toRealm(value) {
      if (Array.isArray(value)) return value.map(toRealm);
      if (Object.prototype.toString.call(value) === '[object Date]') return new Date(value.getTime());
      if (value !== null && typeof value === 'object') {
        var out = {};
        for (var key of Object.keys(value)) out[key] = toRealm(value[key]);
        return out;
      }
      return value;
    })`,
    context,
  ) as (value: unknown) => unknown;
  const functions = customFunctionsOf(code);
  const hasFunction = (name: string) =>
    /^[A-Za-z_$][\w$]*$/.test(name) && !name.endsWith('_') && typeof context[name] === 'function';
  const callGlobal = (name: string, args: unknown[]) => {
    const fn = context[name] as (...a: unknown[]) => unknown;
    return fn.apply(undefined, args);
  };
  return {
    context,
    RealmDate,
    toRealm,
    hasFunction,
    callGlobal,
    functions,
    get timeZone() {
      return timeZone();
    },
    cacheScope,
    call(name: string, args: unknown[]) {
      return callGlobal(
        name,
        args.map((a) => (a === undefined ? undefined : toRealm(a))),
      );
    },
  };
}
