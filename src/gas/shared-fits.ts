import { BUILD_STAMP } from '../core/build-stamp';
import type { SharedFitStore } from '../core/formulas/formula-environment';
import { readParts, splitIntoParts } from '../core/share/cache-parts';

/** The longest a cache entry may live (6 hours, https://developers.google.com/apps-script/reference/cache/cache). */
const EXPIRY_SECONDS = 21_600;

/**
 * Where formulas of one spreadsheet share their analysis, or above its bound their fit
 * (core/formulas/shared-analysis.ts): the DOCUMENT cache only. The script cache is
 * shared by every spreadsheet using the add-on, so one shop could be served another's model. The
 * document cache is null outside a document
 * (https://developers.google.com/apps-script/reference/cache/cache-service#getDocumentCache()), and
 * any cache call may fail, refuse a value or lose an entry: each only costs the work it would have
 * saved, so every failure here means "nothing saved" and the formula computes as without a cache.
 */
export function documentFitStore(): SharedFitStore | undefined {
  let cache: GoogleAppsScript.Cache.Cache | null;
  try {
    cache = typeof CacheService === 'undefined' ? null : CacheService.getDocumentCache();
  } catch {
    return undefined;
  }
  if (!cache) return undefined;
  const documentCache = cache;
  return {
    // The build is part of every key, so an analysis or fit saved by other code is never read.
    version: BUILD_STAMP,
    get(key) {
      try {
        return readParts(key, (keys) => documentCache.getAll(keys));
      } catch {
        return undefined;
      }
    },
    put(key, text) {
      try {
        documentCache.putAll(splitIntoParts(key, text), EXPIRY_SECONDS);
      } catch {
        // Full, too large or unavailable: the next call computes again.
      }
    },
  };
}
