/* A hash table of singly linked chains with a pointer to the previous next-pointer (the kernel's
 * hlist: O(1) deletion without a doubly linked head), keyed by pid. */
#include <stdio.h>
#include <stddef.h>

struct hlist_node { struct hlist_node *next, **pprev; };
struct hlist_head { struct hlist_node *first; };

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))
#define HASH_BITS 3
#define HASH_SIZE (1 << HASH_BITS)

static void hlist_add_head(struct hlist_node *n, struct hlist_head *h)
{
	n->next = h->first;
	if (h->first)
		h->first->pprev = &n->next;
	h->first = n;
	n->pprev = &h->first;
}

static void hlist_del(struct hlist_node *n)
{
	*n->pprev = n->next;
	if (n->next)
		n->next->pprev = n->pprev;
}

struct task { int pid; const char *comm; struct hlist_node node; };

static struct hlist_head table[HASH_SIZE];

static unsigned hash(int pid) { return ((unsigned)pid * 2654435761u) >> (32 - HASH_BITS); }

static struct task *find(int pid)
{
	struct hlist_node *n;
	for (n = table[hash(pid)].first; n; n = n->next) {
		struct task *t = container_of(n, struct task, node);
		if (t->pid == pid)
			return t;
	}
	return NULL;
}

int main(void)
{
	struct task tasks[] = { { 1, "init" }, { 2, "kthreadd" }, { 17, "sh" }, { 42, "lab" },
	                        { 100, "dmesg" }, { 9, "ls" }, { 25, "cat" } };
	int i, n = (int)(sizeof tasks / sizeof tasks[0]);
	struct task *t;

	for (i = 0; i < n; i++)
		hlist_add_head(&tasks[i].node, &table[hash(tasks[i].pid)]);
	for (i = 0; i < HASH_SIZE; i++) {
		struct hlist_node *p;
		printf("bucket %d:", i);
		for (p = table[i].first; p; p = p->next)
			printf(" %d", container_of(p, struct task, node)->pid);
		printf("\n");
	}
	t = find(42);
	printf("find 42: %s\n", t ? t->comm : "none");
	hlist_del(&t->node);
	printf("after delete: %s, 17 is %s\n", find(42) ? "found" : "gone", find(17)->comm);
	return find(5) == NULL;
}
