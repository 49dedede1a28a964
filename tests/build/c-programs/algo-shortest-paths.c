/* Dijkstra's shortest paths on a small weighted graph (adjacency matrix, O(V^2) selection), with
 * the path to each vertex rebuilt from predecessors. */
#include <stdio.h>

#define V 7
#define INF 1000000

static const int w[V][V] = {
	{ 0, 7, 9, 0, 0, 14, 0 }, { 7, 0, 10, 15, 0, 0, 0 }, { 9, 10, 0, 11, 0, 2, 0 },
	{ 0, 15, 11, 0, 6, 0, 20 }, { 0, 0, 0, 6, 0, 9, 0 }, { 14, 0, 2, 0, 9, 0, 0 },
	{ 0, 0, 0, 20, 0, 0, 0 },
};

static void print_path(const int *prev, int v)
{
	if (prev[v] >= 0)
		print_path(prev, prev[v]);
	printf(" %d", v);
}

int main(void)
{
	int dist[V], prev[V], done[V] = { 0 }, i, k;

	for (i = 0; i < V; i++)
		dist[i] = INF, prev[i] = -1;
	dist[0] = 0;
	for (k = 0; k < V; k++) {
		int u = -1;
		for (i = 0; i < V; i++)
			if (!done[i] && (u < 0 || dist[i] < dist[u]))
				u = i;
		if (dist[u] == INF)
			break;
		done[u] = 1;
		for (i = 0; i < V; i++)
			if (w[u][i] && dist[u] + w[u][i] < dist[i])
				dist[i] = dist[u] + w[u][i], prev[i] = u;
	}
	for (i = 0; i < V; i++) {
		printf("to %d: %2d via", i, dist[i]);
		print_path(prev, i);
		printf("\n");
	}
	return dist[4];
}
