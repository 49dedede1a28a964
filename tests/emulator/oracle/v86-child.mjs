// Boots one multiboot kernel on v86 (npm `v86`) in this process and prints one JSON line:
// { serial: base64, exitCode: number|null, timedOut: boolean }. Runs in a child process because
// v86 answers a write to port 0xF4 by logging "Test exited with code 0xNN" and throwing "HALT"
// from its timer loop, an uncaught exception that would take a test worker down with it.
// argv: kernel path, memory MiB, timeout ms, JSON array of {waitFor?, send} steps, cmdline.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { V86 } from 'v86';

const [kernel, memMiB, timeoutMs, stepsJson, cmdline] = process.argv.slice(2);
const steps = JSON.parse(stepsJson);
const elf = readFileSync(kernel);
const wasm = fileURLToPath(new URL('../../../node_modules/v86/build/v86.wasm', import.meta.url));
const bytes = [];
let text = '';
let exitCode = null;
let stepIndex = 0;
let searchFrom = 0;
let done = false;

const emu = new V86({
  wasm_path: wasm,
  memory_size: Number(memMiB) << 20,
  multiboot: { buffer: elf.buffer.slice(elf.byteOffset, elf.byteOffset + elf.length) },
  cmdline,
  autostart: true,
  disable_keyboard: true,
  disable_mouse: true,
  disable_speaker: true,
});

function finish(timedOut) {
  if (done) return;
  done = true;
  const serial = Buffer.from(bytes).toString('base64');
  process.stdout.write(JSON.stringify({ serial, exitCode, timedOut }) + '\n');
  try {
    emu.destroy();
  } catch {
    // already halted by the exit port
  }
  process.exit(0);
}

function feed() {
  while (stepIndex < steps.length) {
    const step = steps[stepIndex];
    if (step.waitFor !== undefined) {
      const at = text.indexOf(step.waitFor, searchFrom);
      if (at < 0) return;
      searchFrom = at + step.waitFor.length;
    }
    emu.serial0_send(step.send);
    stepIndex++;
  }
}

const log = console.log;
console.log = (...args) => {
  const m = /Test exited with code 0x([0-9a-f]+)/i.exec(String(args[0]));
  if (m) exitCode = parseInt(m[1], 16);
  else log(...args);
};
process.on('uncaughtException', (e) => {
  if (e === 'HALT') setTimeout(() => finish(false), 10);
  else throw e;
});
emu.add_listener('serial0-output-byte', (b) => {
  bytes.push(b);
  text += String.fromCharCode(b);
  feed();
  // Machines without the exit port end at the runtime's sentinel line.
  if (/@@EXIT=[0-9a-f]{2}\n$/.test(text)) setTimeout(() => finish(false), 20);
});
setTimeout(() => finish(true), Number(timeoutMs));
