// Runs a confirmed campaign to its end from the sidebar: the server handles at most BATCH_SIZE
// recipients per call (and says 'batch' to be called again), and accepts at most CONFIRM_CHUNK
// confirmed recipients per call (MAX_CONFIRMED in src/gas/followups/api.ts), so a bigger confirmed
// preview goes in consecutive parts of it, in its order. Nobody outside the confirmed list can be
// written to: each call confirms a part of it only.
import type { BatchRequest, BatchResult, ProcessedView, SkippedView } from '../../gas/followups/api';

/** Most recipients one request may confirm (MAX_CONFIRMED on the server). */
export const CONFIRM_CHUNK = 5000;

type Confirmed = BatchRequest['confirmed'];

/**
 * Calls `send` until the campaign is done or stops for another reason; pushes what each call
 * processed into `processed` as it comes (so it is there if a call throws), and into `skipped` the
 * confirmed recipients a call left out (opted out, bought since… at send time), with the reason, so
 * nobody disappears silently. Returns the last result.
 */
export async function runInParts(
  campaign: BatchRequest['campaign'],
  confirmedAll: Confirmed,
  send: (request: BatchRequest) => Promise<BatchResult>,
  processed: ProcessedView[],
  onProgress: (done: number) => void = () => {},
  skipped: SkippedView[] = [],
): Promise<BatchResult | undefined> {
  let confirmed = confirmedAll;
  let last: BatchResult | undefined;
  for (;;) {
    onProgress(processed.length);
    const part = confirmed.slice(0, CONFIRM_CHUNK);
    last = await send({ campaign, confirmed: part });
    processed.push(...last.processed);
    const asked = new Set(part.map((c) => c.key));
    for (const x of processed) asked.delete(x.key);
    for (const x of skipped) asked.delete(x.key);
    skipped.push(...last.skipped.filter((x) => asked.has(x.key)));
    if (last.stoppedBy === 'batch' && last.processed.length > 0) {
      const done = new Set(last.processed.map((x) => x.key));
      confirmed = confirmed.filter((c) => !done.has(c.key));
      continue;
    }
    if (last.stoppedBy === 'done' && confirmed.length > part.length) {
      confirmed = confirmed.slice(part.length);
      continue;
    }
    return last;
  }
}
