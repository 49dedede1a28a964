/* Labels as values (GNU): a tiny bytecode interpreter with a dispatch table. */
#include <stdio.h>

int main(void)
{
	static const unsigned char prog[] = { 0, 5, 0, 7, 1, 0, 3, 2, 3, 4 }; /* push 5, push 7, add, push 3, mul, print, halt */
	static void *ops[] = { &&op_push, &&op_add, &&op_mul, &&op_print, &&op_halt };
	int stack[16], sp = 0, pc = 0, steps = 0;
	int code[] = { 0, 5, 0, 7, 1, 0, 3, 2, 3, 4 };
	(void)prog;
	goto *ops[code[pc++]];
op_push:
	steps++;
	stack[sp++] = code[pc++];
	goto *ops[code[pc++]];
op_add:
	steps++;
	sp--;
	stack[sp - 1] += stack[sp];
	goto *ops[code[pc++]];
op_mul:
	steps++;
	sp--;
	stack[sp - 1] *= stack[sp];
	goto *ops[code[pc++]];
op_print:
	steps++;
	printf("%d\n", stack[sp - 1]);
	goto *ops[code[pc++]];
op_halt:
	printf("%d steps\n", steps);
	return stack[0];
}
