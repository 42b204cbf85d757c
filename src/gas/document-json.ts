// JSON values the add-on keeps in document properties (the column setup, the follow-up settings and
// pending campaigns): each travels with this spreadsheet only, and is read back as untrusted input,
// since a copy, another version of the add-on or a script with the same project may have written it.

/**
 * The property `key` parsed as JSON and checked by `check` (which throws or returns the value);
 * `fallback` when it is absent, not JSON or refused.
 */
export function loadDocumentJson<T>(key: string, check: (value: unknown) => T, fallback: T): T {
  const text = PropertiesService.getDocumentProperties().getProperty(key);
  if (!text) return fallback;
  try {
    return check(JSON.parse(text));
  } catch {
    return fallback;
  }
}

export function saveDocumentJson(key: string, value: unknown): void {
  PropertiesService.getDocumentProperties().setProperty(key, JSON.stringify(value));
}
