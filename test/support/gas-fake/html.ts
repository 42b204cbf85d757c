// Fake HtmlService and HtmlOutput. Files come from a map given to the fake (e.g. dist/Sidebar.html).
import { type FakeEnv, makeEnum, withStubs } from './env';

type OutputApi = GoogleAppsScript.HTML.HtmlOutput;
type OutputMethods =
  | 'addMetaTag'
  | 'append'
  | 'appendUntrusted'
  | 'clear'
  | 'getContent'
  | 'getFaviconUrl'
  | 'getHeight'
  | 'getMetaTags'
  | 'getTitle'
  | 'getWidth'
  | 'setContent'
  | 'setFaviconUrl'
  | 'setHeight'
  | 'setSandboxMode'
  | 'setTitle'
  | 'setWidth'
  | 'setXFrameOptionsMode';

/**
 * Meta tags HtmlOutput.addMetaTag accepts
 * (https://developers.google.com/apps-script/reference/html/html-output#addMetaTag(String,String)).
 */
const ALLOWED_META = ['apple-mobile-web-app-capable', 'mobile-web-app-capable', 'viewport'];

export class FakeHtmlOutput implements Pick<OutputApi, OutputMethods> {
  readonly api: OutputApi;
  content: string;
  title = '';
  width: number | null = null;
  height: number | null = null;
  faviconUrl = '';
  sandboxMode: string | null = null;
  xFrameOptionsMode: string | null = null;
  /** The file it came from, when created with createHtmlOutputFromFile. */
  fileName: string | null = null;
  readonly metaTags: { name: string; content: string }[] = [];

  constructor(
    private readonly env: FakeEnv,
    content: string,
  ) {
    this.content = content;
    this.api = withStubs<FakeHtmlOutput, OutputApi>(this, 'HtmlOutput');
  }

  getContent(): string {
    return this.content;
  }
  setContent(content: string): OutputApi {
    this.content = content;
    return this.api;
  }
  append(addedContent: string): OutputApi {
    this.content += addedContent;
    return this.api;
  }
  /** Appends with HTML escaping, like the real method. */
  appendUntrusted(addedContent: string): OutputApi {
    this.content += addedContent
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
    return this.api;
  }
  clear(): OutputApi {
    this.content = '';
    return this.api;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): OutputApi {
    this.title = title;
    return this.api;
  }
  /** 0 when never set (approximation). Sidebars ignore the width: they are always 300 px wide. */
  getWidth(): number {
    return this.width ?? 0;
  }
  setWidth(width: number): OutputApi {
    this.width = width;
    return this.api;
  }
  getHeight(): number {
    return this.height ?? 0;
  }
  setHeight(height: number): OutputApi {
    this.height = height;
    return this.api;
  }
  getFaviconUrl(): string {
    return this.faviconUrl;
  }
  setFaviconUrl(iconUrl: string): OutputApi {
    this.faviconUrl = iconUrl;
    return this.api;
  }
  /** Recorded only; IFRAME is the only mode Apps Script still uses. */
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): OutputApi {
    this.sandboxMode = String(mode);
    return this.api;
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): OutputApi {
    this.xFrameOptionsMode = String(mode);
    return this.api;
  }
  addMetaTag(name: string, content: string): OutputApi {
    if (!ALLOWED_META.includes(name)) {
      throw this.env.error(`fake: meta tag "${name}" is not allowed (only ${ALLOWED_META.join(', ')})`);
    }
    this.metaTags.push({ name, content });
    return this.api;
  }
  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[] {
    return this.metaTags.map((t) => ({ getName: () => t.name, getContent: () => t.content }));
  }
}

type ServiceApi = GoogleAppsScript.HTML.HtmlService;
type ServiceMethods =
  | 'createHtmlOutput'
  | 'createHtmlOutputFromFile'
  | 'getUserAgent'
  | 'SandboxMode'
  | 'XFrameOptionsMode';

export class FakeHtmlService implements Pick<ServiceApi, ServiceMethods> {
  readonly api: ServiceApi;
  readonly SandboxMode = makeEnum<typeof GoogleAppsScript.HTML.SandboxMode>('EMULATED', 'IFRAME', 'NATIVE');
  readonly XFrameOptionsMode = makeEnum<typeof GoogleAppsScript.HTML.XFrameOptionsMode>(
    'ALLOWALL',
    'DEFAULT',
  );
  /** Every HtmlOutput created, in order. */
  readonly outputs: FakeHtmlOutput[] = [];

  constructor(
    private readonly env: FakeEnv,
    /** Project HTML files by name ('Sidebar' or 'Sidebar.html'); mutable. */
    readonly files: Record<string, string>,
  ) {
    this.api = withStubs<FakeHtmlService, ServiceApi>(this, 'HtmlService');
  }

  private make(content: string): FakeHtmlOutput {
    const out = new FakeHtmlOutput(this.env, content);
    this.outputs.push(out);
    return out;
  }

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): OutputApi {
    if (html === undefined) return this.make('').api;
    if (typeof html === 'string') return this.make(html).api;
    return this.make(html.getBlob().getDataAsString()).api;
  }

  /**
   * "Creates a new HtmlOutput object from a file in the code editor"; throws when the file is not
   * found (https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)).
   * Its getContent() gives the file's text as written, which is how the add-on reads the JSON of
   * Templates.html (the built-in templates and the follow-up server's texts). Looks the name up with
   * and without '.html', as Apps Script project files have no extension.
   */
  createHtmlOutputFromFile(filename: string): OutputApi {
    const base = filename.replace(/\.html$/, '');
    const content = this.files[filename] ?? this.files[base] ?? this.files[`${base}.html`];
    if (content === undefined) throw this.env.error(`No HTML file named ${filename} was found.`);
    const out = this.make(content);
    out.fileName = base;
    return out.api;
  }

  getUserAgent(): string {
    return 'Mozilla/5.0 (gas-fake)';
  }
}
