/* misc.c - small stdlib pieces. */
#include <stdlib.h>
#include <stdio.h>
#include <assert.h>

int abs(int x) { return x < 0 ? -x : x; }
long labs(long x) { return x < 0 ? -x : x; }
long long llabs(long long x) { return x < 0 ? -x : x; }

div_t div(int num, int den)
{
	div_t r = { num / den, num % den };
	return r;
}

ldiv_t ldiv(long num, long den)
{
	ldiv_t r = { num / den, num % den };
	return r;
}

lldiv_t lldiv(long long num, long long den)
{
	lldiv_t r = { num / den, num % den };
	return r;
}

static unsigned long long seed = 1;

void srand(unsigned int s) { seed = s; }

/* A 64-bit linear congruential generator; the top 31 bits are the result. */
int rand(void)
{
	seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
	return (int)(seed >> 33);
}

void __assert_fail(const char *cond, const char *file, int line, const char *func)
{
	fflush(stdout);
	fprintf(stderr, "%s:%d: %s: Assertion `%s' failed.\n", file, line, func, cond);
	abort();
}
