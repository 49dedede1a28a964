/// Syscall Lab's emulated i386 PC: the public face (docs/contracts.md section 4).
///
/// Typical use:
/// ```ts
/// const pc = new PC({ memoryBytes: 64 << 20, clock: 'deterministic' });
/// pc.on('serial:out', ({ bytes }) => process.stdout.write(bytes));
/// pc.loadMultiboot(vmlinux, { cmdline: 'console=ttyS0', modules: [{ data: initramfs }] });
/// for (;;) { const r = pc.run(1e6); if (r.reason === 'exit' || r.reason === 'reset') break; }
/// ```
///
/// Lockstep and tracing:
/// - `pc.setInstructionHook(fn)` calls `fn(pc)` after every executed instruction (null turns it
///   off). While a hook is set a REP string instruction runs one iteration per step, as QEMU's
///   single-step log shows it.
/// - `pc.cpuState()` returns `CpuState`: EIP, the eight general registers (EAX ECX EDX EBX ESP EBP
///   ESI EDI), EFLAGS, CPL, the six selectors, CR0/CR2/CR3/CR4, protected mode and the
///   instruction count, all unsigned.
/// - `pc.step()` executes one instruction (an interrupt delivered before it counts with it).
/// - Events: 'serial:out', 'machine:exit', 'machine:reset', 'cpu:privilege', 'cpu:exception',
///   'irq', 'io' (see MachineEvents). Hooks behind events are installed only while someone
///   listens, so tracing off costs nothing.
/// - `pc.reset()` (CPU reset, clears a recorded exit/reset), `pc.msUntilNextEvent()` (how long a
///   real-time host may sleep after 'idle'), `pc.exitStatus`.
/// - Read-only views for tools: `pc.cpu` (registers, descriptor caches, FPU) and `pc.memory`
///   (physical RAM bytes); `disassemble()` renders code with the CPU's own decoder.
/// - Worker hosting: emulator/host/ (protocol.ts, machine-runner.ts, node-worker.ts).
export { PC } from './board/pc.ts';
export type { MachineConfig, MachineSnapshot, RunReason, RunResult } from './board/pc.ts';
export type { ClockMode } from './board/clock.ts';
export type { MultibootModule, MultibootOptions } from './board/multiboot.ts';
export type { CpuState } from './cpu/cpu-snapshot.ts';
export type {
  CpuPicture,
  ExceptionEvent,
  GeneralRegisters,
  IoEvent,
  IrqEvent,
  MachineEventName,
  MachineEvents,
  PrivilegeCause,
  PrivilegeEvent,
} from './trace/events.ts';
export { ImageError, LocatedError, MachineError } from './errors.ts';
export { disassemble, objdumpLines } from './disasm/disassembler.ts';
export type { DisasmLine } from './disasm/disassembler.ts';
