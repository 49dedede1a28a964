// Entry of the bundled benchmark child (see emulator-bundle.ts). argv: `workload ELF hooked`
// (hooked = 0/1) or `boot VMLINUX INITRD`. Runs a warm-up first so V8 has optimized the CPU,
// then prints one JSON line with the measured run.
import { readFileSync } from 'node:fs';
import { bootToPrompt, runWorkload } from './emulator-ours.ts';

const [what, a, b] = process.argv.slice(2);
const file = (path: string) => new Uint8Array(readFileSync(path));
if (what === 'workload') {
  const elf = file(a);
  runWorkload(elf, b === '1');
  console.log(JSON.stringify(runWorkload(elf, b === '1')));
} else if (what === 'boot') {
  console.log(JSON.stringify(bootToPrompt(file(a), file(b))));
} else {
  console.error('usage: emulator-ours-child (workload ELF 0|1 | boot VMLINUX INITRD)');
  process.exitCode = 2;
}
