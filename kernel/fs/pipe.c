/*
 * fs/pipe.c: pipes.
 *
 * A pipe is one page of ring buffer shared by a read end and a write end.
 * Readers sleep while it is empty and writers remain; writers sleep while
 * it is full and readers remain. Writing with no reader left raises SIGPIPE
 * and fails with EPIPE; reading with no writer left returns end of file.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/errno.h>

#define PIPE_SIZE	PAGE_SIZE

struct pipe_inode_info {
	char *buf;
	unsigned long head, tail;	/* free-running: bytes written, bytes read */
	int readers, writers;
	int wait;			/* wait channel for both ends */
};

static ssize_t pipe_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	struct pipe_inode_info *pipe = file->f_dentry->d_inode->i_pipe;
	size_t n = 0;
	char c;
	int err;

	if (count == 0)
		return 0;
	if (pipe->head == pipe->tail && pipe->writers && (file->f_flags & O_NONBLOCK))
		return -EAGAIN;
	err = wait_event_interruptible(pipe->wait, pipe->head != pipe->tail || !pipe->writers);
	if (err)
		return err;
	while (n < count && pipe->tail != pipe->head) {
		c = pipe->buf[pipe->tail % PIPE_SIZE];
		if (copy_to_user(buf + n, &c, 1))
			return n ? (ssize_t)n : -EFAULT;
		pipe->tail++;
		n++;
	}
	wake_up(&pipe->wait);
	return n;
}

static ssize_t pipe_write(struct file *file, const char __user *buf, size_t count, loff_t *ppos)
{
	struct pipe_inode_info *pipe = file->f_dentry->d_inode->i_pipe;
	size_t n = 0;
	int err;

	while (n < count) {
		if (!pipe->readers) {
			send_sig(SIGPIPE, current, 0);
			return n ? (ssize_t)n : -EPIPE;
		}
		if (pipe->head - pipe->tail == PIPE_SIZE && (file->f_flags & O_NONBLOCK))
			return n ? (ssize_t)n : -EAGAIN;
		err = wait_event_interruptible(pipe->wait,
				pipe->head - pipe->tail < PIPE_SIZE || !pipe->readers);
		if (err)
			return n ? (ssize_t)n : err;
		while (n < count && pipe->head - pipe->tail < PIPE_SIZE) {
			if (copy_from_user(&pipe->buf[pipe->head % PIPE_SIZE], buf + n, 1))
				return n ? (ssize_t)n : -EFAULT;
			pipe->head++;
			n++;
		}
		wake_up(&pipe->wait);
	}
	return n;
}

static int pipe_release(struct inode *inode, struct file *file)
{
	struct pipe_inode_info *pipe = inode->i_pipe;

	if (FMODE_READ(file))
		pipe->readers--;
	if (FMODE_WRITE(file))
		pipe->writers--;
	wake_up(&pipe->wait);
	if (!pipe->readers && !pipe->writers) {
		free_page((unsigned long)pipe->buf);
		kfree(pipe);
		inode->i_pipe = NULL;
	}
	return 0;
}

static int pipe_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct pipe_inode_info *pipe = file->f_dentry->d_inode->i_pipe;

	if (cmd == 0x541B)	/* FIONREAD */
		return put_user((int)(pipe->head - pipe->tail), (int __user *)arg);
	return -ENOTTY;
}

static const struct file_operations pipe_fops = {
	.read = pipe_read,
	.write = pipe_write,
	.ioctl = pipe_ioctl,
	.release = pipe_release,
};

/* a named pipe (mknod S_IFIFO) cannot be opened: there is no FIFO support */
static int fifo_open(struct inode *inode, struct file *filp)
{
	return -ENXIO;
}

const struct file_operations fifo_fops = {
	.open = fifo_open,
};

static struct file *pipe_file(struct dentry *d, int flags)
{
	struct file *f = get_empty_filp();

	if (!f)
		return NULL;
	f->f_dentry = dget(d);
	f->f_flags = flags;
	f->f_op = &pipe_fops;
	return f;
}

int do_pipe_flags(int *fd, int flags)
{
	struct inode *inode = new_inode(S_IFIFO | 0600);
	struct pipe_inode_info *pipe = kzalloc(sizeof(*pipe), GFP_KERNEL);
	struct dentry *d = inode ? d_alloc(NULL, "pipe:", inode) : NULL;
	struct file *rf = NULL, *wf = NULL;
	int err = -ENFILE;

	if (!d || !pipe || !(pipe->buf = (char *)__get_free_page()))
		goto fail;
	inode->i_pipe = pipe;
	inode->i_fop = &pipe_fops;
	rf = pipe_file(d, O_RDONLY | flags);
	wf = pipe_file(d, O_WRONLY | flags);
	if (!rf || !wf)
		goto fail;
	pipe->readers = pipe->writers = 1;
	fd[0] = do_dup(rf, 0, flags & O_CLOEXEC);
	if (fd[0] < 0) {
		fput(wf);
		dput(d);
		return fd[0];
	}
	fd[1] = do_dup(wf, 0, flags & O_CLOEXEC);
	if (fd[1] < 0) {
		sys_close(fd[0]);
		dput(d);
		return fd[1];
	}
	dput(d);
	return 0;
fail:
	kfree(rf);
	kfree(wf);
	if (pipe && pipe->buf)
		free_page((unsigned long)pipe->buf);
	kfree(pipe);
	if (d) {
		inode->i_pipe = NULL;
		dput(d);
	} else {
		iput(inode);
	}
	return err;
}

asmlinkage long sys_pipe2(int __user *fildes, int flags)
{
	int fd[2], err;

	if (flags & ~(O_CLOEXEC | O_NONBLOCK))
		return -EINVAL;
	if (!access_ok(VERIFY_WRITE, fildes, sizeof(fd)))
		return -EFAULT;
	err = do_pipe_flags(fd, flags);
	if (err)
		return err;
	if (copy_to_user(fildes, fd, sizeof(fd))) {
		sys_close(fd[0]);
		sys_close(fd[1]);
		return -EFAULT;
	}
	return 0;
}

asmlinkage long sys_pipe(int __user *fildes)
{
	return sys_pipe2(fildes, 0);
}
