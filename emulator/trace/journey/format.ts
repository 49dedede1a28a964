/// The journey trace: one system call (or one interrupt from user mode) recorded from the
/// machine, as documented in docs/trace-format.md. Plain JSON data: it crosses a worker or IPC
/// boundary unchanged, is saved to disk as is, and the animation reads nothing else.

/// Format name written in every file (with `version`), checked on load.
export const JOURNEY_FORMAT = 'syscall-lab-journey';
/// Current format version.
export const JOURNEY_VERSION = 1;

/// The phases of the journey, in order.
export const STAGES = ['user', 'trap', 'entry', 'dispatch', 'body', 'exit', 'return'] as const;
/// One phase: user code, the CPU's own trap steps, SAVE_ALL, the table dispatch, the handler,
/// RESTORE_ALL, and the way back to ring 3.
export type Stage = (typeof STAGES)[number];

/// How the CPU entered the kernel.
export type EntryPath = 'int80' | 'sysenter' | 'irq' | 'exception';

/// What a frame shows: an executed instruction, or one of the CPU's internal steps of a
/// transition (gate read, privilege check, TSS load, one push or pop, the CPL change).
export type FrameKind = 'insn' | 'cpu';

/// Registers after the frame: EAX ECX EDX EBX ESP EBP ESI EDI, EIP, EFLAGS, CS, SS, CPL.
export interface FrameRegs {
  readonly gpr: readonly number[];
  readonly eip: number;
  readonly eflags: number;
  readonly cs: number;
  readonly ss: number;
  readonly cpl: number;
}

/// A stack slot written by the frame (a push by the CPU or by an instruction).
export interface StackWrite {
  readonly address: number;
  readonly value: number;
  /// What the slot holds, when known ('SS', 'EIP', 'ebx (arg 1)'...).
  readonly label?: string;
}

/// One step of the animation.
export interface Frame {
  readonly index: number;
  readonly stage: Stage;
  readonly kind: FrameKind;
  /// Linear address of the instruction (for cpu frames: the instruction that caused the step).
  readonly address: number;
  /// AT&T disassembly, or a short title for a cpu step ('read IDT gate 0x80').
  readonly text: string;
  /// Enclosing function (System.map / debug info), file and C line when known.
  readonly fn: string | null;
  readonly file: string | null;
  readonly line: number | null;
  /// Call depth inside the kernel (0 = the entry code).
  readonly depth: number;
  readonly regs: FrameRegs;
  readonly stack?: StackWrite;
  /// Bytes the frame wrote to the console (COM1), as text.
  readonly console?: string;
  /// Teaching note: what this step does, with the values of this call.
  readonly note?: string;
}

/// The IDT gate the CPU read (int and irq paths).
export interface GateFact {
  readonly vector: number;
  readonly address: number;
  readonly selector: number;
  readonly offset: number;
  readonly dpl: number;
  /// 0xE interrupt gate (clears IF), 0xF trap gate.
  readonly type: number;
  readonly cpl: number;
  /// The symbol the offset names (System.map), when known.
  readonly targetName?: string | null;
}

/// The inner-ring stack the CPU loaded (from the TSS, or from the SYSENTER MSRs).
export interface StackSwitchFact {
  readonly source: 'tss' | 'msr';
  /// Where SS0:ESP0 live (TSS base + 4), or -1 for the MSRs.
  readonly address: number;
  readonly ss: number;
  readonly esp: number;
  /// SYSENTER_CS and SYSENTER_EIP (sysenter only).
  readonly msrCs?: number;
  readonly msrEip?: number;
  /// The symbol SYSENTER_EIP names (System.map), when known.
  readonly msrEipName?: string | null;
}

/// The `call *sys_call_table(,%eax,4)` dispatch.
export interface DispatchFact {
  /// The bound the entry code compared EAX with (`nr_syscalls`), read from the instruction.
  readonly limit: number;
  /// True when EAX >= limit: the call went to the error path (-ENOSYS).
  readonly rejected: boolean;
  readonly tableAddress: number;
  readonly index: number;
  readonly entryAddress: number;
  /// The pointer read from the table, and its symbol.
  readonly target: number;
  readonly targetName: string | null;
  /// The entries around it (index - 2 .. index + 2, inside the bound) as read at the dispatch.
  readonly neighbours?: readonly TableEntryFact[];
}

/// One `sys_call_table` entry: its index, the pointer it holds and that pointer's symbol.
export interface TableEntryFact {
  readonly index: number;
  readonly target: number;
  readonly targetName: string | null;
}

/// One kernel function call seen through call/ret.
export interface CallFact {
  readonly name: string | null;
  readonly address: number;
  readonly depth: number;
  /// Frame indexes of the call and of the instruction after its ret (-1: never returned).
  readonly callFrame: number;
  readonly returnFrame: number;
  /// Instructions executed inside, callees included, and in the function itself.
  readonly instructions: number;
  readonly selfInstructions: number;
}

/// The summary of a journey: what the animation shows beside the frames.
export interface JourneyFacts {
  readonly path: EntryPath;
  /// Vector (0x80, the IRQ's vector...) or -1 for sysenter.
  readonly vector: number;
  /// The interrupt request line of an 'irq' journey (0 = the 8253 timer).
  readonly irq?: number;
  /// How the CPU went back to ring 3, when it did.
  readonly returnPath?: 'iret' | 'sysexit';
  /// EAX at the trap (the syscall number), EBX..EBP (the arguments).
  readonly nr: number;
  readonly args: readonly number[];
  /// The strings the argument registers point at in user memory (null: not mapped).
  readonly argStrings: readonly (string | null)[];
  readonly cplPath: readonly number[];
  readonly gate?: GateFact;
  readonly stackSwitch?: StackSwitchFact;
  readonly dispatch?: DispatchFact;
  /// EAX back in ring 3, and as a signed value.
  readonly returnValue: number;
  readonly returnSigned: number;
  /// Console text written while in the kernel.
  readonly console: string;
  readonly userInstructions: number;
  readonly kernelInstructions: number;
  /// False when the return to ring 3 went to another place (the process died or was switched).
  readonly returnedToCaller: boolean;
  /// Exceptions taken inside (vector, error code, eip, cr2), e.g. a page fault on a bad pointer.
  readonly exceptions: readonly { vector: number; errorCode: number; eip: number; cr2: number }[];
  /// The C lines the handler itself executed (its own frames, consecutive repeats folded).
  readonly bodyLines: readonly { file: string; line: number }[];
  /// True when the recorder's instruction cap cut the journey short.
  readonly truncated: boolean;
  /// User stack dwords as the trap found them (from the lowest ESP of the user frames up).
  readonly userStack?: readonly StackWrite[];
}

/// A source file shown beside the frames (the syscall's C file).
export interface SourceText {
  readonly file: string;
  readonly text: string;
}

/// A whole journey trace file.
export interface JourneyTrace {
  readonly format: typeof JOURNEY_FORMAT;
  readonly version: typeof JOURNEY_VERSION;
  /// Free text: the kernel file and command that produced it.
  readonly title: string;
  readonly facts: JourneyFacts;
  readonly calls: readonly CallFact[];
  readonly frames: readonly Frame[];
  readonly sources: readonly SourceText[];
}
