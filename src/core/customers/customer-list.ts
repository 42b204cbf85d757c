/**
 * Customers by index, for the passes over every customer (the fit, the scores): a list, or an
 * analysis's summaries each made when read (analysis.ts). A list of a million-row log's 377k summary
 * objects, kept from the summary stage to the last row written, was ≈ 18 MB of a cold call's peak
 * memory (issue 13); made when read, each is garbage as soon as its pass moves on.
 */
export interface CustomerList<T> {
  readonly length: number;
  customer(index: number): T;
}

/** The list itself when it is one already; an array read by index otherwise. */
export function customerList<T>(items: readonly T[] | CustomerList<T>): CustomerList<T> {
  if (!Array.isArray(items)) return items as CustomerList<T>;
  const array = items as readonly T[];
  return { length: array.length, customer: (i) => array[i]! };
}

/** Every customer of the list in an array, for the few passes that want one (small sheets' paths). */
export function customerArray<T>(list: CustomerList<T>): T[] {
  const out = new Array<T>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list.customer(i);
  return out;
}
