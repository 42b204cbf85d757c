// A gas fake with dist/Sidebar.html, the built-in template texts (Templates.html, made from src) and
// the src/gas entry points installed on globalThis.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { builtInTextsFile } from '../../../src/core/followups/built-in-texts';
import { TEA_SHOP } from '../../../src/core/sample/sample-workbook';
import { sampleUpload } from '../../../src/sidebar/sample-upload';
import { createGasFake, type GasFake, type GasFakeOptions } from '../../support/gas-fake';
import { projectManifest } from '../../support/manifest';

const SIDEBAR = join(import.meta.dirname, '..', '..', '..', 'dist', 'Sidebar.html');

function sidebarHtml(): string {
  try {
    return readFileSync(SIDEBAR, 'utf8');
  } catch {
    return '<body data-start="overview en"></body>';
  }
}

export interface Installed {
  fake: GasFake;
  uninstall: () => void;
}

/**
 * A fake spreadsheet in Asia/Shanghai at 2026-06-30 18:00 there (the sample's "as of" day). The
 * shell reads "now" with `new Date()`, as in Apps Script: Date is faked to the fake's clock.
 */
export function installFake(options: GasFakeOptions = {}): Installed {
  const fake = createGasFake({
    timeZone: 'Asia/Shanghai',
    now: '2026-06-30T10:00:00Z',
    htmlFiles: { Sidebar: sidebarHtml(), Templates: builtInTextsFile() },
    manifest: projectManifest(),
    ...options,
  });
  vi.useFakeTimers({ toFake: ['Date'], now: fake.clock.now() });
  const restore = fake.install();
  return {
    fake,
    uninstall: () => {
      restore();
      vi.useRealTimers();
    },
  };
}

export const SAMPLE_UPLOAD = sampleUpload(TEA_SHOP);

/** Every value and formula of a sheet, to compare before and after a run. */
export function snapshot(fake: GasFake, name: string) {
  const sheet = fake.spreadsheet.sheet(name);
  return { values: fake.values(name), formulas: sheet.formulaCells(), frozen: sheet.frozenRows };
}
