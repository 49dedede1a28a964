import { describe, expect, it } from 'vitest';
import type { PrivilegeEvent } from '../../../emulator/index.ts';
import { oracleAvailable } from '../../support/oracle.ts';
import { buildGuest, runGuest } from '../support/guest.ts';
import { RING3 } from '../support/ring3.ts';

const ok = oracleAvailable('gcc', 'ld');

// Ring 3 makes one int $0x80 and one sysenter, then exits through a final int $0x80 (EAX = 7).
const USER = `
main:
  call setup_ring3
  mov $user, %eax
  jmp to_user
user:
  mov $5, %eax
  mov $0x1234, %ebx
  int $0x80
  mov %eax, %esi
  mov $after, %edx
  mov %esp, %ecx
  mov $6, %eax
  sysenter
after:
  cmp $1005, %esi
  jne bad
  cmp $2006, %eax
  jne bad
  mov $0x23, %ax
  mov $0, %eax
  int $0x80
bad:
  ud2
${RING3}
`;

describe.skipIf(!ok)('privilege transition events', () => {
  it('reports int, iret, sysenter and sysexit with before/after state', () => {
    const elf = buildGuest(USER.replace('int $0x80\nbad:', 'int $0x80\n  jmp .\nbad:'));
    const events: PrivilegeEvent[] = [];
    const pcRun = runGuest(elf, 200_000, {}, undefined, (pc) =>
      pc.on('cpu:privilege', (e) => events.push(e)),
    );
    expect(pcRun.result.reason).toBe('budget');
    const causes = events.map((e) => `${e.cause}:${e.before.cpl}->${e.after.cpl}`);
    expect(causes.slice(0, 5)).toEqual([
      'iret:0->3',
      'int:3->0',
      'iret:0->3',
      'sysenter:3->0',
      'sysexit:0->3',
    ]);
    const int80 = events[1];
    expect(int80.vector).toBe(0x80);
    expect(int80.before.cs).toBe(0x1b);
    expect(int80.after.cs).toBe(0x08);
    expect(int80.before.regs[0]).toBe(5);
    expect(int80.before.regs[3]).toBe(0x1234);
    expect(int80.after.ss).toBe(0x10);
    expect(events[2].after.regs[0]).toBe(1005);
    expect(events[3].after).toMatchObject({ cs: 0x08, ss: 0x10, cpl: 0 });
    expect(events[4].after.regs[0]).toBe(2006);
    expect(events[4].after.cs).toBe(0x1b);
    expect(events[4].after.ss).toBe(0x23);
  });

  it('reports a ring-3 fault as an exception transition with its error code', () => {
    const elf = buildGuest(USER.replace('  mov $5, %eax\n', '  cli\n'));
    const events: PrivilegeEvent[] = [];
    const exceptions: { vector: number; errorCode: number }[] = [];
    const { result, serial } = runGuest(elf, 200_000, {}, undefined, (pc) => {
      pc.on('cpu:privilege', (e) => events.push(e));
      pc.on('cpu:exception', (e) => exceptions.push(e));
    });
    expect(serial).toBe('F');
    expect(result.exitCode).toBe(113);
    expect(exceptions[0]).toMatchObject({ vector: 13, errorCode: 0 });
    expect(events[1]).toMatchObject({ cause: 'exception', vector: 13 });
    expect(events[1].before.cpl).toBe(3);
  });
});
