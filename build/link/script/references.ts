// The symbol names a script's expressions read (for PROVIDE, which defines a symbol only when
// something refers to it, the script included).
import type { Expr, OutputCommand, Script, SectionsCommand } from './ast.ts';

/// Every symbol name read by an expression of the script.
export function scriptReferences(script: Script): Set<string> {
  const out = new Set<string>();
  const visit = (e: Expr | null): void => {
    if (!e) return;
    if (e.kind === 'sym') out.add(e.name);
    else if (e.kind === 'unary') visit(e.arg);
    else if (e.kind === 'binary') {
      visit(e.left);
      visit(e.right);
    } else if (e.kind === 'cond') {
      visit(e.test);
      visit(e.then);
      visit(e.else);
    } else if (e.kind === 'call') e.args.forEach(visit);
  };
  const command = (c: SectionsCommand | OutputCommand): void => {
    if (c.kind === 'assign' || c.kind === 'assert' || c.kind === 'data') visit(c.expr);
    else if (c.kind === 'output') {
      [c.address, c.at, c.align, c.subalign, c.fill].forEach(visit);
      c.commands.forEach(command);
    }
  };
  for (const t of script.top) {
    if (t.kind === 'sections') t.commands.forEach(command);
    else visit(t.expr);
  }
  return out;
}
