#ifndef _ASM_X86_UACCESS_H
#define _ASM_X86_UACCESS_H

/*
 * Reaching user memory from the kernel.
 *
 * access_ok() checks that a range lies below the task's address limit
 * (TASK_SIZE for a process, everything for a kernel thread, which is how
 * kernel_execve() may pass kernel strings to sys_execve). The copy
 * functions then go page by page through the process's own page tables
 * (arch/x86/lib/usercopy_32.c), faulting in pages the process is allowed to
 * have; an address it is not allowed to touch ends the copy, and the caller
 * returns -EFAULT. None of them ever faults in the kernel.
 */
#include <asm/page.h>
#include <asm/thread_info.h>

#define VERIFY_READ	0
#define VERIFY_WRITE	1

#define KERNEL_DS	0xFFFFFFFFUL
#define USER_DS		TASK_SIZE

unsigned long get_fs(void);
void set_fs(unsigned long limit);
int access_ok(int type, const void __user *addr, unsigned long size);

/* these return the number of bytes NOT copied: 0 on success */
unsigned long copy_to_user(void __user *to, const void *from, unsigned long n);
unsigned long copy_from_user(void *to, const void __user *from, unsigned long n);
unsigned long clear_user(void __user *to, unsigned long n);
/* returns the length copied (< count), count if unterminated, or -EFAULT */
long strncpy_from_user(char *dst, const char __user *src, long count);

#define get_user(x, ptr)	(copy_from_user(&(x), (ptr), sizeof(*(ptr))) ? -EFAULT : 0)
#define put_user(x, ptr)						\
({									\
	__typeof__(*(ptr)) __pu_val = (x);				\
	copy_to_user((ptr), &__pu_val, sizeof(*(ptr))) ? -EFAULT : 0;	\
})

#endif
