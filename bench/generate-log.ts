import type { CellValue } from '../src/core/cells';

/** A small deterministic PRNG (mulberry32), so every benchmark run sees the same sheet. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Gamma(shape, scale) by Marsaglia–Tsang, with the shape < 1 boost. */
function gamma(random: () => number, shape: number, scale: number): number {
  if (shape < 1) return gamma(random, shape + 1, scale) * random() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      const u1 = random() || 1e-12;
      const u2 = random();
      x = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v)))
      return d * v * scale;
  }
}

function beta(random: () => number, a: number, b: number): number {
  const x = gamma(random, a, 1);
  return x / (x + gamma(random, b, 1));
}

export interface GeneratedLog {
  rows: CellValue[][];
  asOf: Date;
}

/**
 * A purchase log of about `targetRows` rows: customers buy as a BG/NBD process (purchase rate
 * λ ~ Gamma(r, α) per day, drop-out after each purchase with p ~ Beta(a, b)) over two years, spend
 * per purchase ~ Gamma around a customer mean, with a little of what real sheets hold: returns, text
 * dates, currency-formatted amounts, blank rows and a repeated header. Dates are made by `makeDate`
 * (midnight UTC of the day) so the caller can create them in the realm that will read them.
 */
export function generateLog(targetRows: number, seed: number, makeDate: (ms: number) => Date): GeneratedLog {
  const random = seededRandom(seed);
  const start = Date.UTC(2023, 0, 1);
  const spanDays = 730;
  const dayMs = 86_400_000;
  const rows: CellValue[][] = [['Customer', 'Date', 'Amount', 'Product']];
  const products = ['Oolong', 'Pu-erh', 'Jasmine', 'Longjing', 'Earl Grey', 'Matcha', 'Teapot', 'Gift box'];
  let customer = 0;
  while (rows.length < targetRows) {
    customer++;
    const id = `C${String(customer).padStart(7, '0')}`;
    const lambda = gamma(random, 0.25, 1 / 30);
    const p = beta(random, 0.8, 2.4);
    const meanSpend = gamma(random, 6, 4) + 5;
    let day = Math.floor(random() * 365);
    for (;;) {
      const amount = Math.round(gamma(random, 12, meanSpend / 12) * 100) / 100;
      const date = makeDate(start + day * dayMs);
      const roll = random();
      const dateCell: CellValue =
        roll < 0.01
          ? `${2023 + Math.floor(day / 365)}/${(Math.floor(day / 30) % 12) + 1}/${(day % 28) + 1}`
          : date;
      const amountCell: CellValue = roll > 0.99 ? `¥${amount.toLocaleString('en-US')}` : amount;
      rows.push([id, dateCell, amountCell, products[Math.floor(random() * products.length)]!]);
      if (random() < 0.005) rows.push([id, date, -Math.round(amount * 50) / 100, 'Return']);
      if (random() < 0.0005) rows.push(['', '', '', '']);
      if (random() < 0.00005) rows.push(['Customer', 'Date', 'Amount', 'Product']);
      if (random() < p && rows.length > 2) break;
      day += Math.max(1, Math.round(-Math.log(random() || 1e-12) / Math.max(lambda, 1e-4)));
      if (day >= spanDays || rows.length >= targetRows) break;
    }
  }
  return { rows, asOf: makeDate(start + spanDays * dayMs) };
}
