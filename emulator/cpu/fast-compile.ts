/// Per-variant copies of the fast-path execute functions. V8 shares type feedback and optimized
/// code between closures made from one function literal, so `aluRR(ADD)` and `aluRR(XOR)` built
/// by one factory end up calling their operator through a megamorphic call, and each Jcc tests
/// its condition code at run time. Compiling each variant from its own source text (with
/// `new Function`) gives it its own feedback, the operator inline and the condition a constant.
///
/// `new Function` is fine where the CPU runs: a Node worker thread (the app's machine worker,
/// the CLI, tests). The renderer also loads the decoder (journey views decode instructions) under
/// a Content-Security-Policy without 'unsafe-eval'; there, and wherever compiling fails, the
/// caller's shared closure is used instead, with identical semantics.
import type { Exec } from './insn.ts';

/// True in Node (worker threads included); false in a browser renderer.
const inNode: boolean =
  typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node ===
  'string';

/// True where the CPU may generate code with `new Function` (translated blocks, blocks.ts).
export const canCompile = inNode;

/// Compiles `(cpu, i) => { body }` with `deps` in scope, or returns `fallback` when code cannot
/// be generated here.
export function compileExec(body: string, deps: Record<string, unknown>, fallback: Exec): Exec {
  if (!inNode) return fallback;
  try {
    const names = Object.keys(deps);
    const make = new Function(
      ...names,
      `'use strict'; return function exec(cpu, i) {\n${body}\n};`,
    );
    return make(...names.map((n) => deps[n])) as Exec;
  } catch {
    return fallback;
  }
}
