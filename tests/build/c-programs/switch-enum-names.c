/* A switch over every value of an enum (no default, so a missing case is a compiler warning),
 * returning names, and the reverse lookup by a loop over the enum's range. */
#include <stdio.h>
#include <string.h>

enum op { OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_COUNT };

static const char *op_name(enum op o)
{
	switch (o) {
	case OP_ADD: return "add";
	case OP_SUB: return "sub";
	case OP_MUL: return "mul";
	case OP_DIV: return "div";
	case OP_MOD: return "mod";
	case OP_COUNT: break;
	}
	return "invalid";
}

static int apply(enum op o, int a, int b, int *out)
{
	switch (o) {
	case OP_ADD: *out = a + b; return 0;
	case OP_SUB: *out = a - b; return 0;
	case OP_MUL: *out = a * b; return 0;
	case OP_DIV:
	case OP_MOD:
		if (b == 0)
			return -1;
		*out = o == OP_DIV ? a / b : a % b;
		return 0;
	case OP_COUNT: break;
	}
	return -2;
}

static int op_from_name(const char *s)
{
	int o;
	for (o = 0; o < OP_COUNT; o++)
		if (strcmp(op_name((enum op)o), s) == 0)
			return o;
	return -1;
}

int main(void)
{
	int o, r = 0;
	for (o = 0; o <= OP_COUNT; o++) {
		int st = apply((enum op)o, 17, 5, &r);
		printf("%d %-7s %d %d\n", o, op_name((enum op)o), st, st == 0 ? r : 0);
	}
	printf("div by zero %d\n", apply(OP_MOD, 1, 0, &r));
	printf("lookup mul %d pow %d\n", op_from_name("mul"), op_from_name("pow"));
	return op_from_name("mod");
}
