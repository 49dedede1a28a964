/// The journey being recorded: the instruction log with each instruction's disassembly and
/// flow class, the transition facts, console bytes and exceptions by instruction index. One
/// draft is reused for every journey of a recorder (its typed arrays are allocated once).
import type { Cpu } from '../../cpu/cpu.ts';
import type { ExceptionEvent, PrivilegeEvent } from '../events.ts';
import type { GateFact, StackSwitchFact, StackWrite } from './format.ts';
import type { ProbeResult } from './insn-probe.ts';
import { InsnLog } from './insn-log.ts';
import type { IndexedException, IndexedText, RawJourney } from './raw-journey.ts';

/// Facts read at the trap.
export interface TrapFacts {
  readonly gate: GateFact | null;
  readonly stackSwitch: StackSwitchFact;
  readonly pushes: readonly StackWrite[];
  readonly argStrings: readonly (string | null)[];
  /// The IRQ line of an interrupt journey (-1 for a syscall).
  readonly irq: number;
  readonly userStack: readonly StackWrite[];
}

/// A journey under construction.
export class JourneyDraft {
  private readonly log: InsnLog;
  private readonly flow: Uint8Array;
  private readonly value: Uint32Array;
  private text: string[] = [];
  private entry: PrivilegeEvent | null = null;
  private exit: PrivilegeEvent | null = null;
  private trap: TrapFacts | null = null;
  private pops: readonly StackWrite[] = [];
  private userBefore = 0;
  private trapIndex = -1;
  private exitIndex = -1;
  private console: IndexedText[] = [];
  private exceptions: IndexedException[] = [];
  /// The table entry read at the dispatch (-1 until then), and its neighbours (EAX-2..EAX+2).
  tableEntry = -1;
  tableWindow: readonly number[] = [];

  constructor(readonly capacity: number) {
    this.log = new InsnLog(capacity);
    this.flow = new Uint8Array(capacity);
    this.value = new Uint32Array(capacity);
  }

  /// True when no more instructions fit.
  get full(): boolean {
    return this.log.full;
  }

  /// Begins a journey at transition `e`, copying the user instructions of `ring` (disassembled
  /// now with `probe`, while their code is still mapped).
  start(
    e: PrivilegeEvent,
    ring: InsnLog,
    probe: (lin: number) => ProbeResult,
    trap: TrapFacts,
  ): void {
    this.log.clear();
    this.text = [];
    ring.copyInto(this.log);
    for (let k = 0; k < this.log.count; k++) this.note(k, probe(this.log.addr[k]));
    this.userBefore = this.log.count;
    this.trapIndex = e.cause === 'irq' ? -1 : this.log.count;
    this.entry = e;
    this.exit = null;
    this.exitIndex = -1;
    this.trap = trap;
    this.pops = [];
    this.console = [];
    this.exceptions = [];
    this.tableEntry = -1;
    this.tableWindow = [];
  }

  private note(k: number, p: ProbeResult): void {
    this.text[k] = p.text;
    this.flow[k] = p.flow;
    this.value[k] = p.value;
  }

  /// Records the instruction just executed.
  append(cpu: Cpu, lin: number, tos: number, p: ProbeResult): void {
    const k = this.log.count;
    this.log.append(cpu, lin, tos);
    if (this.log.count > k) this.note(k, p);
  }

  /// The return to ring 3 (the next appended instruction is the iret/sysexit).
  leave(e: PrivilegeEvent, pops: readonly StackWrite[]): void {
    this.exit = e;
    this.exitIndex = this.log.count;
    this.pops = pops;
  }

  /// A byte the instruction being executed wrote to COM1.
  consoleByte(b: number): void {
    const index = this.log.count;
    const last = this.console[this.console.length - 1];
    const ch = String.fromCharCode(b);
    if (last && last.index === index)
      this.console[this.console.length - 1] = { index, text: last.text + ch };
    else this.console.push({ index, text: ch });
  }

  /// An exception raised by the instruction being executed.
  exception(e: ExceptionEvent): void {
    const { vector, errorCode, eip, cr2 } = e;
    this.exceptions.push({ index: this.log.count, vector, errorCode, eip, cr2 });
  }

  /// The finished journey (copies: the draft is reused).
  finish(truncated: boolean): RawJourney {
    const n = this.log.count;
    const { addr, regs } = this.log.export();
    const trap = this.trap!;
    return {
      entry: this.entry!,
      exit: this.exit,
      gate: trap.gate,
      stackSwitch: trap.stackSwitch,
      pushes: trap.pushes,
      pops: this.pops,
      trapIndex: this.trapIndex,
      userBefore: this.userBefore,
      exitIndex: this.exitIndex,
      addr,
      regs,
      text: this.text.slice(0, n),
      flow: this.flow.slice(0, n),
      value: this.value.slice(0, n),
      console: this.console,
      exceptions: this.exceptions,
      argStrings: trap.argStrings,
      tableEntry: this.tableEntry,
      tableWindow: this.tableWindow,
      irq: trap.irq,
      userStack: trap.userStack,
      truncated,
    };
  }
}
