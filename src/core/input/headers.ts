// Recognises header cells in English, Simplified and Traditional Chinese for the three sheets the
// add-on reads. All aliases live in HEADER_ALIASES below, as data.
//
// Decisions (tests in test/unit/input/headers.test.ts):
// - A header matches an alias after `normalizeHeader`: NFKC (full-width folded), lower case, text in
//   brackets dropped ('Amount (USD)', '金额（元）'), '#' read as 'no' ('Order #'), then every space,
//   punctuation mark and symbol removed ('Customer_ID', 'e-mail', '客户：', '订单 号'). Matching is
//   exact after that: 'Customer email' is not 'customer'. In a purchase log, a customer, date or
//   amount no header names exactly is then looked for by the headers' words (header-words.ts:
//   order_purchase_timestamp, payment_value, user_id), leftmost first.
// - Each field's aliases are in order of preference. When several columns match one field, the
//   column with the most preferred alias wins, then the leftmost: with 'Price' and 'Total' both
//   present, amount is 'Total'; with 'Customer ID' and 'Customer name', customer is the ID.
// - Required fields: purchases customer, date, amount; customers key; feedback customer, type.
//   `missing` lists only required fields that were not found.
// - A customer sheet without a key column uses its name column as the key, else its email column.
import type { CellValue, Grid } from '../cells';
import { fieldOfWords } from './header-words';
import { cleanText } from './text';

const PURCHASE_FIELDS = ['customer', 'date', 'amount', 'product', 'quantity', 'orderId'] as const;
const CUSTOMER_FIELDS = [
  'key',
  'name',
  'email',
  'phone',
  'optOut',
  'consent',
  'satisfaction',
  'recommend',
  'notes',
] as const;
const FEEDBACK_FIELDS = ['date', 'customer', 'type', 'status', 'note'] as const;

export type PurchaseField = (typeof PURCHASE_FIELDS)[number];
type CustomerField = (typeof CUSTOMER_FIELDS)[number];
type FeedbackField = (typeof FEEDBACK_FIELDS)[number];

export type SheetKind = 'purchases' | 'customers' | 'feedback';
interface FieldOfKind {
  purchases: PurchaseField;
  customers: CustomerField;
  feedback: FeedbackField;
}
export type FieldOf<K extends SheetKind> = FieldOfKind[K];

export const SHEET_FIELDS: { readonly [K in SheetKind]: readonly FieldOf<K>[] } = {
  purchases: PURCHASE_FIELDS,
  customers: CUSTOMER_FIELDS,
  feedback: FEEDBACK_FIELDS,
};

export const REQUIRED_FIELDS: { readonly [K in SheetKind]: readonly FieldOf<K>[] } = {
  purchases: ['customer', 'date', 'amount'],
  customers: ['key'],
  feedback: ['customer', 'type'],
};

/** `'a|b', 'c'` → ['a', 'b', 'c']: the tables below stay compact in the bundle Apps Script loads. */
function aliases(...lines: string[]): readonly string[] {
  return lines.join('|').split('|');
}

/**
 * Header aliases per sheet kind and field, most preferred first (see the rules at the top), as an
 * owner would type them; separated by `|`.
 */
export const HEADER_ALIASES: {
  readonly [K in SheetKind]: { readonly [F in FieldOf<K>]: readonly string[] };
} = {
  purchases: {
    customer: aliases(
      // Olist's customer_unique_id is the person; its customer_id is one per order (trial 24).
      'customer unique id|unique customer id',
      'customer id|customer|client id|client|member id|member|customer name|client name|buyer',
      'purchaser|客户编号|客戶編號|客户ID|客戶ID|客户|客戶|顾客|顧客|客户名称|客戶名稱|客户名|客戶名|客户姓名|客戶姓名|顾客姓名|顧客姓名|会员号|會員號',
      '会员编号|會員編號|会员卡号|會員卡號|会员|會員|会员名|會員名|买家|買家|购买人|購買人|购买者|購買者|用户|用戶|user|account|name|姓名',
      'customer email|email|邮箱|郵箱|donor|donor name|donor id|supporter|patron|捐赠人|捐贈人|捐款人',
    ),
    date: aliases(
      'date|order date|purchase date|transaction date|sale date|sales date|invoice date',
      'payment date|order time|purchase time|datetime|timestamp|time|day|日期|下单日期|下單日期|下单时间|下單時間',
      '订单日期|訂單日期|购买日期|購買日期|购买时间|購買時間|交易日期|交易时间|交易時間|销售日期|銷售日期|消费日期|消費日期|付款日期|付款时间|付款時間|支付日期',
      '支付时间|支付時間|成交日期|成交时间|成交時間|时间|時間|gift date|donation date|visit date|捐赠日期|捐贈日期|捐款日期',
    ),
    amount: aliases(
      'amount paid|paid amount|paid|实付|實付|实付金额|實付金額|实收|實收|实收金额|實收金額|amount|total|total amount',
      'order total|grand total|net amount|sales|sales amount|revenue|spend|spent|value|subtotal',
      '金额|金額|总额|總額|总金额|總金額|总价|總價|合计|合計|小计|小計|订单金额|訂單金額|消费金额|消費金額|交易金额|交易金額|销售额|銷售額|销售金额|銷售金額',
      '付款金额|付款金額|支付金额|支付金額|营业额|營業額|收入|price|unit price|单价|單價|价格|價格|售价|售價',
      'gift|gift amount|donation|donation amount|捐赠金额|捐贈金額|捐款金额|捐款金額',
      'order amount|订单总额|訂單總額|line total|line amount',
    ),
    product: aliases(
      'product|product name|item|item name|sku|category|product category|goods|service',
      'description|产品|產品|产品名称|產品名稱|商品|商品名称|商品名稱|品名|品类|品類|类别|類別|分类|分類|货品|貨品|服务|服務|项目|項目',
    ),
    quantity: aliases('quantity|qty|count|units|pcs|数量|數量|件数|件數|个数|個數'),
    orderId: aliases(
      'order id|order no|order number|order|order code|invoice|invoice no|invoice number',
      'receipt|receipt no|transaction id|transaction no|订单号|訂單號|订单编号|訂單編號|订单|訂單|单号|單號|发票号|發票號',
      '交易号|交易號|交易编号|交易編號|流水号|流水號|小票号',
    ),
  },
  customers: {
    key: aliases(
      'customer unique id|unique customer id',
      'customer id|customer key|customer|client id|client|key|id|member id|member|customer no',
      '客户编号|客戶編號|客户ID|客戶ID|客户代码|客戶代碼|客户|客戶|顾客|顧客|会员号|會員號|会员编号|會員編號|会员卡号|會員卡號|会员|會員|编号|編號',
    ),
    name: aliases(
      'name|customer name|client name|full name|姓名|名字|名称|名稱|客户名称|客戶名稱|客户姓名|客戶姓名|顾客姓名|顧客姓名|联系人',
      '聯絡人|聯繫人',
    ),
    email: aliases(
      'email|e-mail|email address|e-mail address|mail|邮箱|郵箱|电子邮件|電子郵件|电子邮箱|電子郵箱|邮件|郵件|邮件地址|郵件地址',
      '邮箱地址|郵箱地址|电邮|電郵',
    ),
    phone: aliases(
      'phone|phone number|telephone|tel|mobile|mobile number|cell|cell phone|手机|手機|手机号|手機號|手机号码',
      '手機號碼|电话|電話|电话号码|電話號碼|联系电话|聯絡電話|聯繫電話',
    ),
    optOut: aliases(
      'opt-out|opted out|unsubscribed|unsubscribe|do not email|do not contact|no email',
      'no marketing|退订|退訂|已退订|已退訂|不接收|不接收邮件|不接收郵件|拒收|取消订阅|取消訂閱|免打扰|免打擾|拒绝营销|拒絕行銷',
      'email opt-out|e-mail opt-out|marketing opt-out|email opted out|optout|opt-out date|opted out on',
      'opted out at|unsubscribe date|unsubscribed on|unsubscribed at|unsubscribed date|email unsubscribed',
      'dnc|do not mail|do not market|no contact|no emails|退订日期|退訂日期|退订时间|退訂時間|是否退订|是否退訂',
      '退订状态|退訂狀態|取消订阅日期|取消訂閱日期|拒收邮件|拒收郵件|拒收营销|拒收行銷|勿扰|勿擾|不再联系|不再聯繫',
      '不接受营销|不接受行銷|拒绝邮件|拒絕郵件|黑名单|黑名單',
    ),
    consent: aliases(
      'accepts marketing|accepts email marketing|email marketing consent|marketing consent|consent',
      'email consent|accepts email|email opt-in|marketing opt-in|opt-in|opted in|subscribed|newsletter',
      'subscribe|同意营销|同意營銷|同意行銷|接受营销|接受營銷|接受行銷|营销同意|營銷同意|行銷同意|同意接收',
      '同意接收邮件|同意接收郵件|是否订阅|是否訂閱|订阅|訂閱|已订阅|已訂閱|允许营销|允許行銷|营销许可|行銷許可',
    ),
    satisfaction: aliases(
      'satisfaction|satisfaction score|csat|rating|满意度|滿意度|满意程度|滿意程度|整体满意度|整體滿意度|满意|滿意|评分|評分',
    ),
    recommend: aliases(
      'recommend|would recommend|likely to recommend|likelihood to recommend|recommendation|nps',
      'nps score|推荐|推薦|推荐意愿|推薦意願|推荐度|推薦度|推荐可能性|推薦可能性|是否推荐|是否推薦',
    ),
    notes: aliases('notes|note|remarks|remark|comment|comments|备注|備註|備注|说明|說明|附注|附註'),
  },
  feedback: {
    date: aliases(
      'date|feedback date|received|received date|created|created at|日期|反馈日期|反饋日期|回饋日期|提交日期|提交时间',
      '提交時間|时间|時間',
    ),
    customer: aliases(
      'customer|customer id|client|customer name|member|name|email|客户|客戶|顾客|顧客|客户编号|客戶編號|客户名称',
      '客戶名稱|会员|會員|姓名|邮箱|郵箱',
    ),
    type: aliases(
      'type|kind|category|feedback type|类型|類型|反馈类型|反饋類型|回饋類型|意见类型|意見類型|种类|種類|类别|類別',
    ),
    status: aliases('status|state|状态|狀態|处理状态|處理狀態|处理情况|處理情況|进度|進度|是否解决|是否解決'),
    note: aliases(
      'note|notes|comment|comments|details|detail|description|feedback|content|message|内容|內容|备注',
      '備註|说明|說明|反馈|反饋|回饋|意见|意見|描述|详情|詳情',
    ),
  },
};

const BRACKETED = /\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|【[^】]*】|《[^》]*》|<[^>]*>/g;
/**
 * Spaces, ASCII punctuation and symbols, Latin-1 punctuation, general and CJK punctuation, arrows and
 * box drawing, full-width punctuation. (An explicit class: `\p{P}` costs ~20 ms to compile, paid
 * on every Apps Script call.)
 */
const SPACE_PUNCTUATION_SYMBOL =
  /[\s!-/:-@[-`{-~\u00a1-\u00bf\u00d7\u00f7\u2010-\u205e\u2190-\u23ff\u2500-\u27bf\u3000-\u303f\u30fb\ufe30-\ufe6f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\uffe0-\uffee]+/g;

/** A header cell's text as it is compared with aliases (see the rules at the top). */
export function normalizeHeader(text: string): string {
  const s = cleanText(text).toLowerCase().replace(/#/g, ' no ');
  const unbracketed = s.replace(BRACKETED, ' ').replace(SPACE_PUNCTUATION_SYMBOL, '');
  return unbracketed !== '' ? unbracketed : s.replace(SPACE_PUNCTUATION_SYMBOL, '');
}

interface AliasHit {
  readonly field: string;
  readonly rank: number;
}

const aliasTables = new Map<SheetKind, Map<string, AliasHit>>();

/** Normalised alias → field and preference, built on first use (start-up stays cheap). */
function aliasTable(kind: SheetKind): Map<string, AliasHit> {
  let table = aliasTables.get(kind);
  if (table === undefined) {
    table = new Map();
    const aliases: Readonly<Record<string, readonly string[]>> = HEADER_ALIASES[kind];
    for (const field of SHEET_FIELDS[kind]) {
      aliases[field]!.forEach((alias, rank) => {
        const key = normalizeHeader(alias);
        if (!table!.has(key)) table!.set(key, { field, rank });
      });
    }
    aliasTables.set(kind, table);
  }
  return table;
}

/** The field a header cell names in a sheet of `kind`, if any. */
export function fieldOfHeader<K extends SheetKind>(cell: CellValue, kind: K): FieldOf<K> | undefined {
  if (typeof cell !== 'string') return undefined;
  return aliasTable(kind).get(normalizeHeader(cell))?.field as FieldOf<K> | undefined;
}

export interface ColumnDetection<K extends SheetKind> {
  /** Zero-based column of each recognised field. */
  mapping: Partial<Record<FieldOf<K>, number>>;
  /** Required fields not recognised. */
  missing: FieldOf<K>[];
}

/** Which column holds which field, from a header row. */
export function detectColumns<K extends SheetKind>(
  headerRow: readonly CellValue[],
  kind: K,
): ColumnDetection<K> {
  const table = aliasTable(kind);
  const best = new Map<string, { column: number; rank: number }>();
  for (let column = 0; column < headerRow.length; column++) {
    const cell = headerRow[column];
    if (typeof cell !== 'string') continue;
    const hit = table.get(normalizeHeader(cell));
    if (hit === undefined) continue;
    const previous = best.get(hit.field);
    if (previous === undefined || hit.rank < previous.rank) best.set(hit.field, { column, rank: hit.rank });
  }
  if (kind === 'purchases') wordColumns(headerRow, table, best);
  const mapping: Partial<Record<string, number>> = {};
  for (const field of SHEET_FIELDS[kind]) {
    const found = best.get(field);
    if (found !== undefined) mapping[field] = found.column;
  }
  if (kind === 'customers' && mapping.key === undefined) {
    const fallback = mapping.name ?? mapping.email;
    if (fallback !== undefined) mapping.key = fallback;
  }
  const missing = REQUIRED_FIELDS[kind].filter((field) => mapping[field] === undefined);
  return { mapping: mapping as Partial<Record<FieldOf<K>, number>>, missing: missing as FieldOf<K>[] };
}

/** Customer, date and amount not named exactly, from the words of headers that are no alias (header-words.ts). */
function wordColumns(
  headerRow: readonly CellValue[],
  table: Map<string, AliasHit>,
  best: Map<string, { column: number; rank: number }>,
): void {
  if (best.has('customer') && best.has('date') && best.has('amount')) return;
  for (let column = 0; column < headerRow.length; column++) {
    const cell = headerRow[column];
    if (typeof cell !== 'string' || table.has(normalizeHeader(cell))) continue;
    const field = fieldOfWords(cell);
    if (field !== undefined && !best.has(field)) best.set(field, { column, rank: Number.MAX_SAFE_INTEGER });
  }
}

/** Whether a row names every required field of `kind`: a header, at the top or repeated further down. */
export function isHeaderRow(row: readonly CellValue[], kind: SheetKind): boolean {
  let strings = 0;
  for (const cell of row) if (typeof cell === 'string' && cell !== '') strings++;
  if (strings < REQUIRED_FIELDS[kind].length) return false;
  return detectColumns(row, kind).missing.length === 0;
}

export interface HeaderMatch<K extends SheetKind> {
  /** Zero-based index of the header row in the grid. */
  rowIndex: number;
  mapping: Partial<Record<FieldOf<K>, number>>;
}

/** The first of the first `maxScan` rows that names every required field of `kind`, if any. */
export function findHeaderRow<K extends SheetKind>(
  grid: Grid,
  kind: K,
  maxScan = 10,
): HeaderMatch<K> | undefined {
  const rows = Math.min(grid.length, maxScan);
  for (let rowIndex = 0; rowIndex < rows; rowIndex++) {
    const row = grid[rowIndex];
    if (row === undefined) continue;
    const detection = detectColumns(row, kind);
    if (detection.missing.length === 0) return { rowIndex, mapping: detection.mapping };
  }
  return undefined;
}
