import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialFeeder } from '../../support/serial-script.ts';
import { AF, CF, F_ALL, OF, PF, SF, ZF, undefinedFlags } from './flag-masks.ts';
import { runInWorker, WorkerTimeoutError } from './in-worker.ts';
import { FlagTracker, parseInsn } from './flag-tracking.ts';
import { parseQemuTrace } from './qemu-log.ts';
import { generateCases } from './random-gen.ts';
import { compareCase, parseDumps } from './random-kernel.ts';
import { firstDifference } from './transcript.ts';

// The oracle harness's own logic, without QEMU: if these are wrong, the oracle tests could pass
// or fail for the wrong reason.
const insn = (text: string) => ({ address: 0, bytes: [], text });

describe('undefined-flag masks', () => {
  it('follow the manuals per family and count', () => {
    expect(undefinedFlags({ mnemonic: 'add', size: 32 })).toBe(0);
    expect(undefinedFlags({ mnemonic: 'and', size: 8 })).toBe(AF);
    expect(undefinedFlags({ mnemonic: 'shl', size: 32, count: 1 })).toBe(AF);
    expect(undefinedFlags({ mnemonic: 'shl', size: 32, count: 5 })).toBe(AF | OF);
    expect(undefinedFlags({ mnemonic: 'shr', size: 8, count: 9 })).toBe(AF | OF | CF);
    expect(undefinedFlags({ mnemonic: 'sar', size: 32, count: 32 })).toBe(0);
    expect(undefinedFlags({ mnemonic: 'rol', size: 32, count: 3 })).toBe(OF);
    expect(undefinedFlags({ mnemonic: 'rcr', size: 16, count: 1 })).toBe(0);
    expect(undefinedFlags({ mnemonic: 'imul', size: 32 })).toBe(SF | ZF | AF | PF);
    expect(undefinedFlags({ mnemonic: 'idiv', size: 8 })).toBe(F_ALL);
    expect(undefinedFlags({ mnemonic: 'bsr', size: 16 })).toBe(CF | OF | SF | AF | PF);
    expect(undefinedFlags({ mnemonic: 'shld', size: 16, count: 20 })).toBe(F_ALL);
  });
});

describe('objdump text and flag tracking', () => {
  it('parses mnemonics, prefixes and sizes', () => {
    expect(parseInsn('shll $0x2,0x8(%ebp)')).toMatchObject({ mnemonic: 'shl', size: 32 });
    expect(parseInsn('shl %cl,%al')).toMatchObject({ mnemonic: 'shl', size: 8 });
    expect(parseInsn('repz cmpsb %es:(%edi),%ds:(%esi)')).toMatchObject({ mnemonic: 'cmp' });
    expect(parseInsn('lock xadd %eax,0x104(%ebx)').mnemonic).toBe('xadd');
    expect(parseInsn('popf').mnemonic).toBe('popf');
  });

  it('keeps flags undefined until an instruction defines them, and taints popped images', () => {
    const t = new FlagTracker();
    t.onInstruction(insn('imul %ebx,%eax'), 0);
    expect(t.undef).toBe(SF | ZF | AF | PF);
    t.onInstruction(insn('mov %eax,%ebx'), 0);
    expect(t.undef).toBe(SF | ZF | AF | PF);
    t.onInstruction(insn('pushf'), 0);
    t.onInstruction(insn('pop %ecx'), 0);
    expect(t.taint[1]).toBe(SF | ZF | AF | PF);
    t.onInstruction(insn('shr %cl,%eax'), 0); // count 0: flags unchanged
    expect(t.undef).toBe(SF | ZF | AF | PF);
    t.onInstruction(insn('sub %ebx,%eax'), 0);
    expect(t.undef).toBe(0);
  });
});

describe('QEMU log reader', () => {
  it('reads states, skips interrupt dumps and repeated states, marks handler entries', async () => {
    const state = (eip: string, eax: string) =>
      [
        `EAX=${eax} EBX=00000000 ECX=00000000 EDX=00000000`,
        'ESI=00000000 EDI=00000000 EBP=00000000 ESP=00001000',
        `EIP=${eip} EFL=00000002 [-------] CPL=0 II=0 A20=1 SMM=0 HLT=0`,
        'CS =0008 00000000 ffffffff 00cf9b00 DPL=0 CS32 [-RA]',
        'SS =0010 00000000 ffffffff 00cf9300 DPL=0 DS   [-WA]',
        'CR0=00000011 CR2=00000000 CR3=00000000 CR4=00000000',
      ].join('\n');
    const log = [
      state('00100000', '00000001'),
      state('00100000', '00000001'), // same TB entered again
      state('00100005', '00000002'),
      'check_exception old: 0xffffffff new 0xd',
      '     0: v=0d e=0010 i=0 cpl=0 IP=0008:00100005 pc=00100005 SP=0010:00001000 EAX=00000002',
      state('00100005', '00000002'), // the dump that follows "v=": not a step
      state('00100400', '00000002'),
    ].join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'qemu-log-'));
    try {
      writeFileSync(join(dir, 'log'), log);
      const t = await parseQemuTrace(join(dir, 'log'), 100);
      expect(t.states.map((s) => s.eip)).toEqual([0x100000, 0x100005, 0x100400]);
      expect(t.states[2].afterEvent).toBe(true);
      expect(t.states[0].sel.slice(1, 3)).toEqual([8, 0x10]);
      expect(t.events).toEqual([
        {
          vector: 13,
          error: 0x10,
          software: false,
          hardware: false,
          eip: 0x100005,
          cpl: 0,
          beforeState: 2,
        },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('random cases', () => {
  it('are reproducible from the seed', () => {
    expect(generateCases(42, 200)).toEqual(generateCases(42, 200));
    expect(generateCases(42, 50)).not.toEqual(generateCases(43, 50));
  });

  it('report defined differences and ignore undefined ones', () => {
    const c = generateCases(1, 1)[0];
    const base = { regs: [1, 2, 3, 4, 5, 6], flags: 0x2, memory: 7 };
    const loose = { ...c, undefinedFlags: AF, undefinedRegs: [] };
    expect(compareCase(1, loose, base, { ...base, flags: 0x2 | AF })).toBeNull();
    expect(compareCase(1, loose, base, { ...base, flags: 0x2 | ZF })).toContain('eflags bits 40');
    expect(compareCase(1, loose, base, { ...base, regs: [1, 2, 3, 9, 5, 6] })).toContain('ebx');
    const dumps = parseDumps('junk\nR 3 1 2 3 4 5 6 246 abc\n');
    expect(dumps.get(3)).toEqual({ regs: [1, 2, 3, 4, 5, 6], flags: 0x246, memory: 0xabc });
  });
});

describe('transcripts and scripted input', () => {
  it('names the first differing line', () => {
    expect(firstDifference('a\nb\nc', 'a\nb\nc')).toBeNull();
    expect(firstDifference('a\nb\nc', 'a\nx\nc')).toContain('first difference at line 2');
  });

  it('sends each step once its prompt has appeared', () => {
    const sent: string[] = [];
    const feed = serialFeeder([{ send: 'now' }, { waitFor: 'READY', send: 'go' }], (t) =>
      sent.push(t),
    );
    feed('');
    expect(sent).toEqual(['now']);
    feed('REA');
    feed('DY\n');
    expect(sent).toEqual(['now', 'go']);
  });
});

describe('worker isolation', () => {
  const fixture = new URL('./fixtures/spin.ts', import.meta.url);

  it('returns the result of a function that returns', async () => {
    expect(await runInWorker<number>(fixture, 'twice', [21], 20_000)).toBe(42);
  });

  it('ends a function that never returns, then serves the next call from a new worker', async () => {
    await expect(runInWorker(fixture, 'spin', [], 1_500)).rejects.toBeInstanceOf(
      WorkerTimeoutError,
    );
    expect(await runInWorker<number>(fixture, 'twice', [4], 20_000)).toBe(8);
  });

  it('passes an error thrown in the worker back to the caller', async () => {
    await expect(runInWorker(fixture, 'fails', [], 20_000)).rejects.toThrow(
      /fails failed in its worker/,
    );
  });
});
