/// `syscall-lab objdump -d FILE`: disassembles an ELF32 file's code with the emulator's decoder,
/// in GNU objdump's output format.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readElfSections } from '../disasm/elf-sections.ts';
import { objdumpText } from '../disasm/objdump-format.ts';
import { LocatedError } from '../errors.ts';

const USAGE = 'usage: syscall-lab objdump -d FILE...';

/// Entry point; returns the exit status.
export async function main(argv: string[]): Promise<number> {
  const files = argv.filter((a) => a !== '-d');
  if (!argv.includes('-d') || files.length === 0 || files.some((f) => f.startsWith('-'))) {
    console.error(USAGE);
    return 2;
  }
  let status = 0;
  for (const file of files) {
    try {
      const data = new Uint8Array(readFileSync(file));
      process.stdout.write(objdumpText(data, readElfSections(data, file), file));
    } catch (e) {
      const msg = e instanceof LocatedError ? e.message : `${file}: ${(e as Error).message}`;
      console.error(
        `syscall-lab objdump: ${msg.replace(basename(file), file).replace(`${file}: ${file}`, file)}`,
      );
      status = 1;
    }
  }
  return status;
}
