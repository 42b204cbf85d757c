// Generates the sample workbook of a small tea shop, src/core/sample/tea-shop.json: about 60
// customers and about 700 purchases over 18 months, with feedback, satisfaction and recommend
// columns, a few opt-outs and a handful of messy cells. Seeded: the same seed always writes the
// same file byte for byte, so the committed JSON only changes when this script does.
//
//   npm run make-sample            # rewrite the committed file
//   node scripts/make-sample.mjs --check   # fail when the committed file is stale
//   npm run make-sample -- --out FILE      # write elsewhere (the scripts test uses a temporary folder)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outAt = process.argv.indexOf('--out');
const OUT =
  outAt > 0 && process.argv[outAt + 1]
    ? process.argv[outAt + 1]
    : join(root, 'src/core/sample/tea-shop.json');
const SEED = 20260630;

// The analysis date the sheet's formulas refer to, and the first day of the data (18 months).
const AS_OF = '2026-06-30';
const FIRST_DAY = '2025-01-01';

/** mulberry32: a small, well-mixed 32-bit PRNG; deterministic across platforms. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(SEED);
const uniform = (lo, hi) => lo + (hi - lo) * random();
const int = (lo, hi) => Math.floor(uniform(lo, hi + 1));
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;
function shuffle(list) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

// Day arithmetic on UTC calendar days: the data is calendar dates, never instants.
const DAY_MS = 86_400_000;
const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const START = dayOf(FIRST_DAY);
const END = dayOf(AS_OF);

// Names as a tea shop in Shanghai would know its customers: English and Chinese. Email handles are
// only ever at example.com / example.org (reserved for documentation, RFC 2606).
const PEOPLE = [
  ['Emma Wilson', 'emma.wilson'],
  ['Oliver Brown', 'oliver.brown'],
  ['Sophie Martin', 'sophie.martin'],
  ['James Taylor', 'jtaylor'],
  ['Chloe Davies', 'chloe.davies'],
  ['Lucas Moreau', 'lucas.moreau'],
  ['Hannah Becker', 'hannah.b'],
  ['Daniel Kim', 'daniel.kim'],
  ['Grace Lee', 'grace.lee'],
  ['Noah Smith', 'noah.smith'],
  ['Mia Rossi', 'mia.rossi'],
  ['Ethan Clarke', 'ethan.clarke'],
  ['Ava Johnson', 'ava.j'],
  ['Liam O’Connor', 'liam.oconnor'],
  ['Isabelle Dubois', 'isabelle.dubois'],
  ['Ryan Patel', 'ryan.patel'],
  ['Zoe Nguyen', 'zoe.nguyen'],
  ['Matthew Evans', 'matt.evans'],
  ['Lily Chen', 'lily.chen'],
  ['Samuel Green', 'sam.green'],
  ['Ella Fischer', 'ella.fischer'],
  ['Jack Murphy', 'jack.murphy'],
  ['Amelia Hughes', 'amelia.hughes'],
  ['Benjamin Wright', 'ben.wright'],
  ['Yuki Tanaka', 'yuki.tanaka'],
  ['Leo Schmidt', 'leo.schmidt'],
  ['Olivia Walker', 'olivia.walker'],
  ['Henry Scott', 'henry.scott'],
  ['Ruby Adams', 'ruby.adams'],
  ['Thomas Baker', 'tom.baker'],
  ['王芳', 'wang.fang'],
  ['李娜', 'li.na'],
  ['张伟', 'zhang.wei'],
  ['刘洋', 'liu.yang'],
  ['陈静', 'chen.jing'],
  ['杨帆', 'yang.fan'],
  ['赵磊', 'zhao.lei'],
  ['黄丽', 'huang.li'],
  ['周杰', 'zhou.jie'],
  ['吴敏', 'wu.min'],
  ['徐婷', 'xu.ting'],
  ['孙浩', 'sun.hao'],
  ['马琳', 'ma.lin'],
  ['朱倩', 'zhu.qian'],
  ['胡军', 'hu.jun'],
  ['郭涛', 'guo.tao'],
  ['林晓', 'lin.xiao'],
  ['何雪', 'he.xue'],
  ['高明', 'gao.ming'],
  ['罗佳', 'luo.jia'],
  ['郑爽', 'zheng.shuang'],
  ['梁宇', 'liang.yu'],
  ['谢婉', 'xie.wan'],
  ['宋歌', 'song.ge'],
  ['唐瑶', 'tang.yao'],
  ['韩梅', 'han.mei'],
  ['冯琪', 'feng.qi'],
  ['邓超', 'deng.chao'],
  ['曹颖', 'cao.ying'],
  ['彭博', 'peng.bo'],
  ['许诺', 'xu.nuo'],
];

// What the shop sells, with prices in yuan.
const PRODUCTS = [
  ['Longjing 100g', 128],
  ['Tieguanyin 100g', 96],
  ["Pu'er cake 357g", 268],
  ['Jasmine pearls 50g', 68],
  ['Da Hong Pao 50g', 158],
  ['Bai Mudan 100g', 88],
  ['Keemun 100g', 78],
  ['Matcha 30g', 58],
  ['Earl Grey 100g', 45],
  ['Gaiwan set', 218],
  ['Glass teapot', 138],
  ['Tasting flight', 38],
];
const GIFT_BOX = ['Gift box', 588];

/**
 * Kinds of customer, each with how many the shop has and how its purchases are laid out. Day
 * numbers are UTC calendar days; `end` is the analysis date. Chosen so that every lifecycle stage
 * (New, Developing, Loyal, At risk, Lapsed) appears several times.
 */
const KINDS = [
  { kind: 'regular', count: 10, gap: [14, 26], spend: [90, 260] },
  { kind: 'steady', count: 7, gap: [30, 45], spend: [120, 380] },
  { kind: 'developing', count: 7, gap: [18, 35], spend: [60, 200] },
  { kind: 'new', count: 7, spend: [40, 240] },
  { kind: 'late', count: 9, gap: [18, 34], spend: [80, 240] },
  { kind: 'spendDown', count: 3, gap: [12, 20], spend: [180, 320] },
  { kind: 'lapsed', count: 7, gap: [18, 35], spend: [60, 200] },
  { kind: 'onceLongAgo', count: 6, spend: [40, 300] },
  { kind: 'oncePastNew', count: 4, spend: [40, 200] },
];

/** Purchase days of one customer, by kind. */
function purchaseDays(spec) {
  const gapOf = (g) => Math.max(3, Math.round(g * uniform(0.6, 1.45)));
  const series = (first, last, g) => {
    const days = [];
    for (let d = first; d <= last; d += gapOf(g)) days.push(d);
    return days;
  };
  switch (spec.kind) {
    case 'regular':
    case 'steady':
    case 'spendDown': {
      const g = uniform(...spec.gap);
      const first = START + int(0, 150);
      const days = series(first, END - int(1, Math.round(g * 0.6)), g);
      return { days, g };
    }
    case 'developing': {
      const g = uniform(...spec.gap);
      const n = int(2, 3);
      const last = END - int(2, Math.round(g * 0.7));
      const days = [];
      for (let i = n - 1, d = last; i >= 0; i--, d -= gapOf(g)) days.unshift(d);
      return { days, g };
    }
    case 'new':
      return { days: [END - int(1, 25)], g: 0 };
    case 'late': {
      const g = uniform(...spec.gap);
      const first = START + int(0, 120);
      const days = series(first, END - Math.round(g * uniform(1.8, 2.6)), g);
      return { days, g };
    }
    case 'lapsed': {
      const g = uniform(...spec.gap);
      const first = START + int(0, 90);
      const days = series(first, END - Math.round(g * uniform(4.5, 8)), g);
      return { days: days.length >= 3 ? days : series(first - 60, first + 3 * g, g), g };
    }
    case 'onceLongAgo':
      return { days: [END - int(200, 500)], g: 0 };
    case 'oncePastNew':
      return { days: [END - int(70, 130)], g: 0 };
    default:
      throw new Error(`unknown kind ${spec.kind}`);
  }
}

/** One basket: 1–3 products near the customer's usual spend; now and then a gift box. */
function basket(usual, favourites) {
  if (chance(0.025)) return { amount: GIFT_BOX[1] * int(1, 3), product: GIFT_BOX[0] };
  const items = [];
  let amount = 0;
  while (items.length === 0 || (amount < usual * uniform(0.7, 1.2) && items.length < 3)) {
    const [name, price] = chance(0.7) ? pick(favourites) : pick(PRODUCTS);
    items.push(name);
    amount += price;
  }
  const product = items.length === 1 ? items[0] : `${items[0]} +${items.length - 1}`;
  return { amount, product };
}

function makeCustomers() {
  const people = shuffle(PEOPLE);
  const customers = [];
  let next = 0;
  for (const spec of KINDS) {
    for (let i = 0; i < spec.count; i++) {
      const [name, handle] = people[next++];
      const { days } = purchaseDays(spec);
      const usual = uniform(...spec.spend);
      const favourites = shuffle(PRODUCTS).slice(0, 3);
      const purchases = days
        .filter((d) => d >= START && d <= END)
        .map((day, index, all) => {
          const { amount, product } = basket(usual, favourites);
          // Spend-down customers: the last few orders are far smaller than their own history.
          const down = spec.kind === 'spendDown' && index >= all.length - 3;
          return { day, amount: down ? Math.min(amount, pick([38, 45, 58])) : amount, product };
        });
      customers.push({ name, handle, kind: spec.kind, purchases });
    }
  }
  // The one person left signed up for the newsletter but has not bought anything yet.
  while (next < people.length) {
    const [name, handle] = people[next++];
    customers.push({ name, handle, kind: 'noPurchase', purchases: [] });
  }
  return customers;
}

const SATISFACTION = {
  regular: [4, 5],
  steady: [4, 5],
  developing: [3, 5],
  new: [3, 5],
  late: [2, 4],
  spendDown: [2, 3],
  lapsed: [1, 3],
  onceLongAgo: [2, 4],
  oncePastNew: [3, 4],
  noPurchase: [3, 3],
};

function recommendOf(satisfaction) {
  if (chance(0.4)) {
    // Words, as a shop owner jots them down.
    return satisfaction >= 5 ? 'very likely' : satisfaction >= 3 ? 'possible' : 'unlikely';
  }
  return Math.min(10, Math.max(0, satisfaction * 2 + int(-1, 1)));
}

function buildWorkbook() {
  const customers = makeCustomers();

  // Purchases in ledger order; a few customers buy twice on one day (one purchase day).
  const rows = [];
  for (const c of customers) {
    for (const p of c.purchases) {
      rows.push({ customer: c.name, day: p.day, amount: p.amount, product: p.product });
      if (chance(0.015)) rows.push({ customer: c.name, day: p.day, amount: 38, product: 'Tasting flight' });
    }
  }
  rows.sort((a, b) => a.day - b.day || (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0));

  const purchaseRows = rows.map((r) => [r.customer, { date: isoOf(r.day) }, r.amount, r.product]);

  // Messy cells, as real ledgers have them: text dates, ¥ amounts, a return, a stray-space key
  // and an order dated after the analysis date (a pre-order).
  const messyAt = shuffle([...purchaseRows.keys()].slice(20, purchaseRows.length - 20)).slice(0, 7);
  const [d1, d2, d3, a1, a2, a3, k1] = messyAt;
  const [y1, m1, dd1] = purchaseRows[d1][1].date.split('-').map(Number);
  purchaseRows[d1][1] = `${y1}/${m1}/${dd1}`;
  const [y2, m2, dd2] = purchaseRows[d2][1].date.split('-').map(Number);
  purchaseRows[d2][1] = `${y2}年${m2}月${dd2}日`;
  const [y3, m3, dd3] = purchaseRows[d3][1].date.split('-').map(Number);
  purchaseRows[d3][1] = `${m3}/${dd3}/${y3}`; // month first: the workbook's locale is en_US
  purchaseRows[a1][2] = `¥${withThousands(purchaseRows[a1][2])}.00`;
  purchaseRows[a2][2] = `¥ ${purchaseRows[a2][2]}`;
  purchaseRows[a3][2] = `¥${purchaseRows[a3][2]}.00`;
  purchaseRows[k1][0] = `  ${purchaseRows[k1][0].toLowerCase()} `;

  // A return: a regular brings back a teapot a few days after buying it.
  const regular = customers.find((c) => c.kind === 'regular');
  const returned = regular.purchases[Math.floor(regular.purchases.length / 2)];
  const returnRow = [regular.name, { date: isoOf(returned.day + 3) }, -138, 'Return: Glass teapot'];
  const at = purchaseRows.findIndex((r) => typeof r[1] === 'object' && dayOf(r[1].date) > returned.day + 3);
  purchaseRows.splice(at, 0, returnRow);
  // A pre-order for after the analysis date.
  const preorder = customers.find((c) => c.kind === 'steady');
  purchaseRows.push([preorder.name, { date: isoOf(END + 3) }, 588, 'Gift box (pre-order)']);

  // Customers sheet: in order of first purchase, the never-bought sign-up last.
  const firstDay = (c) => (c.purchases.length > 0 ? c.purchases[0].day : Number.POSITIVE_INFINITY);
  const ordered = [...customers].sort((a, b) => firstDay(a) - firstDay(b));
  const optOuts = new Set(
    shuffle(ordered.filter((c) => c.kind !== 'new'))
      .slice(0, 4)
      .map((c) => c.name),
  );
  const noEmail = new Set(
    shuffle(ordered.filter((c) => !optOuts.has(c.name)))
      .slice(0, 2)
      .map((c) => c.name),
  );
  // Two customers of one family share an address: the follow-ups must not email it twice.
  const family = ordered.filter((c) => /[\u4e00-\u9fff]/.test(c.name) && !noEmail.has(c.name)).slice(0, 2);
  const familyEmail = `${family[0].handle.split('.')[0]}.family@example.com`;

  const F = 'Purchases!A2:D';
  const customerRows = ordered.map((c, i) => {
    const [lo, hi] = SATISFACTION[c.kind];
    const satisfaction = chance(0.75) ? int(lo, hi) : null;
    const recommend = satisfaction !== null && chance(0.8) ? recommendOf(satisfaction) : null;
    const domain = i % 3 === 2 ? 'example.org' : 'example.com';
    let email = noEmail.has(c.name) ? null : `${c.handle}@${domain}`;
    if (family.includes(c)) email = familyEmail;
    // Emails typed by hand: now and then in capitals or with a trailing space.
    if (email && i === 7) email = email.toUpperCase();
    if (email && i === 12) email = `${email} `;
    const row = [c.name, email, optOuts.has(c.name) ? true : null, satisfaction, recommend];
    if (i === 0) {
      row.push(
        `=LIFECYCLE_STAGE(A2:A, ${F}, $M$2)`,
        `=RFM_SEGMENT(A2:A, ${F}, $M$2)`,
        `=VALUE_TIER(A2:A, ${F}, $M$2)`,
        `=REPEAT_PROBABILITY(A2:A, ${F}, 90, $M$2)`,
        `=NEXT_PURCHASE_DATE(A2:A, ${F}, $M$2)`,
        `=LOYALTY_SCORE(A2:A, ${F}, D2:D, E2:E, $M$2)`,
        `=CUSTOMER_WHY(A2:A, ${F}, $M$2)`,
        { date: AS_OF },
      );
    }
    return trimRow(row);
  });
  const customerHeader = [
    'Customer',
    'Email',
    'Opt-out',
    'Satisfaction',
    'Recommend',
    'Stage',
    'RFM segment',
    'Value tier',
    'Repeat (90 days)',
    'Next purchase',
    'Loyalty',
    'Why',
    'As of',
  ];

  // Feedback: praise, suggestions and complaints; two complaints are still open.
  const byKind = (kind) => ordered.filter((c) => c.kind === kind);
  const lastDay = (c) => c.purchases[c.purchases.length - 1].day;
  const feedback = [
    [byKind('late')[0], -2, 'complaint', 'open', 'Tieguanyin tasted stale, asked for a replacement'],
    [byKind('spendDown')[0], -5, 'complaint', 'open', '快递延误了一周，包装破损'],
    [byKind('lapsed')[0], 4, 'complaint', 'resolved', 'Wrong tea in the bag; exchanged next day'],
    [byKind('regular')[1], -1, 'complaint', 'resolved', 'Charged twice; refunded'],
    [byKind('steady')[0], 0, 'complaint', 'resolved', '茶具有裂纹，已换新'],
    [byKind('regular')[0], 0, 'praise', 'resolved', 'Loves the Longjing; brought two friends'],
    [byKind('regular')[2], 0, 'praise', 'resolved', '服务很好，环境安静'],
    [byKind('developing')[0], 0, 'praise', 'resolved', 'Great tasting flight'],
    [byKind('steady')[1], 0, 'suggestion', 'open', 'Would like a monthly subscription box'],
    [byKind('regular')[3], 0, 'suggestion', 'resolved', '希望周末延长营业时间'],
    [byKind('new')[0], 0, 'praise', 'resolved', 'First visit, will come back'],
    [byKind('late')[1], 1, 'suggestion', 'open', 'Smaller sample sizes please'],
  ]
    .map(([c, offset, type, status, note]) => [
      { date: isoOf(Math.min(END, lastDay(c) + offset)) },
      c.name,
      type,
      status,
      note,
    ])
    .sort((a, b) => (a[0].date < b[0].date ? -1 : a[0].date > b[0].date ? 1 : 0));

  return {
    title: 'Lotus Leaf Tea House — sample',
    timeZone: 'Asia/Shanghai',
    locale: 'en_US',
    asOf: AS_OF,
    generatedBy: `scripts/make-sample.mjs (seed ${SEED})`,
    sheets: [
      {
        name: 'Customers',
        frozenRows: 1,
        columnWidths: [130, 210, 70, 90, 95, 90, 150, 90, 120, 110, 70, 420, 100],
        numberFormats: { I: '0%', J: 'yyyy-mm-dd', K: '0', M: 'yyyy-mm-dd' },
        rows: [customerHeader, ...customerRows],
      },
      {
        name: 'Purchases',
        frozenRows: 1,
        columnWidths: [130, 110, 100, 190],
        numberFormats: { B: 'yyyy-mm-dd', C: '¥#,##0.00' },
        rows: [['Customer', 'Date', 'Amount', 'Product'], ...purchaseRows],
      },
      {
        name: 'Feedback',
        frozenRows: 1,
        columnWidths: [110, 130, 100, 90, 340],
        numberFormats: { A: 'yyyy-mm-dd' },
        rows: [['Date', 'Customer', 'Type', 'Status', 'Note'], ...feedback],
      },
    ],
  };
}

/** 1280 → "1,280" (whole yuan), without depending on the host's locale data. */
function withThousands(amount) {
  return String(amount).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Drops trailing blanks so rows stay short. */
function trimRow(row) {
  let end = row.length;
  while (end > 0 && (row[end - 1] === null || row[end - 1] === '')) end--;
  return row.slice(0, end);
}

/** JSON with one sheet row per line: compact, and diffs stay readable. */
function serialize(workbook) {
  const lines = ['{'];
  const { sheets, ...meta } = workbook;
  for (const [key, value] of Object.entries(meta))
    lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
  lines.push('  "sheets": [');
  sheets.forEach((sheet, s) => {
    const { rows, ...rest } = sheet;
    lines.push('    {');
    for (const [key, value] of Object.entries(rest))
      lines.push(`      ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
    lines.push('      "rows": [');
    rows.forEach((row, r) => {
      lines.push(`        ${JSON.stringify(row)}${r < rows.length - 1 ? ',' : ''}`);
    });
    lines.push('      ]');
    lines.push(`    }${s < sheets.length - 1 ? ',' : ''}`);
  });
  lines.push('  ]', '}');
  return `${lines.join('\n')}\n`;
}

const text = serialize(buildWorkbook());
if (process.argv.includes('--check')) {
  const committed = readFileSync(OUT, 'utf8');
  if (committed !== text) {
    console.error(`${OUT} is stale: run \`npm run make-sample\`.`);
    process.exit(1);
  }
  console.log('tea-shop.json is up to date');
} else {
  writeFileSync(OUT, text);
  const sheets = JSON.parse(text).sheets;
  console.log(
    `wrote ${OUT} (${(text.length / 1024).toFixed(1)} KB): ${sheets.map((s) => `${s.name} ${s.rows.length - 1} rows`).join(', ')}`,
  );
}
