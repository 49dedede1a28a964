/*
 * fs/file_table.c: open files and file descriptors.
 *
 * A struct file is one open of a file, with its position; descriptors in a
 * process's files_struct point at it, and dup() or fork() make several
 * descriptors share one file (and its position), as on Linux.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/syscalls.h>
#include <linux/errno.h>

#define NR_FD(files)	ARRAY_SIZE((files)->fd)
#define CLOEXEC_WORD(fd)	((fd) / 32)
#define CLOEXEC_BIT(fd)		(1UL << ((fd) % 32))

struct file *get_empty_filp(void)
{
	struct file *f = kzalloc(sizeof(*f), GFP_KERNEL);

	if (f)
		f->f_count = 1;
	return f;
}

void fput(struct file *file)
{
	if (!file || --file->f_count > 0)
		return;
	if (file->f_op && file->f_op->release)
		file->f_op->release(file->f_dentry->d_inode, file);
	dput(file->f_dentry);
	kfree(file);
}

/* fget - the file behind @fd of the current process, with a reference */
struct file *fget(unsigned int fd)
{
	struct files_struct *files = current->files;
	struct file *f;

	if (!files || fd >= NR_FD(files) || !(f = files->fd[fd]))
		return NULL;
	f->f_count++;
	return f;
}

static int alloc_fd(int minfd)
{
	struct files_struct *files = current->files;
	int fd;

	for (fd = minfd; fd < (int)NR_FD(files); fd++)
		if (!files->fd[fd])
			return fd;
	return -EMFILE;
}

int get_unused_fd(void)
{
	return alloc_fd(0);
}

static void set_close_on_exec(int fd, int on)
{
	struct files_struct *files = current->files;

	if (on)
		files->close_on_exec[CLOEXEC_WORD(fd)] |= CLOEXEC_BIT(fd);
	else
		files->close_on_exec[CLOEXEC_WORD(fd)] &= ~CLOEXEC_BIT(fd);
}

void fd_install(unsigned int fd, struct file *file)
{
	current->files->fd[fd] = file;
	set_close_on_exec(fd, file->f_flags & O_CLOEXEC);
}

/* do_dup - a new descriptor >= @minfd for @file (whose reference it takes) */
int do_dup(struct file *file, int minfd, int cloexec)
{
	int fd = alloc_fd(minfd);

	if (fd < 0) {
		fput(file);
		return fd;
	}
	current->files->fd[fd] = file;
	set_close_on_exec(fd, cloexec);
	return fd;
}

struct files_struct *dup_fd(struct files_struct *old)
{
	struct files_struct *files = kzalloc(sizeof(*files), GFP_KERNEL);
	unsigned int i;

	if (!files)
		return NULL;
	if (old) {
		*files = *old;
		for (i = 0; i < NR_FD(files); i++)
			if (files->fd[i])
				files->fd[i]->f_count++;
	}
	return files;
}

void put_files_struct(struct files_struct *files)
{
	unsigned int i;

	if (!files)
		return;
	for (i = 0; i < NR_FD(files); i++)
		fput(files->fd[i]);
	kfree(files);
}

/* flush_old_files - execve() closes the descriptors marked close-on-exec */
void flush_old_files(struct files_struct *files)
{
	unsigned int fd;

	for (fd = 0; fd < NR_FD(files); fd++) {
		if (files->close_on_exec[CLOEXEC_WORD(fd)] & CLOEXEC_BIT(fd)) {
			fput(files->fd[fd]);
			files->fd[fd] = NULL;
		}
	}
	files->close_on_exec[0] = files->close_on_exec[1] = 0;
}

asmlinkage long sys_close(unsigned int fd)
{
	struct files_struct *files = current->files;
	struct file *f;

	if (fd >= NR_FD(files) || !(f = files->fd[fd]))
		return -EBADF;
	files->fd[fd] = NULL;
	set_close_on_exec(fd, 0);
	fput(f);
	return 0;
}

asmlinkage long sys_dup(unsigned int fildes)
{
	struct file *f = fget(fildes);

	return f ? do_dup(f, 0, 0) : -EBADF;
}

asmlinkage long sys_dup2(unsigned int oldfd, unsigned int newfd)
{
	struct files_struct *files = current->files;
	struct file *f = fget(oldfd);

	if (!f)
		return -EBADF;
	if (newfd >= NR_FD(files)) {
		fput(f);
		return -EBADF;
	}
	if (oldfd == newfd) {
		fput(f);
		return newfd;
	}
	fput(files->fd[newfd]);
	files->fd[newfd] = f;
	set_close_on_exec(newfd, 0);
	return newfd;
}

asmlinkage long sys_dup3(unsigned int oldfd, unsigned int newfd, int flags)
{
	long r;

	if (oldfd == newfd || (flags & ~O_CLOEXEC))
		return -EINVAL;
	r = sys_dup2(oldfd, newfd);
	if (r >= 0)
		set_close_on_exec(newfd, flags & O_CLOEXEC);
	return r;
}

asmlinkage long sys_fcntl(unsigned int fd, unsigned int cmd, unsigned long arg)
{
	struct files_struct *files = current->files;
	struct file *f = fget(fd);
	long r = 0;

	if (!f)
		return -EBADF;
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		if (arg >= NR_FD(files)) {
			r = -EINVAL;
			break;
		}
		return do_dup(f, arg, cmd == F_DUPFD_CLOEXEC);
	case F_GETFD:
		r = (files->close_on_exec[CLOEXEC_WORD(fd)] & CLOEXEC_BIT(fd)) ? FD_CLOEXEC : 0;
		break;
	case F_SETFD:
		set_close_on_exec(fd, arg & FD_CLOEXEC);
		break;
	case F_GETFL:
		r = f->f_flags & ~O_CLOEXEC;
		break;
	case F_SETFL:
		f->f_flags = (f->f_flags & ~(O_APPEND | O_NONBLOCK)) | (arg & (O_APPEND | O_NONBLOCK));
		break;
	default:
		r = -EINVAL;
	}
	fput(f);
	return r;
}

asmlinkage long sys_fcntl64(unsigned int fd, unsigned int cmd, unsigned long arg)
{
	return sys_fcntl(fd, cmd, arg);
}
