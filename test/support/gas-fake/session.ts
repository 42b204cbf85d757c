// Fake Session: who is running, in which time zone and language. Values are read live from a
// mutable settings object, so a test can change them mid-test.
import { createHash } from 'node:crypto';
import { type FakeEnv, withStubs } from './env';

type SessionApi = GoogleAppsScript.Base.Session;

export interface SessionSettings {
  /**
   * Session.getActiveUser().getEmail(). Apps Script returns '' when the user's email is not
   * available to the script (e.g. different domains, simple triggers); set '' to test that.
   */
  activeUserEmail: string;
  effectiveUserEmail: string;
  /** Session.getScriptTimeZone(): the project's zone, which may differ from the spreadsheet's. */
  scriptTimeZone: string;
  /** Session.getActiveUserLocale(), e.g. 'en', 'zh-CN' (approximation of the real format). */
  userLocale: string;
}

export class FakeSession
  implements
    Pick<
      SessionApi,
      | 'getActiveUser'
      | 'getEffectiveUser'
      | 'getScriptTimeZone'
      | 'getActiveUserLocale'
      | 'getTemporaryActiveUserKey'
    >
{
  readonly api: SessionApi;

  constructor(
    private readonly env: FakeEnv,
    readonly settings: SessionSettings,
  ) {
    this.api = withStubs<FakeSession, SessionApi>(this, 'Session');
  }

  getActiveUser(): GoogleAppsScript.Base.User {
    this.env.requireAuth('Session.getActiveUser');
    const email = this.settings.activeUserEmail;
    const getEmail = () => {
      this.env.requireScopes('User.getEmail');
      return email;
    };
    return withStubs<object, GoogleAppsScript.Base.User>({ getEmail }, 'User');
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    this.env.requireAuth('Session.getEffectiveUser');
    const email = this.settings.effectiveUserEmail;
    const getEmail = () => {
      this.env.requireScopes('User.getEmail');
      return email;
    };
    return withStubs<object, GoogleAppsScript.Base.User>({ getEmail }, 'User');
  }
  getScriptTimeZone(): string {
    return this.settings.scriptTimeZone;
  }
  getActiveUserLocale(): string {
    return this.settings.userLocale;
  }
  /** A stable opaque key per active user (the real key is also stable per user and script). */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256')
      .update(`gas-fake:${this.settings.activeUserEmail}`)
      .digest('base64url')
      .slice(0, 43);
  }
}
