/// SYSENTER / SYSEXIT: the fast system-call pair. Segments come from IA32_SYSENTER_CS as flat
/// descriptors (the CPU does not read the GDT), exactly as the SDM describes.
import {
  A_DB,
  A_G,
  A_P,
  A_S,
  CR0_PE,
  CS,
  ESP,
  GP,
  IF,
  RF,
  SS,
  T_CODE,
  T_WRITE_READ,
  VM,
} from './constants.ts';
import type { Cpu } from './cpu.ts';
import { EDX, ECX } from './constants.ts';
import { takePicture } from './picture.ts';
import { updateSegCheck } from './segmentation.ts';

/// Loads a flat 4 GiB segment cache entry (no descriptor read).
function flat(cpu: Cpu, seg: number, sel: number, dpl: number, code: boolean): void {
  cpu.segSel[seg] = sel;
  cpu.segBase[seg] = 0;
  cpu.segLimit[seg] = -1;
  cpu.segAttr[seg] =
    A_P | A_S | A_DB | A_G | (dpl << 5) | (code ? T_CODE | T_WRITE_READ | 1 : T_WRITE_READ | 1);
  updateSegCheck(cpu, seg);
}

/// SYSENTER: to ring 0 at SYSENTER_CS:SYSENTER_EIP with SS:ESP = SYSENTER_CS+8:SYSENTER_ESP.
export function sysenter(cpu: Cpu): void {
  const base = cpu.sysenterCs & 0xfffc;
  if ((cpu.cr0 & CR0_PE) === 0 || base === 0) cpu.raise(GP, 0);
  const before = cpu.hooks.privilege ? takePicture(cpu) : null;
  cpu.flags &= ~(VM | IF | RF);
  flat(cpu, CS, base, 0, true);
  flat(cpu, SS, (base + 8) & 0xfffc, 0, false);
  cpu.setCpl(0);
  cpu.fetchLin = -1;
  cpu.regs[ESP] = cpu.sysenterEsp;
  cpu.eip = cpu.sysenterEip;
  if (before && cpu.hooks.privilege) cpu.hooks.privilege('sysenter', -1, before, takePicture(cpu));
}

/// SYSEXIT: to ring 3 at SYSENTER_CS+16:EDX with SS:ESP = SYSENTER_CS+24:ECX.
export function sysexit(cpu: Cpu): void {
  const base = cpu.sysenterCs & 0xfffc;
  if ((cpu.cr0 & CR0_PE) === 0 || base === 0 || cpu.cpl !== 0) cpu.raise(GP, 0);
  const before = cpu.hooks.privilege ? takePicture(cpu) : null;
  flat(cpu, CS, ((base + 16) & 0xfffc) | 3, 3, true);
  flat(cpu, SS, ((base + 24) & 0xfffc) | 3, 3, false);
  cpu.setCpl(3);
  cpu.fetchLin = -1;
  cpu.regs[ESP] = cpu.regs[ECX];
  cpu.eip = cpu.regs[EDX];
  cpu.sliceEnd = cpu.icount + 1;
  if (before && cpu.hooks.privilege) cpu.hooks.privilege('sysexit', -1, before, takePicture(cpu));
}
