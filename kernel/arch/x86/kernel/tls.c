/*
 * arch/x86/kernel/tls.c: set_thread_area(), the per-process segments a C
 * library points %gs at for thread-local storage.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/uaccess.h>
#include <linux/errno.h>

static void fill_ldt(struct desc_struct *d, const struct user_desc *info)
{
	unsigned char type = 0x92;	/* present, DPL 0, data, writable */
	unsigned char flags = 0;

	if (info->contents & 2)
		type = 0x9a;		/* code */
	if (info->read_exec_only)
		type &= ~0x2;
	if (info->contents & 1)
		type |= 0x4;		/* expand-down / conforming */
	type |= 0x60;			/* DPL 3 */
	if (info->seg_not_present)
		type &= ~0x80;
	if (info->seg_32bit)
		flags |= 0x4;
	if (info->limit_in_pages)
		flags |= 0x8;
	if (info->useable)
		flags |= 0x1;
	pack_descriptor(d, info->base_addr, info->limit, type, flags);
}

static int desc_empty(const struct user_desc *info)
{
	return info->base_addr == 0 && info->limit == 0 && info->contents == 0 &&
	       info->read_exec_only == 1 && info->seg_32bit == 0 &&
	       info->limit_in_pages == 0 && info->seg_not_present == 1 && info->useable == 0;
}

asmlinkage long sys_set_thread_area(struct user_desc __user *u_info)
{
	struct user_desc info;
	struct desc_struct *tls = current->thread.tls_array;
	int idx, i;

	if (copy_from_user(&info, u_info, sizeof(info)))
		return -EFAULT;
	idx = info.entry_number;
	if (idx == -1) {		/* pick a free slot and tell the caller */
		for (i = 0; i < GDT_ENTRY_TLS_ENTRIES; i++)
			if (!tls[i].a && !tls[i].b)
				break;
		if (i == GDT_ENTRY_TLS_ENTRIES)
			return -ESRCH;
		idx = GDT_ENTRY_TLS_MIN + i;
		if (put_user(idx, &u_info->entry_number))
			return -EFAULT;
	}
	if (idx < GDT_ENTRY_TLS_MIN || idx > GDT_ENTRY_TLS_MAX)
		return -EINVAL;
	if (desc_empty(&info))
		memset(&tls[idx - GDT_ENTRY_TLS_MIN], 0, sizeof(struct desc_struct));
	else
		fill_ldt(&tls[idx - GDT_ENTRY_TLS_MIN], &info);
	load_TLS(tls);
	return 0;
}

asmlinkage long sys_get_thread_area(struct user_desc __user *u_info)
{
	struct user_desc info;
	struct desc_struct *d;
	int idx;

	if (get_user(idx, &u_info->entry_number))
		return -EFAULT;
	if (idx < GDT_ENTRY_TLS_MIN || idx > GDT_ENTRY_TLS_MAX)
		return -EINVAL;
	d = &current->thread.tls_array[idx - GDT_ENTRY_TLS_MIN];
	memset(&info, 0, sizeof(info));
	info.entry_number = idx;
	info.base_addr = (d->a >> 16) | ((d->b & 0xff) << 16) | (d->b & 0xff000000);
	info.limit = (d->a & 0xffff) | (d->b & 0xf0000);
	info.seg_32bit = (d->b >> 22) & 1;
	info.contents = (d->b >> 10) & 3;
	info.read_exec_only = !((d->b >> 9) & 1);
	info.limit_in_pages = (d->b >> 23) & 1;
	info.seg_not_present = !((d->b >> 15) & 1);
	info.useable = (d->b >> 20) & 1;
	return copy_to_user(u_info, &info, sizeof(info)) ? -EFAULT : 0;
}
