/**
 * Broadcast topologies exactly as Maelstrom builds them (maelstrom-protocol.md §2.3):
 * grid (row-major in a ⌈√n⌉-wide square; neighbours next row, previous row, next column,
 * previous column), line, tree/tree2..tree4 (b-ary, filled by levels; parent then children),
 * total (everyone else). Every node receives the full map.
 */
export type Topology = Record<string, string[]>

export const TOPOLOGIES = ['grid', 'line', 'tree', 'tree2', 'tree3', 'tree4', 'total'] as const

function grid(nodes: readonly string[]): Topology {
  const width = Math.ceil(Math.sqrt(nodes.length))
  const out: Topology = {}
  nodes.forEach((node, i) => {
    const row = Math.floor(i / width)
    const col = i % width
    const candidates: [number, number][] = [
      [row + 1, col],
      [row - 1, col],
      [row, col + 1],
      [row, col - 1],
    ]
    out[node] = candidates
      .filter(([r, c]) => r >= 0 && c >= 0 && c < width)
      .map(([r, c]) => nodes[r * width + c])
      .filter((n): n is string => n !== undefined)
  })
  return out
}

function line(nodes: readonly string[]): Topology {
  const out: Topology = {}
  if (nodes.length < 2) {
    return out
  }
  nodes.forEach((node, i) => {
    out[node] = [nodes[i - 1], nodes[i + 1]].filter((n): n is string => n !== undefined)
  })
  return out
}

function tree(nodes: readonly string[], branching: number): Topology {
  const out: Topology = {}
  nodes.forEach((node, i) => {
    const parent = i === 0 ? [] : [nodes[Math.floor((i - 1) / branching)] as string]
    const children: string[] = []
    for (let k = 1; k <= branching; k++) {
      const child = nodes[i * branching + k]
      if (child !== undefined) {
        children.push(child)
      }
    }
    out[node] = [...parent, ...children]
  })
  return out
}

function total(nodes: readonly string[]): Topology {
  return Object.fromEntries(nodes.map((node) => [node, nodes.filter((n) => n !== node)]))
}

/** The topology map, or undefined for an unknown name. */
export function buildTopology(name: string, nodes: readonly string[]): Topology | undefined {
  switch (name) {
    case 'grid':
      return grid(nodes)
    case 'line':
      return line(nodes)
    case 'tree':
    case 'tree2':
      return tree(nodes, 2)
    case 'tree3':
      return tree(nodes, 3)
    case 'tree4':
      return tree(nodes, 4)
    case 'total':
      return total(nodes)
    default:
      return undefined
  }
}
