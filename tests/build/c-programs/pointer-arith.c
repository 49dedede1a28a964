/* Pointer arithmetic scales by the pointed-to size; differences count elements. */
#include <stdio.h>

int main(void)
{
	int a[10];
	double d[4];
	char *cp = (char *)a;
	int *p = a + 3, *q = &a[8];
	int i;
	for (i = 0; i < 10; i++)
		a[i] = i * i;
	printf("%d %d %d\n", *p, p[2], *(q - 1));
	printf("%d %d\n", (int)(q - p), (int)((char *)q - cp));
	printf("%d\n", (int)((char *)(d + 3) - (char *)d));
	printf("%d %d\n", p < q, p == &a[3]);
	p += 4;
	printf("%d\n", *p--);
	printf("%d\n", *p);
	return *p;
}
