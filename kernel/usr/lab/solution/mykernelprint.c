/* mykernelprint.c - calls MyPrintK with the text given on the command line. */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include "mykernelprint.h"

int main(int argc, char **argv)
{
	const char *text = argc > 1 ? argv[1] : "Hello from user space!";
	long r;

	printf("calling MyPrintK(\"%s\"), system call %d\n", text, __NR_MyPrintK);
	r = MyPrintK(text);
	if (r < 0) {
		printf("MyPrintK failed: %s\n", strerror(errno));
		return 1;
	}
	printf("MyPrintK returned %ld: look for the text in the kernel log (dmesg)\n", r);
	return 0;
}
