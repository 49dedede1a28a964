/* sizeof of the basic types, pointers, arrays, expressions and string literals on i386. */
#include <stdio.h>

int main(void)
{
	int arr[7];
	char str[] = "twelve chars";
	printf("%d %d %d %d %d\n", (int)sizeof(char), (int)sizeof(short), (int)sizeof(int), (int)sizeof(long), (int)sizeof(long long));
	printf("%d %d %d\n", (int)sizeof(float), (int)sizeof(double), (int)sizeof(void *));
	printf("%d %d %d\n", (int)sizeof arr, (int)sizeof arr[0], (int)sizeof &arr);
	printf("%d %d\n", (int)sizeof str, (int)sizeof "x");
	printf("%d %d %d\n", (int)sizeof(1 + 1LL), (int)sizeof(1.0f + 1), (int)sizeof('a'));
	printf("%d\n", (int)sizeof(int (*)(int)));
	return (int)sizeof arr;
}
