/* Mutual recursion through forward declarations; a recursive-descent calculator. */
#include <stdio.h>

static const char *p;
static long expr(void);

static long number(void)
{
	long v = 0;
	while (*p >= '0' && *p <= '9')
		v = v * 10 + (*p++ - '0');
	return v;
}

static long factor(void)
{
	long v;
	if (*p == '(') {
		p++;
		v = expr();
		p++;
		return v;
	}
	if (*p == '-') {
		p++;
		return -factor();
	}
	return number();
}

static long term(void)
{
	long v = factor();
	while (*p == '*' || *p == '/' || *p == '%') {
		char op = *p++;
		long r = factor();
		v = op == '*' ? v * r : op == '/' ? v / r : v % r;
	}
	return v;
}

static long expr(void)
{
	long v = term();
	while (*p == '+' || *p == '-') {
		char op = *p++;
		long r = term();
		v = op == '+' ? v + r : v - r;
	}
	return v;
}

int main(void)
{
	const char *tests[] = { "1+2*3", "(1+2)*3", "-7/2", "100%7-(3-10)*2", "((((42))))" };
	int i;
	long last = 0;
	for (i = 0; i < 5; i++) {
		p = tests[i];
		last = expr();
		printf("%s = %ld\n", tests[i], last);
	}
	return (int)last;
}
