// What detection found for the purchase log, for the column setup to show: the export, how sure,
// and whether its columns were checked against a published description.
import type { PurchasesMapping } from '../mapping/column-setup';
import type { SheetHead } from '../mapping/detect';
import { type Confidence, detectExport } from './detect-export';
import { type AmountReading, amountReading } from './line-amounts';
import { toExportColumns } from './mapped-log';
import { rowsBelowHeader } from './order-reference-column';
import type { CopiedTab } from './tab-copies';
import { sameExportTabs } from './tabs';

export interface DetectionReport {
  /** Profile id; null for a log recognised by generic headers only. */
  profile: string | null;
  /** e.g. "Shopify orders"; null with generic headers. */
  name: string | null;
  confidence: Confidence;
  /** Whether the profile's columns were checked against a published page (`source`). */
  verified: boolean;
  source: string | null;
  /** Other tabs with the same header, read together with the mapped sheet (tabs.ts). */
  moreTabs: string[];
  /** Tabs with the same header not read, as copies of others (tab-copies.ts). */
  copies: CopiedTab[];
  /** A log of no platform with order ids or unit prices: what is read as the amount (line-amounts.ts). */
  amount?: AmountReading;
}

export function detectionReport(
  heads: readonly SheetHead[],
  mapping: PurchasesMapping,
  copies: readonly CopiedTab[] = [],
): DetectionReport | null {
  const head = heads.find((h) => h.name === mapping.sheet);
  const row = head?.rows[mapping.headerRow - 1];
  const detection = row ? detectExport(row, rowsBelowHeader(head!.rows, mapping.headerRow - 1)) : undefined;
  if (detection === undefined) return null;
  const p = detection.profile;
  const amount =
    detection.platform === undefined
      ? amountReading(toExportColumns(mapping.columns), row!, head!.rows.slice(mapping.headerRow))
      : undefined;
  return {
    profile: p?.id ?? null,
    name: p?.name ?? null,
    confidence: detection.confidence,
    verified: p?.source !== undefined,
    source: p?.source ?? null,
    moreTabs: sameExportTabs(heads, mapping.sheet, mapping.headerRow)
      .slice(1)
      .filter((tab) => !copies.some((c) => c.sheet === tab)),
    copies: [...copies],
    ...(amount !== undefined ? { amount } : {}),
  };
}
