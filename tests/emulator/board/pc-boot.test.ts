import { describe, expect, it } from 'vitest';
import { oracleAvailable } from '../../support/oracle.ts';
import { buildGuest, runGuest } from '../support/guest.ts';

const ok = oracleAvailable('gcc', 'ld');

describe.skipIf(!ok)('PC boots a multiboot kernel', () => {
  it('prints hello over COM1 and exits through port 0xF4', () => {
    const elf = buildGuest(`
main:
  mov $msg, %esi
  call puts
  mov $42, %al
  jmp exit
  .data
msg: .asciz "hello\\n"
`);
    const { serial, result } = runGuest(elf);
    expect(serial).toBe('hello\n');
    expect(result.reason).toBe('exit');
    expect(result.exitCode).toBe(42);
  });

  it('passes the multiboot magic and information structure', () => {
    const elf = buildGuest(`
main:
  mov %eax, %edx
  mov %edx, %eax
  call puthex
  mov (%ebx), %eax
  call puthex
  ret
`);
    const { serial } = runGuest(elf);
    expect(serial.slice(0, 8)).toBe('2badb002');
    expect(parseInt(serial.slice(8, 16), 16) & 0x4d).toBe(0x4d);
  });
});
