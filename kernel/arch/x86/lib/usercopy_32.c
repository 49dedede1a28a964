/*
 * arch/x86/lib/usercopy_32.c: copying between the kernel and user space.
 *
 * Each user page is looked up (and faulted in, if the process may have it)
 * through the process's page tables before a single byte moves, so a bad
 * user pointer can only make these functions stop early, never fault.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/uaccess.h>

unsigned long get_fs(void)
{
	return current_thread_info()->addr_limit;
}

void set_fs(unsigned long limit)
{
	current_thread_info()->addr_limit = limit;
}

int access_ok(int type, const void __user *addr, unsigned long size)
{
	unsigned long a = (unsigned long)addr, limit = get_fs();

	return size <= limit && a <= limit - size;
}

static int kernel_ds(void)
{
	return get_fs() == KERNEL_DS;
}

/*
 * user_copy - move @n bytes between @kbuf and user address @uaddr
 * Returns the number of bytes not moved.
 */
static unsigned long user_copy(void *kbuf, unsigned long uaddr, unsigned long n, int to_user)
{
	unsigned long chunk;
	char *k = kbuf, *u;

	while (n) {
		u = user_page_address(current->mm, uaddr, to_user);
		if (!u)
			break;
		chunk = min(n, PAGE_SIZE - (uaddr & ~PAGE_MASK));
		if (to_user)
			memcpy(u, k, chunk);
		else
			memcpy(k, u, chunk);
		k += chunk;
		uaddr += chunk;
		n -= chunk;
	}
	return n;
}

unsigned long copy_to_user(void __user *to, const void *from, unsigned long n)
{
	if (!access_ok(VERIFY_WRITE, to, n))
		return n;
	if (kernel_ds()) {
		memcpy(to, from, n);
		return 0;
	}
	return user_copy((void *)from, (unsigned long)to, n, 1);
}

unsigned long copy_from_user(void *to, const void __user *from, unsigned long n)
{
	unsigned long left;

	if (!access_ok(VERIFY_READ, from, n)) {
		memset(to, 0, n);
		return n;
	}
	if (kernel_ds()) {
		memcpy(to, from, n);
		return 0;
	}
	left = user_copy(to, (unsigned long)from, n, 0);
	if (left)
		memset((char *)to + n - left, 0, left);	/* never leak stale kernel data */
	return left;
}

unsigned long clear_user(void __user *to, unsigned long n)
{
	static const char zeroes[64];
	unsigned long chunk;

	while (n) {
		chunk = min(n, sizeof(zeroes));
		if (copy_to_user(to, zeroes, chunk))
			return n;
		to = (char *)to + chunk;
		n -= chunk;
	}
	return 0;
}

long strncpy_from_user(char *dst, const char __user *src, long count)
{
	unsigned long addr = (unsigned long)src;
	long i;
	char *u;

	for (i = 0; i < count; i++, addr++) {
		if (kernel_ds())
			u = (char *)addr;
		else if (addr >= TASK_SIZE || !(u = user_page_address(current->mm, addr, 0)))
			return -EFAULT;
		dst[i] = *u;
		if (!*u)
			return i;
	}
	return count;
}
