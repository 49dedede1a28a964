/// `syscall-lab run --trace FILE.json [--trace-nr N... | --trace-irq N...]`: arms the machine's
/// journey recorder
/// (in the worker, beside the CPU) for syscalls or for interrupts, names each journey it sends back with the kernel's line table
/// and System.map (the one beside the kernel file, else the ELF's own symbols), and writes them
/// all to FILE.json when the run ends.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DebugInfo } from '../../build/debuginfo/index.ts';
import type { HostMessage, MachineMessage } from '../host/protocol.ts';
import {
  annotateJourney,
  journeySymbols,
  journeyTitle,
  saveTraceList,
  SystemMap,
  type ArmSpec,
  type JourneySymbols,
  type JourneyTrace,
} from '../trace/journey/index.ts';

/// Most journeys one run records (a shell session makes thousands of syscalls).
export const MAX_JOURNEYS = 64;
/// What ends the wait for the first shell prompt when no number is given.
const PROMPT = '# ';

/// What the tracer needs from the run.
export interface TraceRequest {
  readonly file: string;
  readonly numbers: readonly number[];
  /// IRQ lines: when given, interrupts taken in user mode are recorded instead of syscalls.
  readonly irqs?: readonly number[];
  readonly kernelPath: string;
  readonly kernel: Uint8Array;
}

/// Collects journeys for one run.
export class RunTracer {
  private readonly traces: JourneyTrace[] = [];
  private symbols: JourneySymbols | null = null;

  constructor(
    private readonly req: TraceRequest,
    private readonly post: (m: HostMessage) => void,
  ) {}

  /// Call right after 'boot': with numbers or IRQ lines given, recording starts at once;
  /// without, the recorder (in the worker, so no syscall slips by) waits for the first shell
  /// prompt.
  start(): void {
    const { numbers, irqs = [] } = this.req;
    const spec: ArmSpec = irqs.length
      ? { kind: 'irq', irq: irqs, count: MAX_JOURNEYS }
      : numbers.length
        ? { kind: 'syscall', match: numbers, count: MAX_JOURNEYS }
        : { kind: 'syscall', count: MAX_JOURNEYS, afterOutput: PROMPT };
    this.post({ type: 'trace-arm', spec });
  }

  /// Sees every machine message; returns true when it consumed it.
  onMessage(m: MachineMessage): boolean {
    if (m.type === 'journey') {
      const trace = annotateJourney(m.journey, this.names(), '');
      this.traces.push({ ...trace, title: `${journeyTitle(trace)} · ${this.req.kernelPath}` });
      return true;
    }
    return m.type === 'trace-done';
  }

  private names(): JourneySymbols {
    if (this.symbols) return this.symbols;
    const debug = DebugInfo.fromElf(this.req.kernel, this.req.kernelPath);
    const dir = dirname(resolve(this.req.kernelPath));
    const mapPath = join(dir, 'System.map');
    const mapText = existsSync(mapPath)
      ? readFileSync(mapPath, 'utf8')
      : debug.symbols
          .map((s) => `${s.address.toString(16).padStart(8, '0')} T ${s.name}`)
          .join('\n');
    const source = (file: string) => {
      for (const base of [process.cwd(), dir]) {
        const p = resolve(base, file);
        if (existsSync(p)) return readFileSync(p, 'utf8');
      }
      return null;
    };
    return (this.symbols = journeySymbols(debug, new SystemMap(mapText), source));
  }

  /// Writes the file; returns the line to print on stderr.
  finish(): string {
    writeFileSync(this.req.file, saveTraceList(this.traces));
    const capped = this.traces.length >= MAX_JOURNEYS ? ` (the most one run records)` : '';
    const kind = this.req.irqs?.length ? 'interrupt' : 'syscall';
    return `recorded ${this.traces.length} ${kind} journey(s) to ${this.req.file}${capped}`;
  }
}
