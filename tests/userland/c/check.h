/* check.h - the libc test suite's one convention: every case prints one line
 * "name: result". The same source is built against our libc and against glibc and
 * the lines must match, so results print only what the C standard or POSIX fixes. */
#include <stdio.h>

#define CASE(name, fmt, ...) printf("%s: " fmt "\n", name, __VA_ARGS__)

/* A call that should fail: shows its result and whether errno is the expected one.
 * (Two calls as arguments of one printf would run in an unspecified order.) */
#define FAILS(name, call, expected_errno)                                      \
	do {                                                                       \
		long r_;                                                               \
		errno = 0;                                                             \
		r_ = (long)(call);                                                     \
		printf("%s: %ld %d\n", name, r_, errno == (expected_errno));          \
	} while (0)
