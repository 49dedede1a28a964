/// The journey recorder: armed on a PC, it keeps a small ring of recent user instructions, and
/// when the awaited transition happens (a syscall's int $0x80 / sysenter, or an IRQ in ring 3) it
/// records every instruction with its registers until the CPU is back in ring 3 plus a few user
/// instructions. Unarmed, it installs nothing: no hook, no listener, so the machine runs its
/// fast loop (tests/bench/trace.bench.ts measures that).
import type { PC } from '../../board/pc.ts';
import type { ExceptionEvent, IoEvent, PrivilegeEvent } from '../events.ts';
import { Flow, probeInsn } from './insn-probe.ts';
import { InsnLog } from './insn-log.ts';
import { peek32, peekString } from './linear-peek.ts';
import type { StackWrite } from './format.ts';
import type { ArmSpec, RawJourney } from './raw-journey.ts';
import { readGate, readPops, readPushes, readStackSwitch } from './transition-facts.ts';
import { JourneyDraft } from './journey-draft.ts';

/// User instructions kept from before the trap.
export const USER_BEFORE = 40;
/// User instructions recorded after the return.
export const USER_AFTER = 12;
/// Default cap on recorded instructions per journey.
export const DEFAULT_CAP = 400_000;
/// User stack dwords read at the trap above its ESP (and below it, down to the lowest ESP of
/// the kept user instructions).
export const USER_STACK_DWORDS = 24;

const CS = 1;
const SS = 2;
const COM1 = 0x3f8;

const PAGE_OFFSET = 0xc0000000;

type State = 'idle' | 'prelude' | 'waiting' | 'kernel' | 'after';

/// True when `v` is in `match` (a number or a list), or when there is no match.
function wanted(match: number | readonly number[] | undefined, v: number): boolean {
  if (match === undefined) return true;
  return typeof match === 'number'
    ? match >>> 0 === v >>> 0
    : match.some((m) => m >>> 0 === v >>> 0);
}

/// Records journeys on one PC; `onJourney` receives each (called from inside `pc.run`).
export class JourneyRecorder {
  private state: State = 'idle';
  private spec: ArmSpec = { kind: 'syscall' };
  private remaining = 0;
  private prevCpl = 0;
  private afterCount = 0;
  private output = '';
  /// The line of the last IRQ the CPU accepted (its 'irq' event comes just before the
  /// transition it causes).
  private lastIrq = -1;
  private readonly ring = new InsnLog(USER_BEFORE, true);
  private readonly draft: JourneyDraft;
  private offs: (() => void)[] = [];

  constructor(
    private readonly pc: PC,
    private readonly onJourney: (j: RawJourney) => void,
    cap = DEFAULT_CAP,
  ) {
    this.draft = new JourneyDraft(cap);
  }

  /// True while waiting for or recording a journey.
  get armed(): boolean {
    return this.state !== 'idle';
  }

  /// Starts waiting for `spec`'s transition (re-arming replaces the previous spec).
  arm(spec: ArmSpec): void {
    this.disarm();
    this.spec = spec;
    this.remaining = Math.max(1, spec.count ?? 1);
    this.output = '';
    this.offs = [this.pc.on('io', (e) => this.io(e))];
    if (spec.afterOutput) this.state = 'prelude';
    else this.watch();
  }

  /// Starts watching transitions: the per-instruction hook and the CPU's events.
  private watch(): void {
    const pc = this.pc;
    this.state = 'waiting';
    this.prevCpl = pc.cpu.cpl;
    this.ring.clear();
    pc.setInstructionHook(() => this.step());
    this.offs.push(
      pc.on('cpu:privilege', (e) => this.privilege(e)),
      pc.on('cpu:exception', (e) => this.exception(e)),
    );
    if (this.spec.kind === 'irq') this.offs.push(pc.on('irq', (e) => (this.lastIrq = e.irq)));
  }

  /// Stops waiting or recording (a journey in progress is dropped); the PC runs unhooked again.
  disarm(): void {
    if (this.state === 'idle') return;
    this.state = 'idle';
    this.pc.setInstructionHook(null);
    for (const off of this.offs.splice(0)) off();
  }

  /// After every instruction while armed.
  private step(): void {
    // The CPU's hooked loop keeps calling until its slice ends, even after a disarm.
    if (this.state === 'idle' || this.state === 'prelude') return;
    const cpu = this.pc.cpu;
    const lin = (cpu.segBase[CS] + cpu.startEip) >>> 0;
    const wasUser = this.prevCpl === 3;
    this.prevCpl = cpu.cpl;
    const tos = peek32(this.pc, (cpu.segBase[SS] + cpu.regs[4]) >>> 0);
    if (this.state === 'waiting') {
      if (wasUser) this.ring.append(cpu, lin, tos >>> 0);
      return;
    }
    const probe = probeInsn(this.pc, lin);
    if (probe.flow === Flow.TableCall) this.readTable(probe.value, cpu.regs[0]);
    this.draft.append(cpu, lin, tos >>> 0, probe);
    if (this.state === 'after' && ++this.afterCount > USER_AFTER) return this.finish(false);
    if (this.draft.full) this.finish(true);
  }

  private matches(e: PrivilegeEvent): boolean {
    if (e.before.cpl !== 3 || e.after.cpl !== 0) return false;
    const { kind, match, irq } = this.spec;
    if (kind === 'syscall') {
      const trap = e.cause === 'sysenter' || (e.cause === 'int' && e.vector === 0x80);
      return trap && wanted(match, e.before.regs[0]);
    }
    return e.cause === 'irq' && wanted(match, e.vector) && wanted(irq, this.lastIrq);
  }

  private privilege(e: PrivilegeEvent): void {
    this.prevCpl = e.after.cpl;
    if (this.state === 'after' && e.after.cpl === 0) this.finish(false);
    if (this.state === 'waiting' && this.matches(e)) return this.begin(e);
    if (this.state === 'kernel' && e.after.cpl === 3) {
      const pops =
        e.cause === 'iret'
          ? readPops(this.pc, e)
          : [
              { address: -1, value: e.before.regs[2], label: 'EIP (EDX)' },
              { address: -1, value: e.before.regs[1], label: 'ESP (ECX)' },
            ];
      this.draft.leave(e, pops);
      this.afterCount = 0;
      this.state = 'after';
    }
  }

  private begin(e: PrivilegeEvent): void {
    const pc = this.pc;
    const regs = e.before.regs;
    const args = [regs[3], regs[1], regs[2], regs[6], regs[7], regs[5]];
    this.draft.start(e, this.ring, (lin) => probeInsn(pc, lin), {
      gate: e.cause === 'sysenter' ? null : readGate(pc, e.vector, e.before.cpl),
      stackSwitch: readStackSwitch(pc, e),
      pushes: e.cause === 'sysenter' ? [] : readPushes(pc, e),
      argStrings: args.map((a) => peekString(pc, a)),
      irq: e.cause === 'irq' ? this.lastIrq : -1,
      userStack: this.readUserStack(e.before.esp),
    });
    this.state = 'kernel';
  }

  /// The user stack as the trap left it, from the lowest ESP the kept user instructions had to
  /// USER_STACK_DWORDS above the trap's ESP, so the view's first frames already show a filled
  /// stack (at most 2 × USER_STACK_DWORDS peeks, once per journey).
  private readUserStack(trapEsp: number): StackWrite[] {
    let low = trapEsp >>> 0;
    for (let k = 0; k < this.ring.count; k++) low = Math.min(low, this.ring.esp(k) >>> 0);
    const end = Math.min(
      (trapEsp >>> 0) + 4 * USER_STACK_DWORDS,
      low + 8 * USER_STACK_DWORDS,
      PAGE_OFFSET,
    );
    const out: StackWrite[] = [];
    for (let address = low; address < end; address += 4) {
      const value = peek32(this.pc, address);
      if (value < 0) break;
      out.push({ address, value });
    }
    return out;
  }

  /// The dispatch reads `table[nr]`; its neighbours are read too so the view can name them.
  private readTable(table: number, nr: number): void {
    const at = (i: number) => peek32(this.pc, (table + 4 * i) >>> 0);
    this.draft.tableEntry = at(nr);
    this.draft.tableWindow = [-2, -1, 0, 1, 2].map((d) => (nr + d < 0 ? -1 : at(nr + d)));
  }

  private io(e: IoEvent): void {
    if (!e.write || e.port !== COM1) return;
    if (this.state === 'kernel') this.draft.consoleByte(e.value & 0xff);
    if (this.state !== 'prelude') return;
    const want = this.spec.afterOutput ?? '';
    this.output = (this.output + String.fromCharCode(e.value & 0xff)).slice(-want.length);
    if (this.output === want) this.watch();
  }

  private exception(e: ExceptionEvent): void {
    if (this.state === 'kernel') this.draft.exception(e);
  }

  private finish(truncated: boolean): void {
    const journey = this.draft.finish(truncated);
    this.remaining--;
    if (this.remaining > 0) {
      this.state = 'waiting';
      this.ring.clear();
    } else this.disarm();
    this.onJourney(journey);
  }
}
