/* termios.h - terminal modes, read and set with the TCGETS/TCSETS ioctls.
 * The shell turns off ICANON and ECHO to read arrow keys one byte at a time. */
#ifndef _TERMIOS_H
#define _TERMIOS_H

typedef unsigned int tcflag_t;
typedef unsigned char cc_t;
typedef unsigned int speed_t;

#define NCCS 19
struct termios {                /* the kernel's struct termios */
	tcflag_t c_iflag;           /* input modes */
	tcflag_t c_oflag;           /* output modes */
	tcflag_t c_cflag;           /* control modes */
	tcflag_t c_lflag;           /* local modes: ICANON, ECHO, ISIG */
	cc_t c_line;
	cc_t c_cc[NCCS];            /* special characters */
};

/* c_cc indexes */
#define VINTR 0
#define VQUIT 1
#define VERASE 2
#define VKILL 3
#define VEOF 4
#define VTIME 5
#define VMIN 6
#define VSTART 8
#define VSTOP 9
#define VSUSP 10
#define VEOL 11

/* c_iflag */
#define IGNBRK 0000001
#define BRKINT 0000002
#define IGNPAR 0000004
#define PARMRK 0000010
#define INPCK 0000020
#define ISTRIP 0000040
#define INLCR 0000100
#define IGNCR 0000200
#define ICRNL 0000400
#define IXON 0002000
#define IXOFF 0010000

/* c_oflag */
#define OPOST 0000001
#define ONLCR 0000004

/* c_cflag */
#define CSIZE 0000060
#define CS8 0000060
#define CREAD 0000200
#define PARENB 0000400
#define B9600 0000015
#define B38400 0000017
#define B115200 0010002

/* c_lflag */
#define ISIG 0000001            /* ^C sends SIGINT */
#define ICANON 0000002          /* line by line, with editing */
#define ECHO 0000010
#define ECHOE 0000020
#define ECHOK 0000040
#define ECHONL 0000100
#define NOFLSH 0000200
#define TOSTOP 0000400
#define ECHOCTL 0001000
#define ECHOKE 0004000
#define IEXTEN 0100000

#define TCSANOW 0
#define TCSADRAIN 1
#define TCSAFLUSH 2

int tcgetattr(int fd, struct termios *t);
int tcsetattr(int fd, int when, const struct termios *t);
void cfmakeraw(struct termios *t);

#endif
