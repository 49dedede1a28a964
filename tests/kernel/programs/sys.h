/*
 * sys.h: raw Linux i386 system calls for the kernel's test programs.
 *
 * These programs are built outside the kernel tree with
 *	gcc -m32 -static -nostdlib -ffreestanding -fno-pic -no-pie
 * and take their syscall numbers from the tree's own asm/unistd_32.h, so
 * they run the same on the teaching kernel as on a real Linux i386.
 */
#ifndef TEST_SYS_H
#define TEST_SYS_H

#include <asm/unistd_32.h>

typedef unsigned int size_t;

static inline long syscall6(long nr, long a, long b, long c, long d, long e, long f)
{
	long ret;

	asm volatile("push %%ebp; movl %7, %%ebp; int $0x80; pop %%ebp"
		     : "=a" (ret)
		     : "0" (nr), "b" (a), "c" (b), "d" (c), "S" (d), "D" (e), "m" (f)
		     : "memory");
	return ret;
}

#define sys0(nr)		syscall6(nr, 0, 0, 0, 0, 0, 0)
#define sys1(nr, a)		syscall6(nr, (long)(a), 0, 0, 0, 0, 0)
#define sys2(nr, a, b)		syscall6(nr, (long)(a), (long)(b), 0, 0, 0, 0)
#define sys3(nr, a, b, c)	syscall6(nr, (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define sys4(nr, a, b, c, d)	syscall6(nr, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)

static inline size_t slen(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	return n;
}

static inline void puts1(const char *s)
{
	sys3(__NR_write, 1, s, slen(s));
}

/* putnum - print a signed decimal */
static inline void putnum(long v)
{
	char buf[16];
	int i = 15;
	unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;

	buf[i] = 0;
	do {
		buf[--i] = '0' + u % 10;
		u /= 10;
	} while (u);
	if (v < 0)
		buf[--i] = '-';
	puts1(buf + i);
}

static inline void puthex(unsigned long v)
{
	char buf[12];
	int i = 11;

	buf[i] = 0;
	do {
		buf[--i] = "0123456789abcdef"[v & 15];
		v >>= 4;
	} while (v);
	puts1(buf + i);
}

static inline void power_off(void)
{
	sys4(__NR_reboot, 0xfee1dead, 672274793, 0x4321FEDC, 0);
}

static inline void sys_exit_now(int code)
{
	sys1(__NR_exit, code);
}

/* the program's entry: argc at 0(%esp), argv at 4(%esp) */
#define DEFINE_START(mainfn)						\
	int mainfn(int argc, char **argv, char **envp);			\
	void __attribute__((noreturn, used)) start_c(long *sp)		\
	{								\
		int argc = sp[0];					\
		char **argv = (char **)(sp + 1);			\
		sys_exit_now(mainfn(argc, argv, argv + argc + 1));	\
		for (;;)						\
			;						\
	}								\
	asm(".globl _start\n_start:\n\txorl %ebp, %ebp\n\tmovl %esp, %eax\n" \
	    "\tandl $-16, %esp\n\tsubl $12, %esp\n\tpushl %eax\n\tcall start_c\n");

#endif
