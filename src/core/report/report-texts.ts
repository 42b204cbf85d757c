// Texts of the sheets the add-on writes (Insights, Summary, Data issues) and of its alerts, in each
// language. Placeholders are {name}. The sidebar's own texts live in src/sidebar/i18n.ts.
// The tables are data that only Analyze and the sidebar read: they reach dist/Templates.html
// (ANALYZE_TEXTS, analyze-texts.ts), not dist/Code.js; the code that writes the sheets takes them as
// an argument. `fill` is code, used everywhere.
import type { Localized } from '../i18n/language';

export type ReportSheet = 'insights' | 'summary' | 'dataIssues';

export const SHEET_NAMES: Localized<Record<ReportSheet, string>> = {
  en: { insights: 'Insights', summary: 'Summary', dataIssues: 'Data issues' },
  'zh-CN': { insights: '客户洞察', summary: '汇总', dataIssues: '数据问题' },
  'zh-TW': { insights: '客戶洞察', summary: '彙總', dataIssues: '資料問題' },
};

export interface ReportTexts {
  name: string;
  email: string;
  summaryTitle: string;
  asOf: string;
  customers: string;
  revenue: string;
  perCustomer: string;
  repeatShare: string;
  customerShare: string;
  revenueShare: string;
  byTier: string;
  bySegment: string;
  byStage: string;
  pareto: string;
  /** The same sentence when one customer is the Key tier (English agreement: "1 of 2 customers brings"). */
  paretoOne: string;
  stageChart: string;
  tierChart: string;
  issueHeaders: [string, string, string, string, string, string];
  returnsOnly: string;
  /** Every purchase refunded in full that same day (customer-history.ts `refunded`); {dates}. */
  refundedOnly: string;
  /** A survey cell of the customer sheet that is not a score (customer-sheets.ts UnreadSurveyCell). */
  surveySatisfaction: string;
  surveyRecommend: string;
  surveyNoAnswer: string;
  /** The same cell of a customer not analysed (no purchase kept): they have no loyalty score at all. */
  surveyNotAnalysed: string;
  leftOut: string;
  /** One email or phone under two or more customers (report/shared-contacts.ts). */
  sharedContact: string;
  /** One phone number written several ways, each a customer (report/phone-variants.ts); {numbers}, {count}. */
  phoneVariants: string;
  /** The same, the customers named otherwise ({names}). */
  phoneVariantsNamed: string;
  keptApart: string;
  phone: string;
  /** A day of zero amounts only, of a customer who paid on other days (customer-history.ts). */
  zeroAmountDay: string;
  notPurchaseDay: string;
  noIssues: string;
  noPurchaseLog: string;
  partialLog: string;
  /** After partialLog: the headers seen and how to mend it (trial 24); {headers}, {rename}. */
  partialLogFix: string;
  /** A header naming every column needed that still did not read as a log; {sheet}, {row}, {headers}. */
  partialLogUnread: string;
  /** A sheet with no date or amount column and no dates in its first rows (Instacart's orders); {sheet}, {headers}. */
  noWhenOrWhat: string;
  /** Data issues: the customer column is one per order (exports/key-per-order.ts); {header}, {other}, {orders}. */
  keyPerOrder: string;
  /** Data issues: a yes/no "Paid" column (exports/paid-flag-column.ts); {header}, {amount}. */
  paidFlag: string;
  /** After paidFlag when rows are marked unpaid; {unpaid}, {row}, {header}, {value}. */
  paidFlagUnpaid: string;
  /** Data issues: an order id seen on other days or for other customers (exports/order-id-spans.ts); {header}, {id}, {rows}. */
  orderIdSpans: string;
  orderIdSpansDone: string;
  /** Data issues: an order id back on a later day, its total repeated, kept with its order; {header}, {id}, {rows}. */
  orderIdLater: string;
  orderIdLaterDone: string;
  done: string;
  /** Appended to `done` when rows were left out on purpose. */
  doneLeftOut: string;
  /** Appended to `done` when paying customers had days of $0 only (not purchase days, Data issues lists them). */
  doneZeroDays: string;
  /** Appended to `done` when a tab of the log was left out as a copy of others (exports/tab-copies.ts). */
  doneCopies: string;
  /** Appended to `done` when rows of the owner's inside the Insights table were moved under it (table-span.ts). */
  doneMovedRows: string;
  tooManyCells: string;
  busy: string;
  /** Owner columns on Insights with no customer column to place them by (owner-columns.ts). */
  ownerColumnsUnplaced: string;
  /** A tab of the purchase log left out as a copy (exports/tabs.ts): every row repeats, or its name says copy. */
  copyTab: string;
  copyTabNamed: string;
  copyTabAction: string;
  /** A tab's name in a sentence, quoted. */
  tabName: string;
}

export const REPORT_TEXTS: Localized<ReportTexts> = {
  en: {
    name: 'Name',
    email: 'Email',
    summaryTitle: 'Customer summary',
    asOf: 'As of',
    customers: 'Customers',
    revenue: 'Revenue',
    perCustomer: 'Revenue per customer',
    repeatShare: 'Repeat customers',
    customerShare: 'Share of customers',
    revenueShare: 'Share of revenue',
    byTier: 'Value tier (80/20)',
    bySegment: 'RFM segment',
    byStage: 'Lifecycle stage',
    pareto:
      '80/20: {count} of {total} customers bring {revenueShare} of revenue — your Key customers. Look after them first.',
    paretoOne:
      '80/20: {count} of {total} customers brings {revenueShare} of revenue — your Key customer. Look after them first.',
    stageChart: 'Customers by lifecycle stage',
    tierChart: 'Revenue by value tier',
    issueHeaders: ['Sheet', 'Row', 'Column', 'Value', 'Problem', 'What was done'],
    returnsOnly: 'Only returns, no purchase',
    refundedOnly: 'Every purchase refunded in full the same day ({dates}), no purchase kept',
    surveySatisfaction:
      'Satisfaction not readable: a score from 1 to 5 ("4/5", "★★★★"), or blank or "N/A" for no answer',
    surveyRecommend:
      'Recommend not readable: a score from 0 to 10 ("very likely", "possible", "unlikely"), or blank or "N/A" for no answer',
    surveyNoAnswer:
      'read as no answer: the loyalty score is worked out without it (LOYALTY_SCORE stops on it)',
    surveyNotAnalysed: 'not used: no purchase of theirs was analysed, so they have no loyalty score',
    zeroAmountDay: 'Amount 0, and nothing paid that day (a free item or a 100% discount)',
    notPurchaseDay: 'not counted as a purchase day',
    leftOut: 'customer left out of the analysis',
    sharedContact:
      '{contact} is under {count} customers: {names} — if they are one person, write them the same way in the customer column',
    phoneVariants:
      '{numbers} may be one phone number written {count} ways — if they are one person, write it the same way in the customer column',
    phoneVariantsNamed:
      '{numbers} may be one phone number written {count} ways, under {names} — if they are one person, write them the same way in the customer column',
    keptApart: 'kept as separate customers',
    phone: 'Phone',
    noIssues: 'No unusable rows: every row of {sheet} was used.',
    noPurchaseLog:
      'Regulars needs a purchase log: a sheet whose header row names the customer, date and amount columns, e.g. Customer | Date | Amount (or 客户 | 日期 | 金额). Add such a header, or choose the columns in Column setup.',
    partialLog: 'Sheet "{sheet}" (row {row}) has {found} but no {missing} column.',
    partialLogFix:
      ' Its headers are {headers}. If the sheet has that column, rename its header {rename}, or choose the columns in Column setup.',
    partialLogUnread:
      'Sheet "{sheet}" (row {row}) names a customer, a date and an amount, but its purchases could not be read from those columns. Its headers are {headers}. Choose the columns in Column setup.',
    noWhenOrWhat:
      'Sheet "{sheet}" cannot be analysed: it has no date column and no amount column, and no dates in its first rows (its headers are {headers}). Regulars needs when each customer bought and what they paid. If those are on another sheet, put them beside the customer, or choose the columns in Column setup.',
    keyPerOrder:
      'Each of the {orders} orders has its own value in the customer column "{header}", so every buyer counts as a one-time customer; "{other}" has customers with several orders. If "{other}" is the person, choose it as the customer in Column setup',
    paidFlag:
      "'{header}' holds paid or not (yes/no, 1/0 or ticks), so it was read as whether each sale was paid, not as its amount: amounts are from '{amount}'",
    paidFlagUnpaid:
      ". Rows marked not paid, counted as purchases: {unpaid} (the first is row {row}). If one was never paid, delete it or have Column setup ignore rows where '{header}' is '{value}'",
    orderIdSpans:
      "'{header}' is not an order number here: '{id}' comes back on another day or for another customer (row shown), and one order is bought once, by one customer. Rows that share a value with a row of another day or customer, read as purchases of their own instead of added to an earlier one: {rows}",
    orderIdSpansDone: 'read as separate purchases',
    orderIdLater:
      "'{header}' '{id}' comes back on a later day for the same customer with the order's total repeated (row shown): read as a later line of that order (a backorder or shipment), so its total counts once, on the order's first day. Rows read so: {rows}. If it was a new purchase, give it an id of its own",
    orderIdLaterDone: 'read as lines of the earlier order',
    done: 'Analyzed {customers} customers from {rows} purchase rows as of {asOf}. Rows with problems: {issues}.',
    doneLeftOut: ' Rows left out on purpose: {excluded} (see {sheet}).',
    doneZeroDays:
      ' Rows of days when nothing was paid, not counted as purchase days: {zeroDayRows} (see {sheet}).',
    doneCopies: ' Tabs not read, as copies of others: {tabs} (see {sheet}).',
    doneMovedRows:
      " Rows of yours that were inside the {insights} table, not a customer's: {moved}, now under it from row {row}.",
    tooManyCells:
      'Nothing was changed: the results for {customers} customers would bring this spreadsheet to {cells} cells, over the Google Sheets limit of 10,000,000. Delete sheets or empty rows and columns you do not need, or analyse a copy of the purchase log in a new spreadsheet.',
    busy: 'Regulars is already updating this spreadsheet. Try again in a minute.',
    ownerColumnsUnplaced:
      'Nothing was changed: the "{sheet}" sheet has columns of yours ({columns}) but no column headed "{header}" to tell which customer each row is, so they could not be kept beside the right customers. Put the header "{header}" back at the top of the customer column (or move your columns to another sheet), then analyse again.',
    copyTab: 'Every row of this tab is also in {tabs}: a copy, not more purchases',
    copyTabNamed:
      'Its name says it is a copy and {repeated} of its {rows} rows are also in {tabs}: read as a copy, not as more purchases',
    copyTabAction: 'tab not read (its rows are not counted twice)',
    tabName: '"{tab}"',
  },
  'zh-CN': {
    name: '姓名',
    email: '邮箱',
    summaryTitle: '客户汇总',
    asOf: '分析日期',
    customers: '客户数',
    revenue: '收入',
    perCustomer: '每位客户收入',
    repeatShare: '回头客占比',
    customerShare: '客户占比',
    revenueShare: '收入占比',
    byTier: '价值层级（80/20）',
    bySegment: 'RFM 分群',
    byStage: '生命周期阶段',
    pareto: '80/20：{total} 位客户中的 {count} 位带来了 {revenueShare} 的收入——这些是重点客户，请优先照顾。',
    paretoOne: '80/20：{total} 位客户中的 {count} 位带来了 {revenueShare} 的收入——这是重点客户，请优先照顾。',
    stageChart: '各生命周期阶段的客户数',
    tierChart: '各价值层级的收入',
    issueHeaders: ['工作表', '行', '列', '值', '问题', '处理方式'],
    returnsOnly: '只有退货，没有购买',
    refundedOnly: '每次购买都已在当天全额退款（{dates}），没有保留的购买',
    surveySatisfaction: '满意度无法识别：应为 1 到 5 的评分（"4/5"、"★★★★"），未作答可留空或写"不适用"',
    surveyRecommend:
      '推荐意愿无法识别：应为 0 到 10 的评分（"非常可能"、"可能"、"不太可能"），未作答可留空或写"不适用"',
    surveyNoAnswer: '按未作答处理：忠诚度得分不计入此项（LOYALTY_SCORE 会因此报错）',
    surveyNotAnalysed: '未使用：此客户没有纳入分析的购买，因此没有忠诚度得分',
    zeroAmountDay: '金额为 0，且当天没有付款（赠品或全额折扣）',
    notPurchaseDay: '不计为购买日',
    leftOut: '该客户未纳入分析',
    sharedContact: '{contact} 出现在 {count} 位客户名下：{names}——如果是同一个人，请在客户列中写成一样',
    phoneVariants: '{numbers} 可能是同一个电话号码的 {count} 种写法——如果是同一个人，请在客户列中写成一样',
    phoneVariantsNamed:
      '{numbers} 可能是同一个电话号码的 {count} 种写法，分属 {names}——如果是同一个人，请在客户列中写成一样',
    keptApart: '仍按不同客户分析',
    phone: '电话',
    noIssues: '没有无法使用的行：{sheet} 的每一行都已使用。',
    noPurchaseLog:
      'Regulars 需要一张购买记录表：表头中要有客户、日期和金额三列，例如 客户 | 日期 | 金额（或 Customer | Date | Amount）。请添加这样的表头，或在“列设置”中选择对应的列。',
    partialLog: '工作表“{sheet}”（第 {row} 行）有{found}，但没有{missing}列。',
    partialLogFix:
      '它的表头是 {headers}。如果表中有这样的列，请把表头改为{rename}，或在“列设置”中选择对应的列。',
    partialLogUnread:
      '工作表“{sheet}”（第 {row} 行）有客户、日期和金额的表头，但无法从这些列读出购买记录。它的表头是 {headers}。请在“列设置”中选择对应的列。',
    noWhenOrWhat:
      '工作表“{sheet}”无法分析：它没有日期列和金额列，前几行也没有日期（表头是 {headers}）。Regulars 需要知道每位客户何时购买、付了多少。如果这些在另一张表中，请把它们放到客户旁边，或在“列设置”中选择对应的列。',
    keyPerOrder:
      '客户列“{header}”中，{orders} 个订单各有不同的值，因此每位买家都被算作只买过一次；而“{other}”中有客户下过多个订单。如果“{other}”才代表顾客本人，请在“列设置”中把它选为客户列',
    paidFlag:
      '“{header}”列表示是否已付款（是/否、1/0 或勾选），因此按是否付款读取，而不是金额：金额取自“{amount}”',
    paidFlagUnpaid:
      '。标为未付款、仍计为购买的行：{unpaid} 行（第一行是第 {row} 行）。如果某笔从未付款，请删除该行，或在“列设置”中忽略“{header}”为“{value}”的行',
    orderIdSpans:
      '“{header}”在这里不是订单号：“{id}”在另一天或另一位客户处再次出现（见所示行），而一笔订单只在一天、由一位客户购买。与另一天或另一位客户的行共用同一值的 {rows} 行已各自作为一次购买读取，没有并入前面的订单',
    orderIdSpansDone: '分别作为购买读取',
    orderIdLater:
      '“{header}”中的“{id}”在较晚的一天再次出现，客户相同，且重复了该订单的总额（见所示行）：已作为该订单的后续行读取（补发或分批发货），因此总额只计一次，记在订单的第一天。这样读取的行：{rows} 行。如果它是一笔新的购买，请给它一个自己的编号',
    orderIdLaterDone: '作为前面订单的行读取',
    done: '已按 {asOf} 分析 {rows} 行购买记录中的 {customers} 位客户。有问题的行：{issues}。',
    doneLeftOut: '有意排除的行：{excluded}（见“{sheet}”）。',
    doneZeroDays: '当天未付款、不计为购买日的行：{zeroDayRows}（见“{sheet}”）。',
    doneCopies: '作为副本未读取的工作表：{tabs}（见“{sheet}”）。',
    doneMovedRows: '您在“{insights}”表格中的 {moved} 行（不是客户的行）已移到表格下方，从第 {row} 行起。',
    tooManyCells:
      '未做任何更改：写入 {customers} 位客户的结果会使这个表格达到 {cells} 个单元格，超过 Google 表格 10,000,000 个单元格的上限。请删除不需要的工作表或空行空列，或把购买记录复制到新表格中分析。',
    busy: 'Regulars 正在更新此表格，请稍后再试。',
    ownerColumnsUnplaced:
      '未做任何更改：“{sheet}”表中有您自己的列（{columns}），但没有标题为“{header}”的列来说明每一行是哪位客户，因此无法把它们留在对应的客户旁边。请把标题“{header}”加回客户列的顶部（或把您的列移到其他工作表），然后重新分析。',
    copyTab: '此工作表的每一行也都在{tabs}中：是副本，不是更多的购买',
    copyTabNamed: '名称表明它是副本，且 {rows} 行中有 {repeated} 行也在{tabs}中：按副本处理，不算更多的购买',
    copyTabAction: '整张工作表未读取（其中的行不会重复计算）',
    tabName: '“{tab}”',
  },
  'zh-TW': {
    name: '姓名',
    email: '電子郵件',
    summaryTitle: '客戶彙總',
    asOf: '分析日期',
    customers: '客戶數',
    revenue: '營收',
    perCustomer: '每位客戶營收',
    repeatShare: '回頭客比例',
    customerShare: '客戶比例',
    revenueShare: '營收比例',
    byTier: '價值層級（80/20）',
    bySegment: 'RFM 分群',
    byStage: '生命週期階段',
    pareto: '80/20：{total} 位客戶中的 {count} 位帶來 {revenueShare} 的營收——這些是重點客戶，請優先照顧。',
    paretoOne: '80/20：{total} 位客戶中的 {count} 位帶來 {revenueShare} 的營收——這是重點客戶，請優先照顧。',
    stageChart: '各生命週期階段的客戶數',
    tierChart: '各價值層級的營收',
    issueHeaders: ['工作表', '列', '欄', '值', '問題', '處理方式'],
    returnsOnly: '只有退貨，沒有購買',
    refundedOnly: '每次購買都已在當天全額退款（{dates}），沒有保留的購買',
    surveySatisfaction: '滿意度無法辨識：應為 1 到 5 的評分（「4/5」、「★★★★」），未作答可留空或寫「不適用」',
    surveyRecommend:
      '推薦意願無法辨識：應為 0 到 10 的評分（「非常可能」、「可能」、「不太可能」），未作答可留空或寫「不適用」',
    surveyNoAnswer: '視為未作答：忠誠度分數不計入此項（LOYALTY_SCORE 會因此報錯）',
    surveyNotAnalysed: '未使用：此客戶沒有納入分析的購買，因此沒有忠誠度分數',
    zeroAmountDay: '金額為 0，且當天沒有付款（贈品或全額折扣）',
    notPurchaseDay: '不計為購買日',
    leftOut: '該客戶未納入分析',
    sharedContact: '{contact} 出現在 {count} 位客戶名下：{names}——如果是同一個人，請在客戶欄中寫成一樣',
    phoneVariants: '{numbers} 可能是同一個電話號碼的 {count} 種寫法——如果是同一個人，請在客戶欄中寫成一樣',
    phoneVariantsNamed:
      '{numbers} 可能是同一個電話號碼的 {count} 種寫法，分屬 {names}——如果是同一個人，請在客戶欄中寫成一樣',
    keptApart: '仍按不同客戶分析',
    phone: '電話',
    noIssues: '沒有無法使用的列：{sheet} 的每一列都已使用。',
    noPurchaseLog:
      'Regulars 需要一張購買紀錄表：標題列中要有客戶、日期和金額三欄，例如 客戶 | 日期 | 金額（或 Customer | Date | Amount）。請加上這樣的標題列，或在「欄位設定」中選擇對應的欄。',
    partialLog: '工作表「{sheet}」（第 {row} 列）有{found}，但沒有{missing}欄。',
    partialLogFix:
      '它的標題是 {headers}。如果表中有這樣的欄，請把標題改為{rename}，或在「欄位設定」中選擇對應的欄。',
    partialLogUnread:
      '工作表「{sheet}」（第 {row} 列）有客戶、日期和金額的標題，但無法從這些欄讀出購買紀錄。它的標題是 {headers}。請在「欄位設定」中選擇對應的欄。',
    noWhenOrWhat:
      '工作表「{sheet}」無法分析：它沒有日期欄和金額欄，前幾列也沒有日期（標題是 {headers}）。Regulars 需要知道每位客戶何時購買、付了多少。如果這些在另一張表中，請把它們放到客戶旁邊，或在「欄位設定」中選擇對應的欄。',
    keyPerOrder:
      '客戶欄「{header}」中，{orders} 筆訂單各有不同的值，因此每位買家都被算作只買過一次；而「{other}」中有客戶下過多筆訂單。如果「{other}」才代表顧客本人，請在「欄位設定」中把它選為客戶欄',
    paidFlag:
      '「{header}」欄表示是否已付款（是/否、1/0 或勾選），因此依是否付款讀取，而不是金額：金額取自「{amount}」',
    paidFlagUnpaid:
      '。標為未付款、仍計為購買的列：{unpaid} 列（第一列是第 {row} 列）。如果某筆從未付款，請刪除該列，或在「欄位設定」中忽略「{header}」為「{value}」的列',
    orderIdSpans:
      '「{header}」在這裡不是訂單編號：「{id}」在另一天或另一位客戶處再次出現（見所示列），而一筆訂單只在一天、由一位客戶購買。與另一天或另一位客戶的列共用同一值的 {rows} 列已各自作為一次購買讀取，沒有併入前面的訂單',
    orderIdSpansDone: '分別作為購買讀取',
    orderIdLater:
      '「{header}」中的「{id}」在較晚的一天再次出現，客戶相同，且重複了該訂單的總額（見所示列）：已作為該訂單的後續列讀取（補發或分批出貨），因此總額只計一次，記在訂單的第一天。這樣讀取的列：{rows} 列。如果它是一筆新的購買，請給它一個自己的編號',
    orderIdLaterDone: '作為前面訂單的列讀取',
    done: '已依 {asOf} 分析 {rows} 列購買紀錄中的 {customers} 位客戶。有問題的列：{issues}。',
    doneLeftOut: '刻意排除的列：{excluded}（見「{sheet}」）。',
    doneZeroDays: '當天未付款、不計為購買日的列：{zeroDayRows}（見「{sheet}」）。',
    doneCopies: '視為副本而未讀取的工作表：{tabs}（見「{sheet}」）。',
    doneMovedRows: '您在「{insights}」表格中的 {moved} 列（不是客戶的列）已移到表格下方，從第 {row} 列起。',
    tooManyCells:
      '未做任何變更：寫入 {customers} 位客戶的結果會使這個試算表達到 {cells} 個儲存格，超過 Google 試算表 10,000,000 個儲存格的上限。請刪除不需要的工作表或空白列與欄，或把購買紀錄複製到新試算表中分析。',
    busy: 'Regulars 正在更新此試算表，請稍後再試。',
    ownerColumnsUnplaced:
      '未做任何變更：「{sheet}」表中有您自己的欄（{columns}），但沒有標題為「{header}」的欄來說明每一列是哪位客戶，因此無法把它們留在對應的客戶旁邊。請把標題「{header}」加回客戶欄的頂端（或把您的欄移到其他工作表），然後重新分析。',
    copyTab: '此工作表的每一列也都在{tabs}中：是副本，不是更多的購買',
    copyTabNamed: '名稱表明它是副本，且 {rows} 列中有 {repeated} 列也在{tabs}中：視為副本，不算更多的購買',
    copyTabAction: '整張工作表未讀取（其中的列不會重複計算）',
    tabName: '「{tab}」',
  },
};

/** Fills {name} placeholders. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template
    .replace(/\{(\w+)\}/g, (match, name: string) =>
      values[name] === undefined ? match : String(values[name]),
    )
    .replace(ONE_OF_A_PLURAL, (_m, before: string, noun: string) => `${before}1 ${SINGULAR[noun]}`);
}

/**
 * A count of exactly one takes the singular ("1 email will be sent", "1 customer"): the English
 * texts are written for many. Chinese needs no change (none of these words occur in it).
 */
const SINGULAR: Readonly<Record<string, string>> = {
  customers: 'customer',
  emails: 'email',
  drafts: 'draft',
  days: 'day',
  rows: 'row',
  purchases: 'purchase',
};
const ONE_OF_A_PLURAL = /(^|[^\d.,])1 (customers|emails|drafts|days|rows|purchases)\b/g;

/** The hold-out check's table and chart on the Summary sheet (calibration.ts). */
export const CALIBRATION_TEXTS: Localized<{
  band: string;
  customers: string;
  predicted: string;
  bought: string;
  chart: string;
  /** A band as the chart's axis names it, with its customers: a band of one can be the tallest bar. */
  bandOne: string;
  bandMany: string;
}> = {
  en: {
    band: 'Repeat probability given (hold-out check)',
    customers: 'Customers',
    predicted: 'Predicted, on average',
    bought: 'Really bought',
    chart: 'Predicted vs. really bought, by probability band',
    bandOne: '{range} (1 customer)',
    bandMany: '{range} ({count} customers)',
  },
  'zh-CN': {
    band: '预测的复购概率（留出检验）',
    customers: '客户数',
    predicted: '平均预测',
    bought: '实际购买',
    chart: '按概率段：预测与实际购买',
    bandOne: '{range}（1 位客户）',
    bandMany: '{range}（{count} 位客户）',
  },
  'zh-TW': {
    band: '預測的回購機率（保留期檢驗）',
    customers: '客戶數',
    predicted: '平均預測',
    bought: '實際購買',
    chart: '依機率區間：預測與實際購買',
    bandOne: '{range}（1 位客戶）',
    bandMany: '{range}（{count} 位客戶）',
  },
};
