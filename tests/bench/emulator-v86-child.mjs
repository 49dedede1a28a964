// Times the benchmark workload on v86 in its own process (v86 ends a run by throwing "HALT" from
// its timer loop). argv: kernel path. Prints one JSON line:
// { bootToFirstByteMs, workMs, output } where workMs runs from the 'S' byte to the 'E' byte.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { V86 } from 'v86';

const elf = readFileSync(process.argv[2]);
const wasm = fileURLToPath(new URL('../../node_modules/v86/build/v86.wasm', import.meta.url));
let text = '';
let firstAt = 0,
  startAt = 0,
  endAt = 0;
const t0 = performance.now();
const emu = new V86({
  wasm_path: wasm,
  memory_size: 64 << 20,
  multiboot: { buffer: elf.buffer.slice(elf.byteOffset, elf.byteOffset + elf.length) },
  autostart: true,
  disable_keyboard: true,
  disable_mouse: true,
  disable_speaker: true,
});
const log = console.log;
console.log = (...args) => (/Test exited/.test(String(args[0])) ? undefined : log(...args));
function finish() {
  process.stdout.write(
    JSON.stringify({ bootToFirstByteMs: firstAt - t0, workMs: endAt - startAt, output: text }) +
      '\n',
  );
  process.exit(0);
}
process.on('uncaughtException', (e) => {
  if (e === 'HALT') finish();
  else throw e;
});
emu.add_listener('serial0-output-byte', (b) => {
  const now = performance.now();
  if (!firstAt) firstAt = now;
  const c = String.fromCharCode(b);
  if (c === 'S') startAt = now;
  if (c === 'E') endAt = now;
  text += c;
  if (c === '\n') setTimeout(finish, 10);
});
setTimeout(finish, 120_000);
