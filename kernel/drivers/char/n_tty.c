/*
 * drivers/char/n_tty.c: the line discipline.
 *
 * In canonical mode (ICANON, the default) keystrokes collect in an edit
 * line: backspace erases, ^U kills the line, Enter or ^D commits it to the
 * read buffer, and read(2) returns at most one line. ^D on an empty line
 * commits an empty line, which read(2) returns as 0 bytes: end of file.
 * With ISIG, ^C sends SIGINT (and ^\ SIGQUIT) to the foreground process
 * group and throws away pending input. With ECHO every key is echoed.
 * Characters arrive from the UART interrupt, so this runs with interrupts
 * off; readers sleep on tty->read_wait.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/tty.h>
#include <linux/errno.h>

#define L(tty, f)	((tty)->termios.c_lflag & (f))
#define I(tty, f)	((tty)->termios.c_iflag & (f))
#define O(tty, f)	((tty)->termios.c_oflag & (f))
#define CC(tty, c)	((tty)->termios.c_cc[c])
#define BUF(tty, i)	((tty)->read_buf[(i) & (N_TTY_BUF_SIZE - 1)])

void n_tty_init_termios(struct termios *t)
{
	memset(t, 0, sizeof(*t));
	t->c_iflag = ICRNL;
	t->c_oflag = OPOST | ONLCR;
	t->c_cflag = B38400 | CS8 | CREAD | HUPCL | CLOCAL;
	t->c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | ECHOCTL | ECHOKE | IEXTEN;
	t->c_cc[VINTR] = 3;		/* ^C */
	t->c_cc[VQUIT] = 28;		/* ^\ */
	t->c_cc[VERASE] = 127;		/* DEL (most terminals' backspace) */
	t->c_cc[VKILL] = 21;		/* ^U */
	t->c_cc[VEOF] = 4;		/* ^D */
	t->c_cc[VMIN] = 1;
	t->c_cc[VSUSP] = 26;		/* ^Z */
}

/* tty_write_processed - output with OPOST/ONLCR: "\n" becomes "\r\n" */
void tty_write_processed(struct tty_struct *tty, const unsigned char *buf, int n)
{
	int i, start = 0;

	for (i = 0; i < n; i++) {
		if (buf[i] == '\n' && O(tty, OPOST) && O(tty, ONLCR)) {
			tty->write(tty, buf + start, i - start);
			tty->write(tty, (const unsigned char *)"\r\n", 2);
			start = i + 1;
		}
	}
	tty->write(tty, buf + start, n - start);
}

static void echo_char(struct tty_struct *tty, unsigned char c)
{
	unsigned char ctl[2] = { '^', c ^ 0100 };

	if (!L(tty, ECHO))
		return;
	if (c < 32 && c != '\n' && c != '\t' && L(tty, ECHOCTL))
		tty->write(tty, ctl, 2);
	else
		tty_write_processed(tty, &c, 1);
}

static void put_read_char(struct tty_struct *tty, unsigned char c)
{
	if (tty->read_head - tty->read_tail < N_TTY_BUF_SIZE)
		BUF(tty, tty->read_head++) = c;
}

/* commit the edit line to the read buffer as one line */
static void commit_line(struct tty_struct *tty)
{
	int i;

	if (tty->lines_head - tty->lines_tail >= N_TTY_MAX_LINES)
		return;		/* nobody reads: drop the line rather than block the IRQ */
	for (i = 0; i < tty->line_len; i++)
		put_read_char(tty, tty->line[i]);
	tty->line_end[tty->lines_head++ % N_TTY_MAX_LINES] = tty->read_head;
	tty->line_len = 0;
	wake_up(&tty->read_wait);
}

void tty_flush_input(struct tty_struct *tty)
{
	tty->read_tail = tty->read_head;
	tty->lines_tail = tty->lines_head;
	tty->line_len = 0;
}

static void erase_char(struct tty_struct *tty)
{
	if (tty->line_len == 0)
		return;
	tty->line_len--;
	if (L(tty, ECHO) && L(tty, ECHOE))
		tty->write(tty, (const unsigned char *)"\b \b", 3);
}

/* a signal character: echo it, flush input, signal the foreground group */
static void isig(struct tty_struct *tty, unsigned char c, int sig)
{
	echo_char(tty, c);
	if (!L(tty, NOFLSH))
		tty_flush_input(tty);
	if (tty->pgrp > 0)
		kill_pgrp(tty->pgrp, sig, 1);
}

static void receive_canon(struct tty_struct *tty, unsigned char c)
{
	if (c == CC(tty, VERASE) || c == '\b') {
		erase_char(tty);
	} else if (c == CC(tty, VKILL)) {
		while (tty->line_len)
			erase_char(tty);
	} else if (c == CC(tty, VEOF)) {
		commit_line(tty);
	} else if (c == '\n') {
		tty->line[tty->line_len++] = c;
		echo_char(tty, c);
		commit_line(tty);
	} else if (tty->line_len < N_TTY_LINE_MAX - 1) {
		tty->line[tty->line_len++] = c;
		echo_char(tty, c);
	}
}

/* n_tty_receive_char - one byte from the serial port (interrupts off) */
void n_tty_receive_char(struct tty_struct *tty, unsigned char c)
{
	if (c == '\r' && I(tty, IGNCR))
		return;
	if (c == '\r' && I(tty, ICRNL))
		c = '\n';
	else if (c == '\n' && I(tty, INLCR))
		c = '\r';
	if (L(tty, ISIG)) {
		if (c == CC(tty, VINTR) || c == CC(tty, VQUIT)) {
			isig(tty, c, c == CC(tty, VINTR) ? SIGINT : SIGQUIT);
			return;
		}
	}
	if (L(tty, ICANON)) {
		receive_canon(tty, c);
		return;
	}
	put_read_char(tty, c);
	echo_char(tty, c);
	wake_up(&tty->read_wait);
}

/*
 * n_tty_set_termios - the modes changed; called with the old ones, interrupts on.
 * Switching ICANON must not lose typed-ahead input: going raw hands the half-edited line
 * to readers as plain bytes, going canonical turns unread raw bytes back into the line
 * being edited (as Linux does), so a command typed while another ran still reaches the shell.
 */
void n_tty_set_termios(struct tty_struct *tty, const struct termios *old)
{
	unsigned long flags, tail, head;
	int i;

	if (!(old->c_lflag & ICANON) == !L(tty, ICANON))
		return;
	local_irq_save(flags);
	if (!L(tty, ICANON)) {
		for (i = 0; i < tty->line_len; i++)
			put_read_char(tty, tty->line[i]);
		tty->line_len = 0;
		tty->lines_tail = tty->lines_head;
	} else {
		tail = tty->read_tail;
		head = tty->read_head;
		tty->read_head = tty->read_tail;
		tty->lines_tail = tty->lines_head;
		for (; tail != head; tail++) {
			if (tty->line_len < N_TTY_LINE_MAX - 1)
				tty->line[tty->line_len++] = BUF(tty, tail);
			if (BUF(tty, tail) == '\n')
				commit_line(tty);
		}
	}
	local_irq_restore(flags);
	wake_up(&tty->read_wait);
}

int n_tty_chars_in_buffer(struct tty_struct *tty)
{
	return tty->read_head - tty->read_tail;
}

static int input_available(struct tty_struct *tty)
{
	if (L(tty, ICANON))
		return tty->lines_head != tty->lines_tail;
	return tty->read_head != tty->read_tail;
}

/*
 * n_tty_read - read up to @nr bytes into @kbuf, sleeping until input comes
 * Returns the count (0 at end of file), -EAGAIN or -ERESTARTSYS.
 */
int n_tty_read(struct tty_struct *tty, unsigned char *kbuf, int nr, int nonblock)
{
	unsigned long end, flags;
	int n = 0, ret;

	local_irq_save(flags);
	if (!input_available(tty) && nonblock) {
		local_irq_restore(flags);
		return -EAGAIN;
	}
	ret = wait_event_interruptible(tty->read_wait, input_available(tty));
	if (ret) {
		local_irq_restore(flags);
		return ret;
	}
	end = tty->read_head;
	if (L(tty, ICANON))
		end = tty->line_end[tty->lines_tail % N_TTY_MAX_LINES];
	while (n < nr && tty->read_tail != end)
		kbuf[n++] = BUF(tty, tty->read_tail++);
	if (L(tty, ICANON) && tty->read_tail == end)
		tty->lines_tail++;
	local_irq_restore(flags);
	return n;
}
