#ifndef _ASM_X86_VSYSCALL_H
#define _ASM_X86_VSYSCALL_H

/* Where the vsyscall page (arch/x86/vdso/vsyscall_32.S) appears in user space. */
#define VSYSCALL_BASE	0xffffe000UL

/* the user address of a symbol of the vsyscall page */
#define VSYSCALL_ADDR(sym) \
	(VSYSCALL_BASE + ((unsigned long)(sym) - (unsigned long)vsyscall_start))

extern char vsyscall_start[];
extern char __kernel_vsyscall[], __kernel_vsyscall_int80[], SYSENTER_RETURN[];
extern char __kernel_sigreturn[], __kernel_rt_sigreturn[];
extern int sysenter_enabled;
unsigned long vsyscall_entry(void);

#endif
