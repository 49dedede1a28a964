/* A linked list of structs through pointers, built from an array. */
#include <stdio.h>

struct node { int value; struct node *next; };

int main(void)
{
	struct node n[6];
	struct node *p, *rev = 0;
	int i, sum = 0;
	for (i = 0; i < 6; i++) {
		n[i].value = i * i;
		n[i].next = i < 5 ? &n[i + 1] : 0;
	}
	for (p = n; p; p = p->next)
		printf("%d ", p->value);
	printf("\n");
	p = n;
	while (p) {
		struct node *next = p->next;
		p->next = rev;
		rev = p;
		p = next;
	}
	for (p = rev; p; p = p->next) {
		printf("%d ", p->value);
		sum += p->value;
	}
	printf("\n");
	return sum;
}
