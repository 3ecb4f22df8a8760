/**
 * Which more groups to hide so that no sum and difference of the figures on
 * show is the figures of 1 to minimum − 1 libraries (suppression.ts decides
 * each attribute's own groups first).
 *
 * Every figure is a count over submitted responses, so what requests can be
 * combined into is decided by the cross table of the two grouping attributes:
 * a cell per province × size class. Draw it as a graph: a node per province
 * and per size class on show, one node for all hidden provinces together and
 * one for all hidden size classes (and libraries without one), and an arrow
 * from a province to a size class for each non-empty cell, weighing its
 * submissions. The whole edition is always on show.
 *
 * A set of cells can be worked out from the groups on show exactly when it is
 * a directed cut of that graph (or several): the arrows from a set of nodes X
 * to the rest, with no arrow coming back into X. (The figures on show span
 * the vectors orthogonal to every circulation of the graph — the conditions
 * "a row sums to zero" at each node on show, and at the hidden provinces'
 * node because the whole edition is on show — and those are the potential
 * differences, whose 0/1 ones are the directed cuts.) The large libraries
 * all in Utrecht, which has two small ones besides: only the arrow Utrecht →
 * small leaves X = {Utrecht, large} and none comes in, and Utrecht − large is
 * those two libraries. A province all small with small − province = 3: the
 * arrows into X = {province, small} from the other provinces weigh 3, none
 * leaves it; the cut is the rest's. Three requests or more are no different:
 * small − Utrecht − Drenthe, both all small, is the cut around {Utrecht,
 * Drenthe, small}. So the rule is: every directed cut weighs at least the
 * minimum (a cut of no arrows reveals nothing).
 *
 * The lightest cut comes from a maximum flow with an unlimited way back along
 * each arrow; found below the minimum, it is closed by hiding a group: a
 * hidden group joins its attribute's hidden node, and a cut with that node on
 * the other side is gone. Hiding only ever removes cuts, so this ends.
 */

export type CrossCell = { row: string | null; column: string | null; count: number };
export type Axis = 'row' | 'column';
export type HiddenGroup = { axis: Axis; value: string };

type Graph = {
  /** A node per group on show, then the hidden rows' and the hidden columns' nodes where there are any. */
  nodes: { axis: Axis; value: string | null }[];
  /** weight[u][v]: submissions in the cells from row node u to column node v. */
  weight: number[][];
};

function buildGraph(cells: CrossCell[], hidden: (axis: Axis, value: string | null) => boolean): Graph {
  const nodes: Graph['nodes'] = [];
  const index = new Map<string, number>();
  const nodeOf = (axis: Axis, value: string | null) => {
    const key = JSON.stringify([axis, hidden(axis, value) ? null : value]);
    let id = index.get(key);
    if (id === undefined) {
      id = nodes.push({ axis, value: hidden(axis, value) ? null : value }) - 1;
      index.set(key, id);
    }
    return id;
  };
  const arrows = cells.filter((c) => c.count > 0).map((c) => [nodeOf('row', c.row), nodeOf('column', c.column), c.count] as const);
  const weight = nodes.map(() => nodes.map(() => 0));
  for (const [from, to, count] of arrows) weight[from][to] += count;
  return { nodes, weight };
}

/**
 * A maximum flow from source to sink, stopped once it reaches `limit`; with it
 * below the limit, the nodes the source still reaches are the lighter side of
 * the lightest cut between them. Arrows carry their weight forwards and
 * without bound backwards, so a cut an arrow enters is never the lightest.
 */
function sourceSide(graph: Graph, source: number, sink: number, limit: number): { flow: number; side: Set<number> } {
  const n = graph.nodes.length;
  const capacity = graph.weight.map((row) => [...row]);
  for (let u = 0; u < n; u++) for (let v = 0; v < n; v++) if (graph.weight[u][v] > 0) capacity[v][u] = Infinity;
  let flow = 0;
  for (;;) {
    const previous = new Array<number>(n).fill(-1);
    previous[source] = source;
    const queue = [source];
    while (queue.length > 0 && previous[sink] === -1) {
      const u = queue.shift()!;
      for (let v = 0; v < n; v++) {
        if (previous[v] === -1 && capacity[u][v] > 0) {
          previous[v] = u;
          queue.push(v);
        }
      }
    }
    if (previous[sink] === -1 || flow >= limit) {
      const side = new Set<number>();
      previous.forEach((p, v) => p !== -1 && side.add(v));
      return { flow, side };
    }
    let push = Infinity;
    for (let v = sink; v !== source; v = previous[v]) push = Math.min(push, capacity[previous[v]][v]);
    for (let v = sink; v !== source; v = previous[v]) {
      capacity[previous[v]][v] -= push;
      capacity[v][previous[v]] += push;
    }
    flow += push;
  }
}

function components(graph: Graph): number[][] {
  const n = graph.nodes.length;
  const component = new Array<number>(n).fill(-1);
  const result: number[][] = [];
  for (let start = 0; start < n; start++) {
    if (component[start] !== -1) continue;
    const members = [start];
    component[start] = result.length;
    for (let i = 0; i < members.length; i++) {
      const u = members[i];
      for (let v = 0; v < n; v++) {
        if (component[v] === -1 && (graph.weight[u][v] > 0 || graph.weight[v][u] > 0)) {
          component[v] = result.length;
          members.push(v);
        }
      }
    }
    result.push(members);
  }
  return result;
}

type Cut = { weight: number; side: Set<number>; component: number[] };

/** The lightest directed cut below `minimum`, or null. Within a connected part any cut weighs at least 1. */
function lightestSmallCut(graph: Graph, minimum: number): Cut | null {
  let lightest: Cut | null = null;
  for (const component of components(graph)) {
    const [root, ...others] = component;
    for (const other of others) {
      for (const [source, sink] of [
        [root, other],
        [other, root],
      ]) {
        const { flow, side } = sourceSide(graph, source, sink, minimum);
        if (flow < minimum && (!lightest || flow < lightest.weight)) lightest = { weight: flow, side, component };
      }
    }
  }
  return lightest;
}

/**
 * The groups whose hiding closes the cut for the fewest submissions: one
 * group on the far side from its attribute's hidden node, or two groups of
 * one attribute on either side (they merge into a new hidden node). Ties go
 * to provinces before size classes, then the first by name, so every
 * request decides alike.
 */
function closingGroups(graph: Graph, cut: Cut, sizeOf: (group: HiddenGroup) => number): HiddenGroup[] {
  const group = (node: number): HiddenGroup => ({ axis: graph.nodes[node].axis, value: graph.nodes[node].value! });
  const shown = cut.component.filter((node) => graph.nodes[node].value !== null);
  const options: HiddenGroup[][] = [];
  for (const axis of ['row', 'column'] as const) {
    const onAxis = shown.filter((node) => graph.nodes[node].axis === axis);
    const hiddenNode = cut.component.find((node) => graph.nodes[node].axis === axis && graph.nodes[node].value === null);
    for (const node of onAxis) {
      if (hiddenNode !== undefined && cut.side.has(node) !== cut.side.has(hiddenNode)) options.push([group(node)]);
      for (const partner of onAxis)
        if (partner > node && cut.side.has(node) !== cut.side.has(partner)) options.push([group(node), group(partner)]);
    }
  }
  const key = (option: HiddenGroup[]) => option.map((g) => `${g.axis === 'row' ? 0 : 1}${g.value}`).join('\u0000');
  const cost = (option: HiddenGroup[]) => option.reduce((sum, g) => sum + sizeOf(g), 0);
  options.sort((a, b) => cost(a) - cost(b) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  // Always one: a cut with every row on one side and every column on the other is
  // the whole part, which holds a group on show (at least the minimum) or the hidden ones' total.
  return options[0] ?? shown.map(group);
}

/**
 * The groups to hide besides `hidden` (each attribute's own decision) so that
 * no directed cut weighs 1 to minimum − 1, in the order they were decided.
 * The whole edition is on show: with fewer than the minimum nothing is, and
 * there is nothing to decide.
 */
export function groupsHidingDifferences(cells: CrossCell[], hidden: (group: HiddenGroup) => boolean, minimum: number): HiddenGroup[] {
  // Node numbers, and so which of two equally light cuts is closed first, follow the cells' order: make it the values'.
  const order = (c: CrossCell) => JSON.stringify([c.row, c.column]);
  const sorted = [...cells].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  const added: HiddenGroup[] = [];
  const isHidden = (axis: Axis, value: string | null) =>
    value === null || hidden({ axis, value }) || added.some((g) => g.axis === axis && g.value === value);
  const sizeOf = ({ axis, value }: HiddenGroup) =>
    sorted.reduce((sum, c) => sum + ((axis === 'row' ? c.row : c.column) === value ? c.count : 0), 0);
  for (;;) {
    const graph = buildGraph(sorted, isHidden);
    const cut = lightestSmallCut(graph, minimum);
    if (!cut) return added;
    const closing = closingGroups(graph, cut, sizeOf);
    // Cannot happen while each attribute's hidden groups hold the minimum together (suppressedGroups).
    if (closing.length === 0) throw new Error('a small difference that no hidden group closes');
    added.push(...closing);
  }
}
