/*
 * arch/x86/vdso/vsyscall_32.S: the vsyscall page.
 *
 * This page of kernel text is mapped read-only into every process at
 * VSYSCALL_BASE (0xffffe000, asm/vsyscall.h); the kernel tells the program
 * where __kernel_vsyscall is with AT_SYSINFO in the auxiliary vector, and
 * the C library calls it instead of executing int $0x80 itself. On a CPU
 * with sysenter that is the fast path; otherwise AT_SYSINFO points at the
 * int $0x80 variant further down the page.
 *
 * Everything here runs in ring 3 at an address other than the one it was
 * linked at, so it may only use relative jumps.
 */
#include <linux/linkage.h>
#include <asm/unistd.h>

#define SYSENTER	.byte 0x0f,0x34

.section .vsyscall,"ax"

/* offset 0: sysenter */
ENTRY(__kernel_vsyscall)
	pushl %ecx
	pushl %edx
	pushl %ebp
.Lenter_kernel:
	movl %esp, %ebp				/* the kernel finds the user stack here */
	SYSENTER
	/* 7: align the return point with nops to keep disassembly readable */
	.space 7, 0x90
	/* 14: system call restart point (SYSENTER_RETURN - 2) */
	jmp .Lenter_kernel
	/* 16: system call normal return point */
ENTRY(SYSENTER_RETURN)
	popl %ebp
	popl %edx
	popl %ecx
	ret
ENDPROC(__kernel_vsyscall)

/* the signal trampolines: where a handler returns to (sa_restorer) */
	.balign 32, 0x90
ENTRY(__kernel_sigreturn)
	popl %eax				/* drop the signal number */
	movl $__NR_sigreturn, %eax
	int $0x80
ENDPROC(__kernel_sigreturn)

	.balign 32, 0x90
ENTRY(__kernel_rt_sigreturn)
	movl $__NR_rt_sigreturn, %eax
	int $0x80
ENDPROC(__kernel_rt_sigreturn)

/* for CPUs without sysenter */
	.balign 32, 0x90
ENTRY(__kernel_vsyscall_int80)
	int $0x80
	ret
ENDPROC(__kernel_vsyscall_int80)
