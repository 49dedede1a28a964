// The slots for the engines other parts of the project provide: the build pipeline (build/), the
// emulated PC (emulator/) and the trace recorder. Each slot holds a factory; an empty slot answers
// every call with the typed `engine-unavailable` error, and `app.info` tells the renderer which
// engines exist so its panels can show an honest empty state. Plug engines in `engines.ts`.
import type { LabApi, LabEventName, LabEvents } from '../ipc/lab-api.ts';
import { engineUnavailable } from '../ipc/lab-errors.ts';

/// The build engine as the API sees it.
export type BuildService = LabApi['build'];
/// The machine engine as the API sees it.
export type MachineService = LabApi['machine'];
/// The trace store as the API sees it.
export type TraceService = LabApi['trace'];

/// Pushes an event to every connected renderer.
export type LabEventSink = <K extends LabEventName>(name: K, payload: LabEvents[K]) => void;

/// What an engine gets from the host when it is created.
export interface EngineContext {
  /// Pushes events (`build:log`, `machine:serial`, ...) to the renderer.
  readonly emit: LabEventSink;
  /// The learner's kernel tree (the build's input).
  readonly workspaceRoot: string;
  /// Where builds write `vmlinux`, `System.map`, `initramfs.cpio`; the machine boots from here.
  readonly outputDir: string;
}

/// An engine may hold threads (compiler workers, the machine's worker): `close` releases them
/// when the host shuts down.
export interface Closable {
  close?(): Promise<void>;
}

/// Factories for the engines; an absent one leaves its slot empty.
export interface EngineFactories {
  readonly build?: (ctx: EngineContext) => BuildService & Closable;
  readonly machine?: (ctx: EngineContext) => MachineService & Closable;
  readonly trace?: (ctx: EngineContext) => TraceService & Closable;
}

/// The three engine slots, filled or answering `engine-unavailable`.
export interface EngineSlots {
  readonly build: BuildService;
  readonly machine: MachineService;
  readonly trace: TraceService;
  readonly available: {
    readonly build: boolean;
    readonly machine: boolean;
    readonly trace: boolean;
  };
  /// Releases every engine's threads.
  close(): Promise<void>;
}

/// Creates the engines that have factories and fills the other slots with honest refusals.
export function createEngineSlots(factories: EngineFactories, ctx: EngineContext): EngineSlots {
  const build = factories.build?.(ctx);
  const machine = factories.machine?.(ctx);
  const trace = factories.trace?.(ctx);
  return {
    build: build ?? refuseAll('build', ['start', 'cancel']),
    machine: machine ?? refuseAll('machine', ['boot', 'serialInput', 'stop', 'reset', 'status']),
    trace: trace ?? refuseAll('trace', ['list', 'get', 'arm', 'disarm', 'load', 'save']),
    available: { build: !!factories.build, machine: !!factories.machine, trace: !!factories.trace },
    close: async () => {
      await Promise.all([trace?.close?.(), machine?.close?.(), build?.close?.()]);
    },
  };
}

function refuseAll<T>(
  engine: 'build' | 'machine' | 'trace',
  methods: readonly (keyof T & string)[],
): T {
  const out: Record<string, () => Promise<never>> = {};
  for (const m of methods) out[m] = () => Promise.reject(engineUnavailable(engine));
  return out as T;
}
