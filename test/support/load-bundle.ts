import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');
export const codeText = () => readFileSync(join(DIST, 'Code.js'), 'utf8');

/** Every dist/*.html as HtmlService sees the project's files: dist/Sidebar.html is "Sidebar". */
export function distHtmlFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(DIST)) {
    if (name.endsWith('.html'))
      files[name.slice(0, -'.html'.length)] = readFileSync(join(DIST, name), 'utf8');
  }
  return files;
}

/**
 * Loads the built dist/Code.js into a fresh V8 context holding only the given globals, as Apps
 * Script does: no require, module, process or timers. Returns the context, whose properties are the
 * script's globals. Values passed in (Dates, arrays) should be made with the context's own
 * constructors — `contextDate` — so `instanceof Date` holds as it does inside Apps Script.
 */
export function loadBundle(globals: Record<string, unknown> = {}): vm.Context {
  const context = vm.createContext({ ...globals });
  vm.runInContext(codeText(), context, { filename: 'Code.js' });
  return context;
}

/** The context's Date constructor, for cell values handed to the bundle's functions. */
export function contextDate(context: vm.Context): DateConstructor {
  return vm.runInContext('Date', context) as DateConstructor;
}
