// The OAuth scopes each faked service needs, from the "Authorization" section of its Apps Script
// reference page. A fake made with a manifest (`createGasFake({ manifest })`) throws Apps Script's
// authorization error when a call needs a scope the manifest's `oauthScopes` does not list, so a
// test fails where a real account would refuse the call. Any one of a method's scopes suffices.

const SHEETS = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/spreadsheets',
];

/**
 * By service (or `Service.method` where one method differs). Services absent here need no scope
 * (PropertiesService, LockService, CacheService, Utilities, Logger).
 */
const REQUIRED_SCOPES: Readonly<Record<string, readonly string[]>> = {
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
  SpreadsheetApp: SHEETS,
  // https://developers.google.com/apps-script/reference/mail/mail-app (both methods)
  MailApp: ['https://www.googleapis.com/auth/script.send_mail'],
  // https://developers.google.com/apps-script/reference/gmail/gmail-app: createDraft, getDrafts,
  // sendEmail… list only the full mail scope.
  GmailApp: ['https://mail.google.com/'],
  // https://developers.google.com/workspace/gmail/api/reference/rest/v1/users.drafts/create
  'Gmail.Users.Drafts.create': [
    'https://mail.google.com/',
    'https://www.googleapis.com/auth/gmail.modify',
    'https://www.googleapis.com/auth/gmail.compose',
  ],
  // https://developers.google.com/apps-script/reference/base/user#getEmail()
  'User.getEmail': ['https://www.googleapis.com/auth/userinfo.email'],
  // https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)
  'Ui.show': ['https://www.googleapis.com/auth/script.container.ui'],
  // https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
  ScriptApp: ['https://www.googleapis.com/auth/script.scriptapp'],
};

/** The scopes `method` ("Service.method") needs, or undefined when none. */
export function scopesFor(method: string): readonly string[] | undefined {
  const service = method.split('.')[0]!;
  return REQUIRED_SCOPES[method] ?? REQUIRED_SCOPES[service];
}

/** The parts of appsscript.json the fake reads. */
export interface ManifestLike {
  oauthScopes?: readonly string[];
  dependencies?: { enabledAdvancedServices?: readonly { userSymbol: string; serviceId?: string }[] };
}
