// A small CodeMirror stream mode for GNU Makefiles and Kbuild files (CodeMirror ships none).
// It knows what the lesson's Makefiles use: comments, directives (ifeq/else/endif, include...),
// variable assignments (`obj-y := ...`, `core-y += ...`), rule targets, `$(VAR)`/`$(func ...)`
// references and recipe lines. Tokens use the legacy names StreamLanguage maps to highlight tags.
import type { StreamParser, StringStream } from '@codemirror/language';

/// Per-line parse state.
export interface MakeState {
  /// The next token is the first on its logical line.
  head: boolean;
  /// The current line is a recipe (starts with a tab).
  recipe: boolean;
  /// The previous line ended with a backslash.
  continued: boolean;
}

const DIRECTIVE =
  /^-?(?:include|sinclude|ifeq|ifneq|ifdef|ifndef|else|endif|define|endef|export|unexport|override|vpath)(?![\w-])/;
const FUNCTION =
  /^(?:call|patsubst|subst|wildcard|addprefix|addsuffix|filter-out|filter|foreach|if|or|and|shell|notdir|dir|basename|suffix|strip|sort|words|word|firstword|lastword|origin|error|warning|info|eval|value|abspath|realpath|join|findstring)(?=\s)/;
const ASSIGNED_NAME = /^[A-Za-z0-9_.\-/%]+(?=\s*(?:[:+?!]|::)?=)/;
const TARGET = /^[^:#=\s$]+(?=\s*::?(?!=))/;

/// The stream parser; wrap it with `StreamLanguage.define(makefile)`.
export const makefile: StreamParser<MakeState> = {
  name: 'makefile',
  startState: () => ({ head: true, recipe: false, continued: false }),
  token(stream, state) {
    if (stream.sol()) {
      state.head = !state.continued;
      if (state.head) state.recipe = stream.peek() === '\t';
      state.continued = false;
    }
    if (stream.eatSpace()) return null;
    const style = tokenAt(stream, state);
    state.head = false;
    return style;
  },
  languageData: { commentTokens: { line: '#' } },
};

function tokenAt(stream: StringStream, state: MakeState): string | null {
  const ch = stream.peek();
  if (ch === '#') {
    stream.skipToEnd();
    return 'comment';
  }
  if (stream.match(/^\\$/)) {
    state.continued = true;
    return 'meta';
  }
  if (ch === '$') return reference(stream);
  if (state.head && !state.recipe) {
    if (stream.match(DIRECTIVE)) return 'keyword';
    if (stream.match(ASSIGNED_NAME)) return 'def';
    if (stream.match(TARGET)) return 'atom';
  }
  if (!state.recipe && stream.match(/^(?:[:+?!]?=|::?)/)) return 'operator';
  if (ch === '"' || ch === "'") {
    stream.next();
    while (!stream.eol() && stream.next() !== ch) {
      /* read to the closing quote */
    }
    return 'string';
  }
  if (stream.match(/^[^\s$#\\"']+/)) return null;
  stream.next();
  return null;
}

/// `$@`, `$$`, `$(NAME)`, `${NAME}` or `$(func args...)` (only the function name is styled).
function reference(stream: StringStream): string {
  stream.next();
  const open = stream.peek();
  if (open !== '(' && open !== '{') {
    stream.next();
    return 'variable-2';
  }
  stream.next();
  if (stream.match(FUNCTION)) return 'builtin';
  const close = open === '(' ? ')' : '}';
  while (!stream.eol()) {
    const c = stream.next();
    if (c === close) break;
    if (c === '$' || c === ' ') {
      stream.backUp(1);
      break;
    }
  }
  return 'variable-2';
}
