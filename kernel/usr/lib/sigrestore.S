/* sigrestore.S - where a signal handler returns to (see signal.c).
 * Both ask the kernel to restore the registers saved in the signal frame; neither
 * returns. The plain frame still has the signal number on top, hence the popl. */
#include <asm/unistd_32.h>

	.text
	.globl __restore_rt
__restore_rt:
	movl $__NR_rt_sigreturn, %eax
	int $0x80

	.globl __restore
__restore:
	popl %eax
	movl $__NR_sigreturn, %eax
	int $0x80
