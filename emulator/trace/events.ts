/// The typed event map of the machine. Payloads are readonly plain data (numbers, strings,
/// arrays of numbers) so they cross a worker or IPC boundary unchanged.

/// General registers in the order EAX ECX EDX EBX ESP EBP ESI EDI (the encoding order).
export type GeneralRegisters = readonly [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];

/// A CPU state picture taken before or after a transition.
export interface CpuPicture {
  readonly cs: number;
  readonly eip: number;
  readonly ss: number;
  readonly esp: number;
  readonly eflags: number;
  readonly cpl: number;
  readonly regs: GeneralRegisters;
}

/// Why the CPU changed privilege level.
export type PrivilegeCause =
  'int' | 'sysenter' | 'exception' | 'irq' | 'iret' | 'sysexit' | 'lcall' | 'lret';

/// One privilege transition (ring 3 -> 0 or back).
export interface PrivilegeEvent {
  readonly cause: PrivilegeCause;
  /// Interrupt/exception vector; -1 for sysenter/sysexit; for iret the vector is -1.
  readonly vector: number;
  readonly before: CpuPicture;
  readonly after: CpuPicture;
  /// Executed-instruction count when it happened.
  readonly icount: number;
}

/// A CPU exception delivered to the guest.
export interface ExceptionEvent {
  readonly vector: number;
  /// Error code pushed, or -1 when the exception has none.
  readonly errorCode: number;
  readonly cs: number;
  readonly eip: number;
  /// CR2 after the exception (the faulting linear address for #PF).
  readonly cr2: number;
  readonly icount: number;
}

/// A hardware interrupt accepted by the CPU.
export interface IrqEvent {
  readonly irq: number;
  readonly vector: number;
  readonly icount: number;
}

/// One port access.
export interface IoEvent {
  readonly port: number;
  readonly size: 1 | 2 | 4;
  readonly write: boolean;
  readonly value: number;
}

/// Everything `pc.on(name, fn)` can listen to.
export interface MachineEvents {
  /// Bytes the guest wrote to COM1's transmitter.
  'serial:out': { readonly bytes: Uint8Array };
  /// The guest wrote `code` to the debug-exit port 0xF4.
  'machine:exit': { readonly code: number };
  /// The machine reset itself (triple fault, keyboard-controller reset).
  'machine:reset': { readonly reason: string };
  'cpu:privilege': PrivilegeEvent;
  'cpu:exception': ExceptionEvent;
  irq: IrqEvent;
  io: IoEvent;
}

/// Names of the machine's events.
export type MachineEventName = keyof MachineEvents;
