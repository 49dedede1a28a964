/* __builtin_constant_p on literals and variables; __builtin_offsetof; __alignof__. */
#include <stdio.h>

struct s { char c; double d; int i; };

int main(void)
{
	int v = 3;
	printf("%d %d\n", __builtin_constant_p(42), __builtin_constant_p(v) && 0);
	printf("%d %d\n", (int)__builtin_offsetof(struct s, i), (int)__builtin_offsetof(struct s, d));
	printf("%d %d %d\n", (int)__alignof__(char), (int)__alignof__(int), (int)__alignof__(struct s) <= 8);
	printf("%d\n", __builtin_types_compatible_p(int, int) + __builtin_types_compatible_p(int, long));
	return (int)__builtin_offsetof(struct s, i);
}
