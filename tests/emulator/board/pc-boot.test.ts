import { describe, expect, it } from 'vitest';
import { PC } from '../../../emulator/index.ts';
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

describe.skipIf(!ok)('multiboot information', () => {
  it('passes the command line and modules (start, end, string) to the kernel', () => {
    const elf = buildGuest(`
main:
  mov 16(%ebx), %esi          # cmdline
  call puts
  mov $'|', %al
  call putc
  mov 20(%ebx), %eax          # mods_count
  call puthex
  mov 24(%ebx), %edi          # mods_addr
  mov (%edi), %esi            # module 0 start: its text is NUL-terminated
  call puts
  mov 8(%edi), %esi           # module 0 string
  call puts
  mov 4(%edi), %eax
  sub (%edi), %eax            # module 0 length
  call puthex
  ret
`);
    const pc = new PC({ memoryBytes: 16 << 20 });
    let out = '';
    pc.on('serial:out', ({ bytes }) => (out += new TextDecoder().decode(bytes)));
    const data = new TextEncoder().encode('initramfs!\0');
    pc.loadMultiboot(elf, {
      cmdline: 'console=ttyS0 init=/sbin/init',
      modules: [{ data, string: 'initrd' }],
    });
    expect(pc.run(1_000_000).reason).toBe('exit');
    expect(out).toBe('console=ttyS0 init=/sbin/init|00000001initramfs!initrd0000000b');
  });

  it('rejects a module that does not fit in RAM with a located error', () => {
    const pc = new PC({ memoryBytes: 2 << 20 });
    const elf = buildGuest('main:\n  ret\n');
    expect(() => pc.loadMultiboot(elf, { modules: [{ data: new Uint8Array(3 << 20) }] })).toThrow(
      /module 0 .* does not fit in RAM/,
    );
  });
});
