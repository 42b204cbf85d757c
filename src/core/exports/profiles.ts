// The exports small shops actually have, as data: for each platform, the header of every field in
// the variants seen (older and newer exports, English and Chinese UI), and the headers that together
// say "this is that export". Detection (detect-export.ts) and the reader (read-export.ts) take these;
// no platform has code of its own.
//
// Evidence: `source` is the public page the columns were checked against. A profile without one was
// built from the best public evidence found (exports people posted, the platform's field names in
// its API) and is *unverified*: detection says so, and the README lists it.
//
// Headers are compared after `normalizeHeader` (case, spaces, punctuation and bracketed text ignored).
//
// Notes on the sources (kept here, not beside the entries, so they stay out of dist/Code.js):
// - Shopify: order-level fields on the first line-item row only (docs.xbp.app); financial statuses
//   from shopify.dev OrderFinancialStatus.
// - WooCommerce: the Customer/Order CSV Export extension's default columns (snake_case) and its
//   labelled form.
// - Square: Total Collected already has Partial Refunds taken off.
// - Stripe: payment export columns listed at docs.cello.so (Payments › Export); Status values from
//   Stripe's dashboard.
// - Etsy: besides the orders CSV, "Sold Order Items" (one row per item: Sale Date, Item Name, Buyer,
//   Quantity, Price, Item Total, Transaction ID, Listing ID, Order ID…; Shop Manager › Settings ›
//   Options › Download Data, https://help.etsy.com/hc/en-us/articles/360000343508): no order total,
//   so an order is its items' totals added up (trial 29: it was refused as having no amount).
// - Venmo: the monthly statement CSV (Statements › Download CSV): two title rows, then the header with
//   a blank first column, a beginning-balance row, the payments, an ending row with the disclaimer.
//   Amounts signed '+ $20.00' / '- $18.00'; From and To name both sides (statement-owner.ts). Checked
//   against github.com/jakelit/cash-sync docs/specs/venmo_importer.md and parsers built on it.
// - Cash App: Activity › Statements › Export CSV, one row per transaction, the other side in "Name of
//   sender/receiver", amounts signed ('-$10', '$1'), dates with a zone ('2023-10-07 16:12:36 EDT').
//   Checked against github.com/leonardobazico/ynab-converter README (a real export's rows).
// - Youzan, Weidian, Taobao/Tmall: mainland China platforms, paid in yuan (CNY); their exports name
//   no currency, so the profile does.
import type { ExportField } from './fields';

export type ProfileId =
  | 'shopify'
  | 'squarespace'
  | 'wix'
  | 'woocommerce'
  | 'etsy'
  | 'square'
  | 'stripe'
  | 'paypal'
  | 'venmo'
  | 'cashapp'
  | 'youzan'
  | 'weidian'
  | 'taobao'
  | 'pos';

export interface ExportProfile {
  readonly id: ProfileId;
  /** As the detection report names it. */
  readonly name: string;
  /** The page the columns were checked against; absent: unverified. */
  readonly source?: string;
  /** Each field's headers in this export, most preferred first, `|`-separated. */
  readonly headers: Readonly<Partial<Record<ExportField, string>>>;
  /** Header sets (`|`-separated) that identify the export; one per variant. */
  readonly signatures: readonly string[];
  /**
   * Other headers the platform writes that hold none of our fields, `|`-separated: never taken for a
   * field under a generic name (PayPal's Invoice Number is not its order, Transaction ID renamed 订单号 is).
   */
  readonly others?: string;
  /** Times written without an offset are UTC (Stripe's "Created (UTC)"), not the sheet's zone. */
  readonly utcTimes?: true;
  /** The ISO code of the one currency the platform sells in, for exports with no currency column. */
  readonly currency?: string;
  /** An account statement, money in and out: the owner's own payments are in it (read-export.ts). */
  readonly moneyBothWays?: true;
}

/** The profile with this id, if any. */
export function profileById(id: string | undefined): ExportProfile | undefined {
  return id === undefined ? undefined : EXPORT_PROFILES.find((p) => p.id === id);
}

export const EXPORT_PROFILES: readonly ExportProfile[] = [
  {
    id: 'shopify',
    name: 'Shopify orders',
    source: 'https://docs.xbp.app/docs/development/integrations/shopify/order-format',
    headers: {
      orderId: 'Name',
      email: 'Email',
      name: 'Billing Name|Shipping Name',
      phone: 'Billing Phone|Phone',
      date: 'Created at|Paid at',
      amount: 'Total',
      refunded: 'Refunded Amount',
      status: 'Financial Status',
      cancelledAt: 'Cancelled at',
      currency: 'Currency',
      consent: 'Accepts Marketing|Accepts Email Marketing',
      product: 'Lineitem name',
      quantity: 'Lineitem quantity',
      unitPrice: 'Lineitem price',
    },
    signatures: [
      'Name|Email|Financial Status|Lineitem name|Total|Accepts Marketing',
      'Name|Email|Financial Status|Lineitem name|Total|Accepts Email Marketing',
    ],
  },
  {
    id: 'squarespace',
    name: 'Squarespace orders',
    headers: {
      orderId: 'Order ID',
      email: 'Email',
      name: 'Billing Name|Shipping Name',
      phone: 'Billing Phone|Shipping Phone',
      date: 'Created at|Paid at',
      amount: 'Total',
      refunded: 'Amount Refunded',
      status: 'Financial Status',
      cancelledAt: 'Cancelled at|Canceled at',
      currency: 'Currency',
      product: 'Lineitem name',
      quantity: 'Lineitem quantity',
      unitPrice: 'Lineitem price',
    },
    signatures: [
      'Order ID|Email|Financial Status|Amount Refunded|Lineitem name',
      'Order ID|Email|Fulfillment Status|Amount Refunded|Lineitem name|Channel',
    ],
  },
  {
    id: 'wix',
    name: 'Wix orders',
    headers: {
      orderId: 'Order number|Order #|Order No',
      email: 'Contact email|Buyer email',
      name: 'Billing customer|Billing name|Buyer name|Customer name',
      phone: 'Billing phone|Contact phone',
      date: 'Date created|Order date',
      amount: 'Total',
      refunded: 'Refunded amount|Refunds',
      status: 'Payment status',
      currency: 'Currency',
      product: 'Item|Item name',
      quantity: 'Qty|Quantity',
      unitPrice: 'Price',
    },
    signatures: [
      'Order number|Date created|Contact email|Payment status|Fulfillment status',
      'Order #|Date created|Buyer email|Payment status|Item',
    ],
  },
  {
    id: 'woocommerce',
    name: 'WooCommerce orders',
    source: 'https://gist.github.com/bekarice/07b1526ddd1519db7698bcfc9e72ee55',
    headers: {
      orderId: 'order_number|order_id|Order Number|Order ID',
      customer: 'customer_id|customer_user|Customer User ID|Customer ID',
      email: 'billing_email|Billing Email|Email (Billing)',
      name: 'billing_first_name|Billing First Name|First Name (Billing)',
      lastName: 'billing_last_name|Billing Last Name|Last Name (Billing)',
      phone: 'billing_phone|Billing Phone|Phone (Billing)',
      date: 'date|order_date|Order Date',
      amount: 'order_total|Order Total|Order Total Amount',
      refunded: 'refunded_total|order_refund|Order Refund|Refunded Total',
      status: 'status|order_status|Order Status',
      currency: 'order_currency|currency|Order Currency|Currency',
      product: 'item_name|Item Name|Product Name',
      quantity: 'item_quantity|Quantity|Qty',
      lineAmount: 'item_total|Item Total|Item Cost',
      unitPrice: 'Unit Price|unit_price|item_price',
    },
    signatures: [
      'order_id|date|status|order_total|billing_email|billing_first_name',
      'Order Number|Order Date|Order Status|Order Total|Billing Email|Billing First Name',
    ],
  },
  {
    id: 'etsy',
    name: 'Etsy sold orders',
    headers: {
      orderId: 'Order ID',
      customer: 'Buyer User ID|Buyer',
      name: 'Full Name|Ship Name',
      date: 'Sale Date|Order Date',
      amount: 'Order Total|Order Value',
      adjustedTotal: 'Adjusted Order Total',
      status: 'Status',
      currency: 'Currency',
      product: 'Item Name|Title',
      quantity: 'Number of Items|Quantity',
      lineAmount: 'Item Total',
      unitPrice: 'Price',
    },
    signatures: [
      'Sale Date|Order ID|Buyer User ID|Full Name|Order Total|Adjusted Order Total',
      'Sale Date|Order ID|Buyer|Order Value|Order Net|Adjusted Net Order Amount',
      'Sale Date|Item Name|Buyer|Quantity|Price|Item Total|Transaction ID|Listing ID|Order ID',
    ],
  },
  {
    id: 'square',
    name: 'Square transactions / item sales',
    headers: {
      orderId: 'Transaction ID|Payment ID',
      customer: 'Customer ID|Customer Reference ID',
      name: 'Customer Name',
      date: 'Date',
      amount: 'Total Collected',
      lineAmount: 'Net Sales|Gross Sales',
      status: 'Event Type',
      product: 'Item|Description',
      quantity: 'Qty|Quantity',
    },
    signatures: [
      'Date|Time|Time Zone|Gross Sales|Net Sales|Total Collected|Transaction ID|Event Type',
      'Date|Time|Time Zone|Category|Item|Qty|Net Sales|Transaction ID|Event Type',
    ],
  },
  {
    id: 'stripe',
    name: 'Stripe payments',
    source: 'https://docs.cello.so/guides/attribution/stripe-reports',
    headers: {
      orderId: 'id|Payment ID',
      customer: 'Customer ID',
      email: 'Customer Email|Receipt Email',
      name: 'Customer Description|Customer Name|Card Name',
      date: 'Created (UTC)|Created date (UTC)|Created',
      amount: 'Amount',
      refunded: 'Amount Refunded',
      status: 'Status',
      currency: 'Currency',
      product: 'Description',
    },
    signatures: [
      'id|Created (UTC)|Amount|Amount Refunded|Currency|Status|Customer Email',
      'id|Created date (UTC)|Amount|Amount Refunded|Currency|Status|Customer Email',
    ],
    utcTimes: true,
  },
  {
    id: 'paypal',
    name: 'PayPal activity download',
    source: 'https://developer.paypal.com/api/nvp-soap/paypal-payments-standard/admin/download-history',
    headers: {
      orderId: 'Transaction ID',
      email: 'From Email Address',
      name: 'Name',
      phone: 'Contact Phone Number',
      date: 'Date',
      amount: 'Gross',
      status: 'Status',
      type: 'Type',
      referenceId: 'Reference Txn ID',
      currency: 'Currency',
      product: 'Item Title',
      quantity: 'Quantity',
    },
    signatures: [
      'Date|Time|TimeZone|Name|Type|Status|Currency|Gross|Fee|Net|From Email Address|Transaction ID',
      'Date|Time|Time Zone|Name|Type|Status|Currency|Gross|Fee|Net|From Email Address|Transaction ID',
    ],
    others: 'Invoice Number|Receipt ID|Item ID|Balance',
    moneyBothWays: true,
  },
  {
    id: 'venmo',
    name: 'Venmo statement',
    source: 'https://github.com/jakelit/cash-sync/blob/main/docs/specs/venmo_importer.md',
    headers: {
      orderId: 'ID',
      date: 'Datetime',
      type: 'Type',
      status: 'Status',
      product: 'Note',
      payer: 'From',
      payee: 'To',
      amount: 'Amount (total)',
    },
    signatures: ['ID|Datetime|Type|Status|Note|From|To|Amount (total)|Funding Source|Destination'],
    others:
      'Amount (tip)|Amount (tax)|Amount (fee)|Tax Rate|Tax Exempt|Beginning Balance|Ending Balance|' +
      'Statement Period Venmo Fees|Terminal Location|Year to Date Venmo Fees|Disclaimer',
    currency: 'USD',
    moneyBothWays: true,
  },
  {
    id: 'cashapp',
    name: 'Cash App activity',
    source: 'https://github.com/leonardobazico/ynab-converter',
    headers: {
      orderId: 'Transaction ID',
      date: 'Date',
      type: 'Transaction Type',
      currency: 'Currency',
      amount: 'Amount',
      status: 'Status',
      product: 'Notes',
      name: 'Name of sender/receiver',
    },
    signatures: [
      'Transaction ID|Date|Transaction Type|Currency|Amount|Fee|Net Amount|Asset Type|Status|Notes|Name of sender/receiver',
    ],
    others: 'Fee|Net Amount|Asset Type|Asset Price|Asset Amount|Account',
    moneyBothWays: true,
  },
  {
    id: 'youzan',
    currency: 'CNY',
    name: 'Youzan 有赞 orders',
    headers: {
      orderId: '订单号|订单编号',
      customer: '买家昵称|买家|会员昵称',
      name: '收货人/提货人|收货人姓名|收货人',
      phone: '收货人手机号/提货人手机号|收货人手机号|会员手机号|买家手机号',
      date: '下单时间|订单创建时间|创建时间',
      amount: '订单实付金额|实付金额|订单实付',
      refunded: '已退款金额|退款金额',
      status: '订单状态',
      product: '商品名称',
      quantity: '商品数量|数量',
      unitPrice: '商品单价|单价',
    },
    signatures: [
      '订单号|订单状态|下单时间|买家昵称|收货人/提货人|订单实付金额|已退款金额',
      '订单编号|订单状态|订单创建时间|买家|收货人姓名|实付金额|退款金额',
    ],
  },
  {
    id: 'weidian',
    currency: 'CNY',
    name: 'Weidian 微店 orders',
    headers: {
      orderId: '订单编号|订单号',
      customer: '买家ID|买家昵称',
      name: '收件人|收货人|买家姓名',
      phone: '收件人手机|收件人电话|收货人电话|买家电话',
      date: '下单时间|创建时间',
      amount: '实收款|实收金额|订单金额',
      refunded: '退款金额',
      status: '订单状态',
      product: '商品名称|商品标题',
      quantity: '商品数量|购买数量',
      unitPrice: '商品价格|单价',
    },
    signatures: [
      '订单编号|订单状态|下单时间|收件人|收件人手机|实收款',
      '订单号|订单状态|创建时间|买家姓名|买家电话|实收金额',
    ],
  },
  {
    id: 'taobao',
    currency: 'CNY',
    name: 'Taobao/Tmall 淘宝/天猫 orders',
    headers: {
      orderId: '订单编号|订单号|主订单编号',
      customer: '买家会员名|买家昵称|买家账号',
      name: '收货人姓名|收货人',
      phone: '联系手机|联系电话|收货人手机',
      date: '订单创建时间|订单付款时间|创建时间',
      amount: '买家实际支付金额|买家实付金额|实付金额',
      refunded: '退款金额',
      status: '订单状态',
      product: '宝贝标题|商品标题',
      quantity: '宝贝总数量|商品数量|购买数量',
    },
    signatures: [
      '订单编号|买家会员名|买家实际支付金额|订单状态|收货人姓名|订单创建时间|宝贝标题',
      '订单编号|买家昵称|买家实付金额|订单状态|收货人姓名|订单创建时间|商品标题',
    ],
  },
  {
    id: 'pos',
    name: 'POS / Meituan-style 收银 ledger',
    headers: {
      orderId: '流水号|单号|订单号|小票号',
      customer: '会员|会员号|会员卡号|顾客|客户',
      name: '会员姓名|顾客姓名|客户姓名',
      phone: '会员手机号|手机号|手机',
      date: '日期|下单时间|交易时间|时间',
      amount: '实收金额|实收|实付金额|金额',
      refunded: '退款金额',
      status: '订单状态|状态',
      type: '类型|交易类型|业务类型|订单类型',
      product: '商品|商品名称|菜品名称|项目',
      quantity: '数量',
    },
    signatures: [
      '流水号|日期|会员|类型|实收金额|支付方式',
      '订单号|下单时间|订单状态|顾客|订单类型|菜品名称|实收',
    ],
  },
];
