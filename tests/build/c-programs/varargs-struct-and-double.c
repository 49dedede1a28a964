/* Structs and doubles through varargs. */
#include <stdio.h>
#include <stdarg.h>

struct pair { int a; short b; };

static void show(const char *tag, ...)
{
	va_list ap;
	struct pair p;
	double d;
	va_start(ap, tag);
	p = va_arg(ap, struct pair);
	d = va_arg(ap, double);
	printf("%s %d %d %.4f %d\n", tag, p.a, p.b, d, va_arg(ap, int));
	va_end(ap);
}

int main(void)
{
	struct pair p = { -5, 300 };
	show("x", p, 2.75, 9);
	p.a = 123456;
	show("y", p, -0.0625, -1);
	return 0;
}
