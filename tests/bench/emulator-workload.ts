// The CPU-bound guest of the emulator benchmark: compiled-C-like work (hashing, sorting, copying,
// calls and branches) built with gcc -m32 -O2 into a multiboot kernel. It prints 'S' when the
// timed work starts and 'E' plus a checksum when it ends, so every machine is timed on exactly
// the same instructions between the two bytes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const START = `
  .text
  .align 4
  .long 0x1badb002, 0, -0x1badb002
  .globl _start
_start:
  mov $stack_top, %esp
  call bench_main
  out %al, $0xf4
1: hlt
  jmp 1b
  .bss
  .align 16
  .space 65536
stack_top:
  .section .note.GNU-stack, "", @progbits
`;

const WORK = `
static inline void outb(unsigned short p, unsigned char v) { __asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(p)); }
static void putc(char c) { outb(0x3f8, c); }
static void puthex(unsigned v) { for (int i = 28; i >= 0; i -= 4) putc("0123456789abcdef"[(v >> i) & 15]); }
static unsigned data[1024];
static unsigned char src[4096], dst[4096];
__attribute__((noinline)) static unsigned hash(unsigned x) { x ^= x >> 16; x *= 0x7feb352d; x ^= x >> 15; x *= 0x846ca68b; return x ^ (x >> 16); }
__attribute__((noinline)) static void sort(unsigned *a, int n) {
  for (int i = 1; i < n; i++) { unsigned v = a[i]; int j = i - 1; while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; } a[j + 1] = v; }
}
__attribute__((noinline)) static void copy(unsigned char *d, const unsigned char *s, int n) { for (int i = 0; i < n; i++) d[i] = s[i] ^ (unsigned char)i; }
int bench_main(void) {
  unsigned sum = 0;
  putc('S');
  for (int round = 0; round < ROUNDS; round++) {
    for (int i = 0; i < 256; i++) data[i] = hash(i * 2654435761u + round);
    sort(data, 256);
    for (int i = 0; i < 4096; i++) src[i] = (unsigned char)data[i & 255];
    copy(dst, src, 4096);
    for (int i = 0; i < 4096; i += 64) sum = sum * 31 + dst[i] + (data[i & 255] % 7);
  }
  putc('E');
  puthex(sum);
  putc('\\n');
  return 0;
}
`;

/// Builds the workload kernel with `rounds` rounds (each about 0.4 million instructions).
export function buildWorkload(rounds: number): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'emu-bench-'));
  try {
    writeFileSync(join(dir, 'start.S'), START);
    writeFileSync(join(dir, 'work.c'), WORK.replace('ROUNDS', String(rounds)));
    const cc = ['-m32', '-O2', '-ffreestanding', '-fno-pic', '-fno-stack-protector', '-c'];
    execFileSync('gcc', [...cc, '-o', join(dir, 'start.o'), join(dir, 'start.S')]);
    execFileSync('gcc', [...cc, '-o', join(dir, 'work.o'), join(dir, 'work.c')]);
    execFileSync('ld', [
      '-m',
      'elf_i386',
      '-Ttext',
      '0x100000',
      '-o',
      join(dir, 'bench.elf'),
      join(dir, 'start.o'),
      join(dir, 'work.o'),
    ]);
    return new Uint8Array(readFileSync(join(dir, 'bench.elf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
