// The per-instruction hook and EFLAGS.TF: instructions a guest single-steps run outside the
// chained loop (Cpu.singleStep), and the hook must still be called once for each of them, after
// the #DB trap is delivered (the state before the next executed instruction, the handler's
// first, as after an INT n and as QEMU logs it).
import { describe, expect, it } from 'vitest';
import { oracleAvailable } from '../../support/oracle.ts';
import { buildGuest, runGuest } from '../support/guest.ts';
import { RING3 } from '../support/ring3.ts';

const ok = oracleAvailable('gcc', 'ld');

/// Steps s1..s3 with TF; the #DB handler clears TF in the saved EFLAGS after the third trap.
/// On exit ESI holds the handler's address and EDI the first stepped instruction's.
const GUEST = `
main:
  call setup_ring3
  mov $db_handler, %eax
  mov $1, %ecx
  mov $0x8e, %dl
  call set_gate
  xor %ebx, %ebx
  pushf
  orl $0x100, (%esp)
  popf
s1: inc %ebx
s2: add $2, %ebx
s3: inc %ebx
  mov $db_handler, %esi
  mov $s1, %edi
  ret
db_handler:
  incl dbcount
  cmpl $3, dbcount
  jb 1f
  andl $~0x100, 8(%esp)
1:iret
  .data
dbcount: .long 0
  .text
${RING3}`;

interface Seen {
  readonly eip: number;
  readonly eflags: number;
}

describe.skipIf(!ok)('per-instruction hook under EFLAGS.TF', () => {
  it('is called once per single-stepped instruction, after its #DB is delivered', () => {
    const seen: Seen[] = [];
    const traps: number[] = [];
    const { pc, result } = runGuest(buildGuest(GUEST), 1_000_000, {}, undefined, (m) => {
      m.setInstructionHook((p) => {
        const s = p.cpuState();
        seen.push({ eip: s.eip, eflags: s.eflags });
      });
      m.on('cpu:exception', (e) => traps.push(e.vector));
    });
    expect(result.reason).toBe('exit');
    const end = pc.cpuState();
    // Once per executed instruction, stepped ones included.
    expect(seen.length).toBe(end.icount);
    const handler = end.regs[6] >>> 0;
    const s1 = end.regs[7] >>> 0;
    // s1 is `inc` (1 byte), s2 `add $2` (3 bytes): the three stepped instructions.
    const stepped = [s1, s1 + 1, s1 + 4];
    const before = seen.flatMap((s, i) => (s.eip === handler && i > 0 ? [seen[i - 1]] : []));
    expect(before.map((s) => s.eip)).toEqual(stepped);
    for (const s of before) expect(s.eflags & 0x100).toBe(0x100);
    expect(traps).toEqual([1, 1, 1]);
    expect(end.regs[3]).toBe(4); // EBX: the stepped instructions ran exactly once each
  });
});
