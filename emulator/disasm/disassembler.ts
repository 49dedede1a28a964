/// The disassembler: runs the CPU's own decoder over a byte buffer and prints each instruction
/// as GNU `objdump -d` does (address, up to seven bytes per line, AT&T text).
import { decodeInto, type ByteSource } from '../cpu/decoder.ts';
import { Insn } from '../cpu/insn.ts';
import { formatInsn, hex, type Symbolizer } from './att-syntax.ts';

/// One disassembled instruction.
export interface DisasmLine {
  readonly addr: number;
  readonly bytes: Uint8Array;
  /// AT&T text, e.g. `mov    %eax,%ebx`, or `(bad)`.
  readonly text: string;
}

/// Thrown by the byte source past the end of the buffer.
const END = { end: true } as const;
/// Thrown for a decode failure (an instruction longer than 15 bytes).
const BAD = { bad: true } as const;

/// Disassembles `code` loaded at `base` (32-bit code unless `mode` is 16). `symbolize` renders
/// branch targets (default: `0x` hex, as objdump prints them without symbols).
export function disassemble(
  code: Uint8Array,
  base: number,
  mode = 32,
  symbolize?: Symbolizer,
): DisasmLine[] {
  const src: ByteSource = {
    byte: (addr: number) => {
      const k = (addr - base) >>> 0;
      if (k >= code.length) throw END;
      return code[k];
    },
    fail: () => {
      throw BAD;
    },
  };
  const sym = symbolize ?? ((a: number) => hex(a));
  const out: DisasmLine[] = [];
  const insn = new Insn();
  let off = 0;
  while (off < code.length) {
    const addr = (base + off) >>> 0;
    let len = 1;
    let text: string;
    try {
      decodeInto(insn, src, addr, mode);
      len = insn.len;
      text = formatInsn(insn, addr, sym);
      if (text === '(bad)') len = badLength(insn);
    } catch (e) {
      if (e !== END && e !== BAD) throw e;
      text = e === END ? `(bad)` : '(bad)';
    }
    out.push({ addr, bytes: code.subarray(off, off + len), text });
    off += len;
  }
  return out;
}

/// objdump consumes only the prefixes and opcode byte(s) of an undefined instruction.
function badLength(i: Insn): number {
  return Math.max(1, i.op >= 0x100 ? 2 : 1);
}

/// Address characters objdump prints for a section ending at `end`: it drops the leading zeros
/// all addresses share, in groups of four.
export function addressWidth(end: number): number {
  const zeros = (end >>> 0)
    .toString(16)
    .padStart(8, '0')
    .search(/[^0]|$/);
  return 8 - (zeros >= 4 ? (zeros - 1) & ~3 : 0);
}

/// Formats one line (or several, when the instruction has more than seven bytes) exactly as
/// `objdump -d` prints it; `width` comes from addressWidth.
export function objdumpLines(line: DisasmLine, width = 8): string[] {
  const addrText = line.addr.toString(16).padStart(width, ' ');
  const hexBytes = Array.from(line.bytes, (b) => b.toString(16).padStart(2, '0'));
  const first = hexBytes
    .slice(0, 7)
    .map((b) => `${b} `)
    .join('');
  const lines = [`${addrText}:\t${first.padEnd(21)}\t${line.text}`];
  for (let k = 7; k < hexBytes.length; k += 7) {
    const more = hexBytes
      .slice(k, k + 7)
      .map((b) => `${b} `)
      .join('');
    lines.push(`${(line.addr + k).toString(16).padStart(width, ' ')}:\t${more}`);
  }
  return lines;
}
