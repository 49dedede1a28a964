/*
 * fs/namespace.c: mount(2), umount(2) and sync(2) for a machine with one
 * file system.
 *
 * Everything lives in the RAM tree filled from the initramfs, and /proc is
 * attached at boot. So mounting "proc" on /proc, or "ramfs"/"tmpfs" on a
 * directory, succeeds with nothing to do (an init program may mount them
 * as on any Linux); other file system types do not exist here (ENODEV).
 * There is nothing to write back, so sync() has nothing to wait for.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/errno.h>

asmlinkage long sys_mount(char __user *dev_name, char __user *dir_name, char __user *type,
			  unsigned long flags, void __user *data)
{
	char fstype[16];
	struct dentry *dir;
	long len, err;

	len = strncpy_from_user(fstype, type, sizeof(fstype));
	if (len < 0)
		return len;
	if (len == sizeof(fstype))
		return -ENODEV;
	err = user_path(dir_name, LOOKUP_FOLLOW, &dir);
	if (err)
		return err;
	if (!S_ISDIR(dir->d_inode->i_mode))
		err = -ENOTDIR;
	else if (!strcmp(fstype, "proc"))
		err = dir->d_inode->i_op ? 0 : -EBUSY;	/* /proc is the only place for it */
	else if (strcmp(fstype, "ramfs") && strcmp(fstype, "tmpfs") && strcmp(fstype, "rootfs"))
		err = -ENODEV;
	dput(dir);
	return err;
}

asmlinkage long sys_umount(char __user *name, int flags)
{
	struct dentry *d;
	long err = user_path(name, LOOKUP_FOLLOW, &d);

	if (err)
		return err;
	dput(d);
	return -EBUSY;		/* the one file system cannot go away */
}

asmlinkage long sys_oldumount(char __user *name)
{
	return sys_umount(name, 0);
}

asmlinkage long sys_sync(void)
{
	return 0;
}
