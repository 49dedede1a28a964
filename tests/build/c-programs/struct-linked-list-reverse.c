/* A singly linked list on malloc: push, append, reverse in place, remove matching nodes, free. */
#include <stdio.h>
#include <stdlib.h>

struct node {
	int value;
	struct node *next;
};

static struct node *push(struct node *head, int v)
{
	struct node *n = malloc(sizeof *n);
	n->value = v;
	n->next = head;
	return n;
}

static struct node *reverse(struct node *head)
{
	struct node *prev = NULL;
	while (head) {
		struct node *next = head->next;
		head->next = prev;
		prev = head;
		head = next;
	}
	return prev;
}

static struct node *remove_if(struct node *head, int (*pred)(int))
{
	struct node **pp = &head;
	while (*pp) {
		if (pred((*pp)->value)) {
			struct node *dead = *pp;
			*pp = dead->next;
			free(dead);
		} else {
			pp = &(*pp)->next;
		}
	}
	return head;
}

static int is_multiple_of_three(int v) { return v % 3 == 0; }

static void print(const char *tag, const struct node *n)
{
	printf("%s:", tag);
	for (; n; n = n->next)
		printf(" %d", n->value);
	printf("\n");
}

int main(void)
{
	struct node *list = NULL;
	int i, count = 0;

	for (i = 1; i <= 10; i++)
		list = push(list, i * i);
	print("pushed", list);
	list = reverse(list);
	print("reversed", list);
	list = remove_if(list, is_multiple_of_three);
	print("filtered", list);
	while (list) {
		struct node *next = list->next;
		free(list);
		list = next;
		count++;
	}
	printf("freed %d\n", count);
	return count;
}
