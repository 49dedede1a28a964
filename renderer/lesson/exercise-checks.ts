// Checks of the "try next" exercises: each reads the learner's code (and, where the exercise is
// about behaviour, the console) and says what is still missing.
import { done, site, todo, type CheckResult } from './check-types.ts';
import { LAB_PATHS, labNumbers, type LessonSnapshot } from './lab-files.ts';
import { functionBody, parseTable, parseUnistd, stripCComments } from './tree-facts.ts';
import { driverRuns } from './transcript.ts';

const SRC = LAB_PATHS.source;

/// Return a value: sys_MyPrintK returns something other than 0 (the length printed, say), and a
/// run shows the driver printing a positive result.
export function checkReturnValue(s: LessonSnapshot): CheckResult {
  const body = s.files.source ? functionBody(s.files.source, 'sys_MyPrintK') : null;
  if (body === null) return todo('Finish the lab first: sys_MyPrintK must exist.');
  const returns = [...body.matchAll(/\breturn\s+([^;]+);/g)].map((m) => m[1].trim());
  if (returns.length === 0 || returns.every((r) => r === '0'))
    return todo(
      'Make sys_MyPrintK return something useful, e.g. the number of characters printk printed (printk returns it).',
      site(SRC, 1),
    );
  const shown = driverRuns(s.transcript).some((r) => /returned [1-9]\d*/.test(r.output));
  if (!shown)
    return todo(
      'Build, boot and run ./mykernelprint again: the driver prints the value the call returned (EAX on the way back).',
    );
  return done('The call returns a value and user space sees it.');
}

/// Copy a struct to user space: the kernel fills a caller's buffer with copy_to_user and checks
/// its result (the number of bytes it could NOT copy).
export function checkCopyToUser(s: LessonSnapshot): CheckResult {
  const code = s.files.source ? stripCComments(s.files.source) : '';
  if (!/\bcopy_to_user\s*\(/.test(code))
    return todo(
      'Write a call that fills a struct for the caller: copy_to_user(ubuf, &kstruct, sizeof(kstruct)) in MyPrintK/MyPrintK.c.',
      site(SRC, 1),
    );
  if (!/#\s*include\s*<(asm|linux)\/uaccess\.h>/.test(code))
    return todo('Include <asm/uaccess.h>: it declares copy_to_user().', site(SRC, 1));
  if (!/(if\s*\(\s*copy_to_user|=\s*copy_to_user)/.test(code) || !/-\s*EFAULT/.test(code))
    return todo(
      'copy_to_user returns how many bytes it could not copy: when that is not 0, return -EFAULT.',
      site(SRC, 1),
    );
  return registeredBeyond(s, 'copy_to_user is used and checked');
}

/// Validate a pointer: copy the string in with strncpy_from_user (or check it with access_ok)
/// instead of handing the user's pointer to printk.
export function checkValidatePointer(s: LessonSnapshot): CheckResult {
  const body = s.files.source ? functionBody(s.files.source, 'sys_MyPrintK') : null;
  if (body === null) return todo('Finish the lab first: sys_MyPrintK must exist.');
  if (!/\b(strncpy_from_user|access_ok)\s*\(/.test(body))
    return todo(
      'Copy the string into a kernel buffer with strncpy_from_user(buf, s, sizeof(buf)) before printing it: a bad pointer then gives -EFAULT instead of an Oops.',
      site(SRC, 1),
    );
  if (!/-\s*EFAULT/.test(body))
    return todo(
      'When the copy fails (a negative result), return -EFAULT to the caller.',
      site(SRC, 1),
    );
  return done('The function no longer trusts the pointer it is given.');
}

/// A trace-mask syscall like xv6's trace(mask): a second new call, registered in the table and
/// in unistd_32.h with the next number, NR_syscalls bumped again.
export function checkTraceMask(s: LessonSnapshot): CheckResult {
  return registeredBeyond(s, 'A second system call is registered');
}

/// Done when the table has a call past the lab's, numbered in unistd_32.h, with NR_syscalls
/// matching the table's size; otherwise says which of the three is missing.
function registeredBeyond(s: LessonSnapshot, what: string): CheckResult {
  const nums = labNumbers(s);
  if (!nums || !s.files.table || !s.files.unistd)
    return todo('The table or unistd_32.h cannot be read.');
  const entries = parseTable(s.files.table);
  const extra = entries.filter((e) => e.index > nums.nr);
  if (extra.length === 0)
    return todo(
      `Register the new call as entry ${nums.nr + 1}: append it to syscall_table_32.S.`,
      site(LAB_PATHS.table, entries.at(-1)?.line ?? 1),
    );
  const unistd = parseUnistd(s.files.unistd);
  for (const e of extra) {
    const name = e.symbol.replace(/^sys_/, '');
    if (unistd.numbers.get(name) !== e.index)
      return todo(
        `Entry ${e.index} is ${e.symbol}: define __NR_${name} as ${e.index} in unistd_32.h.`,
        site(LAB_PATHS.unistd, unistd.lines.get('NR_syscalls') ?? 1),
      );
  }
  if (unistd.nrSyscalls !== entries.length)
    return todo(
      `NR_syscalls must be ${entries.length} now (the table's size), or the tracer will not see the new call.`,
      site(LAB_PATHS.unistd, unistd.lines.get('NR_syscalls') ?? 1),
    );
  return done(
    `${what}, and ${extra.map((e) => `${e.symbol} (${e.index})`).join(', ')} is registered.`,
  );
}
