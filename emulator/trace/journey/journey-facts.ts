/// The summary facts of a journey, from the recorded events and the built frames.
import type {
  DispatchFact,
  EntryPath,
  Frame,
  JourneyFacts,
  StackSwitchFact,
  TableEntryFact,
} from './format.ts';
import type { RawJourney } from './raw-journey.ts';
import type { JourneySymbols } from './symbols.ts';

function entryPath(raw: RawJourney): EntryPath {
  switch (raw.entry.cause) {
    case 'sysenter':
      return 'sysenter';
    case 'int':
      return 'int80';
    case 'irq':
      return 'irq';
    default:
      return 'exception';
  }
}

/// True when the return to ring 3 landed where the trap left: same user stack, and for int
/// $0x80 / IRQs the saved EIP (sysexit returns through the vsyscall page instead).
function returnedToCaller(raw: RawJourney): boolean {
  const { entry, exit } = raw;
  if (!exit) return false;
  if (exit.after.esp !== entry.before.esp) return false;
  return entry.cause === 'sysenter' || exit.after.eip === entry.before.eip;
}

/// Builds the facts block of a trace.
export function journeyFacts(
  raw: RawJourney,
  syms: JourneySymbols,
  frames: readonly Frame[],
  dispatch: DispatchFact | null,
): JourneyFacts {
  const { entry, exit } = raw;
  const regs = entry.before.regs;
  const ret = exit ? exit.after.regs[0] >>> 0 : 0;
  const kernelEnd = raw.exitIndex >= 0 ? raw.exitIndex + 1 : raw.addr.length;
  const firstKernel = raw.trapIndex >= 0 ? raw.trapIndex + 1 : raw.userBefore;
  const afterUser = raw.exitIndex >= 0 ? raw.addr.length - raw.exitIndex - 1 : 0;
  const returnPath = exit?.cause === 'iret' || exit?.cause === 'sysexit' ? exit.cause : null;
  return {
    path: entryPath(raw),
    vector: entry.vector,
    ...(entry.cause === 'irq' && raw.irq !== undefined && raw.irq >= 0 ? { irq: raw.irq } : {}),
    ...(returnPath ? { returnPath } : {}),
    nr: regs[0] >>> 0,
    args: [regs[3], regs[1], regs[2], regs[6], regs[7], regs[5]],
    argStrings: raw.argStrings,
    cplPath: exit
      ? [entry.before.cpl, entry.after.cpl, exit.after.cpl]
      : [entry.before.cpl, entry.after.cpl],
    ...(raw.gate ? { gate: { ...raw.gate, targetName: syms.nameOf(raw.gate.offset) } } : {}),
    stackSwitch: namedStackSwitch(raw, syms),
    ...(dispatch ? { dispatch: withNeighbours(dispatch, raw, syms) } : {}),
    returnValue: ret,
    returnSigned: ret | 0,
    console: raw.console.map((c) => c.text).join(''),
    userInstructions: raw.userBefore + (raw.trapIndex >= 0 ? 1 : 0) + afterUser,
    kernelInstructions: Math.max(0, kernelEnd - firstKernel),
    returnedToCaller: returnedToCaller(raw),
    exceptions: raw.exceptions.map(({ vector, errorCode, eip, cr2 }) => ({
      vector,
      errorCode,
      eip,
      cr2,
    })),
    bodyLines: bodyLines(frames),
    truncated: raw.truncated,
    ...(raw.userStack?.length ? { userStack: raw.userStack } : {}),
  };
}

/// The stack switch, with SYSENTER_EIP named on the sysenter path.
function namedStackSwitch(raw: RawJourney, syms: JourneySymbols): StackSwitchFact {
  const s = raw.stackSwitch;
  return s.msrEip === undefined ? s : { ...s, msrEipName: syms.nameOf(s.msrEip) };
}

/// The dispatch with the table entries around the call's (inside the bound) and their names.
function withNeighbours(d: DispatchFact, raw: RawJourney, syms: JourneySymbols): DispatchFact {
  const window = raw.tableWindow ?? [];
  if (d.rejected || window.length !== 5) return d;
  const neighbours: TableEntryFact[] = [];
  window.forEach((target, k) => {
    const index = d.index + k - 2;
    if (index < 0 || index >= d.limit || target < 0) return;
    neighbours.push({ index, target, targetName: syms.nameOf(target) });
  });
  return { ...d, neighbours };
}

/// The C lines executed in the handler itself (consecutive repeats folded), in order.
function bodyLines(frames: readonly Frame[]): { file: string; line: number }[] {
  const body = frames.filter((f) => f.stage === 'body');
  if (body.length === 0) return [];
  const top = Math.min(...body.map((f) => f.depth));
  const out: { file: string; line: number }[] = [];
  for (const f of body) {
    if (f.depth !== top || f.file === null || f.line === null) continue;
    const last = out[out.length - 1];
    if (!last || last.line !== f.line || last.file !== f.file)
      out.push({ file: f.file, line: f.line });
  }
  return out;
}
