/*
 * drivers/char/tty_io.c: the terminal as a file.
 *
 * /dev/ttyS0 and /dev/console are the same terminal here (the serial
 * port); /dev/tty is the process's controlling terminal. A session leader
 * that opens the terminal without O_NOCTTY gets it as its controlling
 * terminal, and its process group becomes the foreground group (the one ^C
 * signals); shells move the foreground with TIOCSPGRP.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/tty.h>
#include <linux/uaccess.h>
#include <linux/errno.h>

struct tty_struct serial_tty;

static int tty_open(struct inode *inode, struct file *filp)
{
	struct tty_struct *tty = &serial_tty;
	struct task_struct *p = current;

	if (inode->i_rdev == MKDEV(5, 0) && !p->tty)
		return -ENXIO;		/* /dev/tty without a controlling terminal */
	filp->private_data = tty;
	if (!(filp->f_flags & O_NOCTTY) && p->pid == p->session && !p->tty && !tty->session) {
		p->tty = tty;
		tty->session = p->session;
		tty->pgrp = p->pgrp;
	}
	return 0;
}

static ssize_t tty_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	unsigned char kbuf[256];
	int n;

	n = n_tty_read(file->private_data, kbuf, min(count, sizeof(kbuf)),
		       file->f_flags & O_NONBLOCK);
	if (n > 0 && copy_to_user(buf, kbuf, n))
		return -EFAULT;
	return n;
}

static ssize_t tty_write(struct file *file, const char __user *buf, size_t count, loff_t *ppos)
{
	unsigned char kbuf[256];
	size_t done = 0, chunk;

	while (done < count) {
		if (signal_pending(current))	/* a signal ends a long write early */
			return done ? (ssize_t)done : -ERESTARTSYS;
		chunk = min(count - done, sizeof(kbuf));
		if (copy_from_user(kbuf, buf + done, chunk))
			return done ? (ssize_t)done : -EFAULT;
		tty_write_processed(file->private_data, kbuf, chunk);
		done += chunk;
	}
	return done;
}

static int tty_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct tty_struct *tty = file->private_data;
	void __user *p = (void __user *)arg;
	struct termios old;
	pid_t pgrp;

	switch (cmd) {
	case TCGETS:
		return copy_to_user(p, &tty->termios, sizeof(struct termios)) ? -EFAULT : 0;
	case TCSETSF:
		tty_flush_input(tty);
		/* fall through */
	case TCSETS:
	case TCSETSW:
		old = tty->termios;
		if (copy_from_user(&tty->termios, p, sizeof(struct termios)))
			return -EFAULT;
		n_tty_set_termios(tty, &old);
		return 0;
	case TIOCGWINSZ:
		return copy_to_user(p, &tty->winsize, sizeof(struct winsize)) ? -EFAULT : 0;
	case TIOCSWINSZ:
		return copy_from_user(&tty->winsize, p, sizeof(struct winsize)) ? -EFAULT : 0;
	case TIOCGPGRP:
		return put_user(tty->pgrp, (pid_t __user *)p);
	case TIOCSPGRP:
		if (get_user(pgrp, (pid_t __user *)p))
			return -EFAULT;
		if (pgrp <= 0)
			return -EINVAL;
		tty->pgrp = pgrp;
		return 0;
	case TIOCGSID:
		return put_user(tty->session, (pid_t __user *)p);
	case TIOCSCTTY:
		if (current->pid != current->session)
			return -EPERM;
		current->tty = tty;
		tty->session = current->session;
		tty->pgrp = current->pgrp;
		return 0;
	case TIOCNOTTY:
		current->tty = NULL;
		return 0;
	case FIONREAD:
		return put_user(n_tty_chars_in_buffer(tty), (int __user *)p);
	case TCFLSH:
		tty_flush_input(tty);
		return 0;
	case FIONBIO:
		return 0;
	}
	return -ENOTTY;
}

const struct file_operations tty_fops = {
	.open = tty_open,
	.read = tty_read,
	.write = tty_write,
	.ioctl = tty_ioctl,
};

const struct file_operations console_fops = {
	.open = tty_open,
	.read = tty_read,
	.write = tty_write,
	.ioctl = tty_ioctl,
};

void tty_init(void)
{
	n_tty_init_termios(&serial_tty.termios);
	serial_tty.winsize.ws_row = 24;
	serial_tty.winsize.ws_col = 80;
}
