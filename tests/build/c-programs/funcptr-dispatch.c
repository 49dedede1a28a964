/* Function pointers in an array and as parameters. */
#include <stdio.h>

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }

static int fold(int (*op)(int, int), const int *v, int n, int init)
{
	int i;
	for (i = 0; i < n; i++)
		init = op(init, v[i]);
	return init;
}

int main(void)
{
	int (*ops[])(int, int) = { add, sub, mul };
	const char *names = "+-*";
	int v[] = { 1, 2, 3, 4, 5 };
	int i;
	for (i = 0; i < 3; i++)
		printf("%c %d %d\n", names[i], ops[i](7, 3), fold(ops[i], v, 5, i == 2 ? 1 : 0));
	return (*ops[2])(6, 7);
}
