/// Teaching notes for kernel instructions, with this call's values: the bound check, the table
/// lookup, SAVE_ALL's pushes, calls and returns, exceptions and console output.
import { Flow } from './insn-probe.ts';
import { STRIDE } from './insn-log.ts';
import type { RawJourney } from './raw-journey.ts';
import type { JourneySymbols } from './symbols.ts';

const hex = (v: number) => `0x${(v >>> 0).toString(16)}`;
const SAVED: Record<string, string> = {
  ebx: 'the 1st argument',
  ecx: 'the 2nd argument',
  edx: 'the 3rd argument',
  esi: 'the 4th argument',
  edi: 'the 5th argument',
  ebp: 'the 6th argument',
  eax: 'the call number',
};
const EXCEPTION_NAMES: Record<number, string> = {
  0: 'divide error',
  6: 'invalid opcode',
  13: 'general protection fault',
  14: 'page fault',
};

/// The note for log record `k` (undefined when there is nothing to say); `entry` is true in
/// the entry stage, where pushes are SAVE_ALL's.
export function instructionNote(
  raw: RawJourney,
  k: number,
  syms: JourneySymbols,
  entry: boolean,
): string | undefined {
  const parts: string[] = [];
  const flow = raw.flow[k] as Flow;
  const eax = raw.regs[k * STRIDE] >>> 0;
  const text = raw.text[k];
  if (flow === Flow.CmpEax) {
    const limit = raw.value[k];
    parts.push(
      eax < limit
        ? `Bound check: EAX = ${eax} < ${limit} (nr_syscalls, the table's own size): the number is in the table.`
        : `Bound check: EAX = ${eax} ≥ ${limit} (nr_syscalls): no such entry, jae goes to the error path (-ENOSYS).`,
    );
  } else if (flow === Flow.TableCall) {
    const entry = (raw.value[k] + 4 * eax) >>> 0;
    const name = syms.nameOf(raw.tableEntry) ?? hex(raw.tableEntry);
    parts.push(
      `sys_call_table at ${hex(raw.value[k])} + 4 × ${eax} = ${hex(entry)} holds ${hex(raw.tableEntry)}: call ${name}.`,
    );
  } else if (flow === Flow.Call && k + 1 < raw.addr.length) {
    parts.push(`call ${syms.place(raw.addr[k + 1]).function ?? hex(raw.addr[k + 1])}`);
  } else if (flow === Flow.Ret) {
    parts.push(`return, EAX = ${hex(eax)} (${eax | 0})`);
  } else {
    const push = /^push %(e[a-d]x|e[sd]i|ebp)$/.exec(text);
    if (entry && push) {
      const value = hex(raw.regs[(k - 1) * STRIDE + regIndex(push[1])]);
      const meaning = raw.entry.cause === 'irq' ? '' : `, ${SAVED[push[1]]}`;
      parts.push(`SAVE_ALL: ${push[1].toUpperCase()} = ${value}${meaning}.`);
    }
  }
  for (const e of raw.exceptions)
    if (e.index === k)
      parts.push(
        `${EXCEPTION_NAMES[e.vector] ?? 'exception'} (vector ${e.vector}, error code ${e.errorCode}) at ${hex(e.eip)}${e.vector === 14 ? `, address ${hex(e.cr2)}` : ''}.`,
      );
  for (const c of raw.console)
    if (c.index === k) parts.push(`The console receives ${JSON.stringify(c.text)}.`);
  return parts.length ? parts.join(' ') : undefined;
}

function regIndex(name: string): number {
  return ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'].indexOf(name);
}
