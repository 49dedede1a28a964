/// Decodes the instruction at a linear address with the CPU's own decoder (through the
/// side-effect-free page walk) and classifies what the journey cares about: calls, returns, the
/// entry code's bound check (`cmpl $nr_syscalls, %eax`) and its table call
/// (`call *sys_call_table(,%eax,4)`).
import type { PC } from '../../board/pc.ts';
import { decodeInto, type ByteSource } from '../../cpu/decoder.ts';
import { Insn } from '../../cpu/insn.ts';
import { formatInsn, hex } from '../../disasm/att-syntax.ts';
import { peek8 } from './linear-peek.ts';

/// Control-flow class of an instruction.
export const enum Flow {
  None = 0,
  Call = 1,
  Ret = 2,
  /// `cmp $imm32, %eax`: a candidate bound check (imm in `value`).
  CmpEax = 3,
  /// `call *disp(,%eax,4)`: an indexed table call (table address in `value`).
  TableCall = 4,
  /// `jae` / `jnb`: the bound check's branch.
  Jae = 5,
}

/// What the probe found.
export interface ProbeResult {
  text: string;
  length: number;
  flow: Flow;
  value: number;
}

const UNMAPPED = { unmapped: true } as const;
const scratch = new Insn();
const out: ProbeResult = { text: '', length: 0, flow: Flow.None, value: 0 };

/// Decodes the 32-bit instruction at `lin`. The result object is reused by the next call.
export function probeInsn(pc: PC, lin: number): ProbeResult {
  const src: ByteSource = {
    byte: (a: number) => {
      const b = peek8(pc, a >>> 0);
      if (b < 0) throw UNMAPPED;
      return b;
    },
    fail: () => {
      throw UNMAPPED;
    },
  };
  try {
    decodeInto(scratch, src, lin >>> 0, 32);
  } catch (e) {
    if (e !== UNMAPPED) throw e;
    out.text = '(unreadable)';
    out.length = 1;
    out.flow = Flow.None;
    out.value = 0;
    return out;
  }
  out.text = formatInsn(scratch, lin >>> 0, hex).replace(/\s+/, ' ');
  out.length = scratch.len;
  classify(scratch);
  return out;
}

function classify(i: Insn): void {
  out.flow = Flow.None;
  out.value = 0;
  const op = i.op;
  if (op === 0xe8 || (op === 0xff && (i.reg === 2 || i.reg === 3))) {
    const indexed = op === 0xff && i.rm < 0 && i.base < 0 && i.index === 0 && i.scale === 2;
    out.flow = indexed ? Flow.TableCall : Flow.Call;
    out.value = indexed ? i.disp >>> 0 : 0;
  } else if (op === 0xc3 || op === 0xc2) {
    out.flow = Flow.Ret;
  } else if ((op === 0x3d || (op === 0x81 && i.reg === 7 && i.rm === 0)) && i.size === 32) {
    out.flow = Flow.CmpEax;
    out.value = i.imm >>> 0;
  } else if (op === 0x73 || op === 0x183) {
    out.flow = Flow.Jae;
  }
}
