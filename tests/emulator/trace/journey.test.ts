// The syscall journey recorded on the lab's real kernel (built by syscall-lab build with tcc.wasm
// -g) running on our PC, checked against the built artifacts: System.map, the stabs line table,
// the user program's own argv, and the C source the learner wrote.

import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DebugInfo } from '../../../build/debuginfo/index.ts';
import type { PC } from '../../../emulator/index.ts';
import {
  loadTrace,
  loadTraces,
  peek32,
  peekString,
  saveTrace,
  STAGES,
  type JourneyTrace,
  type RawJourney,
} from '../../../emulator/trace/journey/index.ts';
import { oracleAvailable } from '../../support/oracle.ts';
import { repoRoot } from '../../support/kernel-build.ts';
import { myPrintKSource } from '../../kernel/lab-steps.ts';
import { buildLabArtifacts, haveTcc, type LabArtifacts } from './lab-artifacts.ts';
import { JourneySession, type Recorded } from './journey-session.ts';

if (!haveTcc && process.env.CI === 'true') throw new Error('tcc.wasm missing in CI: npm install');
const ok = oracleAvailable('gcc', 'cpio') && haveTcc;

/// Finds argv on the user stack above the trap's ESP: argc = 2, argv[0] naming the program,
/// argv[1]; returns argv[1]'s address (0 when not found).
function argv1Address(pc: PC, raw: RawJourney): number {
  for (let a = raw.entry.before.esp; a < 0xbffffff0; a += 4) {
    if (peek32(pc, a) !== 2) continue;
    const p0 = peek32(pc, a + 4);
    const name = p0 > 0 ? peekString(pc, p0) : null;
    if (name?.endsWith('mykernelprint') && peek32(pc, a + 12) === 0) return peek32(pc, a + 8);
  }
  return 0;
}

const symbol = (lab: LabArtifacts, name: string) => {
  const m = new RegExp(`^([0-9a-f]{8}) \\w ${name}$`, 'm').exec(lab.systemMap);
  if (!m) throw new Error(`${name} not in System.map`);
  return parseInt(m[1], 16);
};

/// Stages appear in their documented order.
function stagesInOrder(t: JourneyTrace): boolean {
  const order = t.frames.map((f) => STAGES.indexOf(f.stage));
  return order.every((s, i) => i === 0 || s >= order[i - 1]);
}

describe.skipIf(!ok)('the syscall journey on the lab kernel', () => {
  let lab: LabArtifacts;
  let main: JourneySession;
  let sysenter: Recorded;

  beforeAll(async () => {
    lab = await buildLabArtifacts();
    main = new JourneySession(lab);
    sysenter = main.record('./mykernelprint hello', { kind: 'syscall', match: 338 }, argv1Address);
  }, 240_000);
  afterAll(() => lab?.tmp.dispose());

  it('records MyPrintK through sysenter with the facts of the built kernel', () => {
    const { trace, raw, extra } = sysenter;
    const f = trace.facts;
    expect(f.path).toBe('sysenter');
    expect(f.nr).toBe(338);
    expect(f.cplPath).toEqual([3, 0, 3]);
    expect(f.returnValue).toBe(0);
    expect(f.returnedToCaller).toBe(true);
    expect(f.stackSwitch?.msrEip).toBe(symbol(lab, 'ia32_sysenter_target'));
    const table = symbol(lab, 'sys_call_table');
    expect(f.dispatch).toMatchObject({
      limit: symbol(lab, 'nr_syscalls'),
      rejected: false,
      tableAddress: table,
      index: 338,
      entryAddress: table + 4 * 338,
      target: symbol(lab, 'sys_MyPrintK'),
      targetName: 'sys_MyPrintK',
    });
    // EBX is argv[1] of the process, found on its own initial stack, and holds "hello"
    expect(extra).not.toBe(0);
    expect(f.args[0]).toBe(extra);
    expect(f.argStrings[0]).toBe('hello');
    expect(f.console).toContain('hello');
    expect(raw.exceptions).toEqual([]);
    expect(stagesInOrder(trace)).toBe(true);
    // the return value goes into the saved EAX slot, which RESTORE_ALL pops into EAX
    const store = trace.frames.find((x) => x.stack?.label === 'pt_regs.EAX' && x.stage === 'exit');
    expect(store?.stack?.value).toBe(0);
  });

  it('names the SYSENTER EIP and the table entries around 338, and keeps the user stack', () => {
    const f = sysenter.trace.facts;
    expect(f.stackSwitch?.msrEipName).toBe('ia32_sysenter_target');
    expect(f.returnPath).toBe('sysexit');
    // 336 and 337 are cond_syscall() aliases of sys_ni_syscall, which names them (not an alias);
    // 339 is past the bound, so not shown
    const ni = symbol(lab, 'sys_ni_syscall');
    expect(f.dispatch?.neighbours).toEqual([
      { index: 336, target: ni, targetName: 'sys_ni_syscall' },
      { index: 337, target: ni, targetName: 'sys_ni_syscall' },
      { index: 338, target: symbol(lab, 'sys_MyPrintK'), targetName: 'sys_MyPrintK' },
    ]);
    // the user stack read at the trap covers every user frame's ESP, and holds what the last
    // user push left there (the recorded frames and the memory agree)
    const user = f.userStack ?? [];
    const lowest = Math.min(
      ...sysenter.trace.frames.filter((x) => x.stage === 'user').map((x) => x.regs.gpr[4]),
    );
    expect(user[0]?.address).toBe(lowest);
    expect(user.length).toBeGreaterThanOrEqual(24);
    const push = sysenter.trace.frames.findLast((x) => x.stage === 'user' && x.stack);
    if (push?.stack) {
      const slot = user.find((u) => u.address === push.stack!.address);
      expect(slot?.value).toBe(push.stack.value);
    }
  });

  it("names the C lines of sys_MyPrintK from the build's line table", () => {
    const debug = DebugInfo.fromElf(lab.vmlinux);
    const start = symbol(lab, 'sys_MyPrintK');
    const rows = debug.lines.filter((r) => r.address >= start && r.address < start + 0x40);
    const tableLines = new Set(rows.map((r) => r.line));
    const { bodyLines } = sysenter.trace.facts;
    expect(bodyLines.length).toBeGreaterThan(0);
    for (const l of bodyLines) {
      expect(l.file).toBe('MyPrintK/MyPrintK.c');
      expect(tableLines.has(l.line)).toBe(true);
    }
    const src = myPrintKSource.split('\n');
    const printkLine = src.findIndex((l) => l.includes('printk(')) + 1;
    const returnLine = src.findIndex((l) => l.includes('return 0')) + 1;
    expect(bodyLines.map((l) => l.line)).toEqual(expect.arrayContaining([printkLine, returnLine]));
    expect(sysenter.trace.sources[0]?.text).toContain('asmlinkage long sys_MyPrintK');
    const printk = sysenter.trace.calls.find((c) => c.name === 'printk');
    expect(printk?.instructions).toBeGreaterThan(100);
  });

  it('records the raw int $0x80 driver: IDT gate, TSS stack, the five pushes', () => {
    const { trace } = main.record('/bin/mykernelprint hello', { kind: 'syscall', match: 338 });
    const f = trace.facts;
    expect(f.path).toBe('int80');
    expect(f.gate).toMatchObject({
      vector: 0x80,
      dpl: 3,
      cpl: 3,
      offset: symbol(lab, 'system_call'),
    });
    expect(f.stackSwitch?.source).toBe('tss');
    expect(f.stackSwitch?.address).toBe(symbol(lab, 'init_tss') + 4);
    const pushes = trace.frames.filter((x) => x.stage === 'trap' && x.stack);
    expect(pushes.map((x) => x.stack?.label)).toEqual(['SS', 'ESP', 'EFLAGS', 'CS', 'EIP']);
    expect(pushes[0].stack?.address).toBe((f.stackSwitch!.esp - 4) >>> 0);
    expect(pushes[4].stack?.value).toBe(
      trace.frames.find((x) => x.text.startsWith('int '))!.address + 2,
    );
    expect(f.dispatch?.targetName).toBe('sys_MyPrintK');
    expect(f.returnValue).toBe(0);
    expect(f.cplPath).toEqual([3, 0, 3]);
    const iret = trace.frames.filter((x) => x.stage === 'return' && x.kind === 'cpu');
    expect(iret.map((x) => x.text)).toEqual([
      'pop EIP',
      'pop CS',
      'pop EFLAGS',
      'pop ESP',
      'pop SS',
      'CPL 0 → 3',
    ]);
  });

  it('sends an unknown number to the error path: the bound check rejects it (ENOSYS)', () => {
    const { trace } = main.record('/bin/errno', { kind: 'syscall', match: 9999 });
    const f = trace.facts;
    expect(f.dispatch).toMatchObject({
      rejected: true,
      index: 9999,
      limit: symbol(lab, 'nr_syscalls'),
    });
    expect(f.returnSigned).toBe(-38);
    expect(trace.frames.some((x) => x.stage === 'body')).toBe(false);
    const jae = trace.frames.findIndex((x) => x.stage === 'dispatch' && x.text.startsWith('jae'));
    expect(trace.frames[jae + 1].fn).toBe('syscall_badsys');
  });

  it('records a bad pointer: the kernel page-faults on it and the Oops kills the caller', () => {
    const { trace } = main.record('/bin/mykernelprint --bad', { kind: 'syscall', match: 338 });
    const f = trace.facts;
    expect(f.args[0]).toBe(0xdeadbeef);
    expect(f.exceptions.some((e) => e.vector === 14 && e.cr2 === 0xdeadbeef)).toBe(true);
    expect(f.console).toContain('Oops');
    expect(f.returnedToCaller).toBe(false);
    expect(trace.frames.length).toBeLessThanOrEqual(20_000 + 200);
  });

  it('saves and reloads a trace to the same frames', () => {
    const text = saveTrace(sysenter.trace);
    const back = loadTrace(text, 'sysenter.json');
    expect(back).toEqual(JSON.parse(JSON.stringify(sysenter.trace)));
    expect(back.frames.length).toBe(sysenter.trace.frames.length);
    expect(() => loadTrace(text.replace('"version": 1', '"version": 9'), 'x.json')).toThrow(
      /x\.json: version: version 9 is not supported/,
    );
  });

  it('syscall-lab run --trace FILE --trace-nr 338 writes the journey', async () => {
    const input = join(lab.tmp.dir, 'input.txt');
    const file = join(lab.tmp.dir, 'cli-trace.json');
    // a leading empty line: bytes typed before the shell's first read are not all kept
    writeFileSync(input, '\r./mykernelprint hello\rpoweroff\r');
    const cli = join(repoRoot, 'bin/syscall-lab.mjs');
    const { stderr } = await promisify(execFile)('node', [
      cli,
      'run',
      '--kernel',
      join(lab.out, 'vmlinux'),
      '--initrd',
      join(lab.out, 'combined.cpio'),
      '--append',
      'console=ttyS0',
      '--input',
      input,
      '--timeout',
      '60',
      '--deterministic',
      '--trace',
      file,
      '--trace-nr',
      '338',
    ]);
    expect(stderr).toContain(`recorded 1 syscall journey(s) to ${file}`);
    const [t] = loadTraces(readFileSync(file, 'utf8'), file);
    expect(t.facts.nr).toBe(338);
    expect(t.facts.dispatch?.targetName).toBe('sys_MyPrintK');
    expect(t.facts.argStrings[0]).toBe('hello');
    expect(t.facts.cplPath).toEqual([3, 0, 3]);
  }, 90_000);

  it('syscall-lab run --trace FILE --trace-irq 0 records timer interrupts taken in user code', async () => {
    const input = join(lab.tmp.dir, 'spin.txt');
    const file = join(lab.tmp.dir, 'cli-irq.json');
    writeFileSync(input, '\r/bin/spin\r');
    const cli = join(repoRoot, 'bin/syscall-lab.mjs');
    const args = ['run', '--kernel', join(lab.out, 'vmlinux'), '--initrd'];
    args.push(join(lab.out, 'combined.cpio'), '--append', 'console=ttyS0', '--input', input);
    args.push('--timeout', '6', '--deterministic', '--trace', file, '--trace-irq', '0');
    // spin never ends: the run stops at --timeout (status 124) and still writes the file
    const r = await promisify(execFile)('node', [cli, ...args]).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(r.code).toBe(124);
    const n = Number(/recorded (\d+) interrupt journey\(s\)/.exec(r.stderr)?.[1] ?? 0);
    expect(n).toBeGreaterThan(0);
    const traces = loadTraces(readFileSync(file, 'utf8'), file);
    expect(traces).toHaveLength(n);
    for (const t of traces) {
      expect(t.facts).toMatchObject({ path: 'irq', irq: 0, vector: 0x30, returnPath: 'iret' });
      expect(t.facts.cplPath).toEqual([3, 0, 3]);
      expect(t.title).toMatch(/^IRQ 0 \(timer\) · vector 0x30 in user code · /);
    }
  }, 90_000);

  it('compares int $0x80 and sysenter for the same libc call (nosep)', () => {
    const slow = new JourneySession(lab, 'nosep').record('./mykernelprint hello', {
      kind: 'syscall',
      match: 338,
    });
    expect(slow.trace.facts.path).toBe('int80');
    expect(slow.trace.facts.returnValue).toBe(0);
    const count = (t: JourneyTrace, stage: string) =>
      t.frames.filter((x) => x.stage === stage).length;
    // sysenter pushes nothing in the CPU; its entry code builds the frame itself instead
    expect(count(sysenter.trace, 'trap')).toBeLessThan(count(slow.trace, 'trap'));
    expect(count(sysenter.trace, 'entry')).toBeGreaterThan(count(slow.trace, 'entry'));
    console.log(
      `kernel instructions: int $0x80 ${slow.trace.facts.kernelInstructions}, sysenter ${sysenter.trace.facts.kernelInstructions}`,
    );
  }, 60_000);
  it('records a timer interrupt that arrives in user mode (not a syscall; last: spin keeps running)', () => {
    const { trace } = main.record('/bin/spin', { kind: 'irq', irq: 0 }, undefined, false);
    const f = trace.facts;
    expect(f.path).toBe('irq');
    expect(f.irq).toBe(0);
    // the kernel programs the 8259 to put IRQ 0 on vector 0x30 (asm/traps.h IRQ0_VECTOR)
    expect(f.vector).toBe(0x30);
    expect(f.gate?.targetName).toBe('irq_entry_0');
    expect(f.returnPath).toBe('iret');
    expect(f.gate?.offset).toBe(symbol(lab, 'irq_entry_0'));
    // the stub's first push (~vector) is the pt_regs.orig_eax slot, right below the CPU's frame
    const first = trace.frames.find((x) => x.stage === 'entry' && x.stack);
    expect(first?.stack).toMatchObject({
      address: (f.stackSwitch!.esp - 24) >>> 0,
      value: ~0x30 >>> 0,
      label: 'pt_regs.orig_eax',
    });
    expect(f.cplPath).toEqual([3, 0, 3]);
    expect(f.dispatch).toBeUndefined();
    expect(trace.calls.some((c) => c.name === 'do_IRQ')).toBe(true);
    expect(trace.frames.filter((x) => x.stage === 'user').every((x) => x.regs.cpl === 3)).toBe(
      true,
    );
  });
});
