/* Static pointers initialized with address constants: array elements, offsets into strings,
 * struct members and pointers to pointers, all resolved by the linker's relocations. */
#include <stdio.h>

static int data[8] = { 10, 11, 12, 13, 14, 15, 16, 17 };
static const char text[] = "hello, linker";
static struct { int a; int b[3]; } rec = { 1, { 2, 3, 4 } };

static int *p3 = &data[3];
static int *pend = data + 8;
static const char *word = text + 7;
static int *pb2 = &rec.b[2];
static int **pp = &p3;
static const char *const strs[] = { text, text + 5, &text[12] };
static long diff_base = 0;

int main(void)
{
	int *p;
	printf("%d %d %s %d %d\n", *p3, (int)(pend - data), word, *pb2, **pp);
	printf("%s|%s|%s\n", strs[0], strs[1], strs[2]);
	for (p = p3; p < pend; p++)
		diff_base += *p;
	printf("sum from p3: %ld\n", diff_base);
	*pp = &data[0];
	printf("after *pp: %d\n", *p3);
	return *pb2;
}
