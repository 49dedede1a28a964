/* alloca: stack allocation sized at run time (tcc's libtcc1 provides it). */
#include <stdio.h>
#include <string.h>
#include <alloca.h>

static int fill_and_sum(int n)
{
	int *v = alloca(n * sizeof *v);
	int i, s = 0;
	for (i = 0; i < n; i++)
		v[i] = i * i;
	for (i = 0; i < n; i++)
		s += v[i];
	return s;
}

int main(void)
{
	char *buf = alloca(64);
	int n;
	strcpy(buf, "on the stack");
	for (n = 1; n <= 100; n *= 10)
		printf("%d %d\n", n, fill_and_sum(n));
	printf("%s\n", buf);
	return fill_and_sum(5);
}
