/**
 * The log-evidence step as a pure module: redacted log text in (as the bundle writer streams it,
 * chunk by chunk, file by file), evidence.json out: the lines within the window around the
 * reported time, typed events with the line that shows each, and per kind the first and last
 * time and how often. No I/O: the writer feeds it, tests feed it strings.
 *
 * Cost: one scan for every row's hint literals at once runs over each chunk (literal-scan.ts); a
 * row's full pattern runs only on the lines where one of its hints is. Timestamps are read at the edges of each chunk, on lines
 * with an event, and on every line only of the chunks that overlap the window. Memory: at most
 * `linesPerFile` window lines per file (and `linesInAll` kept in all), `events` events in the
 * window and a few per kind outside it, and one unfinished line per file.
 */
import { EVIDENCE_SCHEMA_VERSION, type EvidenceFile, type LogEvent, type LogEventKind, type LogEventTally, type LogEvidence, type LogLine, type LogPlace } from '../../src-shared/log-evidence.js';
import { formatOffset, zoneOffsetMinutes } from '../../src-shared/zoned-time.js';
import { LOG_EVENT_TABLE } from './log-event-table.js';
import { LiteralScanner } from './literal-scan.js';
import { LogTimeResolver, type ResolvedTime } from './log-time-resolver.js';
import { detach } from '../redact/detach-string.js';
import { readLineStamp } from './log-timestamps.js';
import { reportedErrorSearch, type ReportedErrorSearch } from './reported-error-patterns.js';

export interface LogEvidenceSettings {
  /** report.json's time, zone and error text. */
  occurredAt: string;
  timeZone: string;
  errorText: string;
  /** The zone of the machine whose logs these are (times without an offset are in it). */
  logTimeZone: string;
  /** When the bundle was made (ISO): a log newer than this has a clock that disagrees. */
  collectedAt: string;
  /** Minutes either side of the reported time (default 10). */
  windowMinutes?: number;
  linesPerFile?: number;
  linesInAll?: number;
  /** Events kept from the window. */
  events?: number;
  /** Events of each kind kept from outside the window, the first and the last this many (default 3). */
  outsideEach?: number;
}

export const EVIDENCE_DEFAULTS = { windowMinutes: 10, linesPerFile: 200, linesInAll: 600, events: 300 } as const;

/** Characters of a line kept in evidence.json. */
const LINE_CHARS = 400;
/** An unfinished line longer than this is cut (the rest of it is not searched). */
const MAX_PARTIAL = 64 * 1024;
/** Lines looked back for the time of a line without its own. */
const LOOK_BACK_LINES = 40;
/** How far after the collection a log's newest line may be before its clock is said to disagree. */
const CLOCK_SLACK_MS = 5 * 60_000;

interface Row {
  /** Position in the table: rows are tried in this order (the exact reported match before the loose ones). */
  index: number;
  kind: LogEventKind;
  pattern: RegExp;
  match?: 'exact' | 'loose';
}

/** A candidate line's events, read by the rows its hints point at. */
function readEvents(line: string, rows: readonly Row[]): { kind: LogEventKind; detail: LogEvent['detail'] }[] {
  const found: { kind: LogEventKind; detail: LogEvent['detail'] }[] = [];
  let reported = false;
  for (const row of rows) {
    if (row.kind === 'reported-error' && reported) continue;
    const match = row.pattern.exec(line);
    if (!match) continue;
    if (row.kind === 'reported-error') reported = true;
    found.push({ kind: row.kind, detail: detailOf(match, line, row) });
  }
  return found;
}

/** The first two segments of an URL path, ids masked: "/v2/users/me/meetings" -> "/v2/users". */
export function pathFamily(url: string): string | undefined {
  const path = /^(?:[a-z][a-z0-9+.-]*:\/\/[^/\s]+)?(\/[^\s?#'"`)]*)/i.exec(url)?.[1];
  if (!path) return undefined;
  // A segment that is a number, holds a run of digits or is long (an id, a hash) is masked; "v2" is kept.
  const segments = path.split('/').filter(Boolean).slice(0, 2).map((s) => (/\d{3,}|^\d+$/.test(s) || s.length > 24 ? ':id' : s));
  return `/${segments.join('/')}`;
}

/**
 * A reason phrase without the words the log wrote after it ("Forbidden from <email-1>" ->
 * "Forbidden"): the row's group stops at the first character a phrase cannot hold, which leaves
 * a trailing preposition behind.
 */
export function reasonPhrase(value: string): string {
  return value.trim().replace(/(?:\s+(?:from|to|for|on|at|in|via|by|with))+$/i, '');
}

function detailOf(match: RegExpExecArray, line: string, row: Row): LogEvent['detail'] {
  const detail: LogEvent['detail'] = {};
  if (row.match) detail.match = row.match;
  for (const [name, value] of Object.entries(match.groups ?? {})) {
    if (value === undefined) continue;
    if (name.startsWith('code')) detail.code = value;
    else if (name.startsWith('reason')) detail.reason = reasonPhrase(value);
    else if (name.startsWith('url')) detail.pathFamily = pathFamily(value);
  }
  if (row.kind === 'http-error' && !detail.pathFamily) {
    const url = /\bhttps?:\/\/[^\s/]+\/\S*/.exec(line)?.[0];
    if (url) detail.pathFamily = pathFamily(url);
  }
  return detail;
}

/**
 * A line as held while scanning: its time as an instant (formatted only for what is kept in the
 * end: Intl is slow) and its text, a view into the chunk until detached (see detachKept).
 */
interface HeldLine {
  file: string;
  line: number;
  ms?: number;
  timeFrom?: 'line' | 'earlier-line';
  text: string;
  detached: boolean;
}

interface KeptLine extends HeldLine {
  distance: number;
  order: number;
}

type HeldEvent = HeldLine & { kind: LogEventKind; detail: LogEvent['detail']; inWindow: boolean };
type HeldPlace = Pick<HeldLine, 'file' | 'line' | 'ms' | 'timeFrom'>;

interface FileState {
  path: string;
  order: number;
  lines: number;
  withStamp: number;
  forms: Map<string, number>;
  fromMs?: number;
  toMs?: number;
  /** Time of the last timestamped line seen so far (for lines without one, and a time of day alone). */
  lastMs?: number;
  guessed: Set<'year' | 'date'>;
  /** Offsets a line wrote itself that differ from the log zone's at that time (minutes). */
  foreignOffsets: Set<number>;
  kept: KeptLine[];
  /** The cap is full and a line after the reported time was turned away: no later line can be kept. */
  windowFull: boolean;
  windowLines: number;
  events: number;
}

/** Collects the evidence of one bundle's readable Zoom logs. */
export class LogEvidenceCollector {
  private readonly resolver: LogTimeResolver;
  private readonly centerMs: number;
  private readonly fromMs: number;
  private readonly toMs: number;
  private readonly limits: { linesPerFile: number; linesInAll: number; events: number };
  private readonly search: ReportedErrorSearch;
  /** The hint literals of every row, found in one scan. */
  private readonly hints: LiteralScanner;
  private readonly rowsByHint = new Map<string, Row[]>();
  private readonly files: FileState[] = [];
  private readonly encrypted: string[] = [];
  private readonly windowEvents: HeldEvent[] = [];
  private readonly outside = new Map<LogEventKind, { first: HeldEvent[]; last: HeldEvent[] }>();
  private readonly tallies = new Map<LogEventKind, { count: number; inWindow: number; first: HeldPlace; last: HeldPlace }>();
  private linesCut = false;
  private eventsCut = false;
  private nextOrder = 0;

  constructor(private readonly settings: LogEvidenceSettings) {
    const collectedAtMs = Date.parse(settings.collectedAt);
    this.resolver = new LogTimeResolver(settings.logTimeZone, collectedAtMs);
    const minutes = settings.windowMinutes ?? EVIDENCE_DEFAULTS.windowMinutes;
    this.centerMs = Date.parse(settings.occurredAt);
    this.fromMs = this.centerMs - minutes * 60_000;
    this.toMs = this.centerMs + minutes * 60_000;
    this.limits = {
      linesPerFile: settings.linesPerFile ?? EVIDENCE_DEFAULTS.linesPerFile,
      linesInAll: settings.linesInAll ?? EVIDENCE_DEFAULTS.linesInAll,
      events: settings.events ?? EVIDENCE_DEFAULTS.events,
    };
    this.search = reportedErrorSearch(settings.errorText);
    const rows: (Row & { hint: readonly string[] })[] = [
      ...this.search.patterns.map((p) => ({ kind: 'reported-error' as const, pattern: p.pattern, match: p.match, hint: p.hint })),
      ...LOG_EVENT_TABLE,
    ].map((row, index) => ({ ...row, index }));
    for (const row of rows) {
      for (const hint of row.hint) {
        const list = this.rowsByHint.get(hint) ?? [];
        if (!list.includes(row)) list.push(row);
        this.rowsByHint.set(hint, list);
      }
    }
    this.hints = new LiteralScanner(this.rowsByHint.keys());
  }

  /** A readable (redacted) log: feed its text in order, as latin1 strings of its bytes. */
  openFile(path: string): { push(text: string): void; end(): void } {
    const file: FileState = {
      path,
      order: this.files.length,
      lines: 0,
      withStamp: 0,
      forms: new Map(),
      guessed: new Set(),
      foreignOffsets: new Set(),
      kept: [],
      windowFull: false,
      windowLines: 0,
      events: 0,
    };
    this.files.push(file);
    let partial = '';
    let ended = false;
    return {
      push: (text: string) => {
        if (ended) return;
        const joined = partial + text;
        const end = joined.lastIndexOf('\n');
        if (end < 0) {
          partial = joined.length > MAX_PARTIAL ? joined.slice(0, MAX_PARTIAL) : joined;
          return;
        }
        partial = joined.slice(end + 1);
        if (partial.length > MAX_PARTIAL) partial = partial.slice(0, MAX_PARTIAL);
        this.scan(file, joined, end + 1);
      },
      end: () => {
        if (ended) return;
        ended = true;
        if (partial) this.scan(file, `${partial}\n`, partial.length + 1);
        partial = '';
      },
    };
  }

  /** An encrypted log (*.zenc): counted and named, never read. */
  addEncrypted(path: string): void {
    this.encrypted.push(path);
  }

  /** A line's time: its own, or the nearest earlier timestamped line's (`fallbackMs` when none is in reach). */
  private stampOf(file: FileState, line: string): ResolvedTime | null {
    const stamp = readLineStamp(line);
    if (!stamp) return null;
    file.withStamp++;
    file.forms.set(stamp.form, (file.forms.get(stamp.form) ?? 0) + 1);
    const resolved = this.resolver.resolve(stamp, file.lastMs);
    if (resolved.guessed) file.guessed.add(resolved.guessed);
    if (stamp.offsetMinutes !== undefined && stamp.offsetMinutes !== zoneOffsetMinutes(this.settings.logTimeZone, new Date(resolved.ms))) {
      file.foreignOffsets.add(stamp.offsetMinutes);
    }
    return resolved;
  }

  private noteTime(file: FileState, ms: number): void {
    if (file.fromMs === undefined || ms < file.fromMs) file.fromMs = ms;
    if (file.toMs === undefined || ms > file.toMs) file.toMs = ms;
  }

  /** Scans text[0, limit): whole lines, the last ending at limit - 1 with '\n'. */
  private scan(file: FileState, text: string, limit: number): void {
    const base = file.lines;
    const previousMs = file.lastMs;
    // The chunk's first and last line: does it reach into the window?
    const first = this.edgeStamp(file, text, limit, 'first');
    if (first) {
      this.noteTime(file, first.ms);
      file.lastMs = first.ms;
    }
    const last = this.edgeStamp(file, text, limit, 'last') ?? first;
    const startMs = first?.ms ?? previousMs;
    const endMs = last?.ms ?? startMs;
    // Lines of the chunk, counted once.
    let count = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < limit; i = text.indexOf('\n', i + 1)) count++;
    const touchesWindow = startMs !== undefined && endMs !== undefined && Math.min(startMs, endMs) <= this.toMs && Math.max(startMs, endMs) >= this.fromMs;
    if (touchesWindow) this.keepWindowLines(file, text, limit, base, count, previousMs, startMs, endMs);
    this.findEvents(file, text, limit, base, previousMs);
    file.lines = base + count;
    if (last) {
      this.noteTime(file, last.ms);
      file.lastMs = last.ms;
    }
    this.detachHeld(file);
  }

  /** The time of the first (or last) line of a chunk that has one, looking LOOK_BACK_LINES lines in from the edge. */
  private edgeStamp(file: FileState, text: string, limit: number, edge: 'first' | 'last'): ResolvedTime | null {
    if (edge === 'first') {
      for (let start = 0, n = 0; start < limit && n < LOOK_BACK_LINES; n++) {
        const end = text.indexOf('\n', start);
        const stamp = this.stampOf(file, text.slice(start, end));
        if (stamp) return stamp;
        start = end + 1;
      }
      return null;
    }
    for (let end = limit - 1, n = 0; end > 0 && n < LOOK_BACK_LINES; n++) {
      const start = text.lastIndexOf('\n', end - 1) + 1;
      const stamp = this.stampOf(file, text.slice(start, end));
      if (stamp) return stamp;
      end = start - 1;
    }
    return null;
  }

  /** Every line of a chunk that reaches into the window: those whose time is inside are kept (within the caps). */
  private keepWindowLines(file: FileState, text: string, limit: number, base: number, count: number, previousMs: number | undefined, startMs: number, endMs: number): void {
    let currentMs = previousMs;
    let lineNo = base;
    let from = 0;
    // A busy log can hold hundreds of thousands of lines in the window. With the file's cap full, a
    // chunk wholly inside the window needs no line read when it comes after a line already turned
    // away past the reported time (every later line is farther), and only its last `cap` lines
    // when it ends before the reported time (they are nearer than all kept so far).
    const inside = startMs >= this.fromMs && endMs <= this.toMs && startMs <= endMs;
    const cap = this.limits.linesPerFile;
    if (inside && file.kept.length >= cap) {
      if (file.windowFull && startMs >= this.centerMs) {
        file.windowLines += count;
        return;
      }
      if (endMs <= this.centerMs && count > cap) {
        let position = limit - 1;
        for (let n = 0; n < cap; n++) position = text.lastIndexOf('\n', position - 1);
        from = position + 1;
        lineNo = base + count - cap;
        file.windowLines += count - cap;
        this.linesCut = true;
        currentMs = startMs;
      }
    }
    for (let start = from; start < limit; ) {
      const end = text.indexOf('\n', start);
      lineNo++;
      const line = text.slice(start, end);
      start = end + 1;
      const stamp = readLineStamp(line);
      const own = stamp ? this.resolver.resolve(stamp, currentMs) : null;
      if (own) currentMs = own.ms;
      if (currentMs === undefined || currentMs < this.fromMs || currentMs > this.toMs) continue;
      file.windowLines++;
      this.keep(file, { file: file.path, line: lineNo, ms: currentMs, timeFrom: own ? 'line' : 'earlier-line', text: line, detached: false, distance: Math.abs(currentMs - this.centerMs), order: this.nextOrder++ });
    }
  }

  /**
   * Keeps a window line within the file's cap. Lines come in time order, so the distances to the
   * reported time fall, then rise: the farthest kept line is the oldest one, and a line that comes
   * when the cap is full either replaces it (before the reported time) or is dropped (after it).
   */
  private keep(file: FileState, line: KeptLine): void {
    const kept = file.kept;
    if (kept.length < this.limits.linesPerFile) {
      kept.push(line);
      return;
    }
    this.linesCut = true;
    if (kept[0]!.distance > line.distance) {
      kept.shift();
      kept.push(line);
    } else if (line.ms !== undefined && line.ms >= this.centerMs) file.windowFull = true;
  }

  /** Copies the kept texts out of the chunk they were cut from, so a kept line does not hold its 64 KiB chunk. */
  private detachHeld(file: FileState): void {
    for (const line of file.kept) {
      if (!line.detached) {
        line.text = detach(line.text.length > LINE_CHARS * 4 ? line.text.slice(0, LINE_CHARS * 4) : line.text);
        line.detached = true;
      }
    }
  }

  /** Lines of text[0, limit) where a hint is, each with the rows its hints point at, in line order. */
  private candidates(text: string, limit: number): [number, Set<Row>][] {
    const lines = new Map<number, Set<Row>>();
    // Hits come in text order, so the lines do too.
    this.hints.scan(text, limit, (index, literals) => {
      const lineStart = text.lastIndexOf('\n', index - 1) + 1;
      let rows = lines.get(lineStart);
      if (!rows) lines.set(lineStart, (rows = new Set()));
      for (const literal of literals) for (const row of this.rowsByHint.get(literal)!) rows.add(row);
    });
    return [...lines];
  }

  private findEvents(file: FileState, text: string, limit: number, base: number, previousMs: number | undefined): void {
    let counted = 0;
    let lineNo = base + 1;
    for (const [lineStart, rows] of this.candidates(text, limit)) {
      const lineEnd = text.indexOf('\n', lineStart);
      const line = text.slice(lineStart, lineEnd);
      const found = readEvents(line, [...rows].sort((a, b) => a.index - b.index));
      if (found.length === 0) continue;
      for (let i = text.indexOf('\n', counted); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) {
        lineNo++;
        counted = i + 1;
      }
      const time = this.eventTime(file, text, lineStart, line, previousMs);
      const kept = detach(line.length > LINE_CHARS * 4 ? line.slice(0, LINE_CHARS * 4) : line);
      for (const { kind, detail } of found) {
        this.record(file, {
          kind,
          detail,
          file: file.path,
          line: lineNo,
          ...(time ? { ms: time.ms, timeFrom: time.from } : {}),
          text: kept,
          detached: true,
          inWindow: time !== null && time.ms >= this.fromMs && time.ms <= this.toMs,
        });
      }
    }
  }

  /** The time of an event's line: its own, else the nearest earlier timestamped line in reach, else the chunk's predecessor. */
  private eventTime(file: FileState, text: string, lineStart: number, line: string, previousMs: number | undefined): { ms: number; from: 'line' | 'earlier-line' } | null {
    const own = this.stampOf(file, line);
    if (own) return { ms: own.ms, from: 'line' };
    let end = lineStart - 1;
    for (let n = 0; n < LOOK_BACK_LINES && end > 0; n++) {
      const start = text.lastIndexOf('\n', end - 1) + 1;
      const stamp = readLineStamp(text.slice(start, end));
      if (stamp) return { ms: this.resolver.resolve(stamp, previousMs).ms, from: 'earlier-line' };
      end = start - 1;
    }
    return previousMs === undefined ? null : { ms: previousMs, from: 'earlier-line' };
  }

  private record(file: FileState, event: HeldEvent): void {
    file.events++;
    const ms = event.ms;
    const place: HeldPlace = { file: event.file, line: event.line, ms, timeFrom: event.timeFrom };
    const tally = this.tallies.get(event.kind);
    if (!tally) this.tallies.set(event.kind, { count: 1, inWindow: event.inWindow ? 1 : 0, first: place, last: place });
    else {
      tally.count++;
      if (event.inWindow) tally.inWindow++;
      // First and last by time when both have one; otherwise in the order they were read.
      if (ms !== undefined && (tally.first.ms === undefined || ms < tally.first.ms)) tally.first = place;
      if (ms === undefined ? tally.last.ms === undefined : tally.last.ms === undefined || ms >= tally.last.ms) tally.last = place;
    }
    if (event.inWindow) {
      if (this.windowEvents.length < this.limits.events) this.windowEvents.push(event);
      else this.eventsCut = true;
      return;
    }
    const outside = this.outside.get(event.kind) ?? { first: [], last: [] };
    this.outside.set(event.kind, outside);
    const each = this.settings.outsideEach ?? 3;
    if (outside.first.length < each) outside.first.push(event);
    else {
      outside.last.push(event);
      if (outside.last.length > each) outside.last.shift();
    }
  }

  /** evidence.json. */
  result(): LogEvidence {
    const format = (ms: number) => this.resolver.format(ms);
    const files: EvidenceFile[] = this.files.map((f) => ({
      path: f.path,
      lines: f.lines,
      timestamps: f.withStamp === 0 ? 'none' : 'found',
      formats: [...f.forms].sort((a, b) => b[1] - a[1]).map(([form]) => form),
      ...(f.fromMs !== undefined ? { from: format(f.fromMs) } : {}),
      ...(f.toMs !== undefined ? { to: format(f.toMs) } : {}),
      windowLines: f.windowLines,
      events: f.events,
      notes: this.fileNotes(f),
    }));
    const all = this.files.flatMap((f) => f.kept);
    if (all.length > this.limits.linesInAll) this.linesCut = true;
    const windowLines = all
      .sort((a, b) => a.distance - b.distance || a.order - b.order)
      .slice(0, this.limits.linesInAll)
      .sort((a, b) => a.order - b.order)
      .map((line) => this.shown(line));
    const outside = [...this.outside.values()].flatMap((o) => [...o.first, ...o.last]);
    const events: LogEvent[] = [...this.windowEvents, ...outside].map((e) => ({ ...this.shown(e), kind: e.kind, inWindow: e.inWindow, detail: e.detail }));
    const tallies: LogEventTally[] = [...this.tallies].map(([kind, t]) => ({ kind, count: t.count, inWindow: t.inWindow, first: this.place(t.first), last: this.place(t.last) }));
    tallies.sort((a, b) => b.inWindow - a.inWindow || b.count - a.count);
    return {
      schemaVersion: EVIDENCE_SCHEMA_VERSION,
      occurredAt: this.settings.occurredAt,
      timeZone: this.settings.timeZone,
      logTimeZone: this.settings.logTimeZone,
      window: { from: format(this.fromMs), to: format(this.toMs), minutes: (this.toMs - this.centerMs) / 60_000 },
      searched: { ...(this.search.code ? { code: this.search.code } : {}), ...(this.search.fullNumber ? { fullNumber: this.search.fullNumber } : {}), ...(this.search.text ? { text: this.search.text } : {}) },
      limits: { ...this.limits, linesCut: this.linesCut, eventsCut: this.eventsCut },
      files,
      encrypted: { count: this.encrypted.length, files: [...this.encrypted] },
      windowLines,
      events,
      tallies,
      notes: this.notes(files, windowLines.length),
    };
  }

  private place(held: HeldPlace): LogPlace {
    return { file: held.file, line: held.line, ...(held.ms !== undefined ? { time: this.resolver.format(held.ms), timeFrom: held.timeFrom } : {}) };
  }

  private shown(held: HeldLine): LogLine {
    return { ...this.place(held), text: shownText(held.text) };
  }

  private fileNotes(f: FileState): string[] {
    const notes: string[] = [];
    if (f.lines > 0 && f.withStamp === 0) notes.push('no timestamps this step can read: its lines cannot be placed in time');
    if (f.guessed.has('year')) notes.push('its times carry no year: read as the year of the collection (or the year before, for dates after it)');
    if (f.guessed.has('date')) notes.push('its times carry no date: each takes the date of the line before it, or of the collection');
    if (f.toMs !== undefined && f.toMs > Date.parse(this.settings.collectedAt) + CLOCK_SLACK_MS) {
      notes.push(`the clock disagrees: its newest line (${this.resolver.format(f.toMs)}) is after the bundle was made (${this.settings.collectedAt}); its times may be in another zone or its clock wrong`);
    }
    for (const offset of f.foreignOffsets) {
      notes.push(`it writes times at UTC${formatOffset(offset)}, not in the machine's zone (${this.settings.logTimeZone}); those times were read as written`);
    }
    return notes;
  }

  private notes(files: EvidenceFile[], windowLines: number): string[] {
    const notes: string[] = [];
    const encrypted = this.encrypted.length;
    if (encrypted > 0) {
      notes.push(
        files.length === 0
          ? `All ${encrypted} collected Zoom log(s) are encrypted (*.zenc): nothing could be read here; Zoom support decrypts them.`
          : `${encrypted} encrypted Zoom log(s) (*.zenc) were copied as they are and not read; Zoom support decrypts them.`,
      );
    } else if (files.length === 0) notes.push('No readable Zoom log was collected.');
    if (this.settings.timeZone !== this.settings.logTimeZone) {
      notes.push(`The reported time is in ${this.settings.timeZone}; the logs were written in ${this.settings.logTimeZone}: the window is ${this.resolver.format(this.fromMs)} to ${this.resolver.format(this.toMs)} on the logs' clock.`);
    }
    if (files.length > 0 && files.every((f) => f.timestamps === 'none')) notes.push('No collected log has timestamps this step can read: no line could be placed near the reported time.');
    else if (files.length > 0 && windowLines === 0) notes.push(`No log line falls within ${(this.toMs - this.centerMs) / 60_000} minutes of the reported time.`);
    if (files.length > 0 && this.windowEvents.length === 0) notes.push('No event found around the reported time.');
    return notes;
  }
}

const utf8 = new TextDecoder();

/** A kept line as shown: its bytes (latin1 characters) read as UTF-8, as the log is in the bundle, cut to LINE_CHARS. */
function shownText(line: string): string {
  const trimmed = line.endsWith('\r') ? line.slice(0, -1) : line;
  const text = /[^\x00-\x7f]/.test(trimmed) ? utf8.decode(Uint8Array.from(trimmed, (c) => c.charCodeAt(0))) : trimmed;
  return text.length > LINE_CHARS ? `${text.slice(0, LINE_CHARS)}...` : text;
}


