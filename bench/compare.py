#!/usr/bin/python3
"""Times python-igraph and networkx on the graph files ActorGraph's benchmark times, and prints one table.

Usage: bench/compare.py RESULTS_JSON GRAPH_TSV [--networkx]
RESULTS_JSON is what `ActorGraph.Benchmarks time GRAPH_TSV` printed. Every algorithm runs once, single-threaded,
on the same graph: directed with integer weights 1-100 for PageRank and paths, undirected (weights summed) for
community detection. Run with Debian's /usr/bin/python3 and the packages python3-igraph and python3-networkx.
"""
import json
import sys
import time

import igraph


def seconds(action):
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


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
    return vertices, edges, weights


def main():
    ours = json.loads(open(sys.argv[1]).read())
    vertices, edges, weights = read(sys.argv[2])
    with_networkx = "--networkx" in sys.argv
    target = ours["k_paths_target"]

    g = igraph.Graph(n=vertices, edges=edges, directed=True, edge_attrs={"weight": weights})
    u = g.as_undirected(combine_edges={"weight": "sum"})
    rows = []

    t, leiden = seconds(lambda: u.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1))
    rows.append(("leiden", ours["leiden_s"], t, None, ours["leiden_modularity"], u.modularity(leiden, weights="weight")))
    t, louvain = seconds(lambda: u.community_multilevel(weights="weight"))
    rows.append(("louvain", ours["louvain_s"], t, None, ours["louvain_modularity"], u.modularity(louvain, weights="weight")))
    t, _ = seconds(lambda: g.pagerank(weights="weight", directed=True))
    rows.append(("pagerank", ours["pagerank_s"], t, None, None, None))
    t, _ = seconds(lambda: g.distances(source=0, weights="weight", mode="out"))
    rows.append(("dijkstra (one source)", ours["dijkstra_s"], t, None, None, None))
    t, _ = seconds(lambda: g.get_k_shortest_paths(0, to=target, k=5, weights="weight", mode="out"))
    rows.append(("5 shortest paths", ours["k5_paths_s"], t, None, None, None))

    if with_networkx:
        import networkx as nx
        from networkx.algorithms import community

        d = nx.DiGraph()
        d.add_nodes_from(range(vertices))
        d.add_weighted_edges_from((a, b, w) for (a, b), w in zip(edges, weights))
        un = nx.Graph()
        un.add_nodes_from(range(vertices))
        for (a, b), w in zip(edges, weights):
            un.add_edge(a, b, weight=un[a][b]["weight"] + w if un.has_edge(a, b) else w)
        t, parts = seconds(lambda: community.louvain_communities(un, weight="weight", seed=0))
        rows[1] = rows[1][:3] + (t,) + rows[1][4:]
        t, _ = seconds(lambda: nx.pagerank(d, weight="weight"))
        rows[2] = rows[2][:3] + (t,) + rows[2][4:]
        t, _ = seconds(lambda: nx.single_source_dijkstra_path_length(d, 0, weight="weight"))
        rows[3] = rows[3][:3] + (t,) + rows[3][4:]

    print(f"graph: {vertices} vertices, {len(edges)} edges (igraph {igraph.__version__})")
    print(f"{'algorithm':<24}{'ActorGraph s':>14}{'igraph s':>10}{'networkx s':>12}{'AG/igraph':>11}{'AG Q':>8}{'igraph Q':>10}")
    for name, ag, ig, nxs, q_ag, q_ig in rows:
        nx_text = f"{nxs:.3f}" if nxs is not None else "-"
        q_text = f"{q_ag:.4f}" if q_ag is not None else "-"
        qi_text = f"{q_ig:.4f}" if q_ig is not None else "-"
        print(f"{name:<24}{ag:>14.3f}{ig:>10.3f}{nx_text:>12}{ag / ig:>11.2f}{q_text:>8}{qi_text:>10}")
    for key in ("store_write_s", "store_read_snapshot_s", "influence_graph_build_s", "peak_working_set_mb"):
        if key in ours:
            print(f"{key}: {ours[key]:.3f}" if isinstance(ours[key], float) else f"{key}: {ours[key]}")


if __name__ == "__main__":
    main()
