/*
 * arch/x86/kernel/entry_32.S: every way into the kernel and back out.
 *
 * system_call (int $0x80), ia32_sysenter_target (sysenter), the CPU
 * exceptions and the hardware interrupts all build the same frame on the
 * kernel stack, struct pt_regs (asm/ptrace.h), and leave through the same
 * exit path, which runs pending work (rescheduling, signals) before the
 * registers are restored and iret (or sysexit) drops back to ring 3.
 *
 * Stack layout once SAVE_ALL has run (offsets from %esp, asm/asm-offsets.h):
 *
 *	 0(%esp) - %ebx		the syscall's 1st argument
 *	 4(%esp) - %ecx		2nd
 *	 8(%esp) - %edx		3rd
 *	 C(%esp) - %esi		4th
 *	10(%esp) - %edi		5th
 *	14(%esp) - %ebp		6th
 *	18(%esp) - %eax		syscall number on entry, return value on exit
 *	1C(%esp) - %ds
 *	20(%esp) - %es
 *	24(%esp) - %fs
 *	28(%esp) - %gs
 *	2C(%esp) - orig_eax	syscall number, error code or ~vector
 *	30(%esp) - %eip		pushed by the CPU ...
 *	34(%esp) - %cs
 *	38(%esp) - %eflags
 *	3C(%esp) - %oldesp	... these two only when coming from ring 3
 *	40(%esp) - %oldss
 *
 * If this order changes, so must struct pt_regs, asm/asm-offsets.h,
 * copy_thread() (process_32.c) and the signal frames (signal.c).
 *
 * Spelling: cpp macros, not .macro, and sysexit as bytes behind a name:
 * the tcc assembler (the app's) knows neither .macro nor sysenter/sysexit;
 * GNU as accepts both spellings.
 */
#include <linux/linkage.h>
#include <linux/errno.h>
#include <asm/segment.h>
#include <asm/page.h>
#include <asm/thread_info.h>
#include <asm/asm-offsets.h>
#include <asm/processor-flags.h>
#include <asm/unistd.h>
#include <asm/traps.h>

#define ENABLE_INTERRUPTS_SYSEXIT	sti; .byte 0x0f,0x35	/* sti; sysexit */

#define SAVE_ALL \
	cld; \
	pushl %gs; \
	pushl %fs; \
	pushl %es; \
	pushl %ds; \
	pushl %eax; \
	pushl %ebp; \
	pushl %edi; \
	pushl %esi; \
	pushl %edx; \
	pushl %ecx; \
	pushl %ebx; \
	movl $(__USER_DS), %edx; \
	movl %edx, %ds; \
	movl %edx, %es

#define RESTORE_INT_REGS \
	popl %ebx; \
	popl %ecx; \
	popl %edx; \
	popl %esi; \
	popl %edi; \
	popl %ebp; \
	popl %eax

/* the segment pops are labelled: a bad user selector is fixed up (SEGMENT_FIXUP) */
#define RESTORE_REGS \
	RESTORE_INT_REGS; \
restore_ds: popl %ds; \
restore_es: popl %es; \
restore_fs: popl %fs; \
restore_gs: popl %gs

#define RESTORE_ALL \
	RESTORE_REGS; \
	addl $4, %esp;		/* skip orig_eax */ \
irq_return: iret

.text

/*
 * A child's first return: switch_to_asm() "returns" here on the child's
 * new stack, whose pt_regs is a copy of the parent's with EAX = 0.
 */
ENTRY(ret_from_fork)
	call schedule_tail
	GET_THREAD_INFO(%ebp)
	jmp syscall_exit
END(ret_from_fork)

/*
 * Return to user mode is not as simple as it looks: first check for
 * pending work (a reschedule, a signal to deliver).
 */
ret_from_exception:
	cli
ret_from_intr:
	GET_THREAD_INFO(%ebp)
	movl PT_EFLAGS(%esp), %eax		/* mix EFLAGS and CS */
	movb PT_CS(%esp), %al
	andl $(X86_EFLAGS_VM | SEGMENT_RPL_MASK), %eax
	cmpl $USER_RPL, %eax
	jb resume_kernel			/* not returning to user space */
ENTRY(resume_userspace)
	cli					/* no interrupt between the check and iret */
	movl TI_flags(%ebp), %ecx
	andl $_TIF_WORK_MASK, %ecx
	jne work_pending
	jmp restore_all
END(ret_from_exception)

resume_kernel:					/* no kernel preemption: just go back */
	jmp restore_all

/*
 * The sysenter fast path. __kernel_vsyscall (the vsyscall page) pushed
 * ECX, EDX and EBP on the user stack and put the user ESP in EBP; the CPU
 * loaded CS, EIP and ESP from the SYSENTER MSRs, with ESP pointing at the
 * TSS, from which we fetch the real kernel stack. We then build exactly the
 * frame int $0x80 would have built.
 */
ENTRY(ia32_sysenter_target)
	movl TSS_sysenter_sp0(%esp), %esp
sysenter_past_esp:
	pushl $(__USER_DS)			/* SS */
	pushl %ebp				/* ESP: the user stack */
	pushf
	orl $X86_EFLAGS_IF, (%esp)		/* EFLAGS, with interrupts on */
	pushl $(__USER_CS)			/* CS */
	/* EIP: current_thread_info()->sysenter_return, in the vsyscall page */
	pushl (TI_sysenter_return - THREAD_SIZE + 8 + 4 * 4)(%esp)
	pushl %eax				/* orig_eax */
	SAVE_ALL
	sti
	/* The 6th argument is on the user stack: load it, carefully. */
	cmpl $(__PAGE_OFFSET - 3), %ebp
	jae syscall_fault
1:	movl (%ebp), %ebp
	movl %ebp, PT_EBP(%esp)
	.section __ex_table,"a"
	.align 4
	.long 1b, syscall_fault
	.previous

	GET_THREAD_INFO(%ebp)
	testl $_TIF_WORK_SYSCALL_ENTRY, TI_flags(%ebp)
	jnz syscall_trace_entry
	cmpl $(nr_syscalls), %eax
	jae syscall_badsys
	call *sys_call_table(,%eax,4)
	movl %eax, PT_EAX(%esp)
	cli
	movl TI_flags(%ebp), %ecx
	testl $_TIF_ALLWORK_MASK, %ecx
	jne syscall_exit_work
/* sysexit: EDX = user EIP, ECX = user ESP; __kernel_vsyscall pops the rest */
	movl PT_EIP(%esp), %edx
	movl PT_OLDESP(%esp), %ecx
	xorl %ebp, %ebp
sysexit_fs:
	movw PT_FS(%esp), %fs
sysexit_gs:
	movw PT_GS(%esp), %gs
	ENABLE_INTERRUPTS_SYSEXIT
/* a bad user selector: null it and retry, as on the iret path (SEGMENT_FIXUP) */
fix_sysexit_fs:
	movl $0, PT_FS(%esp)
	jmp sysexit_fs
fix_sysexit_gs:
	movl $0, PT_GS(%esp)
	jmp sysexit_gs
	.section __ex_table,"a"
	.align 4
	.long sysexit_fs, fix_sysexit_fs
	.long sysexit_gs, fix_sysexit_gs
	.previous
ENDPROC(ia32_sysenter_target)

/*
 * The system call: int $0x80 with the number in EAX and the arguments in
 * EBX, ECX, EDX, ESI, EDI, EBP.
 */
ENTRY(system_call)
	pushl %eax				/* save orig_eax */
	SAVE_ALL
	GET_THREAD_INFO(%ebp)
	testl $_TIF_WORK_SYSCALL_ENTRY, TI_flags(%ebp)	/* tracing? */
	jnz syscall_trace_entry
	cmpl $(nr_syscalls), %eax		/* the table's own size */
	jae syscall_badsys
syscall_call:
	call *sys_call_table(,%eax,4)
	movl %eax, PT_EAX(%esp)			/* store the return value */
syscall_exit:
	cli					/* make sure we don't miss an interrupt */
	movl TI_flags(%ebp), %ecx
	testl $_TIF_ALLWORK_MASK, %ecx		/* current->work */
	jne syscall_exit_work
restore_all:
	RESTORE_ALL
ENDPROC(system_call)

/*
 * A user segment register may hold a selector that went bad while the
 * process was in the kernel (set_thread_area() cleared its TLS slot), so
 * popping it faults. Like Linux, put a null selector in its place and retry.
 */
#define SEGMENT_FIXUP(reg) \
fix_##reg: \
	movl $0, (%esp); \
	jmp restore_##reg; \
	.section __ex_table,"a"; \
	.align 4; \
	.long restore_##reg, fix_##reg; \
	.previous

SEGMENT_FIXUP(ds)
SEGMENT_FIXUP(es)
SEGMENT_FIXUP(fs)
SEGMENT_FIXUP(gs)

/* Pending work on the way out: reschedule first, then signals. */
work_pending:
	testb $_TIF_NEED_RESCHED, %cl
	jz work_notifysig
work_resched:
	call schedule
	cli					/* the flags may change under us */
	movl TI_flags(%ebp), %ecx
	andl $_TIF_WORK_MASK, %ecx
	jz restore_all
	testb $_TIF_NEED_RESCHED, %cl
	jnz work_resched
work_notifysig:					/* deal with pending signals */
	movl %esp, %eax
	pushl %ecx				/* thread_info_flags */
	pushl $0
	pushl %eax				/* regs */
	call do_notify_resume
	addl $12, %esp
	jmp resume_userspace
END(work_pending)

/* Tracing on: report the entry, then run the number it hands back. */
syscall_trace_entry:
	movl $-ENOSYS, PT_EAX(%esp)
	movl %esp, %eax
	pushl %eax
	call syscall_trace_enter
	addl $4, %esp
	cmpl $(nr_syscalls), %eax
	jnae syscall_call
	jmp syscall_exit
END(syscall_trace_entry)

/* Tracing on, or other work: report the exit, then go through the work loop. */
syscall_exit_work:
	testl $_TIF_SYSCALL_TRACEPOINT, %ecx
	jz work_pending
	sti
	movl %esp, %eax
	pushl %eax
	call syscall_trace_leave
	addl $4, %esp
	jmp resume_userspace
END(syscall_exit_work)

syscall_fault:
	GET_THREAD_INFO(%ebp)
	movl $-EFAULT, PT_EAX(%esp)
	jmp resume_userspace
END(syscall_fault)

syscall_badsys:
	movl $-ENOSYS, PT_EAX(%esp)
	jmp resume_userspace
END(syscall_badsys)

/*
 * System calls that need the whole pt_regs (to copy it, or to rewrite it):
 * hand them a pointer to the frame instead of the six argument words.
 */
#define PTREGSCALL(name) \
	ALIGN; \
ptregs_##name: \
	leal 4(%esp), %eax; \
	pushl %eax; \
	call sys_##name; \
	addl $4, %esp; \
	ret

PTREGSCALL(iopl)
PTREGSCALL(fork)
PTREGSCALL(clone)
PTREGSCALL(vfork)
PTREGSCALL(execve)
PTREGSCALL(sigaltstack)
PTREGSCALL(sigreturn)
PTREGSCALL(rt_sigreturn)
PTREGSCALL(vm86)
PTREGSCALL(vm86old)

/*
 * Hardware interrupts: one stub per 8259 line pushes ~vector as orig_eax,
 * common_interrupt saves the registers and calls do_IRQ(regs).
 */
#define IRQ_ENTRY(n) \
	ALIGN; \
irq_entry_##n: \
	pushl $~(IRQ0_VECTOR + n); \
	jmp common_interrupt

IRQ_ENTRY(0)
IRQ_ENTRY(1)
IRQ_ENTRY(2)
IRQ_ENTRY(3)
IRQ_ENTRY(4)
IRQ_ENTRY(5)
IRQ_ENTRY(6)
IRQ_ENTRY(7)
IRQ_ENTRY(8)
IRQ_ENTRY(9)
IRQ_ENTRY(10)
IRQ_ENTRY(11)
IRQ_ENTRY(12)
IRQ_ENTRY(13)
IRQ_ENTRY(14)
IRQ_ENTRY(15)

common_interrupt:
	SAVE_ALL
	movl %esp, %eax
	pushl %eax
	call do_IRQ
	addl $4, %esp
	jmp ret_from_intr
ENDPROC(common_interrupt)

.data
ENTRY(interrupt)
	.long irq_entry_0, irq_entry_1, irq_entry_2, irq_entry_3
	.long irq_entry_4, irq_entry_5, irq_entry_6, irq_entry_7
	.long irq_entry_8, irq_entry_9, irq_entry_10, irq_entry_11
	.long irq_entry_12, irq_entry_13, irq_entry_14, irq_entry_15
.text

/*
 * Exceptions: push the error code (0 when the CPU pushes none) and the C
 * handler, then error_code turns it into a pt_regs frame and calls
 * handler(regs, error_code).
 */
#define EXCEPTION(name, pusherr) \
ENTRY(name) \
	pusherr; \
	pushl $do_##name; \
	jmp error_code; \
END(name)

#define NO_ERROR_CODE	pushl $0
#define HAS_ERROR_CODE	/* the CPU pushed it */

EXCEPTION(divide_error, NO_ERROR_CODE)
EXCEPTION(debug, NO_ERROR_CODE)
EXCEPTION(nmi, NO_ERROR_CODE)
EXCEPTION(int3, NO_ERROR_CODE)
EXCEPTION(overflow, NO_ERROR_CODE)
EXCEPTION(bounds, NO_ERROR_CODE)
EXCEPTION(invalid_op, NO_ERROR_CODE)
EXCEPTION(device_not_available, NO_ERROR_CODE)
EXCEPTION(double_fault, HAS_ERROR_CODE)
EXCEPTION(coprocessor_segment_overrun, NO_ERROR_CODE)
EXCEPTION(invalid_TSS, HAS_ERROR_CODE)
EXCEPTION(segment_not_present, HAS_ERROR_CODE)
EXCEPTION(stack_segment, HAS_ERROR_CODE)
EXCEPTION(general_protection, HAS_ERROR_CODE)
EXCEPTION(page_fault, HAS_ERROR_CODE)
EXCEPTION(coprocessor_error, NO_ERROR_CODE)
EXCEPTION(alignment_check, HAS_ERROR_CODE)
EXCEPTION(machine_check, NO_ERROR_CODE)
EXCEPTION(simd_coprocessor_error, NO_ERROR_CODE)

error_code:
	/* the handler's address sits in %gs's slot, the error code in orig_eax's */
	pushl %fs
	pushl %es
	pushl %ds
	pushl %eax
	pushl %ebp
	pushl %edi
	pushl %esi
	pushl %edx
	pushl %ecx
	pushl %ebx
	cld
	movl PT_GS(%esp), %edi			/* the handler */
	movl PT_ORIG_EAX(%esp), %edx		/* the error code */
	movl $-1, PT_ORIG_EAX(%esp)		/* no syscall to restart */
	movl %gs, %ecx
	movl %ecx, PT_GS(%esp)
	/*
	 * Null %fs and %gs while in the kernel: if the fault came from popping
	 * a bad user selector (SEGMENT_FIXUP), this frame must not save and
	 * later restore that same bad selector again.
	 */
	xorl %ecx, %ecx
	movl %ecx, %fs
	movl %ecx, %gs
	movl $(__USER_DS), %ecx
	movl %ecx, %ds
	movl %ecx, %es
	movl %esp, %eax
	pushl %edx
	pushl %eax
	call *%edi
	addl $8, %esp
	jmp ret_from_exception
END(error_code)

/*
 * A kernel thread's first instructions (kernel_thread() in process_32.c):
 * call fn(arg) from EBX/EDX, then exit with its result.
 */
ENTRY(kernel_thread_helper)
	pushl %edx
	call *%ebx
	pushl %eax
	call do_exit
ENDPROC(kernel_thread_helper)

/* The context switch itself; see asm/system.h. */
ENTRY(switch_to_asm)
	movl 4(%esp), %eax			/* &prev->thread.sp */
	movl 8(%esp), %edx			/* next->thread.sp */
	pushf
	pushl %ebp
	pushl %ebx
	pushl %esi
	pushl %edi
	movl %esp, (%eax)
	movl %edx, %esp
	popl %edi
	popl %esi
	popl %ebx
	popl %ebp
	popf
	ret
ENDPROC(switch_to_asm)

.section .rodata,"a"
#include "syscall_table_32.S"

syscall_table_size=(.-sys_call_table)
/*
 * The table's own size in entries: what system_call checks EAX against.
 * Global so that C can read it too (the syscall tracer names only real
 * entries, whatever NR_syscalls says).
 */
.globl nr_syscalls
nr_syscalls=(syscall_table_size/4)
