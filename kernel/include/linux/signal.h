#ifndef _LINUX_SIGNAL_H
#define _LINUX_SIGNAL_H

#include <asm/signal.h>
#include <asm/sigcontext.h>

#define sigmask(sig)	(1UL << (((sig) - 1) % _NSIG_BPW))
#define sigword(sig)	(((sig) - 1) / _NSIG_BPW)

static inline void sigaddset(sigset_t *set, int sig) { set->sig[sigword(sig)] |= sigmask(sig); }
static inline void sigdelset(sigset_t *set, int sig) { set->sig[sigword(sig)] &= ~sigmask(sig); }
static inline int sigismember(const sigset_t *set, int sig)
{
	return (set->sig[sigword(sig)] & sigmask(sig)) != 0;
}
static inline void sigemptyset(sigset_t *set) { set->sig[0] = set->sig[1] = 0; }

/* signals that can be neither caught nor blocked */
#define sig_kernel_only(sig)	((sig) == SIGKILL || (sig) == SIGSTOP)
/* signals whose default action is to be ignored */
#define sig_kernel_ignore(sig)	((sig) == SIGCHLD || (sig) == SIGCONT || (sig) == SIGURG || \
				 (sig) == SIGWINCH)

struct task_struct;
int send_sig(int sig, struct task_struct *p, int priv);
void force_sig(int sig, struct task_struct *p);
int kill_pgrp(int pgrp, int sig, int priv);
int task_has_handler(struct task_struct *p, int sig);
void flush_signal_handlers(struct task_struct *t);
struct pt_regs;
void do_notify_resume(struct pt_regs *regs, void *unused, unsigned long thread_info_flags);
int get_signal_to_deliver(struct k_sigaction *ka, struct pt_regs *regs);
void do_signal(struct pt_regs *regs);

#endif
