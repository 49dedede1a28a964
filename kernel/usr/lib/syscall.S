/* syscall.S - the one door into the kernel.
 *
 * Linux i386 convention: call number in EAX, arguments in EBX, ECX, EDX, ESI, EDI, EBP,
 * result in EAX. A result between -4095 and -1 is an error: -errno.
 * EBX, ESI, EDI and EBP belong to our caller (C calling convention), so we save them.
 */
	.text

/* long __sys(long nr, long a, long b, long c, long d, long e, long f): raw result. */
	.globl __sys
__sys:
	pushl %ebp
	pushl %edi
	pushl %esi
	pushl %ebx
	movl 20(%esp), %eax         /* 4 saved registers + return address = 20 bytes */
	movl 24(%esp), %ebx
	movl 28(%esp), %ecx
	movl 32(%esp), %edx
	movl 36(%esp), %esi
	movl 40(%esp), %edi
	movl 44(%esp), %ebp
	call *__vsyscall            /* int $0x80, or __kernel_vsyscall (see crt0.S) */
	popl %ebx
	popl %esi
	popl %edi
	popl %ebp
	ret

/* long syscall(long nr, ...): the same, with errno. Unused trailing arguments are
 * whatever lies on the caller's stack; the kernel ignores what it does not need. */
	.globl syscall
syscall:
	pushl 28(%esp)
	pushl 28(%esp)
	pushl 28(%esp)
	pushl 28(%esp)
	pushl 28(%esp)
	pushl 28(%esp)
	pushl 28(%esp)
	call __sys
	addl $28, %esp
	cmpl $-4095, %eax
	jae 1f
	ret
1:	negl %eax
	movl %eax, errno
	movl $-1, %eax
	ret

/* The default entry: the software interrupt every Linux i386 kernel accepts. */
__int80:
	int $0x80
	ret

	.data
	.globl __vsyscall
__vsyscall:
	.long __int80
