/*
 * fs/open.c: open(), creat(), chdir(), getcwd() and friends.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/tty.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/errno.h>

/*
 * filp_open - open (and with O_CREAT maybe create) a kernel path
 * Returns the new struct file or an ERR_PTR.
 */
struct file *filp_open(const char *path, int flags, umode_t mode)
{
	struct dentry *d;
	struct inode *inode;
	struct file *f;
	int err = path_lookup(path, (flags & O_NOFOLLOW) ? 0 : LOOKUP_FOLLOW, &d, NULL);

	if (err == -ENOENT && (flags & O_CREAT))
		err = vfs_mknod(path, S_IFREG | (mode & 07777 & ~current->umask), 0, &d);
	else if (!err && (flags & O_CREAT) && (flags & O_EXCL))
		err = -EEXIST;
	if (err)
		goto out;
	inode = d->d_inode;
	if (S_ISLNK(inode->i_mode))
		err = -ELOOP;
	else if ((flags & O_DIRECTORY) && !S_ISDIR(inode->i_mode))
		err = -ENOTDIR;
	else if (S_ISDIR(inode->i_mode) && (flags & O_ACCMODE) != O_RDONLY)
		err = -EISDIR;
	if (!err && (flags & O_TRUNC) && S_ISREG(inode->i_mode) && (flags & O_ACCMODE))
		err = ramfs_truncate(inode, 0);
	if (err)
		goto out_dput;
	f = get_empty_filp();
	if (!f) {
		err = -ENFILE;
		goto out_dput;
	}
	f->f_dentry = d;
	f->f_flags = flags;
	f->f_op = inode->i_fop;
	if (f->f_op && f->f_op->open && (err = f->f_op->open(inode, f))) {
		fput(f);
		return ERR_PTR(err);
	}
	return f;
out_dput:
	dput(d);
out:
	return ERR_PTR(err);
}

int filp_close(struct file *filp)
{
	fput(filp);
	return 0;
}

long do_sys_open(const char __user *filename, int flags, int mode)
{
	char *tmp = getname(filename);
	struct file *f;
	int fd;

	if (IS_ERR(tmp))
		return PTR_ERR(tmp);
	fd = get_unused_fd();
	if (fd >= 0) {
		f = filp_open(tmp, flags, mode);
		if (IS_ERR(f))
			fd = PTR_ERR(f);
		else
			fd_install(fd, f);
	}
	putname(tmp);
	return fd;
}

asmlinkage long sys_open(const char __user *filename, int flags, int mode)
{
	return do_sys_open(filename, flags, mode);
}

asmlinkage long sys_openat(int dfd, const char __user *filename, int flags, int mode)
{
	if (dfd != AT_FDCWD)
		return -EINVAL;	/* only the current directory is supported */
	return do_sys_open(filename, flags, mode);
}

asmlinkage long sys_creat(const char __user *pathname, int mode)
{
	return sys_open(pathname, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

static long set_pwd(struct dentry *d)
{
	if (!S_ISDIR(d->d_inode->i_mode)) {
		dput(d);
		return -ENOTDIR;
	}
	dput(current->pwd);
	current->pwd = d;
	return 0;
}

asmlinkage long sys_chdir(const char __user *filename)
{
	struct dentry *d;
	int err = user_path(filename, LOOKUP_FOLLOW, &d);

	return err ? err : set_pwd(d);
}

asmlinkage long sys_fchdir(unsigned int fd)
{
	struct file *f = fget(fd);
	struct dentry *d;

	if (!f)
		return -EBADF;
	d = dget(f->f_dentry);
	fput(f);
	return set_pwd(d);
}

/* getcwd - build the path from the current directory up to the root */
asmlinkage long sys_getcwd(char __user *buf, unsigned long size)
{
	char *page = (char *)__get_free_page(), *p;
	struct dentry *d = current->pwd;
	int len;
	long err;

	if (!page)
		return -ENOMEM;
	p = page + PAGE_SIZE;
	*--p = '\0';
	err = d->d_unhashed ? -ENOENT : 0;	/* the directory was removed */
	for (; d != root_dentry && !err; d = d->d_parent) {
		len = strlen(d->d_name);
		if (p - page < len + 1) {
			err = -ENAMETOOLONG;
			break;
		}
		p -= len;
		memcpy(p, d->d_name, len);
		*--p = '/';
	}
	if (*p == '\0')
		*--p = '/';
	len = page + PAGE_SIZE - p;
	if (!err && (unsigned long)len > size)
		err = -ERANGE;
	if (!err && copy_to_user(buf, p, len))
		err = -EFAULT;
	free_page((unsigned long)page);
	return err ? err : len;
}

asmlinkage long sys_umask(int mask)
{
	int old = current->umask;

	current->umask = mask & 0777;
	return old;
}

/* access - everyone is root here: only existence is checked */
asmlinkage long sys_access(const char __user *filename, int mode)
{
	struct dentry *d;
	int err = user_path(filename, LOOKUP_FOLLOW, &d);

	if (!err)
		dput(d);
	return err;
}

asmlinkage long sys_chmod(const char __user *filename, mode_t mode)
{
	struct dentry *d;
	int err = user_path(filename, LOOKUP_FOLLOW, &d);

	if (err)
		return err;
	d->d_inode->i_mode = (d->d_inode->i_mode & S_IFMT) | (mode & 07777);
	dput(d);
	return 0;
}

asmlinkage long sys_ftruncate(unsigned int fd, unsigned long length)
{
	struct file *f = fget(fd);
	long err;

	if (!f)
		return -EBADF;
	if (!S_ISREG(f->f_dentry->d_inode->i_mode) || !FMODE_WRITE(f))
		err = -EINVAL;
	else
		err = ramfs_truncate(f->f_dentry->d_inode, length);
	fput(f);
	return err;
}

asmlinkage long sys_truncate(const char __user *path, unsigned long length)
{
	struct dentry *d;
	int err = user_path(path, LOOKUP_FOLLOW, &d);

	if (err)
		return err;
	err = S_ISREG(d->d_inode->i_mode) ? ramfs_truncate(d->d_inode, length) : -EISDIR;
	dput(d);
	return err;
}
