/// The runner's typed events: Kbuild-style log lines, progress, diagnostics, per-target decisions
/// and the final summary. Payloads are readonly plain data so they cross IPC unchanged; listeners
/// subscribe with `on(name, fn)` over the typed map, never with free-form strings.

import type { BuildDiagnostic } from './diagnostic.ts';

/// The stages of a build, in order.
export type BuildStage = 'plan' | 'compile' | 'link' | 'usr' | 'cpio';

/// The log tags Kbuild prints (`  CC      init/main.o`).
export type LogTag = 'CC' | 'AS' | 'LD' | 'SYSMAP' | 'AR' | 'CPIO' | 'USERCC' | 'USERAS' | 'USERLD';

/// Every event the runner emits, by name.
export interface BuildEventMap {
  /// One Kbuild-style line: `line` is the formatted text, e.g. `  LD      vmlinux`.
  readonly log: { readonly tag: LogTag; readonly target: string; readonly line: string };
  readonly progress: { readonly done: number; readonly total: number; readonly stage: BuildStage };
  readonly diagnostic: BuildDiagnostic;
  /// Whether a target was (re)built and why, or found up to date.
  readonly target: {
    readonly target: string;
    readonly action: 'build' | 'up-to-date';
    readonly reason: string;
  };
  /// The end of a build, successful or not, with per-stage wall times in milliseconds.
  readonly finish: {
    readonly ok: boolean;
    readonly ms: number;
    readonly stages: Readonly<Record<BuildStage, number>>;
    readonly rebuilt: readonly string[];
  };
}

/// A listener for event `K`.
export type Listener<M, K extends keyof M> = (payload: M[K]) => void;

/// A minimal typed event emitter; a throwing listener cannot break the build.
export class TypedEmitter<M> {
  private readonly listeners = new Map<keyof M, Set<(p: never) => void>>();

  /// Subscribes `fn` to `name`; returns the function that unsubscribes it.
  on<K extends keyof M>(name: K, fn: Listener<M, K>): () => void {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    set.add(fn as (p: never) => void);
    return () => set.delete(fn as (p: never) => void);
  }

  /// Delivers `payload` to every listener of `name`, in subscription order.
  emit<K extends keyof M>(name: K, payload: M[K]): void {
    for (const fn of this.listeners.get(name) ?? []) {
      try {
        (fn as Listener<M, K>)(payload);
      } catch {
        // A faulty UI listener must not abort a build; the build's own result still reports.
      }
    }
  }
}

/// Formats a Kbuild quiet-command line: two spaces, the tag padded to 7, a space, the target.
export function kbuildLine(tag: LogTag, target: string): string {
  return `  ${tag.padEnd(7)} ${target}`;
}
