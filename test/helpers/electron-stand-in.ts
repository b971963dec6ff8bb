// A stand-in for the `electron` module (and electron-log/main) that records what the shell does:
// app events and calls, windows and their options, session handlers, ipcMain handlers, shell and
// dialog calls. The Electron binary cannot be downloaded here; the shell runs against this instead.
import path from 'node:path';

type Listener = (...args: unknown[]) => unknown;

/** What a BrowserWindow was asked to do. */
export class StandInWindow {
  static all: StandInWindow[] = [];
  loadedFile: string | null = null;
  shown = false;
  minimized = false;
  restored = false;
  focused = false;
  /** Window events the shell listens to (once or on), by name. */
  readonly listeners = new Map<string, Listener>();
  readonly webContents = {
    loading: true,
    sent: [] as { channel: string; payload: unknown }[],
    isLoading: () => this.webContents.loading,
    send: (channel: string, payload: unknown) => this.webContents.sent.push({ channel, payload }),
    isDestroyed: () => false,
  };

  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    StandInWindow.all.push(this);
  }
  static getAllWindows(): StandInWindow[] {
    return StandInWindow.all;
  }
  static getFocusedWindow(): StandInWindow | null {
    return StandInWindow.all.find((w) => w.focused) ?? null;
  }
  loadFile(file: string): Promise<void> {
    this.loadedFile = file;
    return Promise.resolve();
  }
  once(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }
  show(): void {
    this.shown = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.restored = true;
    this.minimized = false;
  }
  focus(): void {
    this.focused = true;
  }
}

/** The recording stand-in; `module()` is what `import ... from 'electron'` gets. */
export class StandInElectron {
  readonly appEvents = new Map<string, Listener[]>();
  readonly calls: string[] = [];
  readonly protocolClients: unknown[][] = [];
  readonly ipcHandlers = new Map<string, Listener>();
  readonly shownInFolder: string[] = [];
  readonly openedExternally: string[] = [];
  readonly logLines: string[] = [];
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  quitCount = 0;
  private markReady!: () => void;
  private readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));

  constructor(
    private readonly dirs: { temp: string; downloads: string; logs: string },
    private readonly singleInstance = true,
  ) {
    StandInWindow.all = [];
  }

  get windows(): StandInWindow[] {
    return StandInWindow.all;
  }

  /** Emits an app event to every listener the shell registered; returns their results. */
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.appEvents.get(event) ?? []).map((listener) => listener(...args));
  }

  /** Resolves app.whenReady() and lets the shell's ready handler run. */
  async becomeReady(): Promise<void> {
    this.markReady();
    await new Promise((resolve) => setImmediate(resolve));
  }

  module(): Record<string, unknown> {
    const app = {
      requestSingleInstanceLock: () => (this.calls.push('requestSingleInstanceLock'), this.singleInstance),
      quit: () => {
        this.quitCount += 1;
      },
      on: (event: string, listener: Listener): unknown => {
        this.appEvents.set(event, [...(this.appEvents.get(event) ?? []), listener]);
        return app;
      },
      whenReady: () => this.ready,
      getPath: (name: string) => ({ temp: this.dirs.temp, downloads: this.dirs.downloads, logs: this.dirs.logs })[name] ?? path.join(this.dirs.temp, name),
      getName: () => 'Zoom Phone Support Bundle',
      getVersion: () => '0.0.0-stand-in',
      setAsDefaultProtocolClient: (...args: unknown[]) => (this.protocolClients.push(args), true),
    };
    const defaultSession = {
      setPermissionRequestHandler: (handler: Listener) => (this.permissionRequestHandler = handler),
      setPermissionCheckHandler: (handler: Listener) => (this.permissionCheckHandler = handler),
      resolveProxy: () => Promise.resolve('DIRECT'),
    };
    const electron = {
      app,
      BrowserWindow: StandInWindow,
      session: { defaultSession },
      ipcMain: {
        handle: (channel: string, handler: Listener) => {
          if (this.ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
          this.ipcHandlers.set(channel, handler);
        },
        removeHandler: (channel: string) => this.ipcHandlers.delete(channel),
      },
      shell: { showItemInFolder: (file: string) => this.shownInFolder.push(file), openExternal: (url: string) => (this.openedExternally.push(url), Promise.resolve()) },
      net: { fetch: (url: string, init?: RequestInit) => globalThis.fetch(url, init) },
      dialog: { showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }) },
    };
    return { ...electron, default: electron };
  }

  /** Stand-in for electron-log/main's default export. */
  log(): Record<string, unknown> {
    const lines = this.logLines;
    const logFile = path.join(this.dirs.logs, 'main.log');
    const logger = {
      initialize: () => undefined,
      info: (message: string) => lines.push(`info ${message}`),
      warn: (message: string) => lines.push(`warn ${message}`),
      error: (message: string) => lines.push(`error ${message}`),
      transports: { file: { getFile: () => ({ path: logFile }) } },
    };
    return { default: logger };
  }
}
