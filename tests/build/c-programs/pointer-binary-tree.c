/* A binary search tree with pointer-to-pointer insertion, in-order walk, height, lookup and
 * deletion of a node with two children. */
#include <stdio.h>
#include <stdlib.h>

struct tree { int key; struct tree *left, *right; };

static void insert(struct tree **t, int key)
{
	while (*t)
		t = key < (*t)->key ? &(*t)->left : &(*t)->right;
	*t = calloc(1, sizeof **t);
	(*t)->key = key;
}

static void walk(const struct tree *t)
{
	if (!t)
		return;
	walk(t->left);
	printf(" %d", t->key);
	walk(t->right);
}

static int height(const struct tree *t)
{
	int l, r;
	if (!t)
		return 0;
	l = height(t->left);
	r = height(t->right);
	return 1 + (l > r ? l : r);
}

static void delete(struct tree **t, int key)
{
	struct tree *dead;
	while (*t && (*t)->key != key)
		t = key < (*t)->key ? &(*t)->left : &(*t)->right;
	if (!*t)
		return;
	dead = *t;
	if (dead->left && dead->right) {
		struct tree **m = &dead->right;
		while ((*m)->left)
			m = &(*m)->left;
		dead->key = (*m)->key;
		dead = *m;
		*m = dead->right;
	} else {
		*t = dead->left ? dead->left : dead->right;
	}
	free(dead);
}

static void destroy(struct tree *t)
{
	if (!t)
		return;
	destroy(t->left);
	destroy(t->right);
	free(t);
}

int main(void)
{
	int keys[] = { 50, 30, 70, 20, 40, 60, 80, 35, 45, 65 };
	struct tree *root = NULL;
	int i;

	for (i = 0; i < 10; i++)
		insert(&root, keys[i]);
	printf("in order:");
	walk(root);
	printf("\nheight %d\n", height(root));
	delete(&root, 30);
	delete(&root, 50);
	delete(&root, 99);
	printf("after deletes:");
	walk(root);
	printf("\nroot %d height %d\n", root->key, height(root));
	destroy(root);
	return height(NULL);
}
