/* crt0.S - where every user program starts.
 *
 * execve() leaves nothing in the registers; everything is on the stack:
 *
 *   (%esp)          argc
 *   4(%esp)         argv[0] ... argv[argc-1], NULL
 *   then            envp[0] ... NULL            ("NAME=value" strings)
 *   then            auxv: (type, value) pairs, ended by type AT_NULL (0)
 *
 * The aux vector is how the kernel tells a program things: AT_SYSINFO (32) holds the
 * address of __kernel_vsyscall, the fast sysenter way into the kernel. When it is there
 * we make every system call go through it; otherwise they use int $0x80.
 */
#define AT_SYSINFO 32

	.text
	.globl _start
_start:
	xorl %ebp, %ebp             /* outermost frame: stack traces stop here */
	movl (%esp), %esi           /* esi = argc */
	leal 4(%esp), %edi          /* edi = argv */
	leal 4(%edi,%esi,4), %edx   /* edx = envp = argv + argc + 1 */

	movl %edx, %eax             /* skip the environment to its NULL... */
1:	movl (%eax), %ecx
	addl $4, %eax
	testl %ecx, %ecx
	jnz 1b
					/* ...eax now points at auxv */
2:	movl (%eax), %ecx           /* ecx = type */
	testl %ecx, %ecx
	jz 4f                       /* AT_NULL: end of the vector */
	cmpl $AT_SYSINFO, %ecx
	jne 3f
	movl 4(%eax), %ecx
	movl %ecx, __vsyscall       /* use the kernel's vsyscall entry */
3:	addl $8, %eax
	jmp 2b

4:	andl $-16, %esp             /* the C ABI wants a 16-byte aligned stack */
	subl $4, %esp
	pushl %edx                  /* envp */
	pushl %edi                  /* argv */
	pushl %esi                  /* argc */
	call __libc_start_main      /* runs main, then exit(): never returns */
	hlt                         /* not reached (and faults in ring 3 if it is) */
