/*
 * arch/x86/kernel/signal.c: running a signal handler in user mode.
 *
 * The kernel saves the interrupted user registers in a frame on the user
 * stack, points EIP at the handler and ESP at the frame; the handler
 * returns through the frame's return address into __kernel_sigreturn (the
 * vsyscall page), whose sigreturn(2) puts the saved registers back.
 * A system call interrupted by the signal is restarted when it asked for
 * that (-ERESTARTSYS with SA_RESTART) by backing EIP up over int $0x80.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/uaccess.h>
#include <linux/errno.h>
#include <asm/unistd.h>
#include <asm/vsyscall.h>
#include <asm/processor-flags.h>
#include <asm/i387.h>

/* the EFLAGS bits a handler's frame may change */
#define FIX_EFLAGS	0x40DD5

/* the interrupted code's x87 state, fnsave layout (Linux's struct _fpstate without fxsr) */
struct _fpstate {
	unsigned char fsave[I387_STATE_SIZE];
	unsigned short status, magic;	/* magic 0xffff: fsave data only */
};

struct sigframe {
	char __user *pretcode;
	int sig;
	struct sigcontext sc;
	struct _fpstate fpstate;
	unsigned long extramask[_NSIG_WORDS - 1];
	char retcode[8];
};

struct rt_sigframe {
	char __user *pretcode;
	int sig;
	struct siginfo __user *pinfo;
	void __user *puc;
	struct siginfo info;
	struct ucontext uc;
	struct _fpstate fpstate;
	char retcode[8];
};

/*
 * setup_sigcontext - the registers (and the FPU, into @fp, whose user
 * address is @ufp) as they were when the signal interrupted the program;
 * the handler starts with a clean FPU
 */
static void setup_sigcontext(struct sigcontext *sc, struct pt_regs *regs, unsigned long mask,
			     struct _fpstate *fp, struct _fpstate __user *ufp)
{
	memset(sc, 0, sizeof(*sc));
	save_i387(fp->fsave);
	fp->status = *(unsigned short *)&fp->fsave[4];
	fp->magic = 0xffff;
	sc->fpstate = ufp;
	sc->gs = regs->gs; sc->fs = regs->fs; sc->es = regs->es; sc->ds = regs->ds;
	sc->di = regs->di; sc->si = regs->si; sc->bp = regs->bp; sc->sp = regs->sp;
	sc->bx = regs->bx; sc->dx = regs->dx; sc->cx = regs->cx; sc->ax = regs->ax;
	sc->trapno = current->thread.trap_no;
	sc->err = current->thread.error_code;
	sc->ip = regs->ip; sc->cs = regs->cs; sc->flags = regs->flags;
	sc->sp_at_signal = regs->sp; sc->ss = regs->ss;
	sc->oldmask = mask;
	sc->cr2 = current->thread.cr2;
}

/* a user segment selector: null, a TLS slot or the user data segment, at RPL 3 */
static unsigned long user_seg(unsigned long sel)
{
	unsigned long idx = (sel & 0xffff) >> 3;

	if ((sel & 0xffff) == 0)
		return 0;
	if ((idx >= GDT_ENTRY_TLS_MIN && idx <= GDT_ENTRY_TLS_MAX) || sel == __USER_DS)
		return (sel & 0xffff) | 3;
	return 0;
}

/* restore_sigcontext - back to the interrupted registers; @fp is the frame's FPU copy */
static int restore_sigcontext(struct pt_regs *regs, struct sigcontext *sc, struct _fpstate *fp)
{
	if (sc->fpstate)
		restore_i387(fp->fsave);
	regs->gs = user_seg(sc->gs); regs->fs = user_seg(sc->fs);
	regs->es = __USER_DS; regs->ds = __USER_DS;
	regs->di = sc->di; regs->si = sc->si; regs->bp = sc->bp; regs->sp = sc->sp;
	regs->bx = sc->bx; regs->dx = sc->dx; regs->cx = sc->cx; regs->ax = sc->ax;
	regs->ip = sc->ip;
	regs->cs = __USER_CS;
	regs->ss = __USER_DS;
	regs->flags = (regs->flags & ~FIX_EFLAGS) | (sc->flags & FIX_EFLAGS) | X86_EFLAGS_IF;
	regs->orig_ax = -1;		/* no system call restart */
	return regs->ax;
}

/* where the frame goes: below the user stack, so that ESP+4 is 16-aligned */
static void __user *get_sigframe(struct pt_regs *regs, size_t frame_size)
{
	unsigned long sp = regs->sp - frame_size;

	return (void __user *)(((sp + 4) & -16UL) - 4);
}

static void enter_handler(struct pt_regs *regs, struct k_sigaction *ka, void __user *frame)
{
	regs->sp = (unsigned long)frame;
	regs->ip = (unsigned long)ka->sa.sa_handler;
	regs->ds = regs->es = regs->ss = __USER_DS;
	regs->cs = __USER_CS;
	regs->flags &= ~0x100;		/* no single-stepping into the handler */
}

static int setup_frame(int sig, struct k_sigaction *ka, sigset_t *set, struct pt_regs *regs)
{
	struct sigframe __user *frame = get_sigframe(regs, sizeof(struct sigframe));
	struct sigframe f;

	memset(&f, 0, sizeof(f));
	f.pretcode = (ka->sa.sa_flags & SA_RESTORER) ? (char *)ka->sa.sa_restorer :
		     (char *)VSYSCALL_ADDR(__kernel_sigreturn);
	f.sig = sig;
	setup_sigcontext(&f.sc, regs, set->sig[0], &f.fpstate, &frame->fpstate);
	f.extramask[0] = set->sig[1];
	/* popl %eax; movl $__NR_sigreturn,%eax; int $0x80 (for debuggers, unused) */
	f.retcode[0] = 0x58; f.retcode[1] = 0xb8;
	*(int *)&f.retcode[2] = __NR_sigreturn;
	f.retcode[6] = 0xcd; f.retcode[7] = 0x80;
	if (copy_to_user(frame, &f, sizeof(f)))
		return -EFAULT;
	enter_handler(regs, ka, frame);
	regs->ax = sig;
	regs->dx = regs->cx = 0;
	return 0;
}

static int setup_rt_frame(int sig, struct k_sigaction *ka, sigset_t *set, struct pt_regs *regs)
{
	struct rt_sigframe __user *frame = get_sigframe(regs, sizeof(struct rt_sigframe));
	struct rt_sigframe f;

	memset(&f, 0, sizeof(f));
	f.pretcode = (ka->sa.sa_flags & SA_RESTORER) ? (char *)ka->sa.sa_restorer :
		     (char *)VSYSCALL_ADDR(__kernel_rt_sigreturn);
	f.sig = sig;
	f.pinfo = &frame->info;
	f.puc = &frame->uc;
	f.info.si_signo = sig;
	f.info.si_code = SI_KERNEL;
	f.info._sifields.sigfault.addr = (void *)current->thread.cr2;
	setup_sigcontext(&f.uc.uc_mcontext, regs, set->sig[0], &f.fpstate, &frame->fpstate);
	f.uc.uc_sigmask = *set;
	/* movl $__NR_rt_sigreturn,%eax; int $0x80 */
	f.retcode[0] = 0xb8;
	*(int *)&f.retcode[1] = __NR_rt_sigreturn;
	f.retcode[5] = 0xcd; f.retcode[6] = 0x80;
	if (copy_to_user(frame, &f, sizeof(f)))
		return -EFAULT;
	enter_handler(regs, ka, frame);
	regs->ax = sig;
	regs->dx = (unsigned long)&frame->info;
	regs->cx = (unsigned long)&frame->uc;
	return 0;
}

static void handle_signal(int sig, struct k_sigaction *ka, struct pt_regs *regs)
{
	sigset_t *oldset = current->restore_sigmask ? &current->saved_sigmask : &current->blocked;
	sigset_t old = *oldset;
	int i, err;

	/* an interrupted system call: restart it, or report EINTR */
	if ((long)regs->orig_ax >= 0) {
		switch ((long)regs->ax) {
		case -ERESTARTNOHAND:
			regs->ax = -EINTR;
			break;
		case -ERESTARTSYS:
			if (!(ka->sa.sa_flags & SA_RESTART)) {
				regs->ax = -EINTR;
				break;
			}
			/* fall through */
		case -ERESTARTNOINTR:
			regs->ax = regs->orig_ax;
			regs->ip -= 2;
		}
	}
	current->restore_sigmask = 0;
	err = (ka->sa.sa_flags & SA_SIGINFO) ? setup_rt_frame(sig, ka, &old, regs) :
					       setup_frame(sig, ka, &old, regs);
	if (err) {
		force_sig(SIGSEGV, current);	/* no room for the frame: the stack is bad */
		return;
	}
	current->blocked = old;
	for (i = 0; i < _NSIG_WORDS; i++)
		current->blocked.sig[i] |= ka->sa.sa_mask.sig[i];
	if (!(ka->sa.sa_flags & SA_NODEFER))
		sigaddset(&current->blocked, sig);
	recalc_sigpending();
}

void do_signal(struct pt_regs *regs)
{
	struct k_sigaction ka;
	int sig;

	if (!user_mode(regs))
		return;
	sig = get_signal_to_deliver(&ka, regs);
	if (sig > 0) {
		handle_signal(sig, &ka, regs);
		return;
	}
	/* no handler ran: restart the call, and undo sigsuspend()'s mask */
	if ((long)regs->orig_ax >= 0) {
		long r = regs->ax;

		if (r == -ERESTARTNOHAND || r == -ERESTARTSYS || r == -ERESTARTNOINTR) {
			regs->ax = regs->orig_ax;
			regs->ip -= 2;
		}
	}
	if (current->restore_sigmask) {
		current->restore_sigmask = 0;
		current->blocked = current->saved_sigmask;
		recalc_sigpending();
	}
}

/* do_notify_resume - called from work_notifysig (entry_32.S) */
void do_notify_resume(struct pt_regs *regs, void *unused, unsigned long thread_info_flags)
{
	if (thread_info_flags & _TIF_SIGPENDING)
		do_signal(regs);
}

asmlinkage long sys_sigreturn(struct pt_regs *regs)
{
	struct sigframe __user *frame = (struct sigframe __user *)(regs->sp - 8);
	struct sigframe f;

	if (copy_from_user(&f, frame, sizeof(f))) {
		force_sig(SIGSEGV, current);
		return 0;
	}
	current->blocked.sig[0] = f.sc.oldmask;
	current->blocked.sig[1] = f.extramask[0];
	sigdelset(&current->blocked, SIGKILL);
	recalc_sigpending();
	return restore_sigcontext(regs, &f.sc, &f.fpstate);
}

asmlinkage long sys_rt_sigreturn(struct pt_regs *regs)
{
	struct rt_sigframe __user *frame = (struct rt_sigframe __user *)(regs->sp - 4);
	struct rt_sigframe f;

	if (copy_from_user(&f, frame, sizeof(f))) {
		force_sig(SIGSEGV, current);
		return 0;
	}
	current->blocked = f.uc.uc_sigmask;
	sigdelset(&current->blocked, SIGKILL);
	recalc_sigpending();
	return restore_sigcontext(regs, &f.uc.uc_mcontext, &f.fpstate);
}
