/* start.c - from crt0 to main() and back out through exit(). */
#include <stdlib.h>
#include <unistd.h>
#include <errno.h>
#include "libc.h"

int errno;          /* set by every failing wrapper (see __ret) */
char **environ;

int main(int argc, char **argv, char **envp);

/* Called by crt0.S with the kernel's argc, argv and envp. Does not return. */
void __libc_start_main(int argc, char **argv, char **envp)
{
	environ = envp;
	exit(main(argc, argv, envp));
}

long __ret(long raw)
{
	if ((unsigned long)raw >= (unsigned long)-4095) {
		errno = (int)-raw;
		return -1;
	}
	return raw;
}
