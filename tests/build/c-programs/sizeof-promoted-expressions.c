/* sizeof of expressions shows the promoted and converted types without evaluating them. */
#include <stdio.h>

int main(void)
{
	char c = 1;
	short s = 2;
	long l = 3;
	long long ll = 4;
	float f = 5;
	int n = 0;

	printf("c %d, +c %d, -c %d, ~c %d, !c %d\n", (int)sizeof c, (int)sizeof(+c),
	       (int)sizeof(-c), (int)sizeof(~c), (int)sizeof(!c));
	printf("c + c %d, s * s %d, c << ll %d\n", (int)sizeof(c + c), (int)sizeof(s * s),
	       (int)sizeof(c << ll));
	printf("c ? s : ll %d, c ? f : l %d\n", (int)sizeof(c ? s : ll), (int)sizeof(c ? f : l));
	printf("c = 100 %d, (c, ll) %d\n", (int)sizeof(c = 100), (int)sizeof((c, ll)));
	printf("f + 1 %d, f + 1.0 %d, 'a' %d\n", (int)sizeof(f + 1), (int)sizeof(f + 1.0),
	       (int)sizeof('a'));
	printf("n++ %d, n still %d\n", (int)sizeof(n++), n);
	printf("c still %d\n", c);
	printf("\"hello\" %d, sizeof &\"hi\" %d\n", (int)sizeof("hello"), (int)sizeof(&"hi"));
	return n;
}
