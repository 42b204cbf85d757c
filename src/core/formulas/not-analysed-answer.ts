// What is said of a customer none of whose rows was analysed (rows left out on purpose, skipped as
// problems, only returns, every sale refunded in full that day): the worded formulas' answer, and the
// sidebar card's (trial 23: the card said "has no purchases and is not on the customer sheet" of a
// customer the formulas said was refunded). One function, so the two never say different things.
import { leftOutLookup, returnsOnlyLookup } from '../customers/customer-lookup';
import { skippedByCustomer } from '../customers/rows-not-analysed';
import { skippedProblemsByCustomer } from '../customers/skipped-problems';
import { notAnalysedText } from '../exports/exclusion-labels';
import type { Language } from '../i18n/language';
import type { LogFacts } from '../share/log-facts';

/** The sentence and the name it gives the customer. */
export interface NotAnalysedSaid {
  name: string;
  text: string;
}

/**
 * Of a key, what is known of why it was not analysed, or undefined for a key the log does not have.
 * Named by the first label of their rows left out, or of their returns, or else by `cell` (the reader
 * keeps no label for a skipped row). `inRange`: rows are named as a formula's range's ("rows 3, 5 of
 * the range"), else as the sheet's ("rows 3, 5"). What it reads of the log is worked out when first
 * asked: most formula calls ask about analysed customers only.
 */
export function notAnalysedAnswer(log: LogFacts, language: Language, inRange = true) {
  let read: ReturnType<typeof whatWasNotAnalysed> | undefined;
  return (key: string, cell: string): NotAnalysedSaid | undefined => {
    read ??= whatWasNotAnalysed(log);
    const rows = read.rows.get(key);
    // With rows skipped under this very key, rows left out count only under it too: found by their
    // label they would be another customer's.
    const left = rows ? log.excludedCustomers?.get(key) : read.left(key);
    const returns = rows ? read.returnsByKey.get(key) : read.returns(key);
    if (left === undefined && rows === undefined && returns === undefined) return undefined;
    const skipped = rows && { rows, problems: read.problems.get(key) ?? [] };
    const name = left?.label ?? returns?.label ?? cell;
    const said = { left: left?.rows, skipped, returns: returns?.rows, refunded: returns?.refunded };
    return { name, text: notAnalysedText(name, said, language, inRange) };
  };
}

/** The rows left out and skipped of the log, by customer: from its issues, or as a shared analysis kept them. */
const whatWasNotAnalysed = (log: LogFacts) => ({
  left: log.excludedCustomers ? leftOutLookup(log.excludedCustomers) : () => undefined,
  rows: log.skippedByCustomer ?? skippedByCustomer(log.issues ?? []),
  problems: log.skippedProblems ?? skippedProblemsByCustomer(log.issues ?? []),
  returns: returnsOnlyLookup(log.returnsOnly ?? []),
  returnsByKey: new Map((log.returnsOnly ?? []).map((r) => [r.key, r])),
});
