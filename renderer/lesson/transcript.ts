// Reads the serial console's transcript as a learner's shell session: escapes and carriage
// returns removed, backspaces applied, then cut into commands (the text after a `# ` prompt)
// with the output each one printed.

/// One command typed at the guest's shell, and what it printed before the next prompt.
export interface ShellCommand {
  readonly command: string;
  readonly output: string;
}

/// The transcript as plain lines: no terminal escapes, CRs removed, backspaces applied.
export function plainText(transcript: string): string {
  // eslint-disable-next-line no-control-regex -- terminal escapes are control characters
  const noEscapes = transcript.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]/g, '');
  const out: string[] = [];
  for (const ch of noEscapes) {
    if (ch === '\b') out.pop();
    else if (ch !== '\r') out.push(ch);
  }
  return out.join('');
}

const PROMPT = /^(?:\S*\s)?# (.*)$/;

/// The commands of the session, in order (the text before the first prompt is the boot log).
export function shellCommands(transcript: string): ShellCommand[] {
  const commands: { command: string; output: string[] }[] = [];
  for (const line of plainText(transcript).split('\n')) {
    const m = PROMPT.exec(line);
    if (m) commands.push({ command: m[1].trim(), output: [] });
    else commands.at(-1)?.output.push(line);
  }
  return commands.map((c) => ({ command: c.command, output: c.output.join('\n') }));
}

/// Whether the shell has printed its prompt at least once.
export function reachedPrompt(transcript: string): boolean {
  return plainText(transcript)
    .split('\n')
    .some((l) => /^(?:\S*\s)?# ?$/.test(l.trimEnd()) || PROMPT.test(l));
}

/// The argument of a command that runs the lesson's program (`./mykernelprint WORD`, or a path
/// ending in it; '' without an argument), or null for any other command.
export function driverArg(command: string): string | null {
  const m = /^(?:\.\/|\/\S*\/)?mykernelprint(?:\s+(\S+))?/.exec(command);
  return m ? (m[1] ?? '') : null;
}

/// The runs of the lesson's program, in order.
export function driverRuns(transcript: string): (ShellCommand & { arg: string })[] {
  return shellCommands(transcript).flatMap((c) => {
    const arg = driverArg(c.command);
    return arg === null ? [] : [{ ...c, arg }];
  });
}
