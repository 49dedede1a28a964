// Test support: builds tiny multiboot guests from GNU assembler source with Debian's binutils
// (`as --32`, `ld -m elf_i386`) and runs them on the emulator, collecting COM1 output.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PC, type MachineConfig, type RunResult } from '../../../emulator/index.ts';

/// Multiboot header + a stack + `_start` calling the body, then helper routines: `putc` (AL to
/// COM1), `puts` (ESI, NUL-terminated), `puthex` (EAX as 8 hex digits) and `exit` (AL to 0xF4).
export const PRELUDE = `
  .text
  .align 4
  .long 0x1badb002, 0, -0x1badb002
  .globl _start
_start:
  mov $stack_top, %esp
  call main
  mov $0, %al
exit:
  out %al, $0xf4
  hlt
putc:
  push %edx
  mov $0x3f8, %dx
  out %al, %dx
  pop %edx
  ret
puts:
  push %eax
1: lodsb
  test %al, %al
  jz 2f
  call putc
  jmp 1b
2: pop %eax
  ret
puthex:
  push %ecx
  push %eax
  mov $8, %ecx
3: rol $4, %eax
  push %eax
  and $15, %eax
  mov hexdigits(%eax), %al
  call putc
  pop %eax
  loop 3b
  pop %eax
  pop %ecx
  ret
  .section .rodata
hexdigits: .ascii "0123456789abcdef"
  .bss
  .align 16
  .space 16384
stack_top:
  .text
`;

/// Assembles and links `source` (AT&T syntax, `main` defined by the caller) into a multiboot ELF.
/// `extra` adds more source files; the image is linked at 1 MiB.
export function buildGuest(
  source: string,
  opts: { prelude?: boolean; ldArgs?: string[] } = {},
): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'emu-guest-'));
  try {
    const src = join(dir, 'guest.S');
    writeFileSync(src, (opts.prelude === false ? '' : PRELUDE) + source + '\n');
    execFileSync('gcc', ['-m32', '-c', '-o', join(dir, 'guest.o'), src], { stdio: 'pipe' });
    execFileSync(
      'ld',
      [
        '-m',
        'elf_i386',
        '-Ttext',
        '0x100000',
        '-o',
        join(dir, 'guest.elf'),
        ...(opts.ldArgs ?? []),
        join(dir, 'guest.o'),
      ],
      { stdio: 'pipe' },
    );
    return new Uint8Array(readFileSync(join(dir, 'guest.elf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/// Result of running a guest to its exit.
export interface GuestRun {
  readonly serial: string;
  readonly result: RunResult;
  readonly pc: PC;
}

/// Boots `elf` and runs until exit/reset/idle or `budget` instructions.
export function runGuest(
  elf: Uint8Array,
  budget = 50_000_000,
  config: MachineConfig = {},
  input?: string,
  setup?: (pc: PC) => void,
): GuestRun {
  const pc = new PC({ memoryBytes: 32 * 1024 * 1024, ...config });
  setup?.(pc);
  let serial = '';
  pc.on('serial:out', ({ bytes }) => (serial += new TextDecoder().decode(bytes)));
  pc.loadMultiboot(elf);
  if (input !== undefined) pc.serialInput(new TextEncoder().encode(input));
  const result = pc.run(budget);
  return { serial, result, pc };
}
