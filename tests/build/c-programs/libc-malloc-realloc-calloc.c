/* malloc, calloc (zeroed) and realloc (contents kept when growing and shrinking), checked by
 * content, never by address; free(NULL) does nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
	int *v = NULL, cap = 0, n, i, ok = 1, zeros = 0;
	unsigned char *z;
	char *s;

	for (n = 0; n < 1000; n++) {
		if (n == cap) {
			cap = cap ? cap * 2 : 4;
			v = realloc(v, cap * sizeof *v);
		}
		v[n] = n * n;
	}
	for (i = 0; i < n; i++)
		ok &= v[i] == i * i;
	printf("grew to %d, contents ok %d\n", cap, ok);
	v = realloc(v, 10 * sizeof *v);
	printf("shrunk: %d %d %d\n", v[0], v[5], v[9]);
	free(v);
	z = calloc(4096, 1);
	for (i = 0; i < 4096; i++)
		zeros += z[i] == 0;
	printf("calloc zeros %d\n", zeros);
	free(z);
	s = malloc(6);
	strcpy(s, "hello");
	s = realloc(s, 100);
	strcat(s, ", world");
	printf("%s\n", s);
	free(s);
	free(NULL);
	return ok;
}
