/// What the recorder hands over: the machine's facts of one journey, before any naming. Plain
/// structured-clone-safe data (typed arrays, numbers, strings), so a worker can post it as is.
import type { PrivilegeEvent } from '../events.ts';
import type { GateFact, StackSwitchFact, StackWrite } from './format.ts';

/// Which transitions the recorder waits for.
export interface ArmSpec {
  /// 'syscall' (int $0x80 or sysenter from ring 3) or 'irq' (a hardware interrupt in ring 3).
  readonly kind: 'syscall' | 'irq';
  /// Only these syscall numbers (EAX) or IRQ vectors; any when omitted.
  readonly match?: number | readonly number[];
  /// For 'irq': only these interrupt request lines (0 = the 8253 timer), whatever vector the
  /// kernel programmed the PIC to give them; any when omitted.
  readonly irq?: number | readonly number[];
  /// How many journeys to record before disarming (default 1).
  readonly count?: number;
  /// Wait until the console (COM1) has printed this text (e.g. the shell prompt '# ') before
  /// watching for transitions; until then only port writes are observed.
  readonly afterOutput?: string;
}

/// An indexed console write or exception inside the journey (index = log record).
export interface IndexedText {
  readonly index: number;
  readonly text: string;
}

/// An exception taken during the journey.
export interface IndexedException {
  readonly index: number;
  readonly vector: number;
  readonly errorCode: number;
  readonly eip: number;
  readonly cr2: number;
}

/// One recorded journey.
export interface RawJourney {
  readonly entry: PrivilegeEvent;
  readonly exit: PrivilegeEvent | null;
  readonly gate: GateFact | null;
  readonly stackSwitch: StackSwitchFact;
  readonly pushes: readonly StackWrite[];
  readonly pops: readonly StackWrite[];
  /// Records [0, trapIndex) are user instructions before the trap; trapIndex is the int/sysenter
  /// itself (or -1 for an IRQ, which has no instruction); exitIndex the iret/sysexit (-1: none).
  readonly trapIndex: number;
  readonly userBefore: number;
  readonly exitIndex: number;
  readonly addr: Uint32Array;
  readonly regs: Uint32Array;
  /// Disassembly and flow class (insn-probe Flow) and its value, per record.
  readonly text: readonly string[];
  readonly flow: Uint8Array;
  readonly value: Uint32Array;
  readonly console: readonly IndexedText[];
  readonly exceptions: readonly IndexedException[];
  /// The NUL-terminated strings the six argument registers point at (null when unmapped).
  readonly argStrings: readonly (string | null)[];
  /// The table entry `sys_call_table + 4*EAX` read from memory at the dispatch (-1 if none).
  readonly tableEntry: number;
  /// The entries around it, `sys_call_table[EAX - 2 .. EAX + 2]` (-1: unmapped), read at the
  /// same moment; empty without a dispatch.
  readonly tableWindow?: readonly number[];
  /// The interrupt request line of an 'irq' journey (-1 otherwise).
  readonly irq?: number;
  /// Dwords of the user stack read at the trap, from the lowest ESP of the user instructions
  /// kept before it (so the first frames already show what their stack held).
  readonly userStack?: readonly StackWrite[];
  readonly truncated: boolean;
}
