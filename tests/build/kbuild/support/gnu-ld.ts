// A LinkFn over GNU ld and nm: the oracle binding the runner's tests use to check that what the
// runner asks of a linker (partial links, vmlinux with the tree's script, static programs,
// System.map) is what GNU ld does with the same inputs. Not shipped: the app links with build/link.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  LinkDiagnostic,
  LinkInput,
  LinkOptions,
  LinkResult,
} from '../../../../build/link/types.ts';

function undefinedRefs(stderr: string): LinkDiagnostic[] {
  const out: LinkDiagnostic[] = [];
  for (const line of stderr.split('\n')) {
    const m = /^(?:ld: )?(.+?):\((.+?)\+0x([0-9a-f]+)\): undefined reference to `(.+)'$/.exec(line);
    if (m) {
      const message = `undefined reference to '${m[4]}'`;
      out.push({
        file: m[1],
        line: 0,
        severity: 'error',
        message,
        kind: 'undefined-reference',
        text: line,
        symbol: m[4],
        section: m[2],
        offset: parseInt(m[3], 16),
      });
    } else if (/error|multiple definition|cannot|No such/.test(line)) {
      out.push({
        file: 'ld',
        line: 0,
        severity: 'error',
        message: line,
        kind: 'script-error',
        text: line,
      });
    }
  }
  return out;
}

function systemMap(file: string): string {
  const nm = execFileSync('nm', ['-n', file], { encoding: 'utf8' });
  return (
    nm
      .split('\n')
      .filter((l) => /^[0-9a-f]{8} [A-Za-z] /.test(l) && !/ [aNUw] /.test(l))
      .join('\n') + '\n'
  );
}

/// Links with GNU ld (`-m elf_i386`) in a temporary directory.
export function gnuLdLink(options: LinkOptions): LinkResult {
  const dir = mkdtempSync(join(tmpdir(), 'kbuild-ld-'));
  try {
    const args = ['-m', 'elf_i386', '-o', join(dir, 'out')];
    if (options.mode === 'relocatable') args.push('-r');
    else args.push('-static', '--build-id=none', '-z', 'noexecstack');
    if (options.script) {
      writeFileSync(join(dir, 'script.lds'), options.script.text);
      args.push('-T', join(dir, 'script.lds'));
    }
    if (options.entry) args.push('-e', options.entry);
    options.inputs.forEach((input, i) => {
      if (!('bytes' in input)) throw new Error('-l inputs are not used by the runner');
      const file = join(dir, `${i}-${(input as LinkInput).name.replace(/\//g, '_')}`);
      writeFileSync(file, input.bytes);
      args.push(file);
    });
    try {
      execFileSync('ld', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      const stderr = String((err as { stderr?: string }).stderr ?? '')
        .replaceAll(`${dir}/`, '')
        .replace(/\d+-([^:]*)/g, (_, n: string) => n.replaceAll('_', '/'));
      return {
        ok: false,
        output: null,
        map: null,
        systemMap: null,
        entry: 0,
        diagnostics: undefinedRefs(stderr),
      };
    }
    const output = new Uint8Array(readFileSync(join(dir, 'out')));
    const map = options.wantSystemMap ? systemMap(join(dir, 'out')) : null;
    return { ok: true, output, map: null, systemMap: map, entry: 0, diagnostics: [] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
