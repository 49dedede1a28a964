#ifndef _ASM_X86_SIGCONTEXT_H
#define _ASM_X86_SIGCONTEXT_H

#include <asm/signal.h>

/* The registers a signal handler's frame saves (i386 layout). */
struct sigcontext {
	unsigned short gs, __gsh;
	unsigned short fs, __fsh;
	unsigned short es, __esh;
	unsigned short ds, __dsh;
	unsigned long di, si, bp, sp, bx, dx, cx, ax;
	unsigned long trapno, err, ip;
	unsigned short cs, __csh;
	unsigned long flags, sp_at_signal;
	unsigned short ss, __ssh;
	void *fpstate;
	unsigned long oldmask, cr2;
};

typedef struct sigaltstack {
	void *ss_sp;
	int ss_flags;
	unsigned int ss_size;
} stack_t;

struct ucontext {
	unsigned long uc_flags;
	struct ucontext *uc_link;
	stack_t uc_stack;
	struct sigcontext uc_mcontext;
	sigset_t uc_sigmask;
};

/* siginfo_t: 128 bytes; we fill the common fields */
typedef struct siginfo {
	int si_signo;
	int si_errno;
	int si_code;
	union {
		int _pad[29];
		struct { int pid; unsigned int uid; } kill;
		struct { void *addr; } sigfault;
		struct { int pid; unsigned int uid; int status; long utime, stime; } sigchld;
	} _sifields;
} siginfo_t;

#define SI_USER		0
#define SI_KERNEL	0x80
#define SEGV_MAPERR	1
#define SEGV_ACCERR	2
#define CLD_EXITED	1
#define CLD_KILLED	2
#define CLD_DUMPED	3

#endif
