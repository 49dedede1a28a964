// The trace engine behind `lab.trace`: "trace next syscall" arms the journey recorder inside the
// machine's worker (emulator/trace/journey, through the machine service's session seam); each
// journey that comes back is named with the booted kernel's line table and System.map (read
// when that machine booted, so a later build cannot mislabel it), kept in memory and in
// `outputDir/traces/`, and announced with `trace:recorded`. Saved trace files can be loaded back.
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DebugInfo } from '../../build/debuginfo/index.ts';
import type { MachineMessage } from '../../emulator/host/protocol.ts';
import {
  annotateJourney,
  journeySymbols,
  journeyTitle,
  loadTraces,
  saveTrace,
  SystemMap,
  TraceFormatError,
  type JourneySymbols,
  type JourneyTrace,
  type RawJourney,
} from '../../emulator/trace/journey/index.ts';
import type {
  TraceArmRequest,
  TraceArmState,
  TraceExport,
  TraceImport,
  TraceRecord,
  TraceSummary,
} from '../ipc/lab-api.ts';
import { LabError } from '../ipc/lab-errors.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { BOOT_DIR, BOOT_FILES } from './engines/boot-images.ts';
import type { MachineSession } from './engines/machine-session.ts';
import type { MachineService } from './machine-service.ts';
import type { EngineContext, TraceService as TraceApi } from './service-registry.ts';

/// The lab's own syscall, traced when the toggle gives no number.
export const DEFAULT_TRACE_NR = 338;
/// Traces kept; the oldest go first.
const MAX_TRACES = 50;
const TRACE_DIR = 'traces';

interface Stored {
  readonly summary: TraceSummary;
  readonly trace: JourneyTrace;
}

/// `lab.trace` over the machine service's sessions.
export class TraceService implements TraceApi {
  private readonly traces: Stored[] = [];
  private state: TraceArmState = { armed: false, nr: null };
  private symbols: Promise<JourneySymbols | null> = Promise.resolve(null);
  private loaded: Promise<void>;
  private seq = 0;
  private readonly offSession: () => void;

  constructor(
    private readonly ctx: EngineContext,
    private readonly machine: MachineService,
  ) {
    this.offSession = machine.onSession((s) => this.attach(s));
    const current = machine.session();
    if (current) this.attach(current);
    this.loaded = this.loadSaved();
  }

  async list(): Promise<readonly TraceSummary[]> {
    await this.loaded;
    return this.traces.map((t) => t.summary);
  }

  async get(request: { readonly id: string }): Promise<TraceRecord> {
    const t = await this.find(request.id);
    return { summary: t.summary, events: JSON.parse(JSON.stringify(t.trace)) };
  }

  async arm(request: TraceArmRequest): Promise<TraceArmState> {
    const session = this.machine.session();
    if (!session || session.isClosed)
      throw new LabError('bad-request', 'no machine is running: Boot it first', 'trace');
    if (request.irq !== undefined) {
      session.post({ type: 'trace-arm', spec: { kind: 'irq', irq: request.irq } });
      return this.setState({ armed: true, nr: this.state.nr, irq: request.irq });
    }
    const nr = request.nr ?? DEFAULT_TRACE_NR;
    session.post({ type: 'trace-arm', spec: { kind: 'syscall', match: nr } });
    return this.setState({ armed: true, nr });
  }

  async disarm(): Promise<TraceArmState> {
    this.machine.session()?.post({ type: 'trace-disarm' });
    return this.setState({ armed: false, nr: this.state.nr });
  }

  async load(request: TraceImport): Promise<readonly TraceSummary[]> {
    let traces: JourneyTrace[];
    try {
      traces = loadTraces(request.text, request.name);
    } catch (e) {
      if (e instanceof TraceFormatError) throw new LabError('bad-request', e.message, 'trace');
      throw e;
    }
    const added = [];
    for (const t of traces) added.push(await this.add(t));
    return added;
  }

  async save(request: { readonly id: string }): Promise<TraceExport> {
    const t = await this.find(request.id);
    return { name: `${t.summary.id}.json`, text: saveTrace(t.trace) };
  }

  /// Stops listening to the machine service.
  async close(): Promise<void> {
    this.offSession();
  }

  private async find(id: string): Promise<Stored> {
    await this.loaded;
    const t = this.traces.find((x) => x.summary.id === id);
    if (!t) throw new LabError('not-found', `no trace '${id}'`, 'trace');
    return t;
  }

  /// A new machine: read its kernel's names now and hear its journeys.
  private attach(session: MachineSession): void {
    this.setState({ armed: false, nr: this.state.nr });
    this.symbols = this.readSymbols().catch(() => null);
    session.onMessage((m: MachineMessage) => {
      if (m.type === 'journey') void this.record(m.journey);
      else if (m.type === 'trace-done') this.setState({ armed: false, nr: this.state.nr });
    });
  }

  private async readSymbols(): Promise<JourneySymbols> {
    const dir = join(this.ctx.outputDir, BOOT_DIR);
    const kernel = new Uint8Array(await readFile(join(dir, BOOT_FILES.vmlinux)));
    const map = await readFile(join(dir, BOOT_FILES.systemMap), 'utf8').catch(() => '');
    const sources = new Map<string, string | null>();
    const root = this.ctx.workspaceRoot;
    const source = (file: string) => {
      if (!sources.has(file)) {
        let text: string | null = null;
        try {
          if (!file.includes('..')) text = readFileSync(join(root, file), 'utf8');
        } catch {
          text = null;
        }
        sources.set(file, text);
      }
      return sources.get(file) ?? null;
    };
    return journeySymbols(DebugInfo.fromElf(kernel), new SystemMap(map), source);
  }

  private async record(raw: RawJourney): Promise<void> {
    const symbols = (await this.symbols) ?? journeySymbols(null, new SystemMap(''));
    const trace = annotateJourney(raw, symbols, `syscall ${raw.entry.before.regs[0]}`);
    const summary = await this.add({ ...trace, title: journeyTitle(trace) });
    this.ctx.emit('trace:recorded', summary);
  }

  private async add(trace: JourneyTrace): Promise<TraceSummary> {
    await this.loaded;
    const id = `trace-${Date.now().toString(36)}-${(this.seq++).toString(36)}`;
    const summary = summarize(id, trace);
    this.traces.push({ summary, trace });
    while (this.traces.length > MAX_TRACES) this.traces.shift();
    const dir = join(this.ctx.outputDir, TRACE_DIR);
    await mkdir(dir, { recursive: true });
    await writeFileAtomic(join(dir, `${id}.json`), saveTrace(trace));
    return summary;
  }

  /// Traces saved by earlier runs of the app.
  private async loadSaved(): Promise<void> {
    const dir = join(this.ctx.outputDir, TRACE_DIR);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
      try {
        const text = await readFile(join(dir, name), 'utf8');
        for (const t of loadTraces(text, name))
          this.traces.push({ summary: summarize(name.slice(0, -5), t), trace: t });
      } catch {
        // A damaged file is skipped; the others still load.
      }
    }
  }

  private setState(state: TraceArmState): TraceArmState {
    this.state = state;
    this.ctx.emit('trace:armed', state);
    return state;
  }
}

function summarize(id: string, t: JourneyTrace): TraceSummary {
  const f = t.facts;
  return {
    id,
    title: t.title,
    syscallNr: f.path === 'irq' ? undefined : f.nr,
    eventCount: t.frames.length,
    createdAt: new Date().toISOString(),
  };
}

/// The trace slot's factory: the trace engine over the backend's machine service.
export function createTraceService(ctx: EngineContext, machine: MachineService): TraceService {
  return new TraceService(ctx, machine);
}
