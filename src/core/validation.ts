import type * as z from 'zod/mini';

/**
 * The one way the add-on turns a failed zod validation into words: "Invalid <what> — <field>:
 * <problem>; …", naming each bad field so the owner (or a developer reading a sidebar error) knows
 * what to fix.
 */
export function describeZodError(error: z.core.$ZodError, what: string): string {
  const problems = error.issues.map((i) => `${i.path.join('.') || what}: ${i.message}`);
  return `Invalid ${what} — ${problems.join('; ')}`;
}

/** Parses untrusted input (document properties, sidebar requests) or throws that readable error. */
export function parseOrThrow<T>(schema: z.ZodMiniType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(describeZodError(result.error, what));
  return result.data;
}
