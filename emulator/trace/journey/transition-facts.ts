/// The CPU's own steps of a ring change, read back from the machine at the moment it happened:
/// the IDT gate (vector, selector, offset, DPL), the TSS's SS0:ESP0 (or the SYSENTER MSRs), and
/// the words pushed on (or popped from) the kernel stack, at their real addresses.
import type { PC } from '../../board/pc.ts';
import type { PrivilegeEvent } from '../events.ts';
import type { GateFact, StackSwitchFact, StackWrite } from './format.ts';
import { peek32 } from './linear-peek.ts';

const TR = 7;
/// The frame the CPU pushes on an inner-ring interrupt, from the lowest address up.
const PUSHED = ['EIP', 'CS', 'EFLAGS', 'ESP', 'SS'] as const;

/// The IDT gate for `vector` as the CPU read it.
export function readGate(pc: PC, vector: number, cpl: number): GateFact {
  const address = (pc.cpu.idtBase + vector * 8) >>> 0;
  const lo = peek32(pc, address);
  const hi = peek32(pc, address + 4);
  return {
    vector,
    address,
    selector: lo >>> 16,
    offset: ((lo & 0xffff) | (hi & 0xffff0000)) >>> 0,
    dpl: (hi >>> 13) & 3,
    type: (hi >>> 8) & 0x1f,
    cpl,
  };
}

/// Where the kernel stack came from: the TSS's SS0:ESP0 (int, irq) or the MSRs (sysenter).
export function readStackSwitch(pc: PC, e: PrivilegeEvent): StackSwitchFact {
  const cpu = pc.cpu;
  if (e.cause === 'sysenter')
    return {
      source: 'msr',
      address: -1,
      ss: (cpu.sysenterCs + 8) & 0xfffc,
      esp: cpu.sysenterEsp >>> 0,
      msrCs: cpu.sysenterCs,
      msrEip: cpu.sysenterEip >>> 0,
    };
  const base = cpu.segBase[TR] >>> 0;
  return {
    source: 'tss',
    address: (base + 4) >>> 0,
    esp: peek32(pc, base + 4),
    ss: peek32(pc, base + 8) & 0xffff,
  };
}

/// The five words an inner-ring interrupt pushed, SS first (highest address), read from the
/// kernel stack right after the transition (`after.esp` points at the saved EIP).
export function readPushes(pc: PC, e: PrivilegeEvent): StackWrite[] {
  const out: StackWrite[] = [];
  for (let k = PUSHED.length - 1; k >= 0; k--) {
    const address = (e.after.esp + 4 * k) >>> 0;
    out.push({ address, value: peek32(pc, address), label: PUSHED[k] });
  }
  return out;
}

/// The five words iret pops (EIP first, lowest address), read before the transition at
/// `before.esp`.
export function readPops(pc: PC, e: PrivilegeEvent): StackWrite[] {
  return PUSHED.map((label, k) => {
    const address = (e.before.esp + 4 * k) >>> 0;
    return { address, value: peek32(pc, address), label };
  });
}
