// Address assignment: walks the plan with the location counter, giving every output section its
// address (VMA), load address (LMA) and size, every input section its offset, and every script
// symbol its value. Forward references (a symbol defined later, ADDR of a later section) take the
// previous pass's values, so passes repeat until nothing moves, then one reporting pass runs.
import { SHF } from '../elf/constants.ts';
import type { Diagnostics } from './diag.ts';
import { arith, evaluate, soleSymbol, type EvalContext, type Value } from './eval.ts';
import type { OutSection } from './model.ts';
import type { InnerStep, Step } from './placement.ts';
import type { SymbolTable } from './resolve.ts';
import type { Assignment } from './script/ast.ts';

/// Settings of one layout.
export interface AddressConfig {
  readonly relocatable: boolean;
  readonly scriptName: string;
  readonly headersSize: number;
}

const MAX_PASSES = 6;

/// Runs the passes; problems (unresolved expressions, failed ASSERTs, a backwards `.`) become
/// diagnostics located at script:line.
export function assignAddresses(
  steps: readonly Step[],
  sections: readonly OutSection[],
  table: SymbolTable,
  cfg: AddressConfig,
  diag: Diagnostics,
): void {
  let previous = '';
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    new Pass(steps, sections, table, cfg, null).run();
    const now = sections.map((s) => `${s.addr},${s.lma},${s.size},${s.removed}`).join(';');
    if (now === previous) break;
    previous = now;
  }
  new Pass(steps, sections, table, cfg, diag).run();
}

/// Rounds `v` up to a multiple of `a` (a power of two or 1).
export function alignUp(v: number, a: number): number {
  return a <= 1 ? v >>> 0 : (Math.ceil(v / a) * a) >>> 0;
}

class Pass implements EvalContext {
  private dotValue = 0;
  private current: OutSection | null = null;
  private prevAlloc: OutSection | null = null;
  /// Index of the step being run, and whether `.` was assigned at top level since the last
  /// output section (which makes a later `sym = .` belong to the next section, as in GNU ld).
  private stepIndex = 0;
  private dotMoved = false;

  constructor(
    private readonly steps: readonly Step[],
    private readonly sections: readonly OutSection[],
    private readonly table: SymbolTable,
    private readonly cfg: AddressConfig,
    private readonly diag: Diagnostics | null,
  ) {}

  run(): void {
    for (const [i, step] of this.steps.entries()) {
      this.stepIndex = i;
      if (step.kind === 'assign') this.assign(step.a);
      else if (step.kind === 'assert') this.check(step.a.expr, step.a.message, step.a.line);
      else this.output(step);
    }
  }

  private output(step: Extract<Step, { kind: 'output' }>): void {
    const { os, stmt } = step;
    if (os.removed) {
      // GNU ld ignores a dropped section's address but still defines the symbols inside it.
      for (const i of step.inner) if (i.kind === 'assign') this.assign(i.a);
      return;
    }
    const alloc = (os.flags & SHF.ALLOC) !== 0;
    const align = Math.max(os.align, stmt?.align ? evaluate(stmt.align, this).v : 1);
    let start: number;
    if (this.cfg.relocatable || !alloc)
      start = stmt?.address && !this.cfg.relocatable ? evaluate(stmt.address, this).v : 0;
    else start = stmt?.address ? evaluate(stmt.address, this).v : alignUp(this.dotValue, align);
    if (stmt?.align && stmt.address) start = alignUp(start, align);
    const outerDot = this.dotValue;
    os.addr = start;
    os.fill = stmt?.fill ? evaluate(stmt.fill, this).v : null;
    this.current = os;
    this.dotValue = start;
    for (const inner of step.inner) this.inner(os, inner);
    os.size = (this.dotValue - start) >>> 0;
    this.current = null;
    os.lma = this.loadAddress(os, step);
    if (alloc && !this.cfg.relocatable) {
      this.dotValue = (start + os.size) >>> 0;
      this.prevAlloc = os;
      this.dotMoved = false;
    } else this.dotValue = outerDot;
    // Empty sections are dropped; a partial link keeps zero-sized inputs (.note.GNU-stack).
    os.removed = this.cfg.relocatable
      ? os.data.length === 0 && !step.inner.some((i) => i.kind === 'inputs' && i.list.length > 0)
      : os.size === 0 && os.data.length === 0 && !hasInputs(step.inner);
  }

  // AT() wins; an explicit address means LMA = VMA; otherwise keep the previous section's offset.
  private loadAddress(os: OutSection, step: Extract<Step, { kind: 'output' }>): number {
    if (step.stmt?.at) return evaluate(step.stmt.at, this).v;
    if (step.stmt?.address || !this.prevAlloc || !os.isAlloc) return os.addr;
    return (os.addr + this.prevAlloc.lma - this.prevAlloc.addr) >>> 0;
  }

  private inner(os: OutSection, step: InnerStep): void {
    switch (step.kind) {
      case 'inputs':
        for (const sec of step.list) {
          this.dotValue = alignUp(this.dotValue, sec.align);
          sec.offset = (this.dotValue - os.addr) >>> 0;
          this.dotValue += sec.size;
        }
        break;
      case 'assign':
        this.assign(step.a);
        break;
      case 'assert':
        this.check(step.a.expr, step.a.message, step.a.line);
        break;
      case 'data':
        if (!os.data.includes(step.item)) os.data.push(step.item);
        (step.item as { offset: number }).offset = (this.dotValue - os.addr) >>> 0;
        step.item.value = evaluate(step.d.expr, this).v;
        this.dotValue += step.d.width;
        break;
    }
  }

  private assign(a: Assignment): void {
    let v = evaluate(a.expr, this);
    if (a.op !== '=') {
      const old =
        a.name === '.' ? this.dot(a.line) : (this.symbol(a.name) ?? { v: 0, sec: null, num: true });
      v = combine(a.op, old, v);
    }
    if (a.name === '.') return this.moveDot(v, a.line);
    const g = this.table.globals.get(a.name);
    if (a.provide && (!g || (g.state !== 'undefined' && g.state !== 'script'))) return;
    const sym = g ?? this.table.get(a.name);
    const inSection = this.current;
    // `x += e` reads x too, so only a plain `=` can copy a type (as GNU ld's `x = x + e`).
    const source = a.op === '=' ? soleSymbol(a.expr, this) : null;
    const from = source === null ? undefined : this.table.globals.get(source);
    if (from) sym.type = from.type;
    sym.state = 'script';
    sym.hidden ||= a.hidden;
    if (inSection && v.num) {
      sym.value = (inSection.addr + v.v) >>> 0;
      sym.outSection = inSection;
    } else {
      sym.value = v.v;
      sym.outSection = v.sec;
    }
  }

  private moveDot(v: Value, line: number): void {
    const os = this.current;
    const target = os && v.num ? (os.addr + v.v) >>> 0 : v.v;
    if (os && target < this.dotValue) {
      this.report(
        `cannot move location counter backwards (from ${hex8(this.dotValue)} to ${hex8(target)})`,
        line,
      );
      return;
    }
    this.dotValue = target;
    if (!os) this.dotMoved = true;
  }

  private check(expr: Parameters<typeof evaluate>[0], message: string, line: number): void {
    if (evaluate(expr, this).v === 0) this.report(message, line);
  }

  private report(message: string, line: number): void {
    this.diag?.add({
      file: this.cfg.scriptName,
      line,
      severity: 'error',
      kind: 'script-error',
      message,
      text: `${this.cfg.scriptName}:${line}: ${message}`,
    });
  }

  dot(_line?: number): Value {
    if (this.current) return { v: this.dotValue, sec: this.current, num: false };
    return { v: this.dotValue, sec: this.sectionForDot(), num: false };
  }

  // GNU ld makes `.` outside output sections relative to a section: the one just placed, or,
  // once `.` itself was assigned since then, the next one (`__bss_start = .;` after
  // `. = ALIGN(4096);` is a .bss symbol, letter B in System.map).
  private sectionForDot(): OutSection | null {
    const next = (): OutSection | null => {
      for (let i = this.stepIndex + 1; i < this.steps.length; i++) {
        const s = this.steps[i];
        if (s.kind === 'output' && !s.os.removed && s.os.isAlloc) return s.os;
      }
      return null;
    };
    if (this.dotMoved) return next() ?? this.prevAlloc;
    return this.prevAlloc ?? next();
  }

  symbol(name: string): Value | undefined {
    const g = this.table.globals.get(name);
    if (!g) return undefined;
    if (g.state === 'script') return { v: g.value, sec: g.outSection, num: false };
    if (g.state === 'defined') return { v: g.address, sec: g.section?.out ?? null, num: false };
    if (g.state === 'common' && g.section) return { v: g.address, sec: g.section.out, num: false };
    return undefined;
  }

  section(name: string): OutSection | undefined {
    return this.sections.find((s) => s.name === name);
  }

  defined(name: string): boolean {
    const g = this.table.globals.get(name);
    return g !== undefined && g.state !== 'undefined';
  }

  inSection(): boolean {
    return this.current !== null;
  }

  headersSize(): number {
    return this.cfg.headersSize;
  }

  unresolved(message: string, line: number): number {
    this.report(message, line);
    return 0;
  }
}

function hasInputs(inner: readonly InnerStep[]): boolean {
  return inner.some((i) => i.kind === 'inputs' && i.list.some((s) => s.size > 0));
}

// `x += e` and friends: the arithmetic on the values, keeping the old value's section.
function combine(op: string, old: Value, v: Value): Value {
  return { v: arith(op.slice(0, -1), old.v, v.v) >>> 0, sec: old.sec, num: old.num && v.num };
}

function hex8(v: number): string {
  return '0x' + (v >>> 0).toString(16).padStart(8, '0');
}
