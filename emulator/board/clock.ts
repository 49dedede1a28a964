/// The machine's sense of time. Deterministic: one nanosecond of guest time per executed
/// instruction (a 1 GHz machine), so runs repeat exactly. Real time: the host's monotonic clock.

/// Clock modes of `MachineConfig.clock`.
export type ClockMode = 'deterministic' | 'realtime';

/// Fixed wall-clock start of deterministic runs (2026-01-01T00:00:00Z).
export const DETERMINISTIC_EPOCH_MS = Date.UTC(2026, 0, 1);

/// Guest time source.
export class MachineClock {
  private offsetNs = 0;
  private readonly hostStartMs: number;

  /// `instructions` reads the executed-instruction count; `hostMs` the host's monotonic clock.
  constructor(
    readonly mode: ClockMode,
    private readonly instructions: () => number,
    private readonly hostMs: () => number,
    private readonly hostWallMs: () => number,
  ) {
    this.hostStartMs = hostMs();
  }

  /// Guest time in nanoseconds since power-on.
  nowNs(): number {
    if (this.mode === 'deterministic') return this.instructions();
    return (this.hostMs() - this.hostStartMs) * 1e6 + this.offsetNs;
  }

  /// Wall-clock time (Unix ms) for the RTC.
  wallMs(): number {
    if (this.mode === 'deterministic')
      return DETERMINISTIC_EPOCH_MS + Math.floor(this.nowNs() / 1e6);
    return this.hostWallMs();
  }

  /// Instruction count at which guest time reaches `ns` (deterministic mode).
  instructionAt(ns: number): number {
    return Math.ceil(ns);
  }

  /// After a restore: continue real time from the snapshot's guest time.
  resumeAt(ns: number): void {
    if (this.mode === 'realtime') this.offsetNs = ns - (this.hostMs() - this.hostStartMs) * 1e6;
  }
}
