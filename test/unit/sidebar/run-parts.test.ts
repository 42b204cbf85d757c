import { describe, expect, it } from 'vitest';
import {
  type BatchRequest,
  type BatchResult,
  MAX_CONFIRMED,
  type ProcessedView,
  type SkippedView,
} from '../../../src/gas/followups/api';
import { BATCH_SIZE } from '../../../src/gas/followups/send-protocol';
import { CONFIRM_CHUNK, runInParts } from '../../../src/sidebar/followups/run-parts';

const campaign = {
  audience: { kind: 'stage', stage: 'atRisk' },
  templateId: 'check-in',
  language: 'en',
  preparedDay: 20_634,
} as const;

/** A server as the real one behaves: refuses more than MAX_CONFIRMED, handles BATCH_SIZE per call. */
function stubServer() {
  const sent = new Set<string>();
  const calls: number[] = [];
  const send = async (request: BatchRequest): Promise<BatchResult> => {
    calls.push(request.confirmed.length);
    if (request.confirmed.length > MAX_CONFIRMED)
      throw new Error('Invalid send request — confirmed: Invalid input');
    const todo = request.confirmed.filter((c) => !sent.has(c.key));
    const now = todo.slice(0, BATCH_SIZE);
    for (const c of now) sent.add(c.key);
    const remaining = todo.length - now.length;
    return {
      campaignId: 'c',
      mode: 'send',
      processed: now.map((c) => ({
        key: c.key,
        label: c.key,
        email: `${c.key}@x.com`,
        subject: 's',
        result: 'sent',
        detail: '',
      })),
      skipped: [],
      remaining,
      stoppedBy: remaining === 0 ? 'done' : 'batch',
      problems: [],
      remainingQuota: 100_000,
    };
  };
  return { send, sent, calls };
}

describe('a confirmed campaign from the sidebar', () => {
  it('agrees with the server on the most recipients one request may confirm', () => {
    expect(CONFIRM_CHUNK).toBe(MAX_CONFIRMED);
  });

  it('a preview of 12,001 recipients goes in parts of at most 5,000, each recipient once', async () => {
    const server = stubServer();
    const confirmed = Array.from({ length: 12_001 }, (_, i) => ({
      key: `k${i}`,
      lastPurchaseDay: 1,
      email: `k${i}@x.com`,
    }));
    const processed: BatchResult['processed'] = [];
    const last = await runInParts(campaign, confirmed, server.send, processed);
    expect(last?.stoppedBy).toBe('done');
    expect(Math.max(...server.calls)).toBeLessThanOrEqual(MAX_CONFIRMED);
    expect(processed.map((p) => p.key)).toEqual(confirmed.map((c) => c.key));
    expect(server.sent.size).toBe(12_001);
  });

  it('stops at the first result that is not "batch" or a finished part (quota, busy, problems)', async () => {
    const server = stubServer();
    let n = 0;
    const send = async (r: BatchRequest) =>
      ++n === 3 ? { ...(await server.send(r)), stoppedBy: 'quota' as const } : server.send(r);
    const processed: BatchResult['processed'] = [];
    const last = await runInParts(
      campaign,
      Array.from({ length: 200 }, (_, i) => ({ key: `k${i}`, lastPurchaseDay: 1, email: `k${i}@x.com` })),
      send,
      processed,
    );
    expect(last?.stoppedBy).toBe('quota');
    expect(processed).toHaveLength(3 * BATCH_SIZE);
  });
});

describe('a confirmed recipient the batch leaves out is reported, never silently dropped', () => {
  it('collects the confirmed recipients a call skipped, with the reason, once each', async () => {
    const skippedView = (key: string, reason: 'optedOut' | 'alreadyContacted' | 'noEmail') => ({
      key,
      label: key,
      email: `${key}@x.com`,
      reason,
      detail: '',
      heldByDraft: false,
    });
    let call = 0;
    const send = async (): Promise<BatchResult> => {
      call++;
      const first = call === 1;
      return {
        campaignId: 'c',
        mode: 'draft',
        processed: (first ? ['a'] : ['d']).map((key) => ({
          key,
          label: key,
          email: `${key}@x.com`,
          subject: 's',
          result: 'drafted' as const,
          detail: '',
        })),
        skipped: [
          // Opted out at send time (copied from the purchase log): confirmed, so reported.
          skippedView('b', 'optedOut'),
          // Skipped in the preview already: not confirmed, not reported.
          skippedView('z', 'noEmail'),
          // Drafted by the first call: not a skip of this run.
          ...(first ? [] : [skippedView('a', 'alreadyContacted')]),
        ],
        remaining: first ? 1 : 0,
        stoppedBy: first ? 'batch' : 'done',
        problems: [],
        remainingQuota: 100,
      };
    };
    const processed: ProcessedView[] = [];
    const skipped: SkippedView[] = [];
    const confirmed = ['a', 'b', 'd'].map((key) => ({ key, lastPurchaseDay: 1, email: `${key}@x.com` }));
    await runInParts(campaign, confirmed, send, processed, () => {}, skipped);
    expect(processed.map((x) => x.key)).toEqual(['a', 'd']);
    expect(skipped.map((x) => [x.key, x.reason])).toEqual([['b', 'optedOut']]);
  });
});
