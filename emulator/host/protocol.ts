/// The message protocol between a UI (or CLI) and a machine running in a worker. Every message is
/// plain structured-clone-safe data; `type` discriminates.
import type { MachineConfig, MachineSnapshot, RunReason } from '../board/pc.ts';
import type { MultibootModule } from '../board/multiboot.ts';
import type { CpuState } from '../cpu/cpu-snapshot.ts';
import type { MachineEventName, MachineEvents } from '../trace/events.ts';
import type { ArmSpec, RawJourney } from '../trace/journey/raw-journey.ts';

/// Host -> machine.
export type HostMessage =
  | {
      readonly type: 'boot';
      readonly kernel: Uint8Array;
      readonly cmdline?: string;
      readonly modules?: readonly MultibootModule[];
      readonly config?: MachineConfig;
    }
  /// Runs a throwaway machine for `instructions` (deterministic, its output dropped) so the JS
  /// engine has compiled the emulator's hot code before the real boot; nothing of it is kept.
  | {
      readonly type: 'warm-up';
      readonly kernel: Uint8Array;
      readonly cmdline?: string;
      readonly modules?: readonly MultibootModule[];
      readonly config?: MachineConfig;
      readonly instructions: number;
    }
  /// Stop executing (the machine keeps its state).
  | { readonly type: 'pause' }
  /// Continue executing after pause/step.
  | { readonly type: 'resume' }
  /// Execute `count` instructions (default 1) while paused, then report 'stepped'.
  | { readonly type: 'step'; readonly count?: number }
  /// Bytes for COM1's receiver.
  | { readonly type: 'serial-in'; readonly bytes: Uint8Array }
  /// Which trace events to forward (besides serial output, exit and reset, always sent).
  | { readonly type: 'subscribe'; readonly events: readonly MachineEventName[] }
  | { readonly type: 'snapshot'; readonly id: number }
  | { readonly type: 'restore'; readonly snapshot: MachineSnapshot }
  /// Arms the journey recorder (trace/journey) for the next matching transition(s).
  | { readonly type: 'trace-arm'; readonly spec: ArmSpec }
  /// Disarms it (a journey in progress is dropped).
  | { readonly type: 'trace-disarm' }
  /// Ends the machine; the worker may then be terminated.
  | { readonly type: 'shutdown' };

/// Machine -> host.
export type MachineMessage =
  | { readonly type: 'serial-out'; readonly bytes: Uint8Array }
  | {
      readonly type: 'event';
      readonly name: MachineEventName;
      readonly payload: MachineEvents[MachineEventName];
    }
  /// The machine stopped for good: guest exit code, or a reset (triple fault).
  | { readonly type: 'exit'; readonly code: number }
  | { readonly type: 'reset'; readonly reason: string }
  /// Run state changes (after pause, step, resume, idle).
  | {
      readonly type: 'state';
      readonly running: boolean;
      readonly reason: RunReason | 'paused';
      readonly cpu: CpuState;
    }
  | { readonly type: 'stepped'; readonly cpu: CpuState }
  | { readonly type: 'snapshot'; readonly id: number; readonly snapshot: MachineSnapshot }
  /// A recorded journey (raw machine facts; the host names them with its symbols).
  | { readonly type: 'journey'; readonly journey: RawJourney }
  /// The recorder disarmed itself after its last journey.
  | { readonly type: 'trace-done' }
  /// A request could not be served (bad kernel image, snapshot mismatch...).
  | { readonly type: 'error'; readonly message: string };

/// One end of a message channel (a worker port, or an in-process pair for tests).
export interface MessagePortLike<In, Out> {
  post(message: Out, transfer?: ArrayBuffer[]): void;
  onMessage(fn: (message: In) => void): void;
}
