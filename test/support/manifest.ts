// The project's appsscript.json, for fakes that enforce its scopes (createGasFake({ manifest })).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ManifestLike } from './gas-fake/scopes';

export function projectManifest(): ManifestLike {
  return JSON.parse(readFileSync(fileURLToPath(new URL('../../appsscript.json', import.meta.url)), 'utf8'));
}
