// The linker-script syntax tree. Plain data, produced by parser.ts and walked by the layout.

/// An expression. `line` locates evaluation errors (undefined symbol, bad section name).
export type Expr =
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'sym'; readonly name: string; readonly line: number }
  | { readonly kind: 'dot'; readonly line: number }
  | { readonly kind: 'unary'; readonly op: string; readonly arg: Expr }
  | { readonly kind: 'binary'; readonly op: string; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'cond'; readonly test: Expr; readonly then: Expr; readonly else: Expr }
  | {
      readonly kind: 'call';
      readonly fn: string;
      readonly args: readonly Expr[];
      readonly name?: string;
      readonly line: number;
    };

/// `sym = expr;` (or `+=` and friends), optionally inside PROVIDE/PROVIDE_HIDDEN/HIDDEN.
export interface Assignment {
  readonly kind: 'assign';
  readonly name: string;
  readonly op: string;
  readonly expr: Expr;
  readonly provide: boolean;
  readonly hidden: boolean;
  readonly line: number;
}

/// An input section description: `KEEP(*(SORT(.text.*)) )`, `foo.o(.data)`, `*(COMMON)`.
export interface InputSpec {
  readonly kind: 'input';
  readonly file: string;
  readonly excludeFiles: readonly string[];
  readonly sections: readonly { readonly pattern: string; readonly sort: boolean }[];
  readonly keep: boolean;
  readonly line: number;
}

/// BYTE/SHORT/LONG/QUAD(expr): data placed in the output section.
export interface DataStmt {
  readonly kind: 'data';
  readonly width: 1 | 2 | 4 | 8;
  readonly expr: Expr;
  readonly line: number;
}

/// ASSERT(expr, "message").
export interface AssertStmt {
  readonly kind: 'assert';
  readonly expr: Expr;
  readonly message: string;
  readonly line: number;
}

/// A command inside an output section's braces.
export type OutputCommand = Assignment | InputSpec | DataStmt | AssertStmt;

/// `name [addr] [(NOLOAD)] : [AT(lma)] [ALIGN(a)] { ... } [=fill]`.
export interface OutputSection {
  readonly kind: 'output';
  readonly name: string;
  readonly address: Expr | null;
  readonly noload: boolean;
  readonly at: Expr | null;
  readonly align: Expr | null;
  readonly subalign: Expr | null;
  readonly commands: readonly OutputCommand[];
  readonly fill: Expr | null;
  readonly line: number;
}

/// A command directly inside SECTIONS { }.
export type SectionsCommand = Assignment | OutputSection | AssertStmt;

/// A parsed script: its entry symbol, top-level assignments and SECTIONS (in order; a script may
/// have SECTIONS only once, as GNU ld requires in practice).
export interface Script {
  readonly name: string;
  readonly entry: string | null;
  readonly entryLine: number;
  readonly top: readonly (
    | Assignment
    | AssertStmt
    | { readonly kind: 'sections'; readonly commands: readonly SectionsCommand[] }
  )[];
}
