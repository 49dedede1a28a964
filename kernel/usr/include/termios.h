/* termios.h - terminal modes, read and set with the TCGETS/TCSETS ioctls.
 * The shell turns off ICANON and ECHO to read arrow keys one byte at a time. */
#ifndef _TERMIOS_H
#define _TERMIOS_H

/* struct termios, its flags and the ioctls are the kernel's own, in
 * arch/x86/include/asm/termbits.h */
#include <asm/termbits.h>

typedef unsigned int speed_t;

#define TCSANOW 0
#define TCSADRAIN 1
#define TCSAFLUSH 2

int tcgetattr(int fd, struct termios *t);
int tcsetattr(int fd, int when, const struct termios *t);
void cfmakeraw(struct termios *t);

#endif
