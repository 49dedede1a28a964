/* The preprocessor: # stringizing, ## pasting, variadic macros, __LINE__ and __func__. */
#include <stdio.h>

#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a##b
#define NR_MyPrintK 338
#define SYSCALL(name) CAT(sys_, name)
#define LOG(fmt, ...) printf("[%s:%d] " fmt "\n", __func__, __LINE__, ##__VA_ARGS__)
#define COUNT(...) COUNT_(__VA_ARGS__, 5, 4, 3, 2, 1)
#define COUNT_(a, b, c, d, e, n, ...) n

static int sys_MyPrintK(void) { return 7; }

int main(void)
{
	int CAT(var, 1) = 10;
	printf("%s %s %s\n", STR(NR_MyPrintK), XSTR(NR_MyPrintK), STR(a + b));
	printf("%d %d\n", SYSCALL(MyPrintK)(), var1);
	LOG("plain");
	LOG("with %d and %s", 2, "args");
	printf("%d %d %d\n", COUNT(a), COUNT(a, b, c), COUNT(1, 2, 3, 4, 5));
	return COUNT(x, y);
}
