// "Create drafts" through the Gmail advanced service. The Apps Script reference lists only the full
// https://mail.google.com/ scope for GmailApp.createDraft
// (https://developers.google.com/apps-script/reference/gmail/gmail-app#createDraft(String,String,String,Object)),
// while the Gmail API's drafts.create is documented under gmail.compose
// (https://developers.google.com/workspace/gmail/api/reference/rest/v1/users.drafts/create), the
// narrowest scope that can create a draft. So the add-on asks for gmail.compose, enables the service
// in appsscript.json (dependencies.enabledAdvancedServices, userSymbol `Gmail`), and builds the
// RFC 2822 message itself (core/followups/mime.ts).
import { type DraftMessage, rawMessage } from '../../core/followups/mime';

/** Thrown when the Gmail service is not there: a setup problem that would repeat for everyone. */
const GMAIL_SERVICE_MISSING =
  'Not authorized to create Gmail drafts: the Gmail advanced service is not enabled in this copy of the add-on (appsscript.json).';

/** Creates one draft; throws what the Gmail API throws (a refused authorization among them). */
export function createGmailDraft(message: DraftMessage): void {
  const gmail = typeof Gmail === 'undefined' ? undefined : Gmail;
  const drafts = gmail?.Users?.Drafts;
  if (drafts === undefined) throw new Error(GMAIL_SERVICE_MISSING);
  drafts.create({ message: { raw: rawMessage(message) } }, 'me');
}

/** The signed-in user's address for the From header, or undefined when Apps Script gives none. */
export function ownAddress(): string | undefined {
  const email = Session.getEffectiveUser().getEmail();
  return email === '' ? undefined : email;
}
