#ifndef _LINUX_TTY_H
#define _LINUX_TTY_H

/*
 * A terminal: the serial port seen through the line discipline (n_tty),
 * which turns keystrokes into lines, echoes them, and turns ^C into SIGINT.
 */
#include <linux/types.h>
#include <asm/termbits.h>

#define N_TTY_BUF_SIZE	4096
#define N_TTY_LINE_MAX	255
#define N_TTY_MAX_LINES	64

struct tty_struct {
	int index;			/* ttyS<index> */
	struct termios termios;
	struct winsize winsize;
	pid_t pgrp;			/* foreground process group: gets ^C */
	pid_t session;			/* the session it controls, 0 if none */
	void (*write)(struct tty_struct *tty, const unsigned char *buf, int n);

	/* n_tty: committed input, read by read(2) */
	unsigned char read_buf[N_TTY_BUF_SIZE];
	unsigned long read_head, read_tail;	/* free-running counters */
	unsigned long line_end[N_TTY_MAX_LINES];/* where each committed line ends */
	unsigned int lines_head, lines_tail;
	/* n_tty: the line being edited (canonical mode) */
	unsigned char line[N_TTY_LINE_MAX];
	int line_len;
	int read_wait;			/* wait channel */
};

extern struct tty_struct serial_tty;	/* ttyS0, also /dev/console */

void tty_init(void);
void n_tty_init_termios(struct termios *t);
void n_tty_receive_char(struct tty_struct *tty, unsigned char c);
void n_tty_set_termios(struct tty_struct *tty, const struct termios *old);
int n_tty_read(struct tty_struct *tty, unsigned char *kbuf, int nr, int nonblock);
int n_tty_chars_in_buffer(struct tty_struct *tty);
void tty_write_processed(struct tty_struct *tty, const unsigned char *buf, int n);
void tty_flush_input(struct tty_struct *tty);

#endif
