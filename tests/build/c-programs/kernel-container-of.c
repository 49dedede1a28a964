/* container_of and an intrusive doubly linked list, as the kernel writes them. */
#include <stdio.h>
#include <stddef.h>

struct list_head { struct list_head *next, *prev; };
#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))
#define LIST_HEAD_INIT(name) { &(name), &(name) }

static void list_add_tail(struct list_head *n, struct list_head *head)
{
	n->prev = head->prev;
	n->next = head;
	head->prev->next = n;
	head->prev = n;
}

static void list_del(struct list_head *e)
{
	e->prev->next = e->next;
	e->next->prev = e->prev;
}

struct task { int pid; const char *comm; struct list_head tasks; };

int main(void)
{
	struct list_head all = LIST_HEAD_INIT(all);
	struct task t[4] = { { 1, "init" }, { 2, "sh" }, { 7, "mykernelprint" }, { 9, "cat" } };
	struct list_head *p;
	int i, sum = 0;
	for (i = 0; i < 4; i++)
		list_add_tail(&t[i].tasks, &all);
	list_del(&t[1].tasks);
	for (p = all.next; p != &all; p = p->next) {
		struct task *tk = container_of(p, struct task, tasks);
		printf("%d %s\n", tk->pid, tk->comm);
		sum += tk->pid;
	}
	for (p = all.prev; p != &all; p = p->prev)
		printf("%d ", container_of(p, struct task, tasks)->pid);
	printf("\n");
	return sum;
}
