/* cond_syscall the way Linux's sys_ni.c does it: the stub, and weak symbols set to it, overridden
   when a real definition is linked (sys_present is defined in sys.c; sys_absent is not). */
	.text
	.globl sys_ni_syscall
	.type sys_ni_syscall, @function
sys_ni_syscall:
	movl $-38, %eax
	ret
	.size sys_ni_syscall, . - sys_ni_syscall
	.weak sys_present
	.set sys_present, sys_ni_syscall
	.weak sys_absent
	.set sys_absent, sys_ni_syscall
	.section .note.GNU-stack, "", @progbits
