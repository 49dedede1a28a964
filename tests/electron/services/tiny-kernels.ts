// Tiny multiboot ELF32 kernels, assembled here as bytes, for the machine service's lifecycle
// tests: one that prints a byte and spins forever, one that writes an exit code to port 0xF4,
// one that triple-faults. Each is one PT_LOAD segment at 1 MiB holding the headers, the
// multiboot header and a few instructions.

const LOAD = 0x100000;
const MB_OFFSET = 96;
const CODE_OFFSET = MB_OFFSET + 12;

/// Prints 'S' on COM1, then `jmp .` forever with interrupts off.
export const SPIN_CODE = [0xfa, 0x66, 0xba, 0xf8, 0x03, 0xb0, 0x53, 0xee, 0xeb, 0xfe];

/// Prints 'X' on COM1, then writes 42 to the debug-exit port 0xF4.
export const EXIT_CODE = [0x66, 0xba, 0xf8, 0x03, 0xb0, 0x58, 0xee, 0xb0, 0x2a, 0xe6, 0xf4];

/// Prints 'T', loads an empty IDT and executes int3: #GP, #DF, then a triple fault.
export function tripleFaultCode(): number[] {
  const idtr = LOAD + CODE_OFFSET + 24; // six zero bytes after the code
  const lidt = [0x0f, 0x01, 0x1d, ...le32(idtr)];
  return [0x66, 0xba, 0xf8, 0x03, 0xb0, 0x54, 0xee, ...lidt, 0xcc, 0xeb, 0xfe];
}

/// A multiboot ELF whose entry runs `code`.
export function tinyKernel(code: readonly number[]): Uint8Array {
  const size = CODE_OFFSET + 32;
  const b = new Uint8Array(size);
  const v = new DataView(b.buffer);
  b.set([0x7f, 0x45, 0x4c, 0x46, 1, 1, 1]); // ELF32, little-endian, version 1
  v.setUint16(16, 2, true); // ET_EXEC
  v.setUint16(18, 3, true); // EM_386
  v.setUint32(20, 1, true);
  v.setUint32(24, LOAD + CODE_OFFSET, true); // entry
  v.setUint32(28, 52, true); // phoff
  v.setUint16(40, 52, true); // ehsize
  v.setUint16(42, 32, true); // phentsize
  v.setUint16(44, 1, true); // phnum
  const ph = 52;
  v.setUint32(ph, 1, true); // PT_LOAD
  v.setUint32(ph + 8, LOAD, true);
  v.setUint32(ph + 12, LOAD, true);
  v.setUint32(ph + 16, size, true);
  v.setUint32(ph + 20, size, true);
  v.setUint32(ph + 24, 7, true);
  v.setUint32(MB_OFFSET, 0x1badb002, true);
  v.setUint32(MB_OFFSET + 8, (0x100000000 - 0x1badb002) >>> 0, true);
  b.set(code, CODE_OFFSET);
  return b;
}

function le32(x: number): number[] {
  return [x & 0xff, (x >>> 8) & 0xff, (x >>> 16) & 0xff, (x >>> 24) & 0xff];
}
