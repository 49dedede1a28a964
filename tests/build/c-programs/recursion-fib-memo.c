/* Recursive Fibonacci, naive and memoised. */
#include <stdio.h>

static long long memo[91];

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static long long fibm(int n)
{
	if (n < 2)
		return n;
	if (!memo[n])
		memo[n] = fibm(n - 1) + fibm(n - 2);
	return memo[n];
}

int main(void)
{
	printf("%d %d\n", fib(20), fib(25));
	printf("%lld\n", fibm(90));
	return fib(10);
}
