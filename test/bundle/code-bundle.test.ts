import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { measureBundle } from '../../scripts/bundle-size.mjs';
import { builtInTextsFile } from '../../src/core/followups/built-in-texts';
import { FOLLOW_UP_SERVER_TEXTS } from '../../src/core/followups/server-texts';
import { ANALYZE_TEXTS } from '../../src/core/report/analyze-texts';
import { codeText, DIST, loadBundle } from '../support/load-bundle';

const CUSTOM_FUNCTIONS = [
  'CUSTOMER_INSIGHTS',
  'RFM_SCORE',
  'RFM_SEGMENT',
  'VALUE_TIER',
  'LIFECYCLE_STAGE',
  'CUSTOMER_WHY',
  'REPEAT_PROBABILITY',
  'EXPECTED_PURCHASES',
  'NEXT_PURCHASE_DATE',
  'PREDICTED_VALUE',
  'LOYALTY_SCORE',
  'CUSTOMER_MODEL',
];
const ENTRY_POINTS = ['onOpen', 'onInstall'];

describe('dist/Code.js', () => {
  it('loads in an empty V8 context: no require, module, process or timers, and no service call at load', () => {
    // An empty context has no SpreadsheetApp either: a top-level service call would throw here.
    const context = loadBundle();
    for (const name of ['require', 'module', 'process', 'setTimeout']) {
      expect(typeof context[name], name).toBe('undefined');
    }
    for (const name of [...ENTRY_POINTS, ...CUSTOM_FUNCTIONS]) {
      expect(typeof context[name], name).toBe('function');
    }
  });

  it('declares every entry point as a top-level function with its JSDoc', () => {
    const text = codeText();
    for (const name of ENTRY_POINTS) {
      expect(text, name).toMatch(new RegExp(`\\*/\\nfunction ${name}\\(e\\) \\{`));
    }
  });

  it('marks each custom function with @customfunction, a description and @param lines', () => {
    const text = codeText();
    for (const name of CUSTOM_FUNCTIONS) {
      const match = text.match(
        new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(([^)]*)\\)`),
      );
      expect(match, name).not.toBeNull();
      const [, jsdoc, params] = match!;
      expect(jsdoc, name).toContain('@customfunction');
      expect(jsdoc!.trim().replace(/^\*\s*/, '').length, name).toBeGreaterThan(20);
      for (const param of params!.split(', '))
        expect(jsdoc, `${name} ${param}`).toMatch(new RegExp(`@param \\{[^}]*\\} ${param} `));
    }
  });

  it('gives each menu and sidebar function one line of JSDoc: Sheets shows only custom functions', () => {
    const text = codeText();
    const globals = [...text.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\nfunction (\w+)\(/g)];
    const others = globals.filter(([, jsdoc]) => !jsdoc!.includes('@customfunction'));
    expect(others.map(([, , name]) => name)).toEqual(
      expect.arrayContaining([...ENTRY_POINTS, 'getOverview']),
    );
    for (const [, jsdoc, name] of others) {
      expect(jsdoc, name).toMatch(/^\/\*\* [^\n]{10,}\. \*\/$/);
      expect(jsdoc, name).not.toContain('@param');
    }
  });

  it('stays unminified and does not grow past its budget', () => {
    const text = readFileSync(join(DIST, 'Code.js'), 'utf8');
    // SPEC §6 asks for at most ~200 KB. Measured: 333,011 bytes (~325 KB): zod/mini ~57 KB and the
    // follow-ups ~73 KB are the largest parts; the built-in template texts are in dist/Templates.html
    // and skip reasons in the sidebar. SPEC's ~200 KB is NOT met yet and is an open item (README
    // "Performance and size"). This budget stops further growth until it is trimmed; the measured
    // load cost is in bench/results.md. Raised for issue 11's export profiles and reader
    // (src/core/exports, ~53 KB), issue 12's purchase models (MBG/NBD, the BG/NBD's no-dropout
    // limit, the hold-out check and its sentence in three languages, ~28 KB) and words (the
    // spending-less test, reasons per situation, the sheet's currency, the due status, ~17 KB), and
    // issue 10's send ledger (the ledger and its digest, the Contact log report, the RFC 2822 builder
    // for Gmail drafts, ~30 KB) and opt-out work (the address reader, consent columns, the Unsubscribed
    // list, sheet identities, the sample fingerprint and the cell-limit check, ~21 KB). Issue 13 brings it back under 200 KB.
    // +1 KB after the new-owner trial: mixed currencies in a plain log are listed, not added up
    // (currency marks compared per row), and top-ups are not sales (~2.3 KB, ~1.1 KB of it saved
    // nearby: the currency mark lists as one string each, the profiles' source notes out of the entries).
    // Issue 13 (follow-up shell dedupe): 492,118 → 476,979 bytes: one consent reader, one lock helper,
    // one sheet-values and one metadata helper, audience and settings checks without zod's union and
    // default kinds (zod ~58 → ~48 KB).
    // +15 KB for the MBG/CNBD-k (issue 12, regular buyers): the model ~13 KB (likelihood with its
    // gradient, the choice of k, exact phase-mixture predictions), its wiring and names ~2 KB.
    // +4 KB for issue 12's leftovers (~3.9 KB measured): the purchase model setting (zod-checked
    // document property read by Analyze, the sidebar and every formula), export currency codes as
    // signs (one string), and the one-gap reason that says its gap is weighed with the shop's.
    // +12 KB for issue 13's shared fit (one fit per sheet through the document cache): the 64-bit
    // hash of the range (~4.8 KB, kept inlined for its cold speed: a compacter version cost twice
    // the CPU on its first call), the check of a saved fit read back (~3 KB), the checksummed cache
    // parts (~1.6 KB), the key, the shell's store and the seam in the model (~2.5 KB).
    // +5 KB for issue 13's export reader per-cell work (~5.2 KB): ISO timestamps read by character
    // codes (iso-day.ts, ~1.8 KB), total words pre-checked by their first and last characters, each
    // buyer's key text read once, the order's cells picked by column number (order-rows.ts).
    // +5 KB for issue 13's lean read (+5.2 KB measured): purchases as typed columns
    // (input/purchase-table.ts, ~3.3 KB: its builder and the few object views the card and follow-ups
    // use), the readers' memos (~1 KB) and zone offsets by sampling and bisecting (~0.6 KB).
    // +8 KB for issue 13's output stage: the reason sentences as templates compiled once per call
    // (pieces in en and zh, the slot values), the scored customer that works out stages and
    // predictions when read, the per-call row writer; CUSTOMER_WHY's sentences cost a quarter of
    // what they did.
    // +1 KB for issue 13's fast fits (~0.5 KB used): customers grouped by a radix sort instead of a
    // comparison sort of packed keys, and the lazy model (formulas that show no model figure fit none).
    // After merging those branches: 527,090 bytes (514.7 KB). +1 KB for the review's fixes (528,092
    // bytes): the reason of a customer late only by the stage's gap, and a lazily made fit saved.
    // +7 KB for rows left out on purpose, never silent (534,9xx bytes measured): each left-out row
    // noted under its customer by both readers (~1.3 KB), the short label per reason in three
    // languages (one '|' string each) and the sentence for a customer whose every row was left out
    // (~2.4 KB), CUSTOMER_MODEL's rows per reason and the fallback naming its model (~1.1 KB), the
    // count in Analyze's message (~0.5 KB), shares in whole percents adding to 100 (~0.8 KB).
    // Issue 13 (what the bundle carries, README): 528,335 → 499,314 bytes. The menu and sidebar
    // functions keep one JSDoc line, and the texts only follow-ups, Analyze and the sidebar use (~27 KB)
    // are read from dist/Templates.html when those run. Cap lowered to that, rounded up to the KB.
    // Merged with the rows left out on purpose above: 503,997 bytes; cap that, rounded up to the KB.
    // +1 KB for the review's mends (504,865 bytes): a Templates.html from another build refused by
    // its stamp and a missing one named, the numeric formulas' empty cell for a customer not analysed.
    // +1 KB for issue 12's one-time buyers judged against the shop's return window (+3.1 KB measured, the rest in the slack:
    // 533,322 → 536,433 bytes; 0.2 KB saved by sharing a search): the window of returners' first
    // gaps weighed for the log's end (~1.3 KB) and its sentences in en and zh (~1.2 KB).
    // Both merged: 508,129 bytes; cap that, rounded up to the KB.
    // +2 KB for issue 13's cold path (~1.6 KB measured): UTC days by arithmetic without an Intl
    // formatter, the Gamma-Gamma sums in a function of their own (the compiled loop no longer bails
    // out on every evaluation), indexed loops where cold code ran over every row, the spending-less
    // test's early exit, customers by key made when first read, distinct days ranked by a table
    // over their range instead of sorts and binary searches (~0.8 KB; a grouping ≈ 2.5× faster).
    // All merged (the cold path, issue 12's auto rule): 511,738 bytes; cap that, rounded up to the KB.
    // +1 KB for the second review's mends (512,6xx bytes): the formula help saying what auto does
    // (six custom functions' @param), the return window's trimmed weights, the held-from-Lapsed flag.
    // +5 KB after the new-owner trial (517,680 bytes): the MBG/CNBD-k's exact forecast for repeat
    // buyers back (mbg-cnbd-k-exact.ts, ~4 KB: a due yearly donor got 16% from the memoryless one)
    // and customers found by the name Insights shows (customer-lookup.ts, ~1 KB).
    // +1 KB (518,271 bytes): walk-in words, donor headers, a currency only when it marks at least
    // half of the amounts.
    // +1 KB (519,189 bytes): the hold-out stretch ending on the log's last row, and the sentence
    // saying whose figures they are when the owner set another model.
    // +1 KB (520,624 bytes): no welcome or second-visit email to a customer who returned everything
    // (its skip reason), equal counts at equal whole percents, the calibration bands' counts.
    // +10 KB for the third new-owner trial's mends (530,514 bytes): a saved column setup following its
    // columns by header (~3.5 KB, its header map checked by hand: zod's record would add ~7 KB), the
    // owner's columns beside Insights kept (~2.5 KB), customers with unreadable rows held back from
    // follow-ups (~1.2 KB), a guest checkout joined to the registered customer with its email and a
    // rule-excluded line taken off its order total (~2 KB), Chinese names without stray spaces.
    // +1 KB (519,782 → 520,850 bytes): Lapsed only past the customer's longest gap as well, and the
    // reason's sentence saying so in en and zh (issue 12's irregular customers).
    // +19 KB for issue 13's shared analysis (one analysis per sheet, not only the fit: 519,782 →
    // 539,277 bytes measured): the analysis as columns of JSON and its checks (analysis-text.ts,
    // ~5.2 KB), the customers read from the columns when asked (shared-columns.ts, ~6.4 KB: a
    // summary's two dozen fields as getters), the shared customer (~1.6 KB), the rows left out
    // (log-facts.ts, ~2 KB), the miss and hit paths (shared-analysis.ts, ~3.4 KB, replacing the
    // shared fit's ~1 KB), parts cut by UTF-8 bytes and the one-loop checksum (~1.2 KB).
    // All merged, with the shared analysis carrying each customer's longest gap: 557,060 bytes; cap
    // that, rounded up to the KB.
    // +4 KB for issue 13's lean summaries (519,782 → 524,089 bytes): each customer's summary a view
    // over columns (customers/summary-view.ts, ~2 KB: a getter per field), the purchase days folded
    // into shared columns (~0.7 KB), the analysis's customerAt (~0.3 KB), ranges in place of lists,
    // the purchase table's text columns sized once.
    // All three merged (the shared analysis, the lean summaries, the trial mends): 561,618 bytes;
    // cap that, rounded up to the KB.
    // +1 KB (562,xxx bytes) for the last trial's mends: a saved header never guessed, contacts found
    // under the customer's key on exports, a favourite product only when it is one.
    // +2 KB (564,608 bytes): a customer's why saying how many of their purchase rows were not
    // counted, in three languages, and the skipped rows by customer kept in the shared analysis.
    // +1 KB (565,999 bytes): the last review's mends (contacts found by the email written to, the
    // ignore rules kept when a saved header is gone, sheet names left alone in owner formulas).
    // +1 KB (566,593 bytes): rows not counted named by tab on a log of several tabs.
    // +4 KB (566,208 → 571,104 bytes measured): an opt-out or consent column never dropped by a save
    // without the owner's confirmation (opt-out-columns.ts and its refusal in three languages, ~2 KB),
    // the same kind of follow-up not sent twice without a purchase between (~1.7 KB), every missing
    // header named (~0.5 KB).
    // +4 KB (575,022 bytes measured): the spend of small sheets pulled by the sheet's own spreads
    // (spend-shrinkage.ts, ~2.3 KB) and one-time buyers held from Lapsed within what slow returners
    // took, with two sentences in three languages (~1.6 KB).
    // +8 KB for issue 12's honest words (566,128 → 574,611 bytes measured in a worktree, ~80 of them
    // its longer node_modules path comments): two gaps far apart stated as both, a purchase today,
    // the break the repeat probability reads (sentences in en and zh, ~3.5 KB, and the shared
    // analysis's last-break column, ~0.8 KB), days of $0 only not purchase days (~1.5 KB), text
    // amounts read with the locale's decimal mark (~1.5 KB).
    // The three merged: 583,425 bytes; cap that, rounded up to the KB.
    // +3 KB (585,929 bytes measured in a worktree, 80 of them its longer node_modules path comments):
    // the column now where a lost opt-out column stood, offered in Column setup (opt-out-columns.ts,
    // ~1.4 KB), a purchase log's consent column under a customer-sheet consent header (~0.3 KB), the
    // card told whether follow-ups skip the customer as opted out (~0.25 KB), the spreadsheet's date
    // order sent to the follow-ups panel.
    // All merged with a first basket's shift in the small-sheet spend (~0.9 KB): 587,099 bytes.
    // +1 KB (588,558 bytes): Lapsed by their own gap too (its sentence in three languages), follow-ups
    // holding back a customer who came in and paid nothing.
    // +1 KB (589,694 bytes): the last review's mends (the spread when most share one price, a first
    // basket's shift toward the shop only, the free-visit hold for the templates it contradicts only),
    // the toast counting days of $0, multiples near a threshold in two decimals.
    // +1 KB (589,917 bytes): the one-time hold's margin easing from 3× to 1× between 20 and 40 returners.
    // +5 KB (595,257 bytes): Lapsed past the breaks this shop's regulars have come back after
    // (comeback-multiple.ts, weighed per customer and for the log's end, 3 customers at least) and,
    // under 9 gaps, not while fewer than 5 customers have come back; sentences in three languages.
    // +2 KB (595,054 → 598,308 bytes measured in a worktree, ~80 of them its longer node_modules path
    // comments) for issue 13's cold call on a million rows (peak memory ≈ 640 → ≈ 590 MB): the
    // formulas' histories built apart from the purchase table (analyzeHistories, readHistories,
    // logFactsOf), a plain log headed in row 1 read without copies, product names worked out once per
    // text, histories sharing the table's key lists, a history's x, tx and T read straight from the
    // columns, no summary object kept per customer (customer-list.ts), RFM scores and value tiers
    // worked out where read, the comeback multiple over typed columns; the RFM quintiles are smaller.
    // −16 KB, issue 13's third bundle round (597,871 → 581,704 bytes measured in a worktree, 72 of them
    // its longer node_modules path comments): the request checks' leaves as predicates
    // (mapping/leaf-schemas.ts), so zod's string, number, boolean, enum and unknown kinds and its
    // length and range checks are out (zod 48,320 → 35,366 bytes); the saved-setup and opt-out-drop
    // texts, the Contact log's headers, the Unsubscribed sheet's texts and the follow-up sheets' names
    // in dist/Templates.html; one lookup of texts in any language (followups/text-keys.ts). Cap that,
    // rounded up to the KB.
    // +5.7 KB (581,704 → 587,478 bytes measured on main after the merge) for issue 13's fifth cold-path
    // round: the fit's inputs read once into columns (models/model-inputs.ts, the check on columns),
    // the comeback multiple's radix-ordered quantile, one sort of net spends for RFM and tiers, the
    // lifecycle stage kept in the shared analysis (LIFECYCLE_STAGE's hit −45 % instructions), and the
    // cache parts cut by arithmetic.
    // +0.4 KB (587,906 bytes): the fit's typed columns refuse histories that are not numbers again.
    // +3.2 KB (587,906 → 591,058 bytes measured on main after the merge) for issue 13's sixth round: an
    // export order's purchase held in columns until the currency split (exports/order-purchases.ts),
    // the shared analysis's text made from typed columns checked column by column, P(alive) worked
    // out once per customer and the Gamma-Gamma spend's parameters checked once (−0.45 KB).
    // +5 KB (591,617 → 596,875 bytes measured on main merged, as built in /work/main) for customers
    // none of whose rows was analysed because every one was skipped as a problem: the worded
    // formulas' sentence naming the rows and what was wrong (the short label per problem in three
    // languages, ~1.6 KB; the problems gathered per customer, ~0.9 KB; the sentence with both parts,
    // ~0.9 KB; the answer in the formulas, ~0.9 KB), the problems kept in the shared analysis for
    // customers not analysed (~0.7 KB), CUSTOMER_MODEL's rows skipped saying which.
    // +4 KB (591,617 → ~595,900 bytes, +4.27 KB measured against main's build) for trial 19's
    // follow-up safety: the send binds each confirmed customer's address (emailChanged), every
    // unsubscribe is recorded in the send ledger (its event, the read of copies of the Unsubscribed
    // tab, the record step, ~2.5 KB), and the test and time-zone errors read from Templates.html.
    // Both merged (with the Contact log's words and campaign names, +0.8 KB): 601,141 bytes.
    // +8 KB (602,042 → 609,666 bytes: local builds of main at 801823a and of main merged with this
    // branch) for trial 19's sheets fixes: copies of the purchase tab left out (exports/tab-copies.ts,
    // with a date-only first pass so monthly tabs cost ~0.05 s per 600,000 rows) and named in Data
    // issues, Column setup and the toast; the Templates header found by its names; look-alike merge
    // fields and full-width braces; the Insights customer column found by its header.
    // +4 KB (609,594 → 613,945 bytes: local builds of main at 17812be and of this branch) for trial
    // 20's Insights fixes: the owner's cells below the table kept below the new table, in their
    // columns' new places (core/report/cells-below.ts with the shell's read and write, +4.4 KB), the
    // toast counting the rows Data issues lists (+0.3 KB); whole percents rounded one by one (−0.4 KB).
    // +6.4 KB (609,666 → 616,052 bytes, local builds of main at 17812be and of branch exports20) for
    // trial 20's edited exports: generic headers for fields a platform's names miss, near matches of
    // a platform kept to some columns, its lines without order ids read once, negative rows as
    // refunds, and the Data issues line naming the amounts' column (its texts in Templates.html).
    // insights20 and exports20 merged: 620,573 bytes.
    // +5 KB (601,970 → 606,818 bytes, both built in the same worktree) for trial 8's hairdresser: a
    // customer a little past a break they came back from, or silent since about when a yearly break
    // began, held from Lapsed (lifecycle/seasonal-break.ts, ~1.2 KB; the holds in lifecycle-stage.ts,
    // ~1.2 KB), their two sentences in en and zh with dates (~1.3 KB), the break kept per customer in
    // the summaries and the shared analysis (~1 KB).
    // Merged with main at 17812be: 614,551 bytes (local build).
    // season19 merged: 625,458 bytes.
    // +6 KB (609,594 → 616,3xx bytes, local builds of main at 17812be and of this branch) for trial
    // 20's stacked exports: a header further down whose columns differ is recognised by both readers
    // and its block left out and reported once (input/header-blocks.ts, ~1.4 KB with the hooks), then
    // read on its own and put back when that is safe (exports/other-blocks.ts, ~3.4 KB with
    // read-log's block reader and the tabs' header rows), the short label of the new problem.
    // stack20 merged: 632,254 bytes.
    // +3 KB (601,898 → 604,192 bytes measured in a worktree, ~20 of them its longer node_modules path
    // comments) for issue 13's seventh round: past 65,536 customers the reader's keys in a table of
    // hashes of its own (input/key-table.ts, ~2 KB) instead of a Map, and own median gaps sorted in
    // one scratch list.
    // perf18 merged: 634,476 bytes.
    // +6 KB (609,666 → 615,972 bytes: local builds of main at 17812be and of this branch) for trial
    // 20's keys: a customer with only returns named by the worded formulas (~0.6 KB), a key that is a
    // customer's email or phone answering as them, or naming the customers of a shared one
    // (customers/contact-keys.ts ~0.9 KB, formulas/shared-contact.ts ~0.4 KB, formulas.ts ~1.1 KB),
    // both kept in the shared analysis (~0.3 KB), Data issues' line per shared email or phone
    // (report/shared-contacts.ts ~1.1 KB; its words are in dist/Templates.html), and the why's note
    // naming what was wrong with the rows not counted (~1.7 KB: insights/not-counted-why.ts, the
    // reasons of exclusion-labels.ts shared with it, the compact problems of the shared analysis).
    // keys20 merged (and the shared text's format 12 for both branches' 11): 640,783 bytes.
    // +0.75 KB for a same-day refunded sale held back as a visit (refundedDays): 641,540 bytes.
    // +1.4 KB for LOYALTY_SCORE's survey scores it cannot read stopping with a message (three languages): 642,902 bytes.
    // +6.4 KB (642,964 → 649,514 bytes, local builds of main at 35f5a78 and of input22) for trial
    // 22's owner sheet: rows typed twice named in Data issues (report/repeated-rows.ts ~2.4 KB, a
    // counting sort per customer rather than a slower map), the order text dates were read in and a
    // later date's day as read (input/date-order-read.ts, the readers' hooks, report/date-order-note.ts
    // ~1.9 KB), a dated total row's customer word (input/total-customer.ts ~0.7 KB), the formulas'
    // "row 3 of the range" (~0.3 KB); their words are in dist/Templates.html.
    // +5 KB (642,964 → 648,035 bytes, local builds of main at 35f5a78 and of this branch) for trial
    // 22's analysis date: one before every purchase or far ahead of the log refused in words naming
    // both dates, in three languages, by the formulas, Analyze and Column setup (time/as-of-check.ts
    // ~2.5 KB, two thirds of it the sentences; gas/analysis-date.ts ~1.1 KB; the formulas' check
    // ~0.7 KB), the Summary's 80/20 sentence for one customer and for none (~0.2 KB). The sidebar's
    // field checks and their texts are in dist/Sidebar.html.
    // +4.8 KB (642,964 → 647,799 bytes, a local build of branch trust22; 72 of them the worktree's
    // node_modules path in zod's comments) for trial 21: a customer whose every purchase was refunded
    // the same day answered as not analysed (customer-history.ts, exclusion-labels.ts, Data issues),
    // the why's note naming the rows and first value, LOYALTY_SCORE's row in its error and its
    // no-answer words (loyalty/no-answer.ts), the customer sheet's unreadable survey cells in Data
    // issues, and R 5 for a purchase on the analysis day.
    // +3.7 KB for issue 13's eighth round (643,036 → 646,840 bytes, local builds of main at 35f5a78 and
    // of this branch): the summarise stage's and the grouping's loops in functions of their own, so a
    // cold call's compiled loops no longer bail out where the next code begins.
    // The round's six branches and lapse22 (a one-time buyer's hold on a guessed window has an end
    // the sentence states, ~0.5 KB) merged: 642,964 → 663,590 bytes (+20.6 KB), rows22 −0.4 KB.
    // +5.2 KB (+5,359 bytes) for helper r9 (sheets22): the end of Insights' written rows found by row
    // marks and the owner's rows inside the table kept under it (core/report/table-span.ts and the
    // shell, ~4.1 KB), and the card's rows not counted by problem with their rows named
    // (core/report/not-counted-rows.ts and the Data issues sheet's name, ~1.2 KB; its words are in
    // the sidebar): 648,323 bytes.
    // With sheets22 too: 668,877 bytes (+25.9 KB over 642,964 this round).
    // +1.2 KB for trial 23's fixes on the merged main (an as-of after only refunded sales refused,
    // the one-time hold's limit, full-width no-answer words, rows typed twice named by customer):
    // 670,057 bytes.
    // +2.2 KB for helper r10 (dates23): a column's text dates read in the order they prove
    // (core/input/column-date-order.ts, the readers' pre-pass, the note's reason; its words are in
    // dist/Templates.html): 672,083 bytes.
    // +1.2 KB for the owner's filter criteria on Insights kept across runs (gas/insights-filter.ts).
    // +3 KB for helper rfm24 (trial 24): main at 6a5c6df built in a worktree is 671,077 bytes, already
    // past 655 KB (its insights-filter commit, ~1.2 KB, was not rebuilt into dist); this branch adds
    // 2,176 bytes (673,253): the sentences of the few-returners holds that state their limit and where
    // it comes from (en and zh, ~1.5 KB), the return window's 3-returner wait and the F-1 rule.
    // +7.4 KB (671,077 → 678,623 bytes, local builds of main at 6a5c6df and of greet24 in worktrees
    // of one path length) for trial 24's greetings and phone keys: the customer sheet keyed by the
    // column naming the log's customers, measured in Column setup, Analyze and follow-ups
    // (mapping/customers-key.ts ~1.3 KB, the shell's reads ~1.2 KB), a phone written several ways
    // named in Data issues (report/phone-variants.ts ~2 KB; its words are in dist/Templates.html),
    // {{name}} that is an id not greeted by (followups/greeting-name.ts and campaign.ts ~1.2 KB).
    // +5.2 KB (671,077 → 676,397 bytes, main at 5bd479a and branch trust23 both built in its worktree)
    // for helper r10: the card of a customer not analysed says the formulas' sentence with sheet rows
    // (formulas/not-analysed-answer.ts, moved; exclusion-labels.ts sheetRows ~0.3 KB), refunds beyond
    // a day's sales said in the why and Data issues and kept in the shared analysis
    // (customer-history.ts OverRefund, insights/over-refund-why.ts, log-facts.ts; ~2.3 KB with their
    // words in three languages), a survey cell of a customer not analysed (~0.3 KB), a date after the
    // analysis date with the day it was read as (~0.3 KB), CUSTOMER_INSIGHTS with a blank as_of on a
    // log wholly after today (~1 KB), the overview's problem count (~0.1 KB), the bounds of the owner's settings as named
    // constants shared with the sidebar (core/setting-limits.ts, ~0.3 KB).
    // +13 KB for helper r10 headers24 (trial 24; local builds: main 671,149 → this branch 684,024 bytes,
    // +12,875): compound headers read by their words (input/header-words.ts, ~2.9 KB, mostly its word
    // lists), Analyze's no-log alert naming columns and the fix (report/partial-log.ts, ~1.8 KB), the
    // one-customer-per-order check (exports/key-per-order.ts, ~1.6 KB), the formulas' fix sentence in
    // three languages (read-log.ts, ~1.6 KB), returns in a notes column (note-words.ts and both
    // readers, ~3 KB). The Data issues sentences are in Templates.html.
    // +7.8 KB for helper r10 (lines23; 669,990 → 678,013 bytes, local builds of 5bd479a and of the
    // branch): logs of no platform read as lines (exports/line-amounts.ts ~4.6 KB: price × quantity,
    // line amounts by header and by differing cells, C-numbered cancellations, Column setup's amount
    // reading; the reader's use of them ~1.9 KB; Data issues' line ~1 KB, its words in Templates.html).
    // Merged (main at 9d5d27a, all six branches of helper round r10 and the edited export's compound
    // headers): 711,439 bytes.
    // +4 KB: main at ac9be75 built in a worktree is 714,897 bytes, already past 696 KB (its
    // price-row-totals commit, not rebuilt into dist); helper r11 dates26 adds 1,328 bytes (716,225):
    // the column's date evidence weighed (column-date-order.ts; its sentences are in Templates.html).
    // +7 KB for helper r11 notes26 (local builds: main at ac9be75 714,998 bytes, already 2,294 over
    // 696 KB; this branch 719,089, +4,091): one table of return, refund and cancel words for a status
    // and a note (input/return-words.ts, statuses.ts and note-words.ts built from it, ~1.9 KB), a log
    // keyed by email (customers/key-emails.ts, log-contacts.ts, Column setup's keyEmails, ~1.5 KB), a
    // log's own tabs never the customer sheet, problem rows without mentions and a cancelled return's
    // own Data issues line (~0.7 KB).
    // +8 KB for helper lines26 (local builds: the branch's base ac9be75, 714,641 bytes, already past
    // 696 KB after the price-row-totals commit; the branch 720,493 bytes, +5.7 KB): refund lines beyond
    // an order's sales as a sale and a return (~1.2 KB), quantities typed as text
    // (input/parse-quantity.ts and its use, ~1.8 KB), an order total repeated under a line's header
    // (line-amounts.ts repeatedTotals ~1.3 KB, Column setup's reading of it ~0.6 KB), identical lines
    // said as a line typed twice (~0.5 KB).
    // Their sentences are in Templates.html.
    // Merged at the end of round r11 (dates26, notes26, lines26, the price-row totals, compound price
    // headers, the filter's language rule, greetings): 727,726 bytes.
    // +1 KB on 29 Nov: a Shopify export trimmed to generic headers, its order numbers under Name told
    // apart by the rows below the header (exports/order-reference-column.ts and its use, ~1.4 KB):
    // 729,116 bytes.
    // +7 KB for helper statuses29 (local builds: main at 5079ff4 727,865 bytes; the branch 734,789,
    // +6,924): the statuses platforms export (statuses.ts word lists, ~2.5 KB), unknown statuses named
    // with their rows and rule (unknown-statuses.ts, its Data issues rows, ~1 KB), a rule on the status
    // leaving the whole order, "Item Cost" read per item or per line (item-cost.ts, the pair counts
    // shared with price-row-totals.ts, ~1 KB), their sentences in three languages (~2.4 KB).
    // Merged with the order-number change on main: 736,040 bytes.
    // +1 KB for helper labels29 (trial 29; +1,231 bytes over main at 5079ff4, 727,793 → 729,024, not
    // counting the 72 bytes a worktree's symlinked node_modules adds to zod's path comments): a
    // segment name only where what it states of the stage and purchase days holds
    // (segments/rfm-segments.ts SEGMENT_CLAIMS and the nearest rule that holds).
    // Merged (order numbers, statuses29, labels29): 737,271 bytes.
    // +8 KB for helper columns29 (736,917 bytes, +7,801): a "Paid" column of yes/no told from the
    // amount (exports/paid-flag-column.ts and its use, ~2 KB), an order id that spans days or customers
    // read as none (exports/order-id-spans.ts and its use, ~1.5 KB), their Data issues lines in three
    // languages (~3 KB), Etsy's Sold Order Items and the refund headers (~0.5 KB), the alert that
    // named an empty list (~0.8 KB).
    // Merged (order numbers, statuses29, labels29, columns29): 744,955 bytes.
    // +2 KB for helper leftovers29 (local worktree builds: main at e93829c 737,415 bytes; the branch
    // 739,718, +2,303): names with a small number (greeting-name.ts), a refund with a number in a note
    // (note-words.ts), the card by an email (contact-keys.ts contactOwner), a log's key addresses
    // beside a customer sheet's email column (log-contacts.ts), currencyIn. Their Data issues
    // sentences are in Templates.html.
    // Merged (… columns29, leftovers29): 747,332 bytes.
    // +10 KB for trial 29's stages (branch stages29, 729,116 → 739,313 bytes): charge lines are no
    // favourite product (customers/charge-lines.ts, its word lists as one string each, ~1.9 KB), the
    // spending-less rule over time and of purchase days close together (~1.7 KB, its sentence ~1 KB),
    // a day given back in full by a later return (~1.3 KB), namesakes told apart and answered
    // (customers/namesakes.ts and the lookups, ~3.4 KB), the return window's cap (~0.1 KB).
    // Merged (… leftovers29, stages29): 757,457 bytes.
    // +7 KB for helper payapps29 (main at 6986884 736,040 bytes; the branch 742,863, +6,823): Venmo and
    // Cash App profiles (~1 KB), the statement's owner and the other side of a payment
    // (statement-owner.ts, ~1.2 KB), money paid out and refunds back to a payer (read-export.ts,
    // ~1 KB), PayPal's payment, dispute and Cash App type words (statuses.ts, ~1.5 KB), US zone
    // abbreviations in dates (~0.3 KB), a type column's unknown values named (~0.3 KB).
    // Merged (… stages29, payapps29): 764,476 bytes.
    // +2 KB for helper optout2 (main at 3a735ac 764,476 bytes; the branch 766,215, +1,739): opt-outs
    // and consent joined by the customer's name (contacts.ts byName, log-contacts.ts, suppression.ts)
    // and the namesake skip reason.
    // +2 KB for helper regress2 (764,476 → 766,688 bytes, +2,212): a status rule on lines with their
    // own statuses (read-export.ts), an order total repeated on a later day's line kept with its order
    // and its Data issues sentence in three languages (order-id-spans.ts, report-texts.ts), 1/0 Paid flags.
    // Merged (… payapps29, charge endings, optout2, regress2): 768,739 bytes.
    expect(Buffer.byteLength(text)).toBeLessThan(752 * 1024);
    expect(text.split('\n').length).toBeGreaterThan(500);
    expect(text).not.toMatch(/\n[^\n]{2000,}/);
  });

  it('measures what it carries: every module byte counted in one part, and a custom-function call needs no zod', async () => {
    type Measure = {
      total: number;
      parts: [string, number][];
      modules: { path: string; bytes: number; part: string }[];
    };
    const { total, parts, modules }: Measure = await measureBundle();
    expect(total).toBe(Buffer.byteLength(codeText()));
    // The last part is what is left once the modules and the globals are counted (esbuild's
    // wrappers, the header): small and never negative unless a module was counted twice.
    const [lastName, rest] = parts.at(-1)!;
    expect(lastName).toMatch(/^esbuild’s module wrappers/);
    expect(rest).toBeGreaterThanOrEqual(0);
    expect(rest).toBeLessThan(12 * 1024);
    expect(modules.reduce((sum, m) => sum + m.bytes, 0)).toBe(
      parts.slice(0, -3).reduce((sum, [, bytes]) => sum + bytes, 0),
    );
    const zod = modules.filter((m) => m.path.startsWith('zod/'));
    expect(zod.length).toBeGreaterThan(0);
    // The model setting every formula reads is checked by hand (src/core/model-setting.ts).
    for (const m of zod) expect(m.part, m.path).toBe('zod/mini, beyond the custom-function path');
  });

  it('ships an appsscript.json on V8 with the narrowest scopes', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBeTruthy();
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
  });

  it('ships the built-in template texts as dist/Templates.html, read only when follow-ups run', () => {
    const file = readFileSync(join(DIST, 'Templates.html'), 'utf8');
    const { build, ...texts } = JSON.parse(file);
    const { build: placeholder, ...fromSource } = JSON.parse(builtInTextsFile());
    expect(texts).toEqual(fromSource);
    // The pair carries one stamp (scripts/build.mjs), in place of the source's placeholder.
    expect(placeholder).toBe('regulars-build:dev');
    expect(build).toMatch(/^regulars-build:[0-9a-f]{16}$/);
    expect(codeText()).toContain(`"${build}"`);
    expect(codeText()).not.toContain('Welcome (New)');
  });

  it('carries none of the follow-up server texts nor Analyze’s: they are in dist/Templates.html', () => {
    const text = codeText();
    const file = JSON.parse(readFileSync(join(DIST, 'Templates.html'), 'utf8'));
    expect(file.server).toEqual(FOLLOW_UP_SERVER_TEXTS);
    expect(file.analyze).toEqual(ANALYZE_TEXTS);
    const leaves = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : Object.values(value as object).flatMap(leaves);
    for (const [tables, atLeast] of [
      [FOLLOW_UP_SERVER_TEXTS, 100],
      [ANALYZE_TEXTS, 200],
    ] as const) {
      const texts = leaves(tables);
      expect(texts.length).toBeGreaterThan(atLeast);
      // Short words ("body", "customer name", "Customers") occur in other code; every longer text must not.
      for (const t of texts.filter((t) => t.length >= 16)) expect(text, t).not.toContain(t);
    }
  });

  it('ships a self-contained sidebar', () => {
    const html = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+stylesheet/);
  });
});
