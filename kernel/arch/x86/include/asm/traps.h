#ifndef _ASM_X86_TRAPS_H
#define _ASM_X86_TRAPS_H

#define SYSCALL_VECTOR	0x80
#define IRQ0_VECTOR	0x30	/* the 8259's 16 lines land on 0x30..0x3f, as in 2.6.33 */

#ifndef __ASSEMBLY__
#include <asm/ptrace.h>

/* the entry points in entry_32.S, one per exception vector */
asmlinkage void divide_error(void);
asmlinkage void debug(void);
asmlinkage void nmi(void);
asmlinkage void int3(void);
asmlinkage void overflow(void);
asmlinkage void bounds(void);
asmlinkage void invalid_op(void);
asmlinkage void device_not_available(void);
asmlinkage void double_fault(void);
asmlinkage void coprocessor_segment_overrun(void);
asmlinkage void invalid_TSS(void);
asmlinkage void segment_not_present(void);
asmlinkage void stack_segment(void);
asmlinkage void general_protection(void);
asmlinkage void page_fault(void);
asmlinkage void coprocessor_error(void);
asmlinkage void alignment_check(void);
asmlinkage void machine_check(void);
asmlinkage void simd_coprocessor_error(void);
asmlinkage void system_call(void);
asmlinkage void ia32_sysenter_target(void);

/* the C handlers they call: (regs, error_code) */
asmlinkage void do_page_fault(struct pt_regs *regs, long error_code);

void die(const char *str, struct pt_regs *regs, long err) __attribute__((noreturn));
int fixup_exception(struct pt_regs *regs);
void show_registers(struct pt_regs *regs);
void show_stack(unsigned long *sp, unsigned long bp);
void dump_stack(void);
#endif

#endif
