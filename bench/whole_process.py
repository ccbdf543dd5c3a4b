#!/usr/bin/python3
"""One whole igraph process, as an analyst would run it: read the graph file, build the graph, run one algorithm.

Usage: bench/whole_process.py GRAPH_TSV leiden|pagerank|paths [TARGET] | target
`target` prints the vertex that the paths are asked for (untimed setup): the reachable vertex farthest from 0 in steps.
"""
import sys

import igraph


def read(path):
    edges, weights, vertices = [], [], 0
    with open(path) as lines:
        for line in lines:
            if line.startswith("#"):
                vertices = int(line.split()[2])
                continue
            u, v, w = line.split("\t")
            edges.append((int(u), int(v)))
            weights.append(int(w))
    return igraph.Graph(n=vertices, edges=edges, directed=True, edge_attrs={"weight": weights})


def main():
    g = read(sys.argv[1])
    what = sys.argv[2]
    if what == "target":
        steps = g.distances(source=0, mode="out")[0]
        print(max((d, v) for v, d in enumerate(steps) if d != float("inf"))[1])
    elif what == "leiden":
        u = g.as_undirected(combine_edges={"weight": "sum"})
        clusters = u.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
        print(len(clusters), u.modularity(clusters, weights="weight"))
    elif what == "pagerank":
        ranks = g.pagerank(weights="weight", directed=True)
        print(max(range(len(ranks)), key=ranks.__getitem__))
    elif what == "paths":
        paths = g.get_k_shortest_paths(0, to=int(sys.argv[3]), k=5, weights="weight", mode="out")
        print(len(paths))


main()
