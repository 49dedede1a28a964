/* #if arithmetic, defined(), #elif chains and nested conditionals. */
#include <stdio.h>

#define VERSION 2633
#define HAVE_SYSENTER 1

int main(void)
{
#if VERSION >= 2600 && VERSION < 2700
	printf("2.6 series\n");
#elif VERSION >= 3000
	printf("3.x\n");
#else
	printf("old\n");
#endif
#if defined(HAVE_SYSENTER) && !defined(HAVE_SYSCALL)
	printf("sysenter only\n");
#endif
#if (VERSION % 100) == 33
	printf("33\n");
#endif
#ifdef __i386__
	printf("i386 %d\n", (int)sizeof(void *));
#endif
#if -1 < 0u
	printf("unsigned arithmetic in #if is wrong\n");
#else
	printf("#if compares -1 < 0u as unsigned\n");
#endif
#if 0
	this is not compiled
#endif
	return VERSION % 100;
}
