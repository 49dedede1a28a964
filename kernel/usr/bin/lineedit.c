/* lineedit.c - reading a command line on a terminal, with editing and history.
 *
 * The terminal normally hands a program whole lines (ICANON) and echoes what is
 * typed (ECHO). To see the arrow keys we switch both off while reading, and draw the
 * line ourselves with ANSI escape sequences: "\r" back to the start, the prompt and
 * the text, "ESC[K" to erase the rest, and "ESC[nD" to put the cursor back.
 * Arrow keys arrive as three bytes: ESC [ A (up), B (down), C (right), D (left).
 *
 * ISIG stays on, as readline leaves it: ^C is a SIGINT from the terminal in raw mode
 * too, so one typed just after Enter, before the command has the terminal, is a
 * signal the shell can pass on to the command, not a byte lost in the input. The
 * caller's handler sets a flag (lineedit_interrupt_flag): seen while a line is read,
 * it abandons the line; set after Enter, it is left for the caller.
 */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <errno.h>
#include <signal.h>
#include <termios.h>
#include "lineedit.h"

#define HISTORY 32

static char *hist[HISTORY];
static int nhist;
static volatile sig_atomic_t *intr;     /* set by the caller's SIGINT handler */

void lineedit_interrupt_flag(volatile sig_atomic_t *flag)
{
	intr = flag;
}

void lineedit_add_history(const char *line)
{
	if (!*line || (nhist && !strcmp(hist[nhist - 1], line)))
		return;
	if (nhist == HISTORY) {
		free(hist[0]);
		memmove(hist, hist + 1, (HISTORY - 1) * sizeof(char *));
		nhist--;
	}
	hist[nhist] = strdup(line);
	if (hist[nhist])
		nhist++;
}

const char *lineedit_history(int i)
{
	return i >= 0 && i < nhist ? hist[i] : 0;
}

static void put(const char *s)
{
	write(1, s, strlen(s));
}

/* Redraws prompt and text, then moves the cursor back to position cur. */
static void redraw(const char *prompt, const char *buf, int len, int cur)
{
	char seq[16];

	put("\r");
	put(prompt);
	write(1, buf, len);
	put("\033[K");
	if (len > cur) {
		snprintf(seq, sizeof(seq), "\033[%dD", len - cur);
		put(seq);
	}
}

/* Reads a line the plain way, one byte per read(). */
static int read_plain(char *buf, int size)
{
	int n = 0;
	char c;

	for (;;) {
		int r = read(0, &c, 1);

		if (r <= 0)
			return n > 0 ? n : -1;
		if (c == '\n')
			break;
		if (n < size - 1)
			buf[n++] = c;
	}
	buf[n] = 0;
	return n;
}

/* Handles the rest of an ESC [ sequence; returns the history index to show or -2. */
static int escape(char *buf, int *len, int *cur, int hpos)
{
	char k[3];

	if (read(0, k, 1) != 1 || k[0] != '[' || read(0, k + 1, 1) != 1)
		return -2;
	switch (k[1]) {
	case 'A': return hpos > 0 ? hpos - 1 : -2;
	case 'B': return hpos < nhist ? hpos + 1 : -2;
	case 'C': if (*cur < *len) (*cur)++; break;
	case 'D': if (*cur > 0) (*cur)--; break;
	case 'H': *cur = 0; break;
	case 'F': *cur = *len; break;
	case '3':       /* ESC [ 3 ~ : Delete */
		if (read(0, k + 2, 1) == 1 && k[2] == '~' && *cur < *len) {
			memmove(buf + *cur, buf + *cur + 1, *len - *cur - 1);
			(*len)--;
		}
		break;
	}
	return -2;
}

/* Reads one key into *c; a SIGINT noted in the caller's flag (from ^C, before or
 * during the read) reads as the ^C byte. Returns 0 at end of input. */
static int next_key(unsigned char *c)
{
	for (;;) {
		if (intr && *intr) {
			*intr = 0;
			*c = 3;
			return 1;
		}
		if (read(0, c, 1) == 1)
			return 1;
		if (errno != EINTR)
			return 0;
	}
}

/* The editing loop, with the terminal already in raw mode. */
static int edit(const char *prompt, char *buf, int size)
{
	int len = 0, cur = 0, hpos = nhist, h;
	unsigned char c;

	put(prompt);
	for (;;) {
		if (!next_key(&c))
			return len ? len : -1;
		if (c == '\r' || c == '\n') {
			put("\r\n");
			break;
		} else if (c == 4 && len == 0) {            /* ^D on an empty line: end */
			return -1;
		} else if (c == 3) {                        /* ^C: abandon the line */
			put("^C\r\n");
			len = 0;
			break;
		} else if ((c == 127 || c == 8) && cur > 0) {   /* Backspace */
			memmove(buf + cur - 1, buf + cur, len - cur);
			len--, cur--;
			if (cur == len) {       /* at the end: rub out one cell, no redraw */
				put("\b \b");
				continue;
			}
		} else if (c == 1) {
			cur = 0;
		} else if (c == 5) {
			cur = len;
		} else if (c == 21) {                       /* ^U: erase the line */
			len = cur = 0;
		} else if (c == 27) {
			h = escape(buf, &len, &cur, hpos);
			if (h >= 0) {
				hpos = h;
				len = h < nhist ? (int)strlen(hist[h]) : 0;
				if (len > size - 1)
					len = size - 1;
				memcpy(buf, h < nhist ? hist[h] : "", len);
				cur = len;
			}
		} else if (c >= 32 && c < 127 && len < size - 1) {
			memmove(buf + cur + 1, buf + cur, len - cur);
			buf[cur++] = c;
			len++;
			if (cur == len) {       /* typing at the end: just echo it */
				write(1, &c, 1);
				continue;
			}
		} else {
			continue;               /* a key we do not handle: nothing changed */
		}
		redraw(prompt, buf, len, cur);
	}
	buf[len] = 0;
	return len;
}

int lineedit_read(const char *prompt, char *buf, int size)
{
	struct termios saved, raw;
	int n;

	if (tcgetattr(0, &saved) < 0) {        /* not a terminal: a script or a pipe */
		put(prompt);                        /* (empty unless the shell is interactive) */
		return read_plain(buf, size);
	}
	raw = saved;
	raw.c_lflag &= ~(ICANON | ECHO);            /* ISIG kept: ^C is still SIGINT */
	raw.c_iflag &= ~(ICRNL | IXON);
	raw.c_cc[VMIN] = 1;
	raw.c_cc[VTIME] = 0;
	if (tcsetattr(0, TCSANOW, &raw) < 0) {   /* a tty without modes: read cooked */
		put(prompt);
		return read_plain(buf, size);
	}
	n = edit(prompt, buf, size);
	tcsetattr(0, TCSANOW, &saved);
	return n;
}
