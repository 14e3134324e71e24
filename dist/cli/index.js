#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6213:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F6: () => (/* binding */ checkCounter)
/* harmony export */ });
/* unused harmony exports mergeRanges, acceptableSums */
/* harmony import */ var _history_types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9653);

/** Merge sorted-or-not inclusive ranges, joining adjacent integers. */
function mergeRanges(ranges) {
    const sorted = ranges.slice().sort((a, b) => a[0] - b[0]);
    const out = [];
    for (const [lo, hi] of sorted) {
        const last = out[out.length - 1];
        if (last !== undefined && lo <= last[1] + 1) {
            last[1] = Math.max(last[1], hi);
        }
        else {
            out.push([lo, hi]);
        }
    }
    return out;
}
function acceptableSums(definite, indeterminate) {
    let set = [[definite, definite]];
    for (const delta of indeterminate) {
        if (delta === 0) {
            continue;
        }
        set = mergeRanges([...set, ...set.map(([lo, hi]) => [lo + delta, hi + delta])]);
    }
    return set;
}
function contains(ranges, value) {
    return ranges.some(([lo, hi]) => value >= lo && value <= hi);
}
function checkCounter(history) {
    let definite = 0;
    const indeterminate = [];
    const finalReads = [];
    for (const { invoke, complete } of (0,_history_types_js__WEBPACK_IMPORTED_MODULE_0__/* .pairOps */ .J)(history)) {
        if (invoke.f === 'add') {
            const delta = Number(invoke.value);
            if (complete?.type === 'ok') {
                definite += delta;
            }
            else if (complete === undefined || complete.type === 'info') {
                indeterminate.push(delta);
            }
        }
        else if (invoke.f === 'read' && complete?.type === 'ok' && complete.final === true) {
            finalReads.push(complete);
        }
    }
    const acceptable = acceptableSums(definite, indeterminate);
    const errors = finalReads.filter((op) => typeof op.value !== 'number' || !contains(acceptable, op.value));
    const shown = acceptable.length > 4
        ? `${acceptable.length} ranges from ${acceptable[0]?.[0]} to ${acceptable[acceptable.length - 1]?.[1]}`
        : acceptable.map(([lo, hi]) => (lo === hi ? `${lo}` : `${lo}..${hi}`)).join(', ');
    const anomalies = errors.slice(0, 10).map((op) => ({
        type: 'wrong-final-read',
        message: `Node ${op.node ?? '?'} read ${JSON.stringify(op.value)} after recovery (op ${op.index}, ${(op.time / 1e9).toFixed(2)} s), but the acknowledged adds sum to ${definite}${indeterminate.length > 0 ? ` and with the ${indeterminate.length} uncertain adds the value can only be ${shown}` : ''}. Once the cluster has healed, every node must count every acknowledged add exactly once.`,
        ops: [op.index],
        nodes: op.node !== undefined ? [op.node] : undefined,
        timeNs: [op.time, op.time],
    }));
    const valid = finalReads.length === 0 ? 'unknown' : errors.length === 0;
    return {
        valid,
        reason: valid === 'unknown'
            ? 'No final read succeeded, so the counter could not be checked: every node must answer read after the cluster heals.'
            : undefined,
        anomalies,
        errors: errors.map((op) => ({ index: op.index, node: op.node, value: op.value })),
        finalReads: finalReads.map((op) => op.value),
        acceptable,
        definite,
    };
}


/***/ }),

/***/ 6600:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ checkEcho)
/* harmony export */ });
/* harmony import */ var _history_types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9653);
/* harmony import */ var _shared_json_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8451);


function checkEcho(history) {
    const anomalies = [];
    let okCount = 0;
    for (const { invoke, complete } of (0,_history_types_js__WEBPACK_IMPORTED_MODULE_0__/* .pairOps */ .J)(history)) {
        if (complete?.type !== 'ok') {
            continue;
        }
        okCount++;
        const body = complete.value;
        const got = body !== null && typeof body === 'object' ? body.echo : undefined;
        if ((0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(got) !== (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(invoke.value)) {
            anomalies.push({
                type: 'wrong-echo',
                message: `Node ${complete.node ?? '?'} answered echo ${(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(JSON.stringify(invoke.value), 80)} with ${(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(JSON.stringify(body), 120)}: the reply's "echo" field must be exactly the value that was sent.`,
                ops: [invoke.index, complete.index],
                nodes: complete.node !== undefined ? [complete.node] : undefined,
                timeNs: [invoke.time, complete.time],
            });
        }
    }
    return {
        valid: anomalies.length === 0,
        anomalies: anomalies.slice(0, 20),
        errorCount: anomalies.length,
        okCount,
    };
}


/***/ }),

/***/ 5323:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ checkSetFull),
/* harmony export */   t: () => (/* binding */ quantiles)
/* harmony export */ });
/* harmony import */ var _history_types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9653);
/* harmony import */ var _shared_json_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8451);


const QUANTILES = ['0', '0.5', '0.95', '0.99', '1'];
const SMALL_INT_LIMIT = 1 << 24;
function quantiles(points) {
    if (points.length === 0) {
        return undefined;
    }
    const sorted = points.slice().sort((a, b) => a - b);
    const out = {};
    for (const q of QUANTILES) {
        out[q] = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * Number(q)))];
    }
    return out;
}
/** Dense ids for element values: small non-negative integers fast, else canonical JSON. */
class ElementIds {
    small = new Int32Array(1024).fill(-1);
    other = new Map();
    size = 0;
    lookup(value, create) {
        if (typeof value === 'number' && (value | 0) === value && value >= 0) {
            if (value < this.small.length && (!create || this.small[value] >= 0)) {
                return this.small[value];
            }
            return this.lookupSmall(value, create);
        }
        return this.lookupOther(value, create);
    }
    lookupSmall(value, create) {
        if (!create) {
            return -1;
        }
        if (value >= SMALL_INT_LIMIT) {
            return this.lookupOther(value, create);
        }
        if (value >= this.small.length) {
            const grown = new Int32Array(Math.max(value + 1, this.small.length * 2)).fill(-1);
            grown.set(this.small);
            this.small = grown;
        }
        this.small[value] = this.size;
        return this.size++;
    }
    lookupOther(value, create) {
        const key = typeof value === 'string' ? `s${value}` : (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(value);
        const id = this.other.get(key);
        if (id !== undefined || !create) {
            return id ?? -1;
        }
        this.other.set(key, this.size);
        return this.size++;
    }
}
function scan(history, addF, readF) {
    const s = {
        ids: new ElementIds(),
        values: [],
        addInvoke: [],
        addOk: [],
        openAtAdd: [],
        reads: [],
    };
    const openReads = new Map();
    const pairs = (0,_history_types_js__WEBPACK_IMPORTED_MODULE_1__/* .pairOps */ .J)(history);
    const readOf = new Map();
    for (const { invoke, complete } of pairs) {
        if (invoke.f === readF && complete?.type === 'ok') {
            const elements = Array.isArray(complete.value) ? complete.value : [];
            const read = { invoke, complete, elements };
            readOf.set(invoke, read);
            s.reads.push(read);
        }
    }
    const addCompletion = new Map(pairs.filter((p) => p.invoke.f === addF).map((p) => [p.invoke, p.complete]));
    for (const op of history) {
        if (op.process === 'nemesis') {
            continue;
        }
        if (op.type === 'invoke' && op.f === readF) {
            const read = readOf.get(op);
            if (read !== undefined) {
                openReads.set(op.index, read);
            }
        }
        else if (op.f === readF && op.type === 'ok') {
            for (const [key, read] of openReads) {
                if (read.complete === op) {
                    openReads.delete(key);
                }
            }
        }
        else if (op.type === 'invoke' && op.f === addF) {
            const before = s.ids.size;
            const id = s.ids.lookup(op.value, true);
            if (id === before) {
                s.values.push(op.value);
                s.addInvoke.push(op);
                const done = addCompletion.get(op);
                s.addOk.push(done?.type === 'ok' ? done : undefined);
                s.openAtAdd.push([...openReads.values()]);
            }
        }
    }
    return s;
}
function checkSetFull(history, options = {}) {
    const s = scan(history, options.addF ?? 'add', options.readF ?? 'read');
    const reads = s.reads.slice().sort((a, b) => b.invoke.index - a.invoke.index);
    return summarize(s, reads, fold(s, reads));
}
/** One pass over every read's contents, newest read first (the hot loop: typed arrays only). */
function fold(s, reads) {
    const n = s.ids.size;
    const addIndex = Int32Array.from(s.addInvoke, (op) => op.index);
    const firstPresent = new Int32Array(n).fill(-1);
    const run = new Int32Array(n);
    const knownIndex = new Int32Array(n).fill(0x7fffffff);
    const knownRank = new Int32Array(n).fill(-1);
    const earlyPresent = new Map();
    for (let rank = 0; rank < reads.length; rank++) {
        const read = reads[rank];
        const completeIndex = read.complete.index;
        const invokeIndex = read.invoke.index;
        const elements = read.elements;
        for (let j = 0; j < elements.length; j++) {
            const id = s.ids.lookup(elements[j], false);
            if (id < 0 || completeIndex < addIndex[id]) {
                continue;
            }
            if (run[id] === rank) {
                run[id] = rank + 1;
            }
            if (firstPresent[id] === -1) {
                firstPresent[id] = rank;
            }
            if (completeIndex < knownIndex[id]) {
                knownIndex[id] = completeIndex;
                knownRank[id] = rank;
            }
            if (invokeIndex < addIndex[id]) {
                let set = earlyPresent.get(id);
                if (set === undefined) {
                    earlyPresent.set(id, (set = new Set()));
                }
                set.add(read);
            }
        }
    }
    const knownRead = Array.from(knownRank, (rank) => rank < 0 ? undefined : reads[rank].complete);
    return { firstPresent, run, knownRead, earlyPresent };
}
function lastAbsentOf(id, s, reads, f) {
    const add = s.addInvoke[id];
    const next = reads[f.run[id]];
    if (next !== undefined && next.invoke.index > add.index) {
        return next.invoke;
    }
    let best;
    for (const read of s.openAtAdd[id]) {
        if (f.earlyPresent.get(id)?.has(read) === true) {
            continue;
        }
        if (best === undefined || read.invoke.index > best.index) {
            best = read.invoke;
        }
    }
    return best;
}
function summarize(s, reads, f) {
    const stableLatencies = [];
    const lostLatencies = [];
    const lost = [];
    const stale = [];
    let stableCount = 0;
    let neverReadCount = 0;
    for (let id = 0; id < s.ids.size; id++) {
        const addOk = s.addOk[id];
        const readKnown = f.knownRead[id];
        const known = addOk === undefined
            ? readKnown
            : readKnown === undefined || addOk.index < readKnown.index
                ? addOk
                : readKnown;
        const present = f.firstPresent[id] === -1 ? undefined : reads[f.firstPresent[id]].invoke;
        const absent = lastAbsentOf(id, s, reads, f);
        if (present !== undefined && (absent === undefined || present.index > absent.index)) {
            stableCount++;
            const latencyMs = known === undefined
                ? 0
                : Math.max(0, (absent === undefined ? 0 : absent.time + 1) - known.time) / 1e6;
            stableLatencies.push(Math.floor(latencyMs));
            if (latencyMs > 0) {
                stale.push({ element: s.values[id], latencyMs: Math.floor(latencyMs) });
            }
        }
        else if (known !== undefined && absent !== undefined && absent.index > known.index) {
            lost.push({ element: s.values[id], op: s.addInvoke[id], known, absent });
            lostLatencies.push(Math.floor(Math.max(0, (present === undefined ? 0 : present.time + 1) - known.time) / 1e6));
        }
        else {
            neverReadCount++;
        }
    }
    stale.sort((a, b) => b.latencyMs - a.latencyMs);
    const valid = lost.length > 0 ? false : stableCount === 0 ? 'unknown' : true;
    return {
        valid,
        reason: valid === 'unknown'
            ? 'No element was ever read stably, so nothing can be concluded: the test needs successful reads after the adds.'
            : undefined,
        anomalies: lost.slice(0, 8).map(lostAnomaly),
        attemptCount: s.ids.size,
        stableCount,
        lostCount: lost.length,
        lost: lost.slice(0, 64).map((l) => l.element),
        neverReadCount,
        staleCount: stale.length,
        worstStale: stale.slice(0, 8),
        duplicatedCount: 0,
        stableLatencies: quantiles(stableLatencies),
        lostLatencies: quantiles(lostLatencies),
    };
}
function lostAnomaly(l) {
    const value = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(JSON.stringify(l.element), 60);
    return {
        type: 'lost',
        message: `Element ${value} was lost: it was acknowledged (op ${l.known.index}, ${(l.known.time / 1e9).toFixed(2)} s) but a later read (op ${l.absent.index} on ${l.absent.node ?? '?'}, ${(l.absent.time / 1e9).toFixed(2)} s) did not contain it, and no read after that did. Every acknowledged element must eventually reach every node and stay there.`,
        ops: [l.op.index, l.known.index, l.absent.index],
        nodes: l.absent.node !== undefined ? [l.absent.node] : undefined,
        timeNs: [l.known.time, l.absent.time],
    };
}


/***/ }),

/***/ 6625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ checkUniqueIds)
/* harmony export */ });
/* harmony import */ var _history_types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9653);
/* harmony import */ var _shared_json_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8451);


function checkUniqueIds(history) {
    const seen = new Map();
    let attemptedCount = 0;
    let acknowledgedCount = 0;
    for (const { invoke, complete } of (0,_history_types_js__WEBPACK_IMPORTED_MODULE_0__/* .pairOps */ .J)(history)) {
        if (invoke.f !== 'generate') {
            continue;
        }
        attemptedCount++;
        if (complete?.type !== 'ok') {
            continue;
        }
        acknowledgedCount++;
        const key = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(complete.value);
        const list = seen.get(key);
        if (list === undefined) {
            seen.set(key, [complete]);
        }
        else {
            list.push(complete);
        }
    }
    const duplicated = [...seen.entries()].filter(([, ops]) => ops.length > 1);
    duplicated.sort((a, b) => b[1].length - a[1].length);
    const anomalies = duplicated.slice(0, 48).map(([key, ops]) => {
        const nodes = [...new Set(ops.map((op) => op.node ?? '?'))];
        const first = ops[0];
        const second = ops[1];
        return {
            type: 'duplicate-id',
            message: `The id ${(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(key, 80)} was returned ${ops.length} times (by ${nodes.join(', ')}; first at op ${first.index}, again at op ${second.index}). Unique ids must never repeat, even across nodes, restarts and partitions.`,
            ops: ops.map((op) => op.index),
            nodes,
            timeNs: [first.time, second.time],
        };
    });
    return {
        valid: duplicated.length === 0,
        anomalies,
        attemptedCount,
        acknowledgedCount,
        duplicatedCount: duplicated.length,
        duplicated: duplicated
            .slice(0, 48)
            .map(([key, ops]) => [JSON.parse(key), ops.length]),
    };
}


/***/ }),

/***/ 3400:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vq: () => (/* binding */ mergeValidity),
/* harmony export */   p: () => (/* binding */ budgetFromSeconds),
/* harmony export */   vr: () => (/* binding */ budgetExpired)
/* harmony export */ });
function mergeValidity(values) {
    if (values.includes(false)) {
        return false;
    }
    if (values.includes('unknown')) {
        return 'unknown';
    }
    return true;
}
function budgetExpired(budget, nowMs = performance.now()) {
    return budget.deadlineMs !== undefined && nowMs >= budget.deadlineMs;
}
/** A budget that ends `seconds` from now. */
function budgetFromSeconds(seconds) {
    return { deadlineMs: performance.now() + seconds * 1000 };
}


/***/ }),

/***/ 1463:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ho: () => (/* binding */ checkListAppend),
  LT: () => (/* binding */ checkRwRegister)
});

// UNUSED EXPORTS: MODEL_NAMES, canonicalModel, modelBoundary, resolveModels

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __nccwpck_require__(8382);
// EXTERNAL MODULE: ./src/checkers/contract.ts
var contract = __nccwpck_require__(3400);
;// CONCATENATED MODULE: ./src/checkers/elle/graph.ts
/**
 * The transaction dependency graph in compressed sparse row form: vertices are dense
 * integers, each (from, to) pair appears once with a bitmask of its edge types (ww, wr, rw,
 * process, realtime). Strongly connected components come from an iterative Tarjan (no
 * recursion: a 10^5-vertex component must not overflow the stack), restricted to the edges
 * whose mask intersects a projection mask.
 *
 * Guarantees: linear time and memory in vertices + edges; self-edges are dropped.
 */
const WW = 1;
const WR = 2;
const RW = 4;
const PROCESS = 8;
const REALTIME = 16;
const DATA = WW | WR | RW;
function edgeTypeName(type) {
    switch (type) {
        case WW:
            return 'ww';
        case WR:
            return 'wr';
        case RW:
            return 'rw';
        case PROCESS:
            return 'process';
        case REALTIME:
            return 'realtime';
        default:
            return `mask ${type}`;
    }
}
/** Growable edge list (three parallel typed arrays). */
class EdgeBuilder {
    from = new Int32Array(1024);
    to = new Int32Array(1024);
    type = new Uint8Array(1024);
    length = 0;
    add(from, to, type) {
        if (from === to) {
            return;
        }
        if (this.length === this.from.length) {
            this.grow();
        }
        this.from[this.length] = from;
        this.to[this.length] = to;
        this.type[this.length] = type;
        this.length++;
    }
    grow() {
        const size = this.from.length * 2;
        const from = new Int32Array(size);
        const to = new Int32Array(size);
        const type = new Uint8Array(size);
        from.set(this.from);
        to.set(this.to);
        type.set(this.type);
        this.from = from;
        this.to = to;
        this.type = type;
    }
}
/** Build the CSR graph, merging duplicate (from, to) pairs into one edge with a mask. */
function buildGraph(n, edges) {
    const counts = new Int32Array(n + 1);
    for (let i = 0; i < edges.length; i++) {
        counts[edges.from[i] + 1]++;
    }
    for (let v = 0; v < n; v++) {
        counts[v + 1] = counts[v + 1] + counts[v];
    }
    const cursor = counts.slice(0, n);
    const rawTargets = new Int32Array(edges.length);
    const rawMasks = new Uint8Array(edges.length);
    for (let i = 0; i < edges.length; i++) {
        const slot = cursor[edges.from[i]]++;
        rawTargets[slot] = edges.to[i];
        rawMasks[slot] = edges.type[i];
    }
    const offsets = new Int32Array(n + 1);
    const targets = new Int32Array(edges.length);
    const masks = new Uint8Array(edges.length);
    const stamp = new Int32Array(n).fill(-1);
    const position = new Int32Array(n);
    let out = 0;
    for (let v = 0; v < n; v++) {
        offsets[v] = out;
        for (let i = counts[v]; i < counts[v + 1]; i++) {
            const w = rawTargets[i];
            if (stamp[w] === v) {
                masks[position[w]] |= rawMasks[i];
            }
            else {
                stamp[w] = v;
                position[w] = out;
                targets[out] = w;
                masks[out] = rawMasks[i];
                out++;
            }
        }
    }
    offsets[n] = out;
    return { n, offsets, targets: targets.slice(0, out), masks: masks.slice(0, out) };
}
/** The mask of the edge from → to, 0 if absent. */
function edgeMask(graph, from, to) {
    for (let i = graph.offsets[from]; i < graph.offsets[from + 1]; i++) {
        if (graph.targets[i] === to) {
            return graph.masks[i];
        }
    }
    return 0;
}
/** Iterative Tarjan over the edges whose mask intersects `allowed`. */
function stronglyConnected(graph, allowed) {
    const n = graph.n;
    const index = new Int32Array(n).fill(-1);
    const low = new Int32Array(n);
    const comp = new Int32Array(n).fill(-1);
    const onStack = new Uint8Array(n);
    const stack = new Int32Array(n);
    const callVertex = new Int32Array(n);
    const callEdge = new Int32Array(n);
    let stackTop = 0;
    let nextIndex = 0;
    let compCount = 0;
    const nonTrivial = [];
    for (let root = 0; root < n; root++) {
        if (index[root] !== -1) {
            continue;
        }
        let depth = 0;
        callVertex[0] = root;
        callEdge[0] = graph.offsets[root];
        index[root] = low[root] = nextIndex++;
        stack[stackTop++] = root;
        onStack[root] = 1;
        while (depth >= 0) {
            const v = callVertex[depth];
            const e = callEdge[depth];
            if (e < graph.offsets[v + 1]) {
                callEdge[depth] = e + 1;
                if ((graph.masks[e] & allowed) === 0) {
                    continue;
                }
                const w = graph.targets[e];
                if (index[w] === -1) {
                    index[w] = low[w] = nextIndex++;
                    stack[stackTop++] = w;
                    onStack[w] = 1;
                    depth++;
                    callVertex[depth] = w;
                    callEdge[depth] = graph.offsets[w];
                }
                else if (onStack[w] === 1 && index[w] < low[v]) {
                    low[v] = index[w];
                }
                continue;
            }
            if (low[v] === index[v]) {
                const members = [];
                let w;
                do {
                    w = stack[--stackTop];
                    onStack[w] = 0;
                    comp[w] = compCount;
                    members.push(w);
                } while (w !== v);
                if (members.length > 1) {
                    nonTrivial.push(members);
                }
                compCount++;
            }
            depth--;
            if (depth >= 0) {
                const parent = callVertex[depth];
                if (low[v] < low[parent]) {
                    low[parent] = low[v];
                }
            }
        }
    }
    return { comp, nonTrivial };
}

;// CONCATENATED MODULE: ./src/checkers/elle/models.ts
/**
 * Consistency models as data, after Elle's `elle.consistency-model` (checkers.md §3.5):
 * which anomaly implies which, which model implies which weaker model, and the anomalies
 * each model directly forbids. Everything else is derived: the anomalies a set of models
 * forbids, and the boundary `not` (weakest models ruled out) / `alsoNot` (stronger ones).
 *
 * Our cycles carry item anti-dependencies only (no predicates), so G-single and
 * G-nonadjacent are item anomalies and imply G2-item (Adya's PL-2.99 forbids them).
 * Does not detect anything; pure tables and closures.
 */
/** Anomaly → anomalies it implies (a found anomaly counts as each of these too). */
const ANOMALY_IMPLIES = {
    G0: ['G1c', 'G0-process'],
    'G0-process': ['G1c-process', 'G0-realtime'],
    'G0-realtime': ['G1c-realtime'],
    G1a: ['G1'],
    G1b: ['G1'],
    G1c: ['G1', 'G1c-process'],
    'G1c-process': ['G1c-realtime'],
    'G-single': ['G-nonadjacent', 'G-single-process'],
    'G-single-process': ['G-nonadjacent-process', 'G-single-realtime'],
    'G-single-realtime': ['G-nonadjacent-realtime'],
    'G-nonadjacent': ['G2-item', 'G-nonadjacent-process'],
    'G-nonadjacent-process': ['G2-item-process', 'G-nonadjacent-realtime'],
    'G-nonadjacent-realtime': ['G2-item-realtime'],
    'G2-item': ['G2', 'G2-item-process'],
    'G2-item-process': ['G2-process', 'G2-item-realtime'],
    'G2-item-realtime': ['G2-realtime'],
    G2: ['G2-process'],
    'G2-process': ['G2-realtime'],
    'lost-update': ['G2-item'],
    'incompatible-order': ['G1a'],
    'dirty-update': ['G1a'],
    'future-read': ['G1c'],
    'PL-1-cycle-exists': ['PL-2-cycle-exists'],
    'PL-2-cycle-exists': ['PL-2.99-cycle-exists'],
    'PL-2.99-cycle-exists': ['PL-3-cycle-exists'],
    'PL-3-cycle-exists': ['PL-SS-cycle-exists'],
};
/** Model → the weaker models it implies. */
const MODEL_IMPLIES = {
    'strict-serializable': [
        'serializable',
        'strong-session-serializable',
        'strong-snapshot-isolation',
    ],
    'strong-session-serializable': ['serializable', 'strong-session-snapshot-isolation'],
    'strong-snapshot-isolation': ['strong-session-snapshot-isolation'],
    'strong-session-snapshot-isolation': ['snapshot-isolation'],
    serializable: ['repeatable-read', 'snapshot-isolation'],
    'snapshot-isolation': ['consistent-view'],
    'repeatable-read': ['cursor-stability'],
    'consistent-view': ['cursor-stability'],
    'cursor-stability': ['read-committed'],
    'read-committed': ['read-uncommitted'],
    'read-uncommitted': [],
};
/** Model → anomalies it forbids directly (plus those of every weaker model). */
const MODEL_FORBIDS = {
    // txn-mismatch is ours, not Elle's: a reply that does not answer its request (Maelstrom
    // rejects it as a malformed RPC), so every model forbids it.
    'read-uncommitted': [
        'G0',
        'duplicate-elements',
        'cyclic-versions',
        'PL-1-cycle-exists',
        'txn-mismatch',
    ],
    'read-committed': ['G1', 'PL-2-cycle-exists'],
    'cursor-stability': ['G1', 'lost-update'],
    'consistent-view': ['G1', 'lost-update'],
    'repeatable-read': ['G1', 'G2-item', 'PL-2.99-cycle-exists'],
    'snapshot-isolation': ['internal', 'G1', 'G-single', 'G-nonadjacent'],
    serializable: ['internal', 'G1', 'G2', 'PL-3-cycle-exists'],
    'strong-session-snapshot-isolation': ['G1c-process', 'G-single-process', 'G-nonadjacent-process'],
    'strong-snapshot-isolation': ['G1c-realtime', 'G-single-realtime', 'G-nonadjacent-realtime'],
    'strong-session-serializable': ['G1c-process', 'G2-process'],
    'strict-serializable': [
        'G1',
        'G1c-realtime',
        'G2-realtime',
        'PL-SS-cycle-exists',
        'cyclic-versions-realtime',
    ],
};
/** Anomalies that make the verdict `unknown` (never `valid`) when nothing forbidden is found. */
const UNKNOWN_ANOMALIES = new Set([
    'cycle-search-timeout',
    'duplicate-writes',
    'malformed-txn',
]);
const ALIASES = {
    'pl-1': 'read-uncommitted',
    'pl-2': 'read-committed',
    'pl-cs': 'cursor-stability',
    'pl-2+': 'consistent-view',
    'pl-2.99': 'repeatable-read',
    'pl-si': 'snapshot-isolation',
    'pl-3': 'serializable',
    'pl-ss': 'strict-serializable',
    'strong-serializable': 'strict-serializable',
    'strong-session-si': 'strong-session-snapshot-isolation',
    si: 'snapshot-isolation',
};
const MODEL_NAMES = Object.keys(MODEL_IMPLIES);
/** `PL-2`, `:read_committed`, `Read-Committed` → `read-committed`; undefined if unknown. */
function canonicalModel(name) {
    const plain = name.trim().replace(/^:/, '').replace(/_/g, '-').toLowerCase();
    const resolved = ALIASES[plain] ?? plain;
    return Object.hasOwn(MODEL_IMPLIES, resolved) ? resolved : undefined;
}
function closure(start, edges) {
    const seen = new Set();
    const todo = [...start];
    while (todo.length > 0) {
        const next = todo.pop();
        if (seen.has(next)) {
            continue;
        }
        seen.add(next);
        for (const implied of edges[next] ?? []) {
            todo.push(implied);
        }
    }
    return seen;
}
/** An anomaly and every anomaly it implies. */
function impliedAnomalies(anomaly) {
    return closure([anomaly], ANOMALY_IMPLIES);
}
/** True when finding `found` already counts as finding `other`. */
function anomalyImplies(found, other) {
    return impliedAnomalies(found).has(other);
}
/** The model and every weaker model it implies. */
function impliedModels(model) {
    return closure([model], MODEL_IMPLIES);
}
function directlyForbidden(model) {
    const forbidden = new Set();
    for (const weaker of impliedModels(model)) {
        for (const anomaly of MODEL_FORBIDS[weaker] ?? []) {
            forbidden.add(anomaly);
        }
    }
    return forbidden;
}
/** Does this model forbid the anomaly (directly or through what the anomaly implies)? */
function modelForbids(model, anomaly) {
    const forbidden = directlyForbidden(model);
    for (const implied of impliedAnomalies(anomaly)) {
        if (forbidden.has(implied)) {
            return true;
        }
    }
    return false;
}
/** Every model (of our table) that the anomalies rule out. */
function ruledOutModels(anomalies) {
    const list = [...anomalies];
    return new Set(MODEL_NAMES.filter((model) => list.some((a) => modelForbids(model, a))));
}
/** Elle's boundary: `not` = weakest models ruled out, `alsoNot` = the stronger ones. */
function modelBoundary(anomalies) {
    const out = ruledOutModels(anomalies);
    const not = [];
    const alsoNot = [];
    for (const model of out) {
        const weakerOut = [...impliedModels(model)].some((weaker) => weaker !== model && out.has(weaker));
        (weakerOut ? alsoNot : not).push(model);
    }
    return { not: not.sort(), alsoNot: alsoNot.sort() };
}
/** The weakest of the requested models this anomaly breaks (for messages). */
function brokenModels(anomaly, requested) {
    const broken = requested.filter((model) => modelForbids(model, anomaly));
    return broken.filter((model) => !broken.some((other) => other !== model && impliedModels(model).has(other)));
}
/** Which extra order a set of models needs in the graph. */
function extraOrderFor(models) {
    const forbiddenDirectly = new Set(models.flatMap((m) => [...directlyForbidden(m)]));
    const needs = (suffix) => [...forbiddenDirectly].some((anomaly) => anomaly.endsWith(suffix));
    if (needs('-realtime')) {
        return 'realtime';
    }
    return needs('-process') ? 'process' : 'none';
}

;// CONCATENATED MODULE: ./src/checkers/elle/cycles.ts



const LAST_RW = 1;
const EXTRA_RW = 2;
const SPECIAL = 4;
const HAS_WR = 8;
const STATES = 16;
function baseShapes() {
    return [
        { name: 'G0', data: WW, special: 0, rw: 'none', needWr: false, start: WW },
        { name: 'G1c', data: WW | WR, special: 0, rw: 'none', needWr: true, start: WR },
        { name: 'G-single', data: DATA, special: 0, rw: 'one', needWr: false, start: RW },
        { name: 'G-nonadjacent', data: DATA, special: 0, rw: 'nonadjacent', needWr: false, start: RW },
        { name: 'G2-item', data: DATA, special: 0, rw: 'any', needWr: false, start: RW },
    ];
}
function shapesFor(special) {
    const base = baseShapes();
    if (special === 0) {
        return base;
    }
    const suffix = special === REALTIME ? '-realtime' : '-process';
    return [...base, ...base.map((s) => ({ ...s, name: s.name + suffix, special }))];
}
/** Name a cycle by counting its edge types (checkers.md §3.4 step 4). */
function classify(steps) {
    let rw = 0;
    let wr = 0;
    let adjacent = false;
    let special = '';
    steps.forEach((step, i) => {
        const next = steps[(i + 1) % steps.length];
        if (step.type === RW) {
            rw++;
            adjacent ||= next.type === RW && steps.length > 1;
        }
        else if (step.type === WR) {
            wr++;
        }
        else if (step.type === REALTIME) {
            special = '-realtime';
        }
        else if (step.type === PROCESS && special === '') {
            special = '-process';
        }
    });
    let base;
    if (rw === 0) {
        base = wr > 0 ? 'G1c' : 'G0';
    }
    else if (rw === 1) {
        base = 'G-single';
    }
    else {
        base = adjacent ? 'G2-item' : 'G-nonadjacent';
    }
    return base + special;
}
/** Reusable BFS buffers, sized for the whole graph once. */
class Searcher {
    graph;
    comp;
    budget;
    deadlineMs;
    visited;
    parent;
    via;
    queue;
    touched = [];
    steps = 0;
    constructor(graph, 
    /** Component ids of the projection the current shape searches in. */
    comp, budget, deadlineMs) {
        this.graph = graph;
        this.comp = comp;
        this.budget = budget;
        this.deadlineMs = deadlineMs;
        this.visited = new Uint16Array(graph.n);
        this.parent = new Int32Array(graph.n * STATES);
        this.via = new Uint8Array(graph.n * STATES);
        this.queue = new Int32Array(graph.n * STATES);
    }
    expired() {
        if (this.budget.maxSteps !== undefined && this.steps > this.budget.maxSteps) {
            return true;
        }
        const now = performance.now();
        return now >= this.deadlineMs || (0,contract/* budgetExpired */.vr)(this.budget, now);
    }
    reset() {
        for (const v of this.touched) {
            this.visited[v] = 0;
        }
        this.touched.length = 0;
    }
    accept(shape, state) {
        if (shape.needWr && (state & HAS_WR) === 0) {
            return false;
        }
        if (shape.special !== 0 && (state & SPECIAL) === 0) {
            return false;
        }
        if (shape.rw === 'nonadjacent') {
            return (state & EXTRA_RW) !== 0 && (state & LAST_RW) === 0;
        }
        return true;
    }
    /** Successor states of `state` along an edge of mask `mask`, as [newState, type] pairs. */
    moves(shape, state, mask, out) {
        out.length = 0;
        const plain = mask & shape.data & (WW | WR);
        if (plain !== 0) {
            const type = (plain & WR) !== 0 ? WR : WW;
            out.push((state & ~LAST_RW) | (type === WR ? HAS_WR : 0), type);
        }
        if ((mask & shape.data & RW) !== 0 && shape.rw !== 'none' && shape.rw !== 'one') {
            if (shape.rw === 'any' || (state & LAST_RW) === 0) {
                out.push(state | LAST_RW | EXTRA_RW, RW);
            }
        }
        if ((mask & shape.special) !== 0) {
            out.push((state & ~LAST_RW) | SPECIAL, shape.special);
        }
    }
    /**
     * Shortest path b → a closing the start edge a → b into a cycle of this shape, or
     * undefined. Returns 'timeout' when the budget ran out.
     */
    closeCycle(shape, a, b, c) {
        const { graph, comp } = this;
        const startState = shape.start === RW ? LAST_RW : shape.start === WR ? HAS_WR : 0;
        this.reset();
        let head = 0;
        let tail = 0;
        const startKey = b * STATES + startState;
        this.visited[b] = 1 << startState;
        this.touched.push(b);
        this.parent[startKey] = -1;
        this.queue[tail++] = startKey;
        const moves = [];
        while (head < tail) {
            const key = this.queue[head++];
            const u = Math.floor(key / STATES);
            const state = key % STATES;
            for (let e = graph.offsets[u]; e < graph.offsets[u + 1]; e++) {
                const w = graph.targets[e];
                if (comp[w] !== c) {
                    continue;
                }
                if ((++this.steps & 4095) === 0 && this.expired()) {
                    return 'timeout';
                }
                this.moves(shape, state, graph.masks[e], moves);
                for (let m = 0; m < moves.length; m += 2) {
                    const next = moves[m];
                    if (w === a) {
                        if (this.accept(shape, next)) {
                            return this.path(shape, a, b, key, moves[m + 1]);
                        }
                        continue;
                    }
                    if ((this.visited[w] & (1 << next)) !== 0) {
                        continue;
                    }
                    if (this.visited[w] === 0) {
                        this.touched.push(w);
                    }
                    this.visited[w] = this.visited[w] | (1 << next);
                    const nextKey = w * STATES + next;
                    this.parent[nextKey] = key;
                    this.via[nextKey] = moves[m + 1];
                    this.queue[tail++] = nextKey;
                }
            }
        }
        return undefined;
    }
    path(shape, a, b, lastKey, lastType) {
        const reversed = [{ from: Math.floor(lastKey / STATES), to: a, type: lastType }];
        let key = lastKey;
        while (this.parent[key] !== -1) {
            const parentKey = this.parent[key];
            reversed.push({
                from: Math.floor(parentKey / STATES),
                to: Math.floor(key / STATES),
                type: this.via[key],
            });
            key = parentKey;
        }
        reversed.push({ from: a, to: b, type: shape.start });
        return reversed.reverse();
    }
}
const MAX_TRIES_AFTER_FIRST = 8;
/**
 * Try the shape's start edges inside the component. Both ends of a start edge, and every
 * step of the BFS, must lie in one strongly connected component of the shape's own
 * projection (only the edge types it may use): no cycle of the shape can leave it, and a
 * projection without a non-trivial component is skipped at once.
 */
function searchShape(searcher, shape, members, projection) {
    const { graph } = searcher;
    searcher.comp = projection;
    let best;
    let triesAfterFirst = 0;
    for (const a of members) {
        const c = projection[a];
        for (let e = graph.offsets[a]; e < graph.offsets[a + 1]; e++) {
            const b = graph.targets[e];
            if (projection[b] !== c || (graph.masks[e] & shape.start) === 0) {
                continue;
            }
            const found = searcher.closeCycle(shape, a, b, c);
            if (found === 'timeout') {
                return best ?? 'timeout';
            }
            if (found !== undefined && (best === undefined || found.length < best.length)) {
                best = found;
            }
            if (best !== undefined && (best.length <= 2 || ++triesAfterFirst >= MAX_TRIES_AFTER_FIRST)) {
                return best;
            }
        }
    }
    return best;
}
/** Component ids per projection mask, computed once per check. */
class Projections {
    graph;
    byMask = new Map();
    constructor(graph) {
        this.graph = graph;
    }
    get(mask) {
        let comp = this.byMask.get(mask);
        if (comp === undefined) {
            comp = stronglyConnected(this.graph, mask).comp;
            this.byMask.set(mask, comp);
        }
        return comp;
    }
}
/** The weakest projection of this component that is still cyclic, as an anomaly name. */
function fallbackAnomaly(graph, projections, members, special) {
    const candidates = [
        [WW, 'PL-1-cycle-exists'],
        [WW | WR, 'PL-2-cycle-exists'],
        [DATA, 'PL-2.99-cycle-exists'],
    ];
    if (special === REALTIME) {
        candidates.push([DATA | REALTIME, 'PL-SS-cycle-exists']);
    }
    for (const [mask, name] of candidates) {
        const comp = projections.get(mask);
        const cyclic = members.some((a) => {
            for (let e = graph.offsets[a]; e < graph.offsets[a + 1]; e++) {
                if ((graph.masks[e] & mask) !== 0 &&
                    comp[graph.targets[e]] === comp[a]) {
                    return true;
                }
            }
            return false;
        });
        if (cyclic) {
            return name;
        }
    }
    return undefined;
}
/** Find, per strongly connected component, a short cycle of each shape not already implied. */
function searchCycles(graph, budget, options) {
    const { comp, nonTrivial } = stronglyConnected(graph, DATA | options.special);
    const outcome = { cycles: [], timeouts: [] };
    if (nonTrivial.length === 0) {
        return outcome;
    }
    const shapes = shapesFor(options.special);
    const projections = new Projections(graph);
    const perComponentMs = options.componentBudgetMs ?? 1000;
    let searcher;
    for (const members of nonTrivial) {
        const deadline = performance.now() + perComponentMs;
        searcher = searcher ?? new Searcher(graph, comp, budget, deadline);
        searcher.deadlineMs = deadline;
        const found = [];
        let timedOut = false;
        for (const shape of shapes) {
            if (found.some((name) => name === shape.name || anomalyImplies(name, shape.name))) {
                continue;
            }
            const steps = searchShape(searcher, shape, members, projections.get(shape.data | shape.special));
            if (steps === 'timeout') {
                timedOut = true;
                break;
            }
            if (steps !== undefined) {
                const name = classify(steps);
                found.push(name);
                outcome.cycles.push({ name, steps });
            }
        }
        if (timedOut || found.length === 0) {
            const fallback = fallbackAnomaly(graph, projections, members, options.special);
            outcome.timeouts.push({ size: members.length, fallback, vertices: members.slice(0, 20) });
        }
    }
    return outcome;
}

// EXTERNAL MODULE: ./src/history/types.ts
var types = __nccwpck_require__(9653);
// EXTERNAL MODULE: ./src/shared/json.ts
var json = __nccwpck_require__(8451);
;// CONCATENATED MODULE: ./src/checkers/elle/txn.ts


function valueKey(value) {
    return typeof value === 'number' ? value : `j:${(0,json/* canonicalJson */.dj)(value)}`;
}
/** Short display of a key or value for messages. */
function show(value) {
    const text = value === undefined ? 'null' : JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
class KeyTable {
    ids = new Map();
    keys = [];
    id(key) {
        const vk = valueKey(key);
        let id = this.ids.get(vk);
        if (id === undefined) {
            id = this.keys.length;
            this.ids.set(vk, id);
            this.keys.push(key);
        }
        return id;
    }
}
function parseMops(value, keys, malformed, where) {
    if (!Array.isArray(value)) {
        malformed.push(`${where}: the transaction is not a list of micro-ops`);
        return [];
    }
    const mops = [];
    for (const raw of value) {
        if (!Array.isArray(raw) || raw.length < 2 || typeof raw[0] !== 'string') {
            malformed.push(`${where}: micro-op ${show(raw)} is not [f, key, value]`);
            continue;
        }
        mops.push({ f: raw[0], k: keys.id(raw[1]), v: raw[2] ?? null });
    }
    return mops;
}
/** Parse the `txn` operations of a history (other ops and the nemesis are ignored). */
function parseTxns(history) {
    const keys = new KeyTable();
    const malformed = [];
    const graph = [];
    const failed = [];
    const mismatches = [];
    for (const pair of (0,types/* pairOps */.J)(history)) {
        const { invoke, complete } = pair;
        if (invoke.f !== 'txn' || typeof invoke.process !== 'number') {
            continue;
        }
        const type = complete === undefined ? 'info' : complete.type;
        if (type === 'invoke') {
            continue;
        }
        const source = type === 'ok' && complete !== undefined ? complete.value : invoke.value;
        const where = `op ${complete?.index ?? invoke.index}`;
        const txn = {
            id: type === 'fail' ? failed.length : graph.length,
            type,
            process: invoke.process,
            invokeIndex: invoke.index,
            completeIndex: complete?.index ?? -1,
            invokeTimeNs: invoke.time,
            completeTimeNs: complete?.time ?? Number.POSITIVE_INFINITY,
            node: invoke.node ?? complete?.node,
            mops: parseMops(source, keys, malformed, where),
            readsKnown: type === 'ok',
        };
        if (type === 'fail') {
            failed.push(txn);
        }
        else {
            graph.push(txn);
        }
        const mismatch = type === 'ok' ? replyMismatch(invoke.value, complete?.value) : null;
        if (mismatch !== null) {
            mismatches.push({ txn, text: mismatch });
        }
    }
    return { graph, failed, keys: keys.keys, malformed, mismatches };
}
function sameJson(a, b) {
    return (a === b ||
        (typeof a === 'object' && typeof b === 'object' && (0,json/* canonicalJson */.dj)(a) === (0,json/* canonicalJson */.dj)(b)));
}
/** Why a reply's micro-ops do not answer the request, or null when they do. */
function replyMismatch(request, reply) {
    if (!Array.isArray(request)) {
        return null;
    }
    if (!Array.isArray(reply)) {
        return `the reply carries ${show(reply)} instead of a list of micro-ops`;
    }
    if (reply.length !== request.length) {
        return `the request had ${request.length} micro-ops but the reply has ${reply.length}`;
    }
    for (let i = 0; i < request.length; i++) {
        const asked = request[i];
        const got = reply[i];
        if (!Array.isArray(asked) || asked.length < 2) {
            continue;
        }
        if (!Array.isArray(got) || got[0] !== asked[0] || !sameJson(got[1], asked[1])) {
            return `micro-op ${i} was ${show(asked)} but the reply has ${show(got)}`;
        }
        if (asked[0] !== 'r' && !sameJson(got[2] ?? null, asked[2] ?? null)) {
            return `micro-op ${i} was ${show(asked)} but the reply echoes ${show(got)}`;
        }
    }
    return null;
}
/** History index that best names a transaction (its completion, else its invocation). */
function txnIndex(txn) {
    return txn.completeIndex >= 0 ? txn.completeIndex : txn.invokeIndex;
}
/** `T12 (process 3, op 57)`-style name used in every explanation. */
function txnName(txn) {
    return `T${txnIndex(txn)}`;
}
/** The micro-ops in Maelstrom's wire form, for evidence. */
function txnValue(txn, keys) {
    return txn.mops.map((m) => [m.f, keys[m.k], m.v]);
}
/**
 * Index the writes (`append` or `w` micro-ops) of `txns` per key: each value → its writer,
 * marking a transaction's earlier writes to a key as not final. A value written twice goes to
 * `onDuplicate` (values must be unique per key) and keeps its first writer. Shared by the
 * list-append and rw-register inferences.
 */
function indexWriters(txns, failed, writeF, writersOf, onDuplicate) {
    for (const txn of txns) {
        const last = new Map();
        for (const mop of txn.mops) {
            if (mop.f !== writeF) {
                continue;
            }
            const writers = writersOf(mop.k);
            const vk = valueKey(mop.v);
            const previous = writers.get(vk);
            if (previous !== undefined) {
                onDuplicate(mop.k, mop.v, previous.w, txn);
                continue;
            }
            const before = last.get(mop.k);
            if (before !== undefined) {
                ;
                writers.get(before).final = false;
            }
            last.set(mop.k, vk);
            writers.set(vk, { w: failed ? -(txn.id + 1) : txn.id, final: true, raw: mop.v });
        }
    }
}

;// CONCATENATED MODULE: ./src/checkers/elle/order.ts


function addProcessEdges(txns, edges) {
    const last = new Map();
    const ordered = txns.slice().sort((x, y) => x.invokeIndex - y.invokeIndex);
    for (const txn of ordered) {
        const previous = last.get(txn.process);
        if (previous !== undefined) {
            edges.add(previous.id, txn.id, PROCESS);
        }
        last.set(txn.process, txn);
    }
}
function addRealtimeEdges(txns, edges) {
    // Events sorted by history index: id+1 for an invocation, -(id+1) for an ok completion.
    const events = [];
    for (const txn of txns) {
        events.push([txn.invokeIndex, txn.id + 1]);
        if (txn.type === 'ok' && txn.completeIndex >= 0) {
            events.push([txn.completeIndex, -(txn.id + 1)]);
        }
    }
    events.sort((x, y) => x[0] - y[0]);
    const seqAtInvoke = new Float64Array(txns.length);
    let buffer = [];
    let seq = 0;
    for (const [, e] of events) {
        if (e > 0) {
            const id = e - 1;
            for (const entry of buffer) {
                edges.add(entry.id, id, REALTIME);
            }
            seqAtInvoke[id] = seq;
        }
        else {
            const id = -e - 1;
            const cut = seqAtInvoke[id];
            buffer = buffer.filter((entry) => entry.seq >= cut);
            buffer.push({ id, seq: seq++ });
        }
    }
}
/** Explain a process or realtime step; undefined for data edges. */
function explainOrderStep(from, to, type) {
    if (type === PROCESS) {
        return `${txnName(from)} < ${txnName(to)} because client process ${from.process} ran ${txnName(from)} before ${txnName(to)}`;
    }
    if (type === REALTIME) {
        return (`${txnName(from)} < ${txnName(to)} because ${txnName(from)} completed (op ${from.completeIndex}) ` +
            `before ${txnName(to)} was invoked (op ${to.invokeIndex})`);
    }
    return undefined;
}
/** An Anomaly whose evidence is a set of transactions. */
function txnAnomaly(type, message, txns, evidence) {
    const ops = [...new Set(txns.map(txnIndex))].sort((x, y) => x - y);
    const nodes = [...new Set(txns.map((t) => t.node).filter((n) => n !== undefined))];
    const start = Math.min(...txns.map((t) => t.invokeTimeNs));
    const ends = txns.map((t) => t.completeTimeNs).filter(Number.isFinite);
    const anomaly = { type, message, ops, evidence };
    if (nodes.length > 0) {
        anomaly.nodes = nodes.sort();
    }
    if (txns.length > 0 && Number.isFinite(start)) {
        anomaly.timeNs = [start, ends.length > 0 ? Math.max(...ends) : start];
    }
    return anomaly;
}

;// CONCATENATED MODULE: ./src/checkers/elle/list-append.ts



const INIT = '\u0000init';
/** No known writer (a value nobody appended, or the initial state). */
const NONE = -0x7fffffff;
const MAX_PER_TYPE = 10;
class ListAppendInference {
    history;
    txns;
    edges = new EdgeBuilder();
    anomalies = [];
    counts = new Map();
    perKey = new Map();
    /** For each ok txn: key → the list its first (external) read returned. */
    extReads = new Map();
    constructor(history, txns = history.graph) {
        this.history = history;
        this.txns = txns;
    }
    key(k) {
        let state = this.perKey.get(k);
        if (state === undefined) {
            state = {
                writers: new Map(),
                reads: [],
                order: [],
                raw: [],
                position: new Map(),
                readers: new Map(),
            };
            this.perKey.set(k, state);
        }
        return state;
    }
    report(anomaly) {
        const count = (this.counts.get(anomaly.type) ?? 0) + 1;
        this.counts.set(anomaly.type, count);
        if (count <= MAX_PER_TYPE) {
            this.anomalies.push(anomaly);
        }
    }
    txnOf(w) {
        return w >= 0 ? this.history.graph[w] : this.history.failed[-w - 1];
    }
    k(k) {
        return show(this.history.keys[k]);
    }
    run() {
        this.indexWrites(this.history.failed, true);
        this.indexWrites(this.history.graph, false);
        for (const txn of this.history.graph) {
            if (txn.readsKnown) {
                this.indexReads(txn);
            }
        }
        for (const [k, state] of this.perKey) {
            this.versionOrder(k, state);
        }
        this.indexExternalReads();
        for (const txn of this.history.graph) {
            if (txn.readsKnown) {
                this.readAnomalies(txn);
            }
        }
        for (const [k, state] of this.perKey) {
            this.keyEdges(state);
            this.dirtyUpdate(k, state);
        }
        this.lostUpdates();
        return this;
    }
    indexWrites(txns, failed) {
        indexWriters(txns, failed, 'append', (k) => this.key(k).writers, (k, v, first, txn) => this.duplicateAppend(k, v, this.txnOf(first), txn));
    }
    duplicateAppend(k, v, first, second) {
        this.report(txnAnomaly('duplicate-writes', `duplicate-writes: ${txnName(first)} and ${txnName(second)} both appended ${show(v)} to key ` +
            `${this.k(k)}. The checker needs every appended value to be unique per key to know ` +
            'who wrote what, so it cannot decide this history.', [first, second], { key: this.history.keys[k], value: v }));
    }
    indexReads(txn) {
        const appended = new Set();
        let ext;
        for (const mop of txn.mops) {
            if (mop.f === 'append') {
                appended.add(mop.k);
                continue;
            }
            if (mop.f !== 'r') {
                continue;
            }
            if (mop.v !== null && !Array.isArray(mop.v)) {
                this.report(txnAnomaly('txn-mismatch', `txn-mismatch: ${txnName(txn)} read key ${this.k(mop.k)} as ${show(mop.v)}, which is not a ` +
                    'list. A list-append read returns the whole list (or null when the key does not exist).', [txn], { key: this.history.keys[mop.k], read: mop.v }));
            }
            const list = Array.isArray(mop.v) ? mop.v : [];
            this.key(mop.k).reads.push({ txn, list });
            if (!appended.has(mop.k)) {
                ext ??= new Map();
                if (!ext.has(mop.k)) {
                    ext.set(mop.k, list);
                }
            }
        }
        if (ext !== undefined) {
            this.extReads.set(txn.id, ext);
        }
    }
    versionOrder(k, state) {
        let longest = [];
        for (const read of state.reads) {
            if (read.list.length > longest.length) {
                longest = read.list;
            }
        }
        state.raw = longest;
        state.order = longest.map(valueKey);
        let duplicated = false;
        state.order.forEach((vk, i) => {
            if (state.position.has(vk)) {
                duplicated = true;
            }
            else {
                state.position.set(vk, i);
            }
        });
        if (duplicated) {
            this.duplicateElements(k, longest, state.reads.find((r) => r.list === longest)?.txn);
        }
        let reportedIncompatible = false;
        for (const read of state.reads) {
            if (!this.isPrefix(read.list, state.order)) {
                if (!reportedIncompatible) {
                    this.incompatible(k, read, longest, state);
                    reportedIncompatible = true;
                }
                if (new Set(read.list.map(valueKey)).size < read.list.length) {
                    this.duplicateElements(k, read.list, read.txn);
                }
            }
        }
    }
    isPrefix(list, order) {
        for (let i = 0; i < list.length; i++) {
            if (valueKey(list[i]) !== order[i]) {
                return false;
            }
        }
        return true;
    }
    duplicateElements(k, list, txn) {
        const seen = new Set();
        const dup = list.find((v) => {
            const vk = valueKey(v);
            return seen.has(vk) || (seen.add(vk), false);
        });
        this.report(txnAnomaly('duplicate-elements', `duplicate-elements: ${txn ? txnName(txn) : 'a transaction'} read key ${this.k(k)} as ` +
            `${show(list)}, which contains ${show(dup)} twice, although it was appended once. ` +
            'A list only grows by appends: each appended value appears exactly once.', txn ? [txn] : [], { key: this.history.keys[k], read: list, element: dup }));
    }
    incompatible(k, read, longest, state) {
        const other = state.reads.find((r) => r.list === longest)?.txn;
        this.report(txnAnomaly('incompatible-order', `incompatible-order: ${txnName(read.txn)} read key ${this.k(k)} as ${show(read.list)} but ` +
            `${other ? txnName(other) : 'another transaction'} read it as ${show(longest)}; neither is a ` +
            'prefix of the other. Appends only ever extend a list, so every read of a key must be ' +
            'a prefix of the longest one: the two reads saw the key in different orders.', other ? [read.txn, other] : [read.txn], { key: this.history.keys[k], read: read.list, longest }));
    }
    lastAppendCache;
    /** Key → position of the transaction's last append to it (cached for the current txn). */
    lastAppendAt(txn) {
        if (this.lastAppendCache?.txn !== txn) {
            const at = new Map();
            txn.mops.forEach((mop, i) => mop.f === 'append' && at.set(mop.k, i));
            this.lastAppendCache = { txn, at };
        }
        return this.lastAppendCache.at;
    }
    readAnomalies(txn) {
        const expected = new Map();
        txn.mops.forEach((mop, i) => {
            if (mop.f === 'append') {
                const state = expected.get(mop.k) ?? { full: false, list: [], raw: [] };
                state.list.push(valueKey(mop.v));
                state.raw.push(mop.v);
                expected.set(mop.k, state);
                return;
            }
            if (mop.f !== 'r') {
                return;
            }
            const list = Array.isArray(mop.v) ? mop.v : [];
            this.checkAbortedAndIntermediate(txn, mop.k, list);
            if (this.checkFutureRead(txn, i, mop.k, list)) {
                expected.set(mop.k, { full: true, list: list.map(valueKey), raw: list.slice() });
                return;
            }
            const state = expected.get(mop.k);
            if (state !== undefined && !this.internalOk(state, list)) {
                this.internal(txn, mop.k, list, state);
            }
            expected.set(mop.k, { full: true, list: list.map(valueKey), raw: list.slice() });
        });
    }
    internalOk(state, list) {
        if (state.full && list.length !== state.list.length) {
            return false;
        }
        if (list.length < state.list.length) {
            return false;
        }
        const offset = list.length - state.list.length;
        return state.list.every((vk, j) => valueKey(list[offset + j]) === vk);
    }
    internal(txn, k, list, state) {
        const want = state.full ? `exactly ${show(state.raw)}` : `a list ending in ${show(state.raw)}`;
        this.report(txnAnomaly('internal', `internal: ${txnName(txn)} read key ${this.k(k)} as ${show(list)}, but given its own earlier ` +
            `reads and appends it should have seen ${want}. A transaction must see its own writes ` +
            'and a stable view of what it already read.', [txn], { key: this.history.keys[k], read: list, expected: state.raw, txn: txn.mops.length }));
    }
    checkFutureRead(txn, at, k, list) {
        if ((this.lastAppendAt(txn).get(k) ?? -1) < at) {
            return false;
        }
        const later = new Set();
        for (let j = at + 1; j < txn.mops.length; j++) {
            const mop = txn.mops[j];
            if (mop !== undefined && mop.f === 'append' && mop.k === k) {
                later.add(valueKey(mop.v));
            }
        }
        const future = later.size === 0 ? undefined : list.find((v) => later.has(valueKey(v)));
        if (future === undefined) {
            return false;
        }
        this.report(txnAnomaly('future-read', `future-read: ${txnName(txn)} read key ${this.k(k)} as ${show(list)}, which already contains ` +
            `${show(future)}, a value the same transaction only appends later. A read cannot see ` +
            'a write that has not happened yet.', [txn], { key: this.history.keys[k], read: list, element: future }));
        return true;
    }
    checkAbortedAndIntermediate(txn, k, list) {
        const state = this.perKey.get(k);
        if (state === undefined || list.length === 0) {
            return;
        }
        for (const v of list) {
            const writer = state.writers.get(valueKey(v));
            if (writer !== undefined && writer.w < 0) {
                const failed = this.txnOf(writer.w);
                this.report(txnAnomaly('G1a', `G1a (aborted read): ${txnName(txn)} read key ${this.k(k)} as ${show(list)}, which includes ` +
                    `${show(v)}, appended by ${txnName(failed)} — and ${txnName(failed)} failed, so its ` +
                    'append never happened. Reading an aborted write is a dirty read.', [txn, failed], { key: this.history.keys[k], read: list, element: v }));
                break;
            }
        }
        const last = list[list.length - 1];
        const writer = state.writers.get(valueKey(last));
        if (writer !== undefined && writer.w >= 0 && writer.w !== txn.id && !writer.final) {
            const other = this.txnOf(writer.w);
            this.report(txnAnomaly('G1b', `G1b (intermediate read): ${txnName(txn)} read key ${this.k(k)} as ${show(list)}, ending in ` +
                `${show(last)}; ${txnName(other)} appended ${show(last)} but then appended to the key again ` +
                'in the same transaction. Another transaction may only see its final state.', [txn, other], { key: this.history.keys[k], read: list, element: last }));
        }
    }
    writerOf(state, vk) {
        return vk === undefined ? NONE : (state.writers.get(vk)?.w ?? NONE);
    }
    keyEdges(state) {
        const { order } = state;
        for (let i = 1; i < order.length; i++) {
            const from = this.writerOf(state, order[i - 1]);
            const to = this.writerOf(state, order[i]);
            if (from >= 0 && to >= 0) {
                this.edges.add(from, to, WW);
            }
        }
        const lastWriter = this.writerOf(state, order[order.length - 1]);
        const lastVersion = order.length > 0 ? order[order.length - 1] : INIT;
        for (const [vk, writer] of state.writers) {
            if (writer.w < 0) {
                continue;
            }
            const pos = state.position.get(vk);
            if (pos === undefined) {
                if (lastWriter >= 0) {
                    this.edges.add(lastWriter, writer.w, WW);
                }
                for (const reader of state.readers.get(lastVersion) ?? []) {
                    this.edges.add(reader, writer.w, RW);
                }
            }
            else {
                const before = pos === 0 ? INIT : order[pos - 1];
                for (const reader of state.readers.get(before) ?? []) {
                    this.edges.add(reader, writer.w, RW);
                }
            }
        }
    }
    /** wr edges and the readers index; called once per ok txn's external reads. */
    indexExternalReads() {
        for (const [id, ext] of this.extReads) {
            for (const [k, list] of ext) {
                const state = this.perKey.get(k);
                if (!this.isPrefix(list, state.order)) {
                    continue;
                }
                const version = list.length === 0 ? INIT : valueKey(list[list.length - 1]);
                const readers = state.readers.get(version);
                if (readers === undefined) {
                    state.readers.set(version, [id]);
                }
                else {
                    readers.push(id);
                }
                const writer = this.writerOf(state, version === INIT ? undefined : version);
                if (writer >= 0) {
                    this.edges.add(writer, id, WR);
                }
            }
        }
    }
    dirtyUpdate(k, state) {
        const { order } = state;
        for (let i = 0; i < order.length; i++) {
            const w = this.writerOf(state, order[i]);
            if (w >= 0 || w === NONE) {
                continue;
            }
            for (let j = i + 1; j < order.length; j++) {
                const next = this.writerOf(state, order[j]);
                if (next >= 0) {
                    const failed = this.txnOf(w);
                    const committed = this.txnOf(next);
                    this.report(txnAnomaly('dirty-update', `dirty-update: on key ${this.k(k)}, ${txnName(committed)} appended ${show(state.raw[j])} ` +
                        `on top of ${show(state.raw[i])}, which ${txnName(failed)} appended and then failed. ` +
                        'A committed write was built on a state that was rolled back.', [failed, committed], { key: this.history.keys[k], aborted: state.raw[i], committed: state.raw[j] }));
                    return;
                }
            }
            return;
        }
    }
    lostUpdates() {
        const groups = new Map();
        for (const [id, ext] of this.extReads) {
            const txn = this.history.graph[id];
            const appended = this.lastAppendAt(txn);
            for (const [k, list] of ext) {
                if (!appended.has(k)) {
                    continue;
                }
                const version = list.length === 0 ? INIT : String(valueKey(list[list.length - 1]));
                const group = `${k}\u0000${version}`;
                const entry = groups.get(group) ?? { k, list, txns: [] };
                entry.txns.push(txn);
                groups.set(group, entry);
            }
        }
        for (const { k, list, txns } of groups.values()) {
            if (txns.length < 2) {
                continue;
            }
            const names = txns.slice(0, 4).map(txnName).join(', ');
            this.report(txnAnomaly('lost-update', `lost-update: ${names} all read key ${this.k(k)} as ${show(list)} and then appended to it, ` +
                'each committing. Only one of them can have read the latest version before writing: ' +
                "the others' updates were based on a stale read.", txns.slice(0, 4), { key: this.history.keys[k], read: list }));
        }
    }
    explainData(from, to, type) {
        const a = txnName(from);
        const b = txnName(to);
        for (const mop of to.mops) {
            const state = this.perKey.get(mop.k);
            if (state === undefined) {
                continue;
            }
            if (type === WR && mop.f === 'r') {
                const list = this.extReads.get(to.id)?.get(mop.k);
                const last = list?.[list.length - 1];
                if (list !== undefined &&
                    list.length > 0 &&
                    this.writerOf(state, valueKey(last)) === from.id) {
                    return `${a} < ${b} because ${b} read ${a}'s append of ${show(last)} to key ${this.k(mop.k)}`;
                }
            }
            if (mop.f !== 'append' || (type !== WW && type !== RW)) {
                continue;
            }
            const pos = state.position.get(valueKey(mop.v));
            const beforeIndex = pos === undefined ? state.order.length - 1 : pos - 1;
            const unseen = pos === undefined ? ' (never read, so after everything read)' : '';
            if (type === WW &&
                beforeIndex >= 0 &&
                this.writerOf(state, state.order[beforeIndex]) === from.id) {
                return (`${a} < ${b} because ${b} appended ${show(mop.v)} to key ${this.k(mop.k)} after ` +
                    `${a}'s append of ${show(state.raw[beforeIndex])}${unseen}`);
            }
            if (type === RW) {
                const version = beforeIndex < 0 ? INIT : state.order[beforeIndex];
                if ((state.readers.get(version) ?? []).includes(from.id)) {
                    const saw = beforeIndex < 0 ? 'empty' : `as ${show(state.raw.slice(0, beforeIndex + 1))}`;
                    return (`${a} < ${b} because ${a} read key ${this.k(mop.k)} ${saw}, without ${b}'s append of ` +
                        `${show(mop.v)}${unseen}`);
                }
            }
        }
        return `${a} < ${b} (${type === WW ? 'ww' : type === WR ? 'wr' : 'rw'} dependency)`;
    }
}
function inferListAppend(history) {
    const inference = new ListAppendInference(history);
    inference.run();
    return inference;
}

;// CONCATENATED MODULE: ./src/checkers/elle/rw-register.ts



const rw_register_INIT = '\u0000init';
const rw_register_MAX_PER_TYPE = 10;
function versionOf(value) {
    return value === null || value === undefined ? rw_register_INIT : valueKey(value);
}
class RwRegisterInference {
    history;
    options;
    edges = new EdgeBuilder();
    anomalies = [];
    txns;
    counts = new Map();
    perKey = new Map();
    extReads = new Map();
    /** ww edges kept from contradicting version orders, by "from>to" graph ids. */
    contradictions = new Map();
    constructor(history, options) {
        this.history = history;
        this.options = options;
        this.txns = history.graph;
    }
    key(k) {
        let state = this.perKey.get(k);
        if (state === undefined) {
            state = {
                writers: new Map(),
                next: new Map(),
                readers: new Map(),
                cyclicReported: false,
                realtimeCyclicReported: false,
            };
            this.perKey.set(k, state);
        }
        return state;
    }
    report(anomaly) {
        const count = (this.counts.get(anomaly.type) ?? 0) + 1;
        this.counts.set(anomaly.type, count);
        if (count <= rw_register_MAX_PER_TYPE) {
            this.anomalies.push(anomaly);
        }
    }
    k(k) {
        return show(this.history.keys[k]);
    }
    txnOf(w) {
        return w >= 0 ? this.history.graph[w] : this.history.failed[-w - 1];
    }
    run() {
        this.indexWrites(this.history.failed, true);
        this.indexWrites(this.history.graph, false);
        for (const txn of this.history.graph) {
            if (txn.readsKnown) {
                this.readsOf(txn);
            }
        }
        this.versionSources();
        for (const state of this.perKey.values()) {
            this.keyEdges(state);
        }
        this.lostUpdates();
        return this;
    }
    indexWrites(txns, failed) {
        indexWriters(txns, failed, 'w', (k) => this.key(k).writers, (k, v, first, txn) => this.duplicateWrite(k, v, this.txnOf(first), txn));
    }
    duplicateWrite(k, v, first, second) {
        this.report(txnAnomaly('duplicate-writes', `duplicate-writes: ${txnName(first)} and ${txnName(second)} both wrote ${show(v)} to key ` +
            `${this.k(k)}. The checker needs written values to be unique per key to know which ` +
            'write a read saw, so it cannot decide this history.', [first, second], { key: this.history.keys[k], value: v }));
    }
    /** External reads, wr edges, G1a, G1b and internal consistency of one ok txn. */
    readsOf(txn) {
        const known = new Map();
        let ext;
        for (const mop of txn.mops) {
            if (mop.f === 'w') {
                known.set(mop.k, { value: mop.v, own: true });
                continue;
            }
            if (mop.f !== 'r') {
                continue;
            }
            const before = known.get(mop.k);
            if (before === undefined) {
                ext ??= new Map();
                ext.set(mop.k, mop.v);
                this.external(txn, mop.k, mop.v);
            }
            else if (versionOf(before.value) !== versionOf(mop.v)) {
                this.internal(txn, mop.k, mop.v, before);
            }
            this.dirtyReads(txn, mop.k, mop.v);
            known.set(mop.k, { value: mop.v, own: false });
        }
        if (ext !== undefined) {
            this.extReads.set(txn.id, ext);
        }
    }
    external(txn, k, value) {
        const state = this.key(k);
        const version = versionOf(value);
        const readers = state.readers.get(version);
        if (readers === undefined) {
            state.readers.set(version, [txn.id]);
        }
        else {
            readers.push(txn.id);
        }
        const writer = version === rw_register_INIT ? undefined : state.writers.get(version);
        if (writer !== undefined && writer.w >= 0) {
            this.edges.add(writer.w, txn.id, WR);
        }
    }
    internal(txn, k, value, before) {
        const why = before.own ? 'its own write of' : 'its earlier read of';
        this.report(txnAnomaly('internal', `internal: ${txnName(txn)} read key ${this.k(k)} as ${show(value)} right after ${why} ` +
            `${show(before.value)}. A transaction must see its own writes and a stable view of what ` +
            'it already read.', [txn], { key: this.history.keys[k], read: value, expected: before.value }));
    }
    dirtyReads(txn, k, value) {
        const version = versionOf(value);
        const writer = version === rw_register_INIT ? undefined : this.perKey.get(k)?.writers.get(version);
        if (writer === undefined || writer.w === txn.id) {
            return;
        }
        const other = this.txnOf(writer.w);
        if (writer.w < 0) {
            this.report(txnAnomaly('G1a', `G1a (aborted read): ${txnName(txn)} read ${show(value)} from key ${this.k(k)}, written by ` +
                `${txnName(other)} — which failed, so that write never happened. Reading an aborted ` +
                'write is a dirty read.', [txn, other], { key: this.history.keys[k], value }));
        }
        else if (!writer.final) {
            this.report(txnAnomaly('G1b', `G1b (intermediate read): ${txnName(txn)} read ${show(value)} from key ${this.k(k)}; ` +
                `${txnName(other)} wrote it but then wrote the key again in the same transaction. ` +
                'Another transaction may only see its final write.', [txn, other], { key: this.history.keys[k], value }));
        }
    }
    versionSources() {
        for (const [k, state] of this.perKey) {
            for (const [vk, writer] of state.writers) {
                if (writer.w >= 0) {
                    this.addVersion(k, rw_register_INIT, vk, 'every value comes after the initial empty state');
                }
            }
        }
        for (const txn of this.history.graph) {
            this.withinTxn(txn);
        }
        if (this.options.sequentialKeys) {
            this.sessionOrder();
        }
        if (this.options.linearizableKeys) {
            this.realtimeOrder();
        }
    }
    /** Own write order and writes-follow-reads. */
    withinTxn(txn) {
        const seen = new Map();
        for (const mop of txn.mops) {
            if (mop.f === 'r' && txn.readsKnown) {
                const list = seen.get(mop.k) ?? [];
                list.push({ value: mop.v, own: false });
                seen.set(mop.k, list);
            }
            else if (mop.f === 'w') {
                const to = valueKey(mop.v);
                for (const earlier of seen.get(mop.k) ?? []) {
                    if (earlier.own) {
                        this.addVersion(mop.k, valueKey(earlier.value), to, `${txnName(txn)} wrote ${show(earlier.value)} and then ${show(mop.v)}`);
                    }
                    else if (this.options.wfrKeys) {
                        const from = versionOf(earlier.value);
                        this.addVersion(mop.k, from, to, `${txnName(txn)} read ${show(earlier.value)} before writing ${show(mop.v)}`);
                    }
                }
                seen.set(mop.k, [{ value: mop.v, own: true }]);
            }
        }
    }
    sessionOrder() {
        const ordered = this.history.graph
            .filter((t) => t.readsKnown)
            .sort((a, b) => a.invokeIndex - b.invokeIndex);
        const last = new Map();
        for (const txn of ordered) {
            const mine = last.get(txn.process) ?? new Map();
            last.set(txn.process, mine);
            for (const mop of txn.mops) {
                if (mop.f !== 'r' && mop.f !== 'w') {
                    continue;
                }
                if (mine.has(mop.k)) {
                    const before = mine.get(mop.k);
                    this.addVersion(mop.k, versionOf(before), versionOf(mop.v), `client process ${txn.process} saw ${show(before)} and later ${show(mop.v)} (in ${txnName(txn)})`);
                }
                mine.set(mop.k, mop.v);
            }
        }
    }
    reaches(state, from, to) {
        const parent = new Map([[from, from]]);
        const todo = [from];
        while (todo.length > 0) {
            const v = todo.pop();
            if (v === to) {
                const path = [to];
                let at = to;
                while (at !== from) {
                    at = parent.get(at);
                    path.push(at);
                }
                return path.reverse();
            }
            for (const w of state.next.get(v)?.keys() ?? []) {
                if (!parent.has(w)) {
                    parent.set(w, v);
                    todo.push(w);
                }
            }
        }
        return undefined;
    }
    /** The first and last version of each key a transaction observed or installed. */
    versionsOf(txn) {
        const first = new Map();
        const last = new Map();
        const unknown = new Set();
        for (const mop of txn.mops) {
            if ((mop.f !== 'r' && mop.f !== 'w') || unknown.has(mop.k)) {
                continue;
            }
            if (mop.f === 'r' && !txn.readsKnown) {
                if (!first.has(mop.k)) {
                    unknown.add(mop.k);
                }
                continue;
            }
            const version = mop.f === 'r' ? versionOf(mop.v) : valueKey(mop.v);
            if (!first.has(mop.k)) {
                first.set(mop.k, version);
            }
            last.set(mop.k, version);
        }
        return { first, last };
    }
    /**
     * Real-time order per key, as a buffered reduction (like the realtime edges): a frontier of
     * the last versions of completed transactions not yet covered by a later completed one;
     * each invocation orders the frontier before its first versions.
     */
    realtimeOrder() {
        const events = [];
        for (const txn of this.history.graph) {
            events.push([txn.invokeIndex, txn, true]);
            if (txn.type === 'ok' && txn.completeIndex >= 0) {
                events.push([txn.completeIndex, txn, false]);
            }
        }
        events.sort((x, y) => x[0] - y[0]);
        const frontier = new Map();
        const seqAtInvoke = new Map();
        let seq = 0;
        for (const [, txn, invoke] of events) {
            const { first, last } = this.versionsOf(txn);
            if (invoke) {
                for (const [k, v] of first) {
                    for (const entry of frontier.get(k) ?? []) {
                        const why = `${txnName(entry.txn)} completed before ${txnName(txn)} began`;
                        this.addVersion(k, entry.v, v, why, true);
                    }
                }
                seqAtInvoke.set(txn.id, seq);
                continue;
            }
            const cut = seqAtInvoke.get(txn.id) ?? 0;
            for (const [k, v] of last) {
                const kept = (frontier.get(k) ?? []).filter((entry) => entry.seq >= cut);
                kept.push({ v, txn, seq: seq++ });
                frontier.set(k, kept);
            }
        }
    }
    addVersion(k, from, to, why, realtime = false) {
        if (from === to) {
            return;
        }
        const state = this.key(k);
        const out = state.next.get(from);
        if (out?.has(to) === true) {
            return;
        }
        const back = this.reaches(state, to, from);
        if (back !== undefined) {
            if (realtime) {
                this.cyclicVersions(k, state, from, to, why, back, 'cyclic-versions-realtime');
            }
            else {
                this.cyclicVersions(k, state, from, to, why, back, 'cyclic-versions');
                this.contradictingWrite(state, from, to, why);
            }
            return;
        }
        if (out === undefined) {
            state.next.set(from, new Map([[to, why]]));
        }
        else {
            out.set(to, why);
        }
    }
    /**
     * A version edge that contradicts the key's order still orders the two writes: keep it as
     * a ww edge between the writers (not in the version graph), so that two nodes installing
     * the same writes in opposite orders show up as the write cycle they are (G0).
     */
    contradictingWrite(state, from, to, why) {
        const a = from === rw_register_INIT ? undefined : state.writers.get(from);
        const b = state.writers.get(to);
        if (a === undefined || b === undefined || a.w < 0 || b.w < 0 || a.w === b.w) {
            return;
        }
        this.edges.add(a.w, b.w, WW);
        this.contradictions.set(`${a.w}>${b.w}`, { from: a.raw, to: b.raw, why });
    }
    showVersion(state, v) {
        return v === rw_register_INIT ? 'null (initial)' : show(state.writers.get(v)?.raw ?? v);
    }
    cyclicVersions(k, state, from, to, why, back, type) {
        const flag = type === 'cyclic-versions' ? 'cyclicReported' : 'realtimeCyclicReported';
        if (state[flag]) {
            return;
        }
        state[flag] = true;
        const steps = back.slice(1).map((v, i) => {
            const u = back[i];
            return `${this.showVersion(state, u)} < ${this.showVersion(state, v)} because ${state.next.get(u)?.get(v) ?? '?'}`;
        });
        const writers = [...back, from, to]
            .map((v) => state.writers.get(v)?.w)
            .filter((w) => w !== undefined)
            .map((w) => this.txnOf(w));
        this.report(txnAnomaly(type, `${type}: the versions of key ${this.k(k)} were seen in contradictory orders: ` +
            `${this.showVersion(state, from)} < ${this.showVersion(state, to)} because ${why}, but ` +
            `${steps.join('; ')}. ` +
            (type === 'cyclic-versions'
                ? "A key's versions are installed in one order; different clients saw them go in " +
                    'different directions.'
                : 'Under strict serializability a transaction that begins after another completed ' +
                    'sees at least its versions; this one saw an older one.'), [...new Set(writers)], { key: this.history.keys[k], edge: [from, to], reverse: back }));
    }
    keyEdges(state) {
        for (const [from, outs] of state.next) {
            const fromWriter = from === rw_register_INIT ? undefined : state.writers.get(from);
            for (const to of outs.keys()) {
                const toWriter = state.writers.get(to);
                if (toWriter === undefined || toWriter.w < 0) {
                    continue;
                }
                if (fromWriter !== undefined && fromWriter.w >= 0) {
                    this.edges.add(fromWriter.w, toWriter.w, WW);
                }
                for (const reader of state.readers.get(from) ?? []) {
                    this.edges.add(reader, toWriter.w, RW);
                }
            }
        }
    }
    lostUpdates() {
        const groups = new Map();
        for (const [id, ext] of this.extReads) {
            const txn = this.history.graph[id];
            const written = new Set(txn.mops.filter((m) => m.f === 'w').map((m) => m.k));
            for (const [k, value] of ext) {
                if (!written.has(k)) {
                    continue;
                }
                const group = `${k}\u0000${String(versionOf(value))}`;
                const entry = groups.get(group) ?? { k, value, txns: [] };
                entry.txns.push(txn);
                groups.set(group, entry);
            }
        }
        for (const { k, value, txns } of groups.values()) {
            if (txns.length >= 2) {
                this.report(txnAnomaly('lost-update', `lost-update: ${txns.slice(0, 4).map(txnName).join(', ')} all read key ${this.k(k)} as ` +
                    `${show(value)} and then wrote it, each committing. Only one of them can have read the ` +
                    "latest version before writing: the others' updates were based on a stale read.", txns.slice(0, 4), { key: this.history.keys[k], read: value }));
            }
        }
    }
    explainData(from, to, type) {
        const a = txnName(from);
        const b = txnName(to);
        for (const mop of to.mops) {
            const state = this.perKey.get(mop.k);
            const contradiction = type === WW ? this.contradictions.get(`${from.id}>${to.id}`) : undefined;
            if (contradiction !== undefined &&
                mop.f === 'w' &&
                valueKey(mop.v) === valueKey(contradiction.to)) {
                return (`${a} < ${b} because ${b}'s write of ${show(mop.v)} to key ${this.k(mop.k)} came after ` +
                    `${a}'s write of ${show(contradiction.from)} (${contradiction.why})`);
            }
            if (state === undefined) {
                continue;
            }
            if (type === WR && mop.f === 'r') {
                const value = this.extReads.get(to.id)?.get(mop.k);
                const writer = value === undefined ? undefined : state.writers.get(versionOf(value));
                if (writer?.w === from.id) {
                    return `${a} < ${b} because ${b} read ${a}'s write of ${show(value)} to key ${this.k(mop.k)}`;
                }
            }
            if (mop.f !== 'w' || type === WR) {
                continue;
            }
            const to2 = valueKey(mop.v);
            for (const [v1, outs] of state.next) {
                const why = outs.get(to2);
                if (why === undefined) {
                    continue;
                }
                if (type === WW && v1 !== rw_register_INIT && state.writers.get(v1)?.w === from.id) {
                    return (`${a} < ${b} because ${b}'s write of ${show(mop.v)} to key ${this.k(mop.k)} came after ` +
                        `${a}'s write of ${this.showVersion(state, v1)} (${why})`);
                }
                if (type === RW && (state.readers.get(v1) ?? []).includes(from.id)) {
                    return (`${a} < ${b} because ${a} read key ${this.k(mop.k)} as ${this.showVersion(state, v1)}, ` +
                        `a version before ${b}'s write of ${show(mop.v)} (${why})`);
                }
            }
        }
        return `${a} < ${b} (${type === WW ? 'ww' : type === WR ? 'wr' : 'rw'} dependency)`;
    }
}
function inferRwRegister(history, options = {}) {
    const inference = new RwRegisterInference(history, {
        wfrKeys: options.wfrKeys ?? true,
        sequentialKeys: options.sequentialKeys ?? true,
        linearizableKeys: options.linearizableKeys ?? false,
    });
    inference.run();
    return inference;
}

;// CONCATENATED MODULE: ./src/checkers/elle/index.ts









/** A cycle's message shows this many steps; its evidence keeps this many transactions. */
const MAX_MESSAGE_STEPS = 12;
const MAX_EVIDENCE_STEPS = 200;
/** Anomalies kept per type (each inference also stops recording after this many). */
const elle_MAX_PER_TYPE = 10;
/** Report order: the most basic violation first (a write cycle before a write skew). */
const SEVERITY = [
    'txn-mismatch',
    'G0',
    'cyclic-versions',
    'duplicate-elements',
    'incompatible-order',
    'G1a',
    'G1b',
    'dirty-update',
    'G1c',
    'future-read',
    'internal',
    'lost-update',
    'G-single',
    'G-nonadjacent',
    'G2-item',
];
const DESCRIPTIONS = {
    G0: 'write cycle: transactions overwrote each other in a circle',
    G1c: 'cyclic information flow: each transaction saw or overwrote the next',
    'G-single': 'read skew: a cycle with exactly one anti-dependency (a read that missed a write)',
    'G-nonadjacent': 'a cycle whose anti-dependencies are never adjacent',
    'G2-item': 'write skew: a cycle with adjacent anti-dependencies (reads that missed writes)',
};
const SUFFIXES = {
    '-realtime': ', using real-time order (a transaction that finished before another began must come first)',
    '-process': ', using each client process’s own order',
};
function resolveModels(names) {
    const requested = names === undefined || names.length === 0 ? ['strict-serializable'] : names;
    return requested.map((name) => {
        const model = canonicalModel(name);
        if (model === undefined) {
            throw new errors/* UsageError */.eb(`unknown consistency model "${name}"; known models: ${[...MODEL_NAMES].sort().join(', ')}`);
        }
        return model;
    });
}
function describe(name) {
    const suffix = Object.keys(SUFFIXES).find((s) => name.endsWith(s)) ?? '';
    const base = suffix === '' ? name : name.slice(0, -suffix.length);
    return `${DESCRIPTIONS[base] ?? base}${SUFFIXES[suffix] ?? ''}`;
}
function explainStep(inference, step) {
    const from = inference.txns[step.from];
    const to = inference.txns[step.to];
    return explainOrderStep(from, to, step.type) ?? inference.explainData(from, to, step.type);
}
function cycleAnomaly(inference, history, cycle) {
    const txns = cycle.steps.map((s) => inference.txns[s.from]);
    const explanation = cycle.steps.slice(0, MAX_EVIDENCE_STEPS).map((s) => explainStep(inference, s));
    const shown = explanation.slice(0, MAX_MESSAGE_STEPS);
    const more = txns.length > shown.length
        ? `; … (${txns.length - shown.length} more steps close the circle)`
        : '';
    const message = `${cycle.name} (${describe(cycle.name)}): ${txns.length} transactions each must come before ` +
        `the next, in a circle, so no order of them explains what they read and wrote. ` +
        `${shown.join('; ')}${more}.`;
    return txnAnomaly(cycle.name, message, txns.slice(0, MAX_EVIDENCE_STEPS), {
        cycleLength: txns.length,
        cycle: txns.slice(0, MAX_EVIDENCE_STEPS).map((t) => ({
            txn: txnName(t),
            op: txnIndex(t),
            process: t.process,
            node: t.node,
            type: t.type,
            value: txnValue(t, history.keys),
        })),
        steps: explanation,
    });
}
function timeoutAnomalies(inference, timeouts, found) {
    const anomalies = [];
    for (const timeout of timeouts) {
        const txns = timeout.vertices.map((v) => inference.txns[v]);
        const fallback = timeout.fallback;
        if (fallback !== undefined &&
            !found.some((f) => f === fallback || anomalyImplies(f, fallback))) {
            anomalies.push(txnAnomaly(fallback, `${fallback}: ${timeout.size} transactions (${txns.slice(0, 5).map(txnName).join(', ')}, …) ` +
                'depend on each other in a circle, but the search for a short cycle to show ran out of ' +
                'time. A cycle means no order of the transactions explains what they read and wrote.', txns, { componentSize: timeout.size }));
        }
        anomalies.push(txnAnomaly('cycle-search-timeout', `cycle-search-timeout: the search for cycles among ${timeout.size} mutually dependent ` +
            'transactions ran out of time; the verdict cannot be "valid".', txns, { componentSize: timeout.size }));
    }
    return anomalies;
}
function verdict(anomalies, models, extra) {
    const types = [...new Set(anomalies.map((a) => a.type))].sort();
    const forbidden = types.filter((t) => brokenModels(t, models).length > 0);
    for (const anomaly of anomalies) {
        const breaks = brokenModels(anomaly.type, models);
        anomaly.evidence = { ...anomaly.evidence, breaks };
        if (breaks.length > 0) {
            anomaly.message += ` This is forbidden by ${breaks.join(' and ')}.`;
        }
    }
    const rank = (a) => (forbidden.includes(a.type) ? 0 : 1000) +
        (SEVERITY.indexOf(a.type.replace(/-(realtime|process)$/, '')) + 1 || 100);
    anomalies.sort((x, y) => rank(x) - rank(y));
    const shown = new Map();
    const kept = anomalies.filter((a) => {
        const count = (shown.get(a.type) ?? 0) + 1;
        shown.set(a.type, count);
        return count <= elle_MAX_PER_TYPE;
    });
    const unknown = types.filter((t) => UNKNOWN_ANOMALIES.has(t) || t === 'empty-transaction-graph');
    const { not, alsoNot } = modelBoundary(types);
    const result = {
        valid: forbidden.length > 0 ? false : unknown.length > 0 ? 'unknown' : true,
        anomalyTypes: types,
        forbiddenAnomalyTypes: forbidden,
        anomalies: kept,
        anomalyCounts: Object.fromEntries(shown),
        not,
        alsoNot,
        consistencyModels: [...models],
        ...extra,
    };
    if (result.valid === 'unknown') {
        result.reason = `could not decide: ${unknown.join(', ')}`;
    }
    return result;
}
function check(history, options, budget, infer) {
    const models = resolveModels(options.consistencyModels);
    const parsed = parseTxns(history);
    const inference = infer(parsed);
    const anomalies = [...inference.anomalies];
    for (const { txn, text } of parsed.mismatches.slice(0, 10)) {
        anomalies.push(txnAnomaly('txn-mismatch', `txn-mismatch: the reply to ${txnName(txn)} does not answer its request: ${text}. A txn_ok ` +
            'must return the same micro-ops in the same order, with reads filled in and writes echoed.', [txn], { reply: txnValue(txn, parsed.keys) }));
    }
    if (parsed.malformed.length > 0) {
        anomalies.push({
            type: 'malformed-txn',
            message: `malformed-txn: ${parsed.malformed.length} micro-ops are not [f, key, value], e.g. ${parsed.malformed[0]}.`,
            evidence: { examples: parsed.malformed.slice(0, 5) },
        });
    }
    if (!parsed.graph.some((t) => t.type === 'ok')) {
        anomalies.push({
            type: 'empty-transaction-graph',
            message: 'empty-transaction-graph: no transaction completed, so there is nothing to check.',
        });
    }
    const order = extraOrderFor(models);
    const edges = inference.edges;
    if (order === 'realtime') {
        addRealtimeEdges(inference.txns, edges);
    }
    else if (order === 'process') {
        addProcessEdges(inference.txns, edges);
    }
    const graph = buildGraph(inference.txns.length, edges);
    const special = order === 'realtime' ? REALTIME : order === 'process' ? PROCESS : 0;
    const search = searchCycles(graph, budget, {
        special,
        ...(options.componentBudgetMs !== undefined
            ? { componentBudgetMs: options.componentBudgetMs }
            : {}),
    });
    const found = search.cycles.map((c) => c.name);
    for (const cycle of search.cycles) {
        anomalies.push(cycleAnomaly(inference, parsed, cycle));
    }
    anomalies.push(...timeoutAnomalies(inference, search.timeouts, found));
    return verdict(anomalies, models, {
        txnCount: parsed.graph.length + parsed.failed.length,
        edgeCount: graph.targets.length,
    });
}
/** Elle's list-append checker (txn-list-append). */
function checkListAppend(history, options, budget) {
    return check(history, options, budget, inferListAppend);
}
/** Elle's rw-register checker (txn-rw-register), with writes-follow-reads and session order. */
function checkRwRegister(history, options, budget) {
    const linearizableKeys = options.linearizableKeys ??
        extraOrderFor(resolveModels(options.consistencyModels)) === 'realtime';
    return check(history, options, budget, (parsed) => inferRwRegister(parsed, { ...options, linearizableKeys }));
}


/***/ }),

/***/ 7856:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ checkExactlyOnce)
/* harmony export */ });
/* harmony import */ var _history_types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9653);
/* harmony import */ var _shared_json_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8451);


const MAX_ANOMALIES_PER_TYPE = 8;
function collect(history) {
    const appends = new Map();
    const reads = [];
    for (const { invoke, complete } of (0,_history_types_js__WEBPACK_IMPORTED_MODULE_0__/* .pairOps */ .J)(history)) {
        const key = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(invoke.key);
        if (invoke.f === 'append') {
            const type = complete?.type === 'ok' || complete?.type === 'fail' ? complete.type : 'info';
            appends.set((0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(invoke.value), {
                key,
                element: invoke.value,
                type,
                invoke,
                complete,
            });
        }
        else if (invoke.f === 'read' && complete?.type === 'ok' && Array.isArray(complete.value)) {
            reads.push({ key, elements: complete.value, invoke, complete });
        }
    }
    return { appends, reads };
}
function where(op) {
    const node = op.node === undefined ? '' : ` on ${op.node}`;
    return `op ${op.index} (process ${String(op.process)}${node}, t=${(op.time / 1e6).toFixed(0)} ms)`;
}
function describeAppend(append) {
    if (append === undefined) {
        return 'never appended';
    }
    const how = append.type === 'ok'
        ? 'acknowledged'
        : append.type === 'info'
            ? 'of unknown outcome (timed out)'
            : 'definitely failed';
    return `appended by ${where(append.invoke)}, ${how}`;
}
function checkDuplicates(read, appends, out) {
    const seen = new Map();
    read.elements.forEach((element, position) => {
        const id = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(element);
        const first = seen.get(id);
        if (first === undefined) {
            seen.set(id, position);
            return;
        }
        const append = appends.get(id);
        out.push({
            type: 'duplicate',
            message: `Element ${id} appears twice in key ${read.key}: read ${where(read.complete)} returned it at positions ${first} and ${position}. ` +
                `It was ${describeAppend(append)}. A re-sent request (same src and msg_id) was executed again: remember each (src, msg_id) you executed and answer a repeat with the original reply instead of appending again.`,
            ops: [read.complete.index, ...(append ? [append.invoke.index] : [])],
            ...(read.complete.node ? { nodes: [read.complete.node] } : {}),
            timeNs: [read.invoke.time, read.complete.time],
            evidence: { key: read.key, element, positions: [first, position] },
        });
    });
}
function checkMembership(read, appends, out) {
    for (const element of new Set(read.elements.map((e) => (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(e)))) {
        const append = appends.get(element);
        if (append === undefined) {
            out.push({
                type: 'phantom',
                message: `Read ${where(read.complete)} of key ${read.key} returned ${element}, which no client ever appended. Return only elements that were appended.`,
                ops: [read.complete.index],
                evidence: { key: read.key, element },
            });
        }
        else if (append.key !== read.key) {
            out.push({
                type: 'wrong-key',
                message: `Element ${element} was appended to key ${append.key} (${where(append.invoke)}) but read ${where(read.complete)} returned it for key ${read.key}. Keep one list per key.`,
                ops: [append.invoke.index, read.complete.index],
                evidence: { element, appendedTo: append.key, readFrom: read.key },
            });
        }
        else if (append.type === 'fail') {
            out.push({
                type: 'failed-present',
                message: `Element ${element} is in key ${read.key} (read ${where(read.complete)}) although its append definitely failed (${where(append.complete ?? append.invoke)}). A definite error must mean the append did not happen.`,
                ops: [append.invoke.index, read.complete.index],
                evidence: { key: read.key, element },
            });
        }
    }
}
function isPrefix(short, long) {
    for (let i = 0; i < short.length; i++) {
        if ((0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(short[i]) !== (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(long[i])) {
            return i;
        }
    }
    return -1;
}
function checkPrefixes(reads, out) {
    const longest = reads.reduce((best, r) => (best === undefined || r.elements.length > best.elements.length ? r : best), undefined);
    if (longest === undefined) {
        return;
    }
    for (const read of reads) {
        const at = isPrefix(read.elements, longest.elements);
        if (at >= 0) {
            out.push({
                type: 'not-prefix',
                message: `Two reads of key ${read.key} disagree on the order: ${where(read.complete)} has ${(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)((0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(read.elements[at]), 40)} at position ${at}, ` +
                    `${where(longest.complete)} has ${(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)((0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(longest.elements[at]), 40)} there. Each key is one list: every read must be a prefix of every longer read.`,
                ops: [read.complete.index, longest.complete.index],
                evidence: { key: read.key, position: at },
            });
        }
    }
}
function checkLost(key, finals, appends, out) {
    let lost = 0;
    const sets = finals.map((read) => ({
        read,
        ids: new Set(read.elements.map((e) => (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(e))),
    }));
    for (const [id, append] of appends) {
        if (append.key !== key || append.type !== 'ok') {
            continue;
        }
        const missing = sets.find((s) => !s.ids.has(id))?.read;
        if (missing !== undefined) {
            lost++;
            out.push({
                type: 'lost',
                message: `Element ${id} was acknowledged (${where(append.complete ?? append.invoke)}) but the final read ${where(missing.complete)} of key ${key} does not contain it. An acknowledged append must never be lost.`,
                ops: [append.invoke.index, missing.complete.index],
                evidence: { key, element: append.element },
            });
        }
    }
    return lost;
}
function checkRealTime(reads, appends, out) {
    const acked = [...appends.values()].filter((a) => a.type === 'ok' && a.complete !== undefined);
    for (const read of reads) {
        const present = new Set(read.elements.map((e) => (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(e)));
        const stale = acked.find((a) => a.key === read.key &&
            a.complete.index < read.invoke.index &&
            !present.has((0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(a.element)));
        if (stale !== undefined) {
            out.push({
                type: 'stale-read',
                message: `Read ${where(read.complete)} of key ${read.key} began after the append of ${(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(stale.element)} was acknowledged (${where(stale.complete)}) but does not contain it. Linearizability: once acknowledged, an append is visible to every later read, on every node.`,
                ops: [stale.complete.index, read.invoke.index],
                evidence: { key: read.key, element: stale.element },
            });
        }
    }
    for (const earlier of reads) {
        const later = reads.find((r) => r.key === earlier.key &&
            r.invoke.index > earlier.complete.index &&
            r.elements.length < earlier.elements.length);
        if (later !== undefined) {
            out.push({
                type: 'non-monotonic',
                message: `Read ${where(later.complete)} of key ${later.key} began after read ${where(earlier.complete)} ended, yet saw ${later.elements.length} elements instead of at least ${earlier.elements.length}. A later read must not go back in time.`,
                ops: [earlier.complete.index, later.complete.index],
                evidence: { key: later.key },
            });
        }
    }
}
/** The most telling anomalies first: what the learner must fix before the rest make sense. */
const PRIORITY = [
    'duplicate',
    'lost',
    'stale-read',
    'failed-present',
    'phantom',
    'wrong-key',
    'not-prefix',
    'non-monotonic',
];
function limitPerType(anomalies) {
    const counts = new Map();
    const ranked = [...anomalies].sort((a, b) => PRIORITY.indexOf(a.type) - PRIORITY.indexOf(b.type));
    return ranked.filter((a) => {
        const n = (counts.get(a.type) ?? 0) + 1;
        counts.set(a.type, n);
        return n <= MAX_ANOMALIES_PER_TYPE;
    });
}
function checkExactlyOnce(history, options = {}, _budget = {}) {
    const { appends, reads } = collect(history);
    const anomalies = [];
    const keys = [
        ...new Set([...[...appends.values()].map((a) => a.key), ...reads.map((r) => r.key)]),
    ].sort();
    let lostCount = 0;
    let finalReadCount = 0;
    for (const key of keys) {
        const keyReads = reads.filter((r) => r.key === key);
        const finals = keyReads.filter((r) => r.invoke.final === true);
        finalReadCount += finals.length;
        keyReads.forEach((read) => checkDuplicates(read, appends, anomalies));
        keyReads.forEach((read) => checkMembership(read, appends, anomalies));
        checkPrefixes(keyReads, anomalies);
        lostCount += checkLost(key, finals.length > 0 ? finals : [], appends, anomalies);
        if (options.linearizable === true) {
            checkRealTime(keyReads, appends, anomalies);
        }
    }
    return summarize(appends, anomalies, { lostCount, finalReadCount, readCount: reads.length });
}
function summarize(appends, anomalies, counts) {
    const all = [...appends.values()];
    const duplicated = [
        ...new Set(anomalies
            .filter((a) => a.type === 'duplicate')
            .map((a) => (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(a.evidence.element))),
    ];
    const result = {
        valid: anomalies.length > 0 ? false : counts.finalReadCount === 0 ? 'unknown' : true,
        anomalies: limitPerType(anomalies),
        anomalyTypes: [...new Set(anomalies.map((a) => a.type))].sort(),
        attemptedCount: all.length,
        acknowledgedCount: all.filter((a) => a.type === 'ok').length,
        infoCount: all.filter((a) => a.type === 'info').length,
        failCount: all.filter((a) => a.type === 'fail').length,
        readCount: counts.readCount,
        finalReadCount: counts.finalReadCount,
        duplicatedCount: duplicated.length,
        duplicated: duplicated.slice(0, 48),
        lostCount: counts.lostCount,
    };
    if (result.valid === 'unknown') {
        result.reason = 'no final read completed, so no element could be checked';
    }
    return result;
}


/***/ }),

/***/ 465:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ kafkaChecker),
/* harmony export */   V: () => (/* binding */ checkKafka)
/* harmony export */ });
/* harmony import */ var _history_types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9653);
/* harmony import */ var _shared_json_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8451);


const MAX_ANOMALIES_PER_TYPE = 8;
function when(op) {
    return op === undefined ? 'an unknown time' : `${(op.time / 1e9).toFixed(2)} s`;
}
function show(value) {
    return JSON.stringify(value ?? null);
}
function logOf(logs, key) {
    let log = logs.get(key);
    if (log === undefined) {
        log = {
            byOffset: new Map(),
            offsetsOf: new Map(),
            sorted: [],
            indexOf: new Map(),
            polled: new Set(),
        };
        logs.set(key, log);
    }
    return log;
}
function record(log, offset, msg, op, via) {
    const text = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(msg);
    let values = log.byOffset.get(offset);
    if (values === undefined) {
        values = new Map();
        log.byOffset.set(offset, values);
    }
    if (!values.has(text)) {
        values.set(text, { msg, op, via });
    }
    let offsets = log.offsetsOf.get(text);
    if (offsets === undefined) {
        offsets = new Set();
        log.offsetsOf.set(text, offsets);
    }
    offsets.add(offset);
}
function describeSighting(s) {
    const node = s.op.node === undefined ? '' : ` ${s.via === 'send' ? 'by' : 'from'} ${s.op.node}`;
    const who = `process ${String(s.op.process)}`;
    const what = s.via === 'send' ? `send acknowledged${node} to ${who}` : `polled by ${who}${node}`;
    return `${show(s.msg)} (${what} at ${when(s.op)})`;
}
function asPollMsgs(value) {
    const out = new Map();
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return out;
    }
    for (const [key, pairs] of Object.entries(value)) {
        if (!Array.isArray(pairs)) {
            continue;
        }
        const list = [];
        for (const pair of pairs) {
            if (Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'number') {
                list.push([pair[0], pair[1]]);
            }
        }
        out.set(key, list);
    }
    return out;
}
function parse(history) {
    const sends = [];
    const polls = [];
    const events = [];
    const pairs = (0,_history_types_js__WEBPACK_IMPORTED_MODULE_1__/* .pairOps */ .J)(history).sort((a, b) => (a.complete?.index ?? Infinity) - (b.complete?.index ?? Infinity));
    for (const { invoke, complete } of pairs) {
        const type = complete === undefined ? 'info' : complete.type;
        if (invoke.f === 'send') {
            const value = complete?.value;
            const offset = type === 'ok' && Array.isArray(value) && typeof value[0] === 'number' ? value[0] : undefined;
            const msg = type === 'ok' && Array.isArray(value) ? value[1] : invoke.value;
            sends.push({
                key: String(invoke.key),
                msg,
                offset,
                type,
                process: invoke.process,
                invoke,
                complete,
            });
        }
        else if (invoke.f === 'poll' && complete !== undefined && type === 'ok') {
            const poll = { process: invoke.process, complete, msgs: asPollMsgs(complete.value) };
            polls.push(poll);
            events.push({ kind: 'poll', poll });
        }
        else if (invoke.f === 'assign' && type === 'ok') {
            events.push({ kind: 'assign', process: invoke.process });
        }
    }
    return { sends, polls, events };
}
function buildLogs(parsed) {
    const logs = new Map();
    for (const send of parsed.sends) {
        if (send.offset !== undefined) {
            record(logOf(logs, send.key), send.offset, send.msg, send.complete, 'send');
        }
    }
    for (const poll of parsed.polls) {
        for (const [key, list] of poll.msgs) {
            const log = logOf(logs, key);
            for (const [offset, msg] of list) {
                record(log, offset, msg, poll.complete, 'poll');
                log.polled.add((0,_shared_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(msg));
            }
        }
    }
    for (const log of logs.values()) {
        log.sorted = [...log.byOffset.keys()].sort((a, b) => a - b);
        log.sorted.forEach((offset, i) => log.indexOf.set(offset, i));
    }
    return logs;
}
class Anomalies {
    list = [];
    counts = {};
    add(anomaly) {
        const n = (this.counts[anomaly.type] ?? 0) + 1;
        this.counts[anomaly.type] = n;
        if (n <= MAX_ANOMALIES_PER_TYPE) {
            this.list.push(anomaly);
        }
    }
}
function checkOffsets(logs, out) {
    for (const [key, log] of logs) {
        for (const offset of log.sorted) {
            const values = log.byOffset.get(offset);
            if (values.size > 1) {
                const sightings = [...values.values()];
                const shown = sightings.map(describeSighting).join(' and ');
                out.add({
                    type: 'inconsistent-offsets',
                    message: `inconsistent-offsets: offset ${offset} of key ${show(key)} holds different messages: ${shown}. A log gives each offset exactly one message, forever, whichever node is asked.`,
                    ops: sightings.map((v) => v.op.index),
                    nodes: [
                        ...new Set(sightings.flatMap((v) => (v.op.node === undefined ? [] : [v.op.node]))),
                    ],
                    evidence: { key, offset, values: sightings.map((v) => v.msg) },
                });
            }
        }
        for (const [text, offsets] of log.offsetsOf) {
            if (offsets.size > 1) {
                out.add({
                    type: 'duplicate',
                    message: `duplicate: message ${text} of key ${show(key)} appears at offsets ${[...offsets].sort((a, b) => a - b).join(', ')}. Each sent message belongs at one offset of the log.`,
                    evidence: { key, msg: JSON.parse(text), offsets: [...offsets] },
                });
            }
        }
    }
}
function checkSends(parsed, logs, out) {
    const unseen = [];
    const lastSend = new Map();
    const maxPolledIndex = new Map();
    for (const [key, log] of logs) {
        let max = -1;
        for (const text of log.polled) {
            for (const offset of log.offsetsOf.get(text) ?? []) {
                max = Math.max(max, log.indexOf.get(offset) ?? -1);
            }
        }
        maxPolledIndex.set(key, max);
    }
    for (const send of parsed.sends) {
        const log = logs.get(send.key);
        const text = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(send.msg);
        if (send.type === 'fail' && log?.polled.has(text)) {
            out.add({
                type: 'G1a',
                message: `G1a (aborted read): a poll returned message ${text} of key ${show(send.key)}, but its send failed at ${when(send.complete)}. A failed send must have no effect.`,
                ops: [send.invoke.index],
            });
        }
        if (send.type !== 'ok' || send.offset === undefined || log === undefined) {
            continue;
        }
        const index = log.indexOf.get(send.offset);
        const procKey = `${String(send.process)} ${send.key}`;
        const previous = lastSend.get(procKey);
        if (previous !== undefined && index <= previous.index) {
            out.add({
                type: 'nonmonotonic-send',
                message: `nonmonotonic-send: process ${String(send.process)} sent ${text} to key ${show(send.key)} at offset ${send.offset} (${when(send.complete)}), not after its earlier send at offset ${String(previous.send.offset)}. One client's sends to a key must land in order.`,
                ops: [previous.send.invoke.index, send.invoke.index],
            });
        }
        lastSend.set(procKey, { index, send });
        if (!log.polled.has(text)) {
            unseen.push(text);
            if (index <= (maxPolledIndex.get(send.key) ?? -1)) {
                out.add({
                    type: 'lost-write',
                    message: `lost-write: the send of ${text} to key ${show(send.key)} was acknowledged at offset ${send.offset} at ${when(send.complete)}, and polls read past that offset, but no poll ever returned it. An acknowledged message must stay in the log.`,
                    ops: [send.invoke.index, send.complete.index],
                    timeNs: [send.invoke.time, send.complete.time],
                });
            }
        }
    }
    return unseen;
}
function checkPolls(parsed, logs, out) {
    const last = new Map();
    for (const event of parsed.events) {
        if (event.kind === 'assign') {
            last.delete(event.process);
            continue;
        }
        const { poll } = event;
        let seen = last.get(poll.process);
        if (seen === undefined) {
            seen = new Map();
            last.set(poll.process, seen);
        }
        for (const [key, list] of poll.msgs) {
            const log = logs.get(key);
            if (log === undefined || list.length === 0) {
                continue;
            }
            let prev = seen.get(key);
            let internal = false;
            for (const [offset] of list) {
                const index = log.indexOf.get(offset);
                if (prev !== undefined) {
                    const delta = index - prev;
                    if (delta !== 1) {
                        const skip = delta > 1;
                        const type = (internal ? 'int-' : '') + (skip ? 'poll-skip' : 'nonmonotonic-poll');
                        const skipped = skip ? log.sorted.slice(prev + 1, index) : [];
                        out.add({
                            type,
                            message: `${type}: process ${String(poll.process)} polled key ${show(key)} at ${when(poll.complete)} and got offset ${offset} right after offset ${log.sorted[prev]}${skip ? `, skipping offsets ${skipped.slice(0, 6).join(', ')}${skipped.length > 6 ? ', …' : ''} that exist` : ', going backwards'}. A consumer reads a log in order, without gaps.`,
                            ops: [poll.complete.index],
                            evidence: { key, process: poll.process, from: log.sorted[prev], to: offset, skipped },
                        });
                    }
                }
                prev = index;
                internal = true;
            }
            seen.set(key, prev);
        }
    }
}
/** Check a kafka history. */
function checkKafka(history, _options = {}, _budget = {}) {
    const parsed = parse(history);
    const logs = buildLogs(parsed);
    const out = new Anomalies();
    checkOffsets(logs, out);
    const unseen = checkSends(parsed, logs, out);
    checkPolls(parsed, logs, out);
    if (unseen.length > 0) {
        out.add({
            type: 'unseen',
            message: `unseen: ${unseen.length} acknowledged send${unseen.length === 1 ? ' was' : 's were'} never returned by any poll by the end of the test (e.g. ${unseen.slice(0, 5).join(', ')}). After the final polls every acknowledged message must have been read.`,
            evidence: { count: unseen.length, messages: unseen.slice(0, 32).map((t) => JSON.parse(t)) },
        });
    }
    const ackedSends = parsed.sends.filter((s) => s.type === 'ok').length;
    return {
        valid: out.list.length === 0 ? (ackedSends === 0 ? 'unknown' : true) : false,
        ...(out.list.length === 0 && ackedSends === 0
            ? { reason: 'no send was acknowledged, so there is nothing to check' }
            : {}),
        anomalies: out.list,
        errorTypes: Object.keys(out.counts).sort(),
        anomalyCounts: out.counts,
        keyCount: logs.size,
        sendCount: parsed.sends.length,
        ackedSendCount: ackedSends,
        pollCount: parsed.polls.length,
        unseenCount: unseen.length,
    };
}
/** The registry entry (`dsgrade check --checker kafka`). */
const kafkaChecker = {
    name: 'kafka',
    doc: 'replicated logs (send/poll/assign): inconsistent offsets, duplicates, lost writes, skipped or out-of-order polls, unseen sends',
    check: (history, _options, budget) => checkKafka(history, {}, budget),
};


/***/ }),

/***/ 4880:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Fk: () => (/* binding */ checkLinearizable),
  yr: () => (/* binding */ linearizableChecker)
});

// UNUSED EXPORTS: MODELS, parseModel

// EXTERNAL MODULE: ./src/checkers/contract.ts
var contract = __nccwpck_require__(3400);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __nccwpck_require__(8382);
// EXTERNAL MODULE: ./src/shared/json.ts
var json = __nccwpck_require__(8451);
// EXTERNAL MODULE: ./src/history/types.ts
var types = __nccwpck_require__(9653);
;// CONCATENATED MODULE: ./src/checkers/linearizable/prepare.ts
/**
 * Turns a history into per-key lists of prepared operations for the WGL search
 * (interfaces.md §1.3 semantics), with every model state interned to a small integer.
 *
 * Sound pre-pass (it drops only operations that cannot constrain anything):
 * - a `fail` read/get/write/put/append took no effect and observed nothing → dropped;
 * - a `fail` cas whose error is precondition-failed (22), key-does-not-exist (20) or absent
 *   observed a value ≠ `from` during its interval → kept as a "cas-fail" observation; a cas
 *   failed with any other error took no effect → dropped;
 * - an `info` (or never-completed) read/get observed nothing usable → dropped;
 * - an `info` (or never-completed) write/put/append/cas may take effect at any instant after
 *   its invocation, or never → kept as *optional* (no return entry).
 * Operations with other `f`s are counted in `ignored` and not checked.
 *
 * States: 0 is `null` (the register's initial value). The kv corpus' get/put/append use
 * strings, and a get of "" is legal on the initial (null) state.
 */


const KIND_READ = 0;
const KIND_WRITE = 1;
const KIND_CAS = 2;
const KIND_CAS_FAIL = 3;
const KIND_APPEND = 4;
const MODELS = ['cas-register', 'register', 'kv'];
const STATE_OVERHEAD_BYTES = 64;
const HASH_B1 = 0x01000193;
const HASH_B2 = 0x5bd1e995;
/** Interns JSON values (states) to small integers; 0 is null. */
class StateTable {
    values = [null];
    /** A rough count of the memory the interned states hold (for the search's memory cap). */
    bytes = 0;
    ids = new Map([['null', 0]]);
    /** Per string state: its two hash lanes and the next state in the same hash bucket. */
    hash1 = [0];
    hash2 = [0];
    stringNext = [-1];
    stringHead = new Map();
    numbers = new Map();
    intern(value) {
        if (typeof value === 'string') {
            return this.internString(value);
        }
        if (typeof value === 'number') {
            let id = this.numbers.get(value);
            if (id === undefined) {
                id = this.internJson(value);
                this.numbers.set(value, id);
            }
            return id;
        }
        if (value === null || value === undefined) {
            return 0;
        }
        return this.internJson(value);
    }
    internJson(value) {
        const text = (0,json/* canonicalJson */.dj)(value === undefined ? null : value);
        let id = this.ids.get(text);
        if (id === undefined) {
            id = this.values.length;
            this.values.push(value === undefined ? null : value);
            this.ids.set(text, id);
        }
        return id;
    }
    /**
     * Strings are interned by a two-lane polynomial hash kept per state, so an append's
     * result is found from its base state's hash in O(|appended text|) — no hashing of the
     * whole (growing) string. Equal hashes are confirmed by comparing the strings.
     */
    internString(value) {
        let h1 = 0;
        let h2 = 0;
        for (let i = 0; i < value.length; i++) {
            const c = value.charCodeAt(i);
            h1 = (Math.imul(h1, HASH_B1) + c) | 0;
            h2 = (Math.imul(h2, HASH_B2) + c) | 0;
        }
        return this.findOrAddString(value, h1, h2);
    }
    /** The state after appending `text` to state `state` (null counts as ""). */
    appendString(state, text) {
        const current = this.values[state];
        let h1;
        let h2;
        let base;
        if (typeof current === 'string') {
            base = current;
            h1 = this.hash1[state];
            h2 = this.hash2[state];
        }
        else {
            base = current === null ? '' : String(current);
            const id = this.internString(base);
            h1 = this.hash1[id];
            h2 = this.hash2[id];
        }
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            h1 = (Math.imul(h1, HASH_B1) + c) | 0;
            h2 = (Math.imul(h2, HASH_B2) + c) | 0;
        }
        const key = (h1 >>> 0) * 0x200000 + (h2 & 0x1fffff);
        for (let id = this.stringHead.get(key) ?? -1; id >= 0; id = this.stringNext[id]) {
            if (this.hash2[id] === h2 && this.values[id] === base + text) {
                return id;
            }
        }
        return this.addString(base + text, h1, h2, key);
    }
    findOrAddString(value, h1, h2) {
        const key = (h1 >>> 0) * 0x200000 + (h2 & 0x1fffff);
        for (let id = this.stringHead.get(key) ?? -1; id >= 0; id = this.stringNext[id]) {
            if (this.hash2[id] === h2 && this.values[id] === value) {
                return id;
            }
        }
        return this.addString(value, h1, h2, key);
    }
    addString(value, h1, h2, key) {
        this.bytes += 2 * value.length + STATE_OVERHEAD_BYTES;
        const id = this.values.length;
        this.values.push(value);
        this.hash1[id] = h1;
        this.hash2[id] = h2;
        this.stringNext[id] = this.stringHead.get(key) ?? -1;
        this.stringHead.set(key, id);
        return id;
    }
    get size() {
        return this.values.length;
    }
}
function errorCode(error) {
    if (Array.isArray(error) && typeof error[0] === 'number') {
        return error[0];
    }
    if (typeof error === 'number') {
        return error;
    }
    return undefined;
}
/** A failed cas observed a value ≠ from iff its error is 20, 22 or absent. */
function casFailObserved(error) {
    if (error === undefined || error === null) {
        return true;
    }
    const code = errorCode(error);
    return code === 20 || code === 22;
}
function asPair(value) {
    if (Array.isArray(value) && value.length === 2) {
        return [value[0], value[1]];
    }
    if (typeof value === 'object' && value !== null && 'from' in value && 'to' in value) {
        const v = value;
        return [v.from, v.to];
    }
    return undefined;
}
/** Decide what one paired operation means for the model; undefined = drop. */
function shapeOf(invoke, complete, states, knossos) {
    const type = complete === undefined ? 'info' : complete.type;
    if (knossos && type === 'fail') {
        return undefined;
    }
    const optional = type === 'info';
    const shape = (kind, arg1, arg2 = -2, text = '') => ({
        kind,
        arg1,
        arg2,
        text,
        optional,
    });
    switch (invoke.f) {
        case 'read':
        case 'get': {
            if (type !== 'ok') {
                return undefined;
            }
            const seen = complete?.value;
            if (knossos && (seen === null || seen === undefined)) {
                return undefined;
            }
            const arg1 = states.intern(seen === undefined ? null : seen);
            const arg2 = invoke.f === 'get' && seen === '' ? 0 : -2;
            return shape(KIND_READ, arg1, arg2);
        }
        case 'write':
        case 'put':
            if (type === 'fail') {
                return undefined;
            }
            return shape(KIND_WRITE, states.intern(invoke.value));
        case 'append':
            if (type === 'fail') {
                return undefined;
            }
            return shape(KIND_APPEND, 0, -2, String(invoke.value ?? ''));
        case 'cas': {
            const pair = asPair(invoke.value);
            if (pair === undefined) {
                return 'ignored';
            }
            const arg1 = states.intern(pair[0]);
            if (type === 'fail') {
                if (!casFailObserved(complete?.error)) {
                    return undefined;
                }
                return shape(KIND_CAS_FAIL, arg1);
            }
            return shape(KIND_CAS, arg1, states.intern(pair[1]));
        }
        default:
            return 'ignored';
    }
}
function prepareHistory(history, semantics = 'dsgrade') {
    const states = new StateTable();
    const byKey = new Map();
    let ignored = 0;
    let dropped = 0;
    const position = new Map();
    history.forEach((op, i) => position.set(op, i));
    for (const { invoke, complete } of (0,types/* pairOps */.J)(history)) {
        const shape = shapeOf(invoke, complete, states, semantics === 'knossos');
        if (shape === 'ignored') {
            ignored++;
            continue;
        }
        if (shape === undefined) {
            dropped++;
            continue;
        }
        const keyText = invoke.key === undefined ? '' : (0,json/* canonicalJson */.dj)(invoke.key);
        let key = byKey.get(keyText);
        if (key === undefined) {
            key = { keyText, key: invoke.key, ops: [] };
            byKey.set(keyText, key);
        }
        key.ops.push({
            id: key.ops.length,
            invoke,
            complete,
            kind: shape.kind,
            arg1: shape.arg1,
            arg2: shape.arg2,
            text: shape.text,
            optional: shape.optional,
            callPos: position.get(invoke) ?? invoke.index,
            returnPos: shape.optional || complete === undefined
                ? Infinity
                : (position.get(complete) ?? complete.index),
        });
    }
    return { keys: [...byKey.values()], states, ignored, dropped };
}
/**
 * Apply one prepared op to a state, outside the search's hot loop (segments, evidence):
 * the new state, or -1 when the op cannot happen in `state`. An unknown-outcome cas whose
 * `from` does not match is a no-op (it failed or never happened).
 */
function stepPrepared(op, state, states) {
    switch (op.kind) {
        case KIND_READ:
            return op.arg1 === state || op.arg2 === state ? state : -1;
        case KIND_WRITE:
            return op.arg1;
        case KIND_CAS:
            return op.arg1 === state ? op.arg2 : op.optional ? state : -1;
        case KIND_CAS_FAIL:
            return op.arg1 !== state ? state : -1;
        case KIND_APPEND:
            return states.appendString(state, op.text);
        default:
            return -1;
    }
}

;// CONCATENATED MODULE: ./src/checkers/linearizable/evidence.ts

const TIMELINE_MAX_OPS = 400;
const PARTIAL_MAX_OPS = 200;
const CANDIDATES_MAX = 64;
function formatWhen(op, timed) {
    return timed ? `${(op.time / 1e9).toFixed(2)} s` : `event #${op.index}`;
}
function show(value) {
    return JSON.stringify(value === undefined ? null : value);
}
function keyPhrase(key) {
    return key.keyText === '' ? 'the register' : `key ${key.keyText}`;
}
/** "read of key 3 returned 4", "cas [1→2] on key 3", … */
function describeOp(op, key, states) {
    const k = keyPhrase(key);
    const v = op.invoke.value;
    switch (op.kind) {
        case KIND_READ:
            return `${op.invoke.f} of ${k} returned ${show(states.values[op.arg1])}`;
        case KIND_WRITE:
            return `${op.invoke.f} of ${show(v)} to ${k}${op.optional ? ' (outcome unknown)' : ''}`;
        case KIND_CAS:
            return `cas ${show(states.values[op.arg1])}→${show(states.values[op.arg2])} on ${k}${op.optional ? ' (outcome unknown)' : ''}`;
        case KIND_CAS_FAIL:
            return `failed cas ${show(states.values[op.arg1])}→${Array.isArray(v) && v.length === 2 ? show(v[1]) : '…'} on ${k}`;
        case KIND_APPEND:
            return `append of ${show(v)} to ${k}${op.optional ? ' (outcome unknown)' : ''}`;
        default:
            return `${op.invoke.f} on ${k}`;
    }
}
function timelineOp(op) {
    const c = op.complete;
    return {
        id: op.id,
        index: op.invoke.index,
        completeIndex: c === undefined ? null : c.index,
        process: op.invoke.process,
        ...(op.invoke.node !== undefined ? { node: op.invoke.node } : {}),
        f: op.invoke.f,
        value: op.invoke.value ?? null,
        output: c?.value ?? null,
        type: c === undefined ? 'info' : c.type,
        startNs: op.invoke.time,
        endNs: c === undefined || op.optional ? null : c.time,
        optional: op.optional,
    };
}
function windowOps(key, dead, candidates) {
    if (key.ops.length <= TIMELINE_MAX_OPS) {
        return key.ops.map(timelineOp);
    }
    const ids = new Set([dead.blocking, ...candidates.map((c) => c.op)]);
    for (const id of dead.partial.slice(-TIMELINE_MAX_OPS / 2)) {
        ids.add(id);
    }
    return [...ids].sort((a, b) => a - b).map((id) => timelineOp(key.ops[id]));
}
/** The writes (or successful cas) that could have produced `state`. */
function producersOf(key, state) {
    return key.ops.filter((op) => (op.kind === KIND_WRITE && op.arg1 === state) || (op.kind === KIND_CAS && op.arg2 === state));
}
/**
 * The latest completed write (or cas) of another value that ended before `read` began and
 * began after every op that could have produced the value read — proof of a stale read.
 */
function overwrittenBefore(read, key, writers, observed = [read.arg1, read.arg2]) {
    let found;
    for (const w of key.ops) {
        const value = w.kind === KIND_WRITE ? w.arg1 : w.kind === KIND_CAS ? w.arg2 : -1;
        if (value < 0 || observed.includes(value) || w.optional || w === read) {
            continue;
        }
        if (w.returnPos >= read.callPos) {
            continue;
        }
        if (!writers.every((p) => p.returnPos < w.callPos)) {
            continue;
        }
        if (found === undefined || w.returnPos > found.returnPos) {
            found = w;
        }
    }
    return found;
}
function readSentence(op, key, states, timed, tail) {
    const when = formatWhen(op.complete ?? op.invoke, timed);
    const head = `${describeOp(op, key, states)} at ${when}`;
    const appends = key.ops.some((o) => o.kind === KIND_APPEND);
    const writers = producersOf(key, op.arg1);
    const neverWritten = !appends && writers.length === 0 && op.arg1 !== 0 && op.arg2 !== 0;
    const over = appends || neverWritten ? undefined : overwrittenBefore(op, key, writers);
    if (over !== undefined) {
        const done = `${describeOp(over, key, states)} had completed at ${formatWhen(over.complete ?? over.invoke, timed)}, before the read began`;
        if (op.arg1 === 0) {
            return `${head}, but ${done}; a read of null after a write is a violation.`;
        }
        return `${head}, but ${done}, and every write of ${show(states.values[op.arg1])} ended before that one started: the read returned a stale value.`;
    }
    if (appends) {
        return `${head}, but ${tail}`;
    }
    if (neverWritten) {
        return `${head}, but no operation ever wrote ${show(states.values[op.arg1])}.`;
    }
    if (writers.length > 0 && writers.every((w) => w.callPos > op.returnPos)) {
        const first = writers[0];
        const which = writers.length === 1 ? 'the only write' : 'the first write';
        return `${head}, but ${which} of ${show(states.values[op.arg1])} began at ${formatWhen(first.invoke, timed)}.`;
    }
    return `${head}, but ${tail}`;
}
/** One plain sentence for the anomaly. */
function sentence(key, states, dead, stateBefore, timed) {
    const op = key.ops[dead.blocking];
    const last = dead.partial.length > 0 ? key.ops[dead.partial[dead.partial.length - 1]] : undefined;
    const after = last === undefined ? 'from the start' : `after ${describeOp(last, key, states)}`;
    const tail = `no order of the operations concurrent with it explains that: the longest valid order (${dead.partial.length} of ${key.ops.length} ops) leaves the value ${show(stateBefore)} ${after}.`;
    if (op.kind === KIND_READ) {
        return readSentence(op, key, states, timed, tail);
    }
    const when = formatWhen(op.complete ?? op.invoke, timed);
    if (op.kind === KIND_CAS) {
        const appends = key.ops.some((o) => o.kind === KIND_APPEND);
        const writers = producersOf(key, op.arg1).filter((w) => w !== op);
        const over = appends ? undefined : overwrittenBefore(op, key, writers, [op.arg1]);
        const from = show(states.values[op.arg1]);
        const reason = over === undefined
            ? tail
            : `${describeOp(over, key, states)} had completed at ${formatWhen(over.complete ?? over.invoke, timed)}, before the cas began, and every write of ${from} ended before that one started: the cas compared against a stale value.`;
        return `${describeOp(op, key, states)} succeeded at ${when}, so the value was ${from} then, but ${reason}`;
    }
    if (op.kind === KIND_CAS_FAIL) {
        return `${describeOp(op, key, states)} failed at ${when}, so the value was not ${show(states.values[op.arg1])} at some instant, but ${tail}`;
    }
    return `${describeOp(op, key, states)} completed at ${when}, but ${tail}`;
}
const CONCEPT = ' Linearizability requires every operation to take effect at one instant between its invocation and its completion.';
/** Build the anomaly for a key whose search answered invalid. */
function notLinearizableAnomaly(key, search, states, model, timed) {
    const full = search.best ?? { partial: [], blocking: 0, startState: 0 };
    const after = [];
    let state = full.startState;
    for (const id of full.partial) {
        state = search.step(id, state);
        after.push(states.values[state]);
    }
    // Keep the evidence small: the tail of a long partial linearization.
    const cut = Math.max(0, full.partial.length - PARTIAL_MAX_OPS);
    const dead = { ...full, partial: full.partial.slice(cut) };
    after.splice(0, cut);
    const blocking = key.ops[dead.blocking];
    const inPartial = new Set(dead.partial);
    const candidates = key.ops
        .filter((op) => !inPartial.has(op.id) && op.callPos < blocking.returnPos)
        .slice(-CANDIDATES_MAX)
        .map((op) => {
        const next = search.step(op.id, state);
        return next < 0
            ? { op: op.id, legal: false }
            : { op: op.id, legal: true, result: states.values[next] };
    });
    const stateBefore = states.values[state];
    const evidence = {
        key: key.key ?? null,
        model,
        ops: windowOps(key, dead, candidates),
        truncated: key.ops.length > TIMELINE_MAX_OPS,
        partial: dead.partial,
        partialOmitted: cut,
        states: after,
        blocking: dead.blocking,
        stateBefore,
        candidates,
    };
    const end = blocking.complete ?? blocking.invoke;
    return {
        type: 'not-linearizable',
        message: sentence(key, states, dead, stateBefore, timed) + CONCEPT,
        ops: blocking.complete === undefined
            ? [blocking.invoke.index]
            : [blocking.invoke.index, blocking.complete.index],
        ...(blocking.invoke.node !== undefined ? { nodes: [blocking.invoke.node] } : {}),
        timeNs: [blocking.invoke.time, end.time],
        evidence,
    };
}

;// CONCATENATED MODULE: ./src/checkers/linearizable/prepass.ts

function produces(op) {
    return op.kind === KIND_WRITE ? op.arg1 : op.kind === KIND_CAS ? op.arg2 : -1;
}
/** The first impossible read of the key (by completion), or undefined. */
function impossibleRead(key) {
    if (key.ops.some((op) => op.kind === KIND_APPEND)) {
        return undefined;
    }
    // Earliest invocation of a producer of each state.
    const firstProducer = new Map();
    let firstChange = Infinity;
    for (const op of key.ops) {
        const state = produces(op);
        if (state < 0) {
            continue;
        }
        firstProducer.set(state, Math.min(firstProducer.get(state) ?? Infinity, op.callPos));
        if (state !== 0 && !op.optional) {
            firstChange = Math.min(firstChange, op.returnPos);
        }
    }
    let found;
    for (const op of key.ops) {
        if (op.kind !== KIND_READ) {
            continue;
        }
        const states = op.arg2 >= 0 ? [op.arg1, op.arg2] : [op.arg1];
        const possible = states.some((s) => {
            const producer = firstProducer.get(s) ?? Infinity;
            if (producer < op.returnPos) {
                return true;
            }
            // the initial null, while nothing has certainly changed it
            return s === 0 && firstChange > op.callPos;
        });
        if (!possible && (found === undefined || op.returnPos < found.returnPos)) {
            found = op;
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/checkers/linearizable/cache.ts
/**
 * The WGL/Lowe memo: a set of (linearized-op bitset, state) configurations, as an
 * open-addressing hash table (linear probing, load ≤ 0.5) over typed-array arenas.
 *
 * Keys arrive with a two-lane 32-bit Zobrist hash of the bitset maintained incrementally by
 * the search, so inserting costs O(1) plus one full bitset compare per tag match (the
 * compare keeps the memo exact: a hash collision can never turn into a wrong verdict).
 * No per-insert allocation; arenas double when full. It does not bound its own size: the
 * caller checks `size` against its budget.
 */
/** Below this capacity the table quadruples when full; above it, it doubles. */
const GROW_FAST_BELOW = 1 << 20;
function mix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h;
}
class ConfigCache {
    words;
    size = 0;
    mask;
    slots;
    capacity;
    hashA;
    hashB;
    states;
    bits;
    constructor(words, initialCapacity = 4096) {
        this.words = words;
        this.capacity = initialCapacity;
        this.slots = new Int32Array(initialCapacity * 2);
        this.mask = initialCapacity * 2 - 1;
        this.hashA = new Int32Array(initialCapacity);
        this.hashB = new Int32Array(initialCapacity);
        this.states = new Int32Array(initialCapacity);
        this.bits = new Int32Array(initialCapacity * Math.max(1, words));
    }
    /** Bytes held by the table and arenas. */
    get bytes() {
        return this.slots.byteLength + this.capacity * 12 + this.bits.byteLength;
    }
    /**
     * Insert (bits, state) unless present. `ha`/`hb` are the Zobrist lanes of `bits`.
     * Returns true if it was new.
     */
    add(bits, ha, hb, state) {
        const keyA = ha ^ Math.imul(state + 1, 0x9e3779b1);
        const keyB = hb ^ Math.imul(state + 1, 0x7feb352d);
        const words = this.words;
        let slot = mix32(keyA) & this.mask;
        for (;;) {
            const stored = this.slots[slot];
            if (stored === 0) {
                break;
            }
            const e = stored - 1;
            if (this.hashA[e] === keyA && this.hashB[e] === keyB && this.states[e] === state) {
                const base = e * words;
                let same = true;
                for (let w = 0; w < words; w++) {
                    if (this.bits[base + w] !== bits[w]) {
                        same = false;
                        break;
                    }
                }
                if (same) {
                    return false;
                }
            }
            slot = (slot + 1) & this.mask;
        }
        if (this.size >= this.capacity) {
            this.grow();
            return this.add(bits, ha, hb, state);
        }
        const e = this.size++;
        this.hashA[e] = keyA;
        this.hashB[e] = keyB;
        this.states[e] = state;
        const base = e * words;
        for (let w = 0; w < words; w++) {
            this.bits[base + w] = bits[w];
        }
        this.slots[slot] = e + 1;
        return true;
    }
    grow() {
        // Quadruple while small: a hard key grows from ~1 K to ~256 K entries, and fewer rehashes
        // (and fewer zero-filled arenas) measured ~14 % off the etcd corpus. Double once large, so
        // the memory budget is not spent on slack.
        const capacity = this.capacity * (this.capacity < GROW_FAST_BELOW ? 4 : 2);
        const hashA = new Int32Array(capacity);
        hashA.set(this.hashA);
        const hashB = new Int32Array(capacity);
        hashB.set(this.hashB);
        const states = new Int32Array(capacity);
        states.set(this.states);
        const bits = new Int32Array(capacity * Math.max(1, this.words));
        bits.set(this.bits);
        this.hashA = hashA;
        this.hashB = hashB;
        this.states = states;
        this.bits = bits;
        this.capacity = capacity;
        this.slots = new Int32Array(capacity * 2);
        this.mask = capacity * 2 - 1;
        for (let e = 0; e < this.size; e++) {
            let slot = mix32(hashA[e]) & this.mask;
            while (this.slots[slot] !== 0) {
                slot = (slot + 1) & this.mask;
            }
            this.slots[slot] = e + 1;
        }
    }
}

;// CONCATENATED MODULE: ./src/checkers/linearizable/search.ts
/**
 * The Wing–Gong–Lowe linearizability search for one key, as an explicit resumable loop
 * (Porcupine's algorithm, checkers.md §1.3): a doubly linked list of call/return entries
 * in history order over Int32Arrays, a bitset of linearized ops with an incremental
 * two-lane Zobrist hash, a backtracking stack, and the (linearized set, state) memo in an
 * open-addressing cache. `run(steps)` advances at most `steps` iterations and can be called
 * again: the scheduler interleaves keys with it.
 *
 * Optional operations (info / never completed) have a call entry and no return entry: they
 * may be linearized anywhere after their invocation or never. The search succeeds when the
 * cursor walks off the end of the list (no return entry is left).
 *
 * While searching it keeps, for free, the deepest dead end it met: the partial
 * linearization and the op whose return was reached before it could be linearized. That is
 * the evidence; no second search is needed. It never allocates in the hot loop.
 */


/**
 * A cas whose outcome is unknown: when the value is `from` it sets `to`; otherwise it may be
 * linearized as a no-op (it failed, or never happened — the same thing). Porcupine's reading;
 * it lets the search take such an op out of the list instead of retrying it on every walk.
 */
const KIND_CAS_MAYBE = 5;
const APPEND_MEMO_SIZE = 1 << 16;
function pow2AtLeast(n) {
    let p = 64;
    while (p < n) {
        p *= 2;
    }
    return p;
}
/** Fixed Zobrist keys: splitmix32 from a constant seed (deterministic across runs). */
function zobristLane(n, seed) {
    const lane = new Int32Array(n);
    let s = seed >>> 0;
    for (let i = 0; i < n; i++) {
        s = (s + 0x9e3779b9) >>> 0;
        let z = s;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
        lane[i] = z ^ (z >>> 16);
    }
    return lane;
}
class WglSearch {
    ops;
    states;
    status = 'running';
    steps = 0;
    best;
    next;
    prev;
    entryOp;
    isCall;
    returnEntry;
    kind;
    arg1;
    arg2;
    zA;
    zB;
    bits;
    stackEntry;
    stackState;
    /**
     * 1 for ops that observe without changing the state (ok reads, failed cas). Linearizing
     * such an op as soon as it is legal loses nothing (every linearization can be reordered
     * to do so), so when that choice fails the configuration before it fails too, and the
     * search backtracks past it instead of trying other ops first.
     */
    forced;
    stackForced;
    cache;
    initialState;
    depth = 0;
    bestDepth = -1;
    cursor;
    state = 0;
    ha = 0;
    hb = 0;
    /** A bounded direct-mapped cache of append transitions: (op, state) → state. */
    memoOp;
    memoState;
    memoResult;
    memoMask;
    /** End states of every complete linearization (enumerate mode only). */
    endStates = new Set();
    /** One linearization (op ids) reaching each end state (enumerate mode only). */
    endPaths = new Map();
    enumerate;
    /**
     * @param options.initialState where the register starts (default 0 = null)
     * @param options.enumerate find the end state of every linearization, not just one
     */
    constructor(ops, states, options = {}) {
        this.ops = ops;
        this.states = states;
        const n = ops.length;
        this.enumerate = options.enumerate === true;
        this.state = options.initialState ?? 0;
        this.initialState = this.state;
        this.kind = new Int8Array(n);
        this.arg1 = new Int32Array(n);
        this.arg2 = new Int32Array(n);
        const hasAppend = ops.some((op) => op.kind === KIND_APPEND);
        const memoSize = hasAppend ? Math.min(APPEND_MEMO_SIZE, pow2AtLeast(n * 64)) : 1;
        this.memoOp = new Int32Array(memoSize).fill(-1);
        this.memoState = new Int32Array(memoSize);
        this.memoResult = new Int32Array(memoSize);
        this.memoMask = memoSize - 1;
        const events = [];
        for (const op of ops) {
            this.kind[op.id] = op.kind === KIND_CAS && op.optional ? KIND_CAS_MAYBE : op.kind;
            this.arg1[op.id] = op.arg1;
            this.arg2[op.id] = op.arg2;
            events.push([op.callPos, op.id, true]);
            if (!op.optional) {
                events.push([op.returnPos, op.id, false]);
            }
        }
        // Calls before returns on equal positions (closed intervals).
        events.sort((a, b) => a[0] - b[0] || Number(b[2]) - Number(a[2]));
        const entries = events.length;
        this.next = new Int32Array(entries + 1);
        this.prev = new Int32Array(entries + 1);
        this.entryOp = new Int32Array(entries + 1);
        this.isCall = new Uint8Array(entries + 1);
        this.returnEntry = new Int32Array(n);
        for (let i = 0; i < entries; i++) {
            const e = i + 1;
            const [, id, call] = events[i];
            this.entryOp[e] = id;
            this.isCall[e] = call ? 1 : 0;
            if (!call) {
                this.returnEntry[id] = e;
            }
            this.prev[e] = e - 1;
            this.next[e] = e + 1 <= entries ? e + 1 : 0;
        }
        this.next[0] = entries > 0 ? 1 : 0;
        this.cursor = this.next[0];
        this.zA = zobristLane(n, 0x2545f491);
        this.zB = zobristLane(n, 0x6c8e9cf5);
        this.bits = new Int32Array(Math.max(1, Math.ceil(n / 32)));
        this.stackEntry = new Int32Array(n);
        this.stackState = new Int32Array(n);
        this.stackForced = new Uint8Array(n);
        this.forced = new Uint8Array(n);
        for (const op of ops) {
            this.forced[op.id] =
                !op.optional && (op.kind === KIND_READ || op.kind === KIND_CAS_FAIL) ? 1 : 0;
        }
        this.cache = new ConfigCache(this.bits.length, Math.min(4096, pow2AtLeast(n * 8)));
    }
    /** The state after applying an append (slow path: string states are interned). */
    append(op, state) {
        let slot = Math.imul(state, 0x9e3779b1) ^ Math.imul(op + 1, 0x85ebca6b);
        slot = (slot ^ (slot >>> 15)) & this.memoMask;
        if (this.memoOp[slot] === op && this.memoState[slot] === state) {
            return this.memoResult[slot];
        }
        const result = this.states.appendString(state, this.ops[op].text);
        this.memoOp[slot] = op;
        this.memoState[slot] = state;
        this.memoResult[slot] = result;
        return result;
    }
    /** Apply op to state: the new state, or -1 if the op cannot happen in that state. */
    step(op, state) {
        switch (this.kind[op]) {
            case KIND_READ:
                return this.arg1[op] === state || this.arg2[op] === state ? state : -1;
            case KIND_WRITE:
                return this.arg1[op];
            case KIND_CAS:
                return this.arg1[op] === state ? this.arg2[op] : -1;
            case KIND_CAS_FAIL:
                return this.arg1[op] !== state ? state : -1;
            case KIND_APPEND:
                return this.append(op, state);
            case KIND_CAS_MAYBE:
                return this.arg1[op] === state ? this.arg2[op] : state;
            default:
                return -1;
        }
    }
    recordDeadEnd(returnEntry) {
        this.bestDepth = this.depth;
        const partial = [];
        for (let i = 0; i < this.depth; i++) {
            partial.push(this.entryOp[this.stackEntry[i]]);
        }
        this.best = { partial, blocking: this.entryOp[returnEntry], startState: this.initialState };
    }
    /** Advance the search by at most `maxSteps` iterations. */
    run(maxSteps) {
        if (this.status !== 'running') {
            return this.status;
        }
        const { next, isCall, entryOp, zA, zB, bits, cache, stackEntry, stackState } = this;
        const { kind, arg1, arg2, prev, returnEntry, enumerate, forced, stackForced } = this;
        let cursor = this.cursor;
        let state = this.state;
        let ha = this.ha;
        let hb = this.hb;
        let depth = this.depth;
        let steps = 0;
        while (steps < maxSteps) {
            steps++;
            if (cursor === 0 && !enumerate) {
                this.status = 'valid';
                break;
            }
            if (isCall[cursor] === 1) {
                const op = entryOp[cursor];
                const k = kind[op];
                const ns = k === KIND_READ
                    ? arg1[op] === state || arg2[op] === state
                        ? state
                        : -1
                    : k === KIND_WRITE
                        ? arg1[op]
                        : k === KIND_CAS
                            ? arg1[op] === state
                                ? arg2[op]
                                : -1
                            : k === KIND_CAS_FAIL
                                ? arg1[op] !== state
                                    ? state
                                    : -1
                                : k === KIND_CAS_MAYBE
                                    ? arg1[op] === state
                                        ? arg2[op]
                                        : state
                                    : this.step(op, state);
                if (ns < 0) {
                    cursor = next[cursor];
                    continue;
                }
                const w = op >>> 5;
                const bit = 1 << (op & 31);
                bits[w] |= bit;
                const na = ha ^ zA[op];
                const nb = hb ^ zB[op];
                if (cache.add(bits, na, nb, ns)) {
                    stackEntry[depth] = cursor;
                    stackState[depth] = state;
                    stackForced[depth] = forced[op];
                    depth++;
                    state = ns;
                    ha = na;
                    hb = nb;
                    // lift the call and its return out of the list
                    next[prev[cursor]] = next[cursor];
                    if (next[cursor] !== 0) {
                        prev[next[cursor]] = prev[cursor];
                    }
                    const r = returnEntry[op];
                    if (r !== 0) {
                        next[prev[r]] = next[r];
                        if (next[r] !== 0) {
                            prev[next[r]] = prev[r];
                        }
                    }
                    cursor = next[0];
                    continue;
                }
                bits[w] &= ~bit;
                if (forced[op] === 0) {
                    cursor = next[cursor];
                    continue;
                }
                // A forced op whose successor was already explored: this configuration is too.
            }
            else if (cursor === 0) {
                // enumerating: a complete linearization; note its end state and look for more
                if (!this.endStates.has(state)) {
                    this.endStates.add(state);
                    this.depth = depth;
                    this.endPaths.set(state, this.linearization());
                }
            }
            else if (depth > this.bestDepth) {
                this.depth = depth;
                this.recordDeadEnd(cursor);
            }
            // Backtrack. A forced frame that failed means its parent failed too: keep popping.
            let resumed = false;
            while (depth > 0) {
                depth--;
                const e = stackEntry[depth];
                state = stackState[depth];
                const op = entryOp[e];
                bits[op >>> 5] &= ~(1 << (op & 31));
                ha ^= zA[op];
                hb ^= zB[op];
                const r = returnEntry[op];
                if (r !== 0) {
                    next[prev[r]] = r;
                    if (next[r] !== 0) {
                        prev[next[r]] = r;
                    }
                }
                next[prev[e]] = e;
                if (next[e] !== 0) {
                    prev[next[e]] = e;
                }
                cursor = next[e];
                if (stackForced[depth] === 0) {
                    resumed = true;
                    break;
                }
            }
            if (!resumed) {
                this.status = this.endStates.size > 0 ? 'valid' : 'invalid';
                break;
            }
        }
        this.steps += steps;
        this.cursor = cursor;
        this.state = state;
        this.ha = ha;
        this.hb = hb;
        this.depth = depth;
        return this.status;
    }
    get cacheEntries() {
        return this.cache.size;
    }
    get cacheBytes() {
        return this.cache.bytes;
    }
    /** Mark the key refuted without searching (a pre-pass proved `blocking` impossible). */
    refute(blocking) {
        this.status = 'invalid';
        this.best = { partial: [], blocking, startState: this.initialState };
    }
    /** On success: the op ids of the linearization found (the stack). */
    linearization() {
        const order = [];
        for (let i = 0; i < this.depth; i++) {
            order.push(this.entryOp[this.stackEntry[i]]);
        }
        return order;
    }
}

;// CONCATENATED MODULE: ./src/checkers/linearizable/segments.ts


function flatten(node) {
    const parts = [];
    for (let n = node; n !== undefined; n = n.prev) {
        parts.push(n.ops);
    }
    return parts.reverse().flat();
}
/** Cut the key's ops (sorted by invocation) at quiescent points. */
function splitSegments(ops) {
    const sorted = [...ops].sort((a, b) => a.callPos - b.callPos);
    const segments = [];
    let current = [];
    let maxReturn = -Infinity;
    const flush = () => {
        if (current.length === 0) {
            return;
        }
        const origin = current.map((op) => op.id);
        segments.push({ ops: current.map((op, i) => ({ ...op, id: i })), origin });
        current = [];
    };
    for (const op of sorted) {
        if (current.length > 0 && maxReturn < op.callPos) {
            flush();
        }
        current.push(op);
        maxReturn = Math.max(maxReturn, op.returnPos);
    }
    flush();
    return segments;
}
class SegmentedSearch {
    segments;
    allOps;
    states;
    status = 'running';
    steps = 0;
    best;
    segment = 0;
    starts = [0];
    startIndex = 0;
    nextStates = new Map();
    paths = new Map();
    current;
    failed;
    finishedEntries = 0;
    constructor(segments, allOps, states) {
        this.segments = segments;
        this.allOps = allOps;
        this.states = states;
    }
    get cacheEntries() {
        return this.finishedEntries + (this.current?.cacheEntries ?? 0);
    }
    get cacheBytes() {
        return this.current?.cacheBytes ?? 0;
    }
    step(op, state) {
        return stepPrepared(this.allOps[op], state, this.states);
    }
    refute(blocking) {
        this.status = 'invalid';
        this.best = { partial: [], blocking, startState: 0 };
    }
    get isLast() {
        return this.segment === this.segments.length - 1;
    }
    /** Replay a one-op segment from every start state. */
    replaySingle() {
        const seg = this.segments[this.segment];
        const op = seg.origin[0];
        for (const s of this.starts) {
            const next = this.step(op, s);
            const prev = this.paths.get(s);
            if (next >= 0 && !this.nextStates.has(next)) {
                this.nextStates.set(next, { ops: [op], prev });
            }
            // an op that never completed may also never happen
            if (seg.ops[0].optional && !this.nextStates.has(s)) {
                this.nextStates.set(s, { ops: [], prev });
            }
        }
        this.steps += this.starts.length;
        this.left -= this.starts.length;
        if (this.nextStates.size === 0) {
            this.status = 'invalid';
            this.best = { partial: flatten(this.paths.get(this.starts[0])), blocking: op, startState: 0 };
        }
        this.advanceSegment();
    }
    advanceSegment() {
        if (this.status !== 'running') {
            return;
        }
        if (this.isLast) {
            this.status = 'valid';
            return;
        }
        this.segment++;
        this.starts = [...this.nextStates.keys()];
        this.paths = this.nextStates;
        this.nextStates = new Map();
        this.startIndex = 0;
        this.failed = undefined;
    }
    /** One search of the current segment from one start state has finished. */
    finishSearch(search) {
        this.finishedEntries += search.cacheEntries;
        this.current = undefined;
        this.startIndex++;
        if (search.status === 'valid') {
            if (this.isLast) {
                this.status = 'valid';
                return;
            }
            const origin = this.segments[this.segment].origin;
            const prev = this.paths.get(search.initialState);
            for (const [s, path] of search.endPaths) {
                if (!this.nextStates.has(s)) {
                    this.nextStates.set(s, { ops: path.map((id) => origin[id]), prev });
                }
            }
        }
        else if (this.failed === undefined ||
            (search.best?.partial.length ?? 0) > (this.failed.search.best?.partial.length ?? 0)) {
            this.failed = { search, segment: this.segment };
        }
        if (this.startIndex < this.starts.length) {
            return;
        }
        if (this.nextStates.size === 0 && !(this.isLast && this.status === 'valid')) {
            this.fail();
            return;
        }
        this.advanceSegment();
    }
    fail() {
        this.status = 'invalid';
        const failed = this.failed;
        const dead = failed?.search.best;
        if (failed === undefined || dead === undefined) {
            return;
        }
        const origin = this.segments[failed.segment].origin;
        this.best = {
            partial: [
                ...flatten(this.paths.get(dead.startState)),
                ...dead.partial.map((id) => origin[id]),
            ],
            blocking: origin[dead.blocking],
            startState: 0,
        };
    }
    left = 0;
    run(maxSteps) {
        this.left = maxSteps;
        while (this.left > 0 && this.status === 'running') {
            const seg = this.segments[this.segment];
            if (this.current === undefined && seg.ops.length === 1) {
                this.replaySingle();
                continue;
            }
            this.current ??= new WglSearch(seg.ops, this.states, {
                initialState: this.starts[this.startIndex],
                enumerate: !this.isLast,
            });
            const before = this.current.steps;
            const status = this.current.run(this.left);
            this.left -= this.current.steps - before;
            this.steps += this.current.steps - before;
            if (status === 'running') {
                break;
            }
            this.finishSearch(this.current);
        }
        return this.status;
    }
}

;// CONCATENATED MODULE: ./src/checkers/linearizable/index.ts








const FIRST_SLICE_STEPS = 1024;
const MAX_SLICE_STEPS = 1 << 16;
/** Steps spent on a key a pre-pass already refuted, to find a partial linearization. */
const PREPASS_SEARCH_STEPS = 20_000;
const DEFAULT_SEGMENT_MIN_OPS = 1000;
/** Evidence for at most this many invalid keys (all of them are listed in `failures`). */
const ANOMALIES_MAX = 10;
/** Per-key results list every key up to this many keys; beyond, only keys not valid. */
const RESULTS_ALL_KEYS_MAX = 200;
const DEFAULT_MAX_CACHE_BYTES = 512 * 1024 * 1024;
function isTimed(history) {
    return history.some((op) => op.time !== 0);
}
/** Interleave the searches until all are decided, one is invalid, or a budget ends. */
function schedule(jobs, budget, allKeys, maxBytes, states) {
    let slice = FIRST_SLICE_STEPS;
    let steps = 0;
    let active = jobs.filter((j) => j.search.status === 'running');
    let bytes = jobs.reduce((sum, j) => sum + j.search.cacheBytes, 0);
    while (active.length > 0) {
        for (const job of active) {
            if ((0,contract/* budgetExpired */.vr)(budget)) {
                return { stoppedBy: 'time', steps };
            }
            if (budget.maxSteps !== undefined && steps >= budget.maxSteps) {
                return { stoppedBy: 'steps', steps };
            }
            const allowed = budget.maxSteps === undefined ? slice : Math.min(slice, budget.maxSteps - steps);
            const before = job.search.steps;
            const bytesBefore = job.search.cacheBytes;
            const status = job.search.run(allowed);
            steps += job.search.steps - before;
            bytes += job.search.cacheBytes - bytesBefore;
            if (status === 'invalid' && !allKeys) {
                return { steps };
            }
            if (bytes + states.bytes > maxBytes) {
                return { stoppedBy: 'memory', steps };
            }
        }
        active = active.filter((j) => j.search.status === 'running');
        slice = Math.min(slice * 2, MAX_SLICE_STEPS);
    }
    return { steps };
}
function keyValidity(job) {
    const s = job.search.status;
    return s === 'valid' ? true : s === 'invalid' ? false : 'unknown';
}
function unknownReason(outcome, undecided) {
    const keys = undecided.map((j) => j.key.keyText || '(the register)');
    const shown = keys.slice(0, 8).join(', ') + (keys.length > 8 ? `, … (${keys.length} keys)` : '');
    const why = outcome.stoppedBy === 'time'
        ? 'the time budget ran out'
        : outcome.stoppedBy === 'steps'
            ? `the step budget (${outcome.steps} steps) ran out`
            : outcome.stoppedBy === 'memory'
                ? 'the search memory cap was reached'
                : 'the search stopped';
    return `${why} before the linearizability search could decide ${shown}; no violation was found in what was checked, but this is not a proof of correctness`;
}
/** Check a history for linearizability under `options.model`. */
function checkLinearizable(history, options, budget) {
    const model = options.model ?? 'cas-register';
    const prepared = prepareHistory(history, options.semantics);
    const maxBytes = options.maxCacheBytes ?? DEFAULT_MAX_CACHE_BYTES;
    const segmentMinOps = options.segmentMinOps ?? DEFAULT_SEGMENT_MIN_OPS;
    const jobs = prepared.keys.map((key) => {
        const segments = key.ops.length >= segmentMinOps ? splitSegments(key.ops) : [];
        const search = segments.length > 1
            ? new SegmentedSearch(segments, key.ops, prepared.states)
            : new WglSearch(key.ops, prepared.states);
        const impossible = impossibleRead(key);
        if (impossible !== undefined && search.run(PREPASS_SEARCH_STEPS) === 'running') {
            // Too hard to search quickly: the pre-pass' proof is the evidence.
            search.refute(impossible.id);
        }
        return { key, search };
    });
    const outcome = schedule(jobs, budget, options.allKeys === true, maxBytes, prepared.states);
    const timed = isTimed(history);
    const anomalies = [];
    const results = {};
    let invalidKeys = 0;
    let shown = 0;
    for (const job of jobs) {
        const valid = keyValidity(job);
        const listed = jobs.length <= RESULTS_ALL_KEYS_MAX || (valid !== true && shown < RESULTS_ALL_KEYS_MAX);
        if (listed) {
            shown++;
            results[job.key.keyText] = keyResult(job, valid);
        }
        if (valid === false && ++invalidKeys <= ANOMALIES_MAX) {
            anomalies.push(notLinearizableAnomaly(job.key, job.search, prepared.states, model, timed));
        }
    }
    const valid = invalidKeys > 0 ? false : jobs.every((j) => j.search.status === 'valid') ? true : 'unknown';
    const undecided = jobs.filter((j) => j.search.status !== 'valid' && j.search.status !== 'invalid');
    return {
        valid,
        ...(valid === 'unknown' ? { reason: unknownReason(outcome, undecided) } : {}),
        anomalies,
        model,
        keyCount: jobs.length,
        failures: jobs.filter((j) => j.search.status === 'invalid').map((j) => j.key.key ?? null),
        undecided: undecided.map((j) => j.key.key ?? null),
        steps: outcome.steps,
        cacheEntries: jobs.reduce((sum, j) => sum + j.search.cacheEntries, 0),
        ignoredOps: prepared.ignored,
        droppedOps: prepared.dropped,
        results,
        ...(shown < jobs.length ? { resultsOmitted: jobs.length - shown } : {}),
    };
}
function keyResult(job, valid) {
    return {
        key: job.key.key ?? null,
        valid,
        ops: job.key.ops.length,
        steps: job.search.steps,
        cacheEntries: job.search.cacheEntries,
        ...(valid === 'unknown' ? { deepestPartial: job.search.best?.partial.length ?? 0 } : {}),
    };
}
/** Parse a `--model` value; undefined when unknown. */
function parseModel(name) {
    if (name === undefined) {
        return 'cas-register';
    }
    return MODELS.includes(name) ? name : undefined;
}
/** The registry entry (`dsgrade check --checker linearizable --model M`). */
const linearizableChecker = {
    name: 'linearizable',
    doc: 'per-key linearizability (WGL search) of read/write/cas or get/put/append ops (--model cas-register|register|kv)',
    check(history, options, budget) {
        const model = parseModel(options.model);
        if (model === undefined) {
            throw new errors/* UsageError */.eb(`unknown --model ${JSON.stringify(options.model)} for the linearizable checker: use ${MODELS.join(', ')}`);
        }
        const semantics = options.extra?.semantics === 'knossos' ? 'knossos' : 'dsgrade';
        return checkLinearizable(history, { model, semantics, allKeys: options.extra?.allKeys === true }, budget);
    },
};


/***/ }),

/***/ 3945:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Os: () => (/* binding */ checkerNames),
  Dh: () => (/* binding */ findChecker)
});

// UNUSED EXPORTS: CHECKERS

// EXTERNAL MODULE: ./src/checkers/basic/counter.ts
var counter = __nccwpck_require__(6213);
// EXTERNAL MODULE: ./src/checkers/basic/echo.ts
var echo = __nccwpck_require__(6600);
// EXTERNAL MODULE: ./src/checkers/basic/set-full.ts
var set_full = __nccwpck_require__(5323);
// EXTERNAL MODULE: ./src/checkers/basic/unique-ids.ts
var unique_ids = __nccwpck_require__(6625);
;// CONCATENATED MODULE: ./src/checkers/basic/index.ts




const echoChecker = {
    name: 'echo',
    doc: 'echo: every ok reply carries back exactly the value sent',
    check: (history) => (0,echo/* checkEcho */.G)(history),
};
const uniqueIdsChecker = {
    name: 'unique-ids',
    doc: 'unique-ids: no id returned by an ok generate occurs twice (JSON values)',
    check: (history) => (0,unique_ids/* checkUniqueIds */.k)(history),
};
const setFullChecker = {
    name: 'set-full',
    doc: 'set-full (broadcast, g-set): every acknowledged element eventually in every read; lost / stale / never-read',
    check: (history) => {
        const addF = history.some((op) => op.f === 'broadcast') ? 'broadcast' : 'add';
        return (0,set_full/* checkSetFull */.g)(history, { addF });
    },
};
const counterChecker = {
    name: 'counter',
    doc: 'counter (g-counter, pn-counter): every final read within the sums of ok adds plus any subset of uncertain adds',
    check: (history) => (0,counter/* checkCounter */.F6)(history),
};

// EXTERNAL MODULE: ./src/checkers/exactly-once.ts
var exactly_once = __nccwpck_require__(7856);
// EXTERNAL MODULE: ./src/checkers/kafka/index.ts
var kafka = __nccwpck_require__(465);
// EXTERNAL MODULE: ./src/checkers/linearizable/index.ts + 6 modules
var linearizable = __nccwpck_require__(4880);
// EXTERNAL MODULE: ./src/checkers/elle/index.ts + 7 modules
var elle = __nccwpck_require__(1463);
;// CONCATENATED MODULE: ./src/checkers/elle/registered.ts

function flag(extra, ...names) {
    for (const name of names) {
        const value = extra?.[name];
        if (value !== undefined) {
            return value !== false && value !== 'false';
        }
    }
    return undefined;
}
const listAppendChecker = {
    name: 'list-append',
    doc: 'Elle list-append transactions: dependency cycles (G0…G2), G1a/G1b, internal, lost updates (--consistency-models)',
    check: (history, options, budget) => (0,elle/* checkListAppend */.Ho)(history, { consistencyModels: options.consistencyModels ?? [] }, budget),
};
const rwRegisterChecker = {
    name: 'rw-register',
    doc: 'Elle rw-register transactions: version orders from writes-follow-reads and sessions, cycles G0…G2 (--consistency-models)',
    check: (history, options, budget) => {
        const wfrKeys = flag(options.extra, 'wfr-keys', 'wfrKeys');
        const sequentialKeys = flag(options.extra, 'sequential-keys', 'sequentialKeys');
        const linearizableKeys = flag(options.extra, 'linearizable-keys', 'linearizableKeys');
        return (0,elle/* checkRwRegister */.LT)(history, {
            consistencyModels: options.consistencyModels ?? [],
            ...(wfrKeys === undefined ? {} : { wfrKeys }),
            ...(sequentialKeys === undefined ? {} : { sequentialKeys }),
            ...(linearizableKeys === undefined ? {} : { linearizableKeys }),
        }, budget);
    },
};

;// CONCATENATED MODULE: ./src/checkers/registry.ts





const CHECKERS = {
    counter: counterChecker,
    echo: echoChecker,
    'exactly-once': {
        name: 'exactly-once',
        doc: 'append/read per-key lists: every acknowledged element exactly once, reads are prefixes (--extra linearizable)',
        check: (history, options, budget) => (0,exactly_once/* checkExactlyOnce */.Q)(history, { linearizable: options.extra?.linearizable === true }, budget),
    },
    kafka: kafka/* kafkaChecker */.O,
    linearizable: linearizable/* linearizableChecker */.yr,
    'list-append': listAppendChecker,
    'rw-register': rwRegisterChecker,
    'set-full': setFullChecker,
    'unique-ids': uniqueIdsChecker,
};
function checkerNames() {
    return Object.keys(CHECKERS).sort();
}
function findChecker(name) {
    return Object.hasOwn(CHECKERS, name) ? CHECKERS[name] : undefined;
}


/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ extraOption),
/* harmony export */   EW: () => (/* binding */ optionsHelp),
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   jZ: () => (/* binding */ numberOption),
/* harmony export */   ku: () => (/* binding */ lastValue)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8382);
/* harmony import */ var _shared_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(427);
/**
 * A small, strict argument parser for the `dsgrade` commands: long options with a value
 * (`--rate 10`, `--rate=10`), short aliases (`-w`), boolean flags, repeatable options
 * (`--node`), `--` followed by arguments for the node, and stray positionals. An unknown
 * option is a UsageError naming it, never silently ignored.
 */


function findSpec(specs, token) {
    return specs.find((s) => `--${s.name}` === token || (s.alias !== undefined && `-${s.alias}` === token));
}
function parseArgs(argv, specs, command) {
    const parsed = { values: new Map(), flags: new Set(), positionals: [], rest: [] };
    for (let i = 0; i < argv.length; i++) {
        const token = argv[i];
        if (token === '--') {
            parsed.rest = argv.slice(i + 1);
            break;
        }
        if (!token.startsWith('-') || token === '-') {
            parsed.positionals.push(token);
            continue;
        }
        const eq = token.indexOf('=');
        const name = token.startsWith('--') && eq > 0 ? token.slice(0, eq) : token;
        const spec = findSpec(specs, name);
        if (spec === undefined) {
            const known = specs.flatMap((s) => [`--${s.name}`, ...(s.alias ? [`-${s.alias}`] : [])]);
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`dsgrade ${command}: unknown option ${name}.${(0,_shared_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(name, known, '')} Run dsgrade ${command} --help for the list.`);
        }
        if (spec.value !== true) {
            parsed.flags.add(spec.name);
            continue;
        }
        let value;
        if (name !== token) {
            value = token.slice(eq + 1);
        }
        else {
            value = argv[++i];
        }
        if (value === undefined) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`dsgrade ${command}: ${name} needs a value${spec.arg !== undefined ? ` (${spec.arg})` : ''}.`);
        }
        const list = parsed.values.get(spec.name) ?? [];
        list.push(value);
        parsed.values.set(spec.name, list);
    }
    return parsed;
}
/** The last value given for an option. */
function lastValue(parsed, name) {
    const list = parsed.values.get(name);
    return list === undefined ? undefined : list[list.length - 1];
}
function numberOption(parsed, name, fallback, check = {}) {
    const text = lastValue(parsed, name);
    if (text === undefined) {
        return fallback;
    }
    const value = Number(text);
    const bad = text.trim() === '' ||
        !Number.isFinite(value) ||
        (check.integer === true && !Number.isInteger(value)) ||
        (check.min !== undefined && value < check.min) ||
        (check.max !== undefined && value > check.max);
    if (bad) {
        const range = [
            check.integer === true ? 'an integer' : 'a number',
            check.min !== undefined ? `≥ ${check.min}` : '',
            check.max !== undefined ? `≤ ${check.max}` : '',
        ]
            .filter((p) => p !== '')
            .join(' ');
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--${name} must be ${range}; got ${JSON.stringify(text)}.`);
    }
    return value;
}
/** Help text for a list of options. */
function optionsHelp(specs) {
    return specs
        .filter((s) => s.help !== undefined)
        .map((s) => {
        const names = `${s.alias !== undefined ? `-${s.alias}, ` : ''}--${s.name}${s.value === true ? ` ${s.arg ?? 'VALUE'}` : ''}`;
        return `  ${names.padEnd(34)} ${s.help}`;
    })
        .join('\n');
}
/** `--extra key=value` (repeatable): value parsed as JSON when it can be, bare key = true. */
function extraOption(parsed) {
    const extra = {};
    for (const item of parsed.values.get('extra') ?? []) {
        const eq = item.indexOf('=');
        const key = eq < 0 ? item : item.slice(0, eq);
        const text = eq < 0 ? undefined : item.slice(eq + 1);
        let value = true;
        if (text !== undefined) {
            try {
                value = JSON.parse(text);
            }
            catch {
                value = text;
            }
        }
        extra[key] = value;
    }
    return extra;
}


/***/ }),

/***/ 2345:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ checkCommand)
/* harmony export */ });
/* unused harmony export checkHelp */
/* harmony import */ var _checkers_contract_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3400);
/* harmony import */ var _checkers_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3945);
/* harmony import */ var _history_formats_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6694);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8382);
/* harmony import */ var _shared_sanitize_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8406);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7593);
/**
 * `dsgrade check HISTORY --checker NAME [--model M] [--consistency-models M]
 * [--time-budget S] [--format F]` (interfaces.md §1.3): reads a recorded history, runs one
 * checker of the registry, prints the result as JSON on stdout, exits 0 / 1 / 2 for
 * valid / invalid / unknown (254 for bad arguments or an unreadable history).
 */






const CHECK_OPTIONS = [
    { name: 'checker', value: true, arg: 'NAME', help: 'the checker to run' },
    { name: 'model', value: true, arg: 'M', help: 'linearizable: cas-register, register or kv' },
    {
        name: 'consistency-models',
        value: true,
        arg: 'M',
        help: 'list-append / rw-register: Elle models',
    },
    {
        name: 'time-budget',
        value: true,
        arg: 'S',
        help: 'search budget in seconds (default 60); out of budget ⇒ "unknown"',
    },
    {
        name: 'format',
        value: true,
        arg: 'F',
        help: `history format: ${_history_formats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .HISTORY_FORMATS */ .mo.join(', ')} (default: from the file)`,
    },
    {
        name: 'extra',
        value: true,
        repeat: true,
        arg: 'KEY=VALUE',
        help: 'a checker-specific option (repeatable), e.g. --extra linearizable',
    },
    { name: 'help', alias: 'h', help: 'this help' },
];
function checkHelp() {
    return `Usage: dsgrade check HISTORY --checker NAME [--model M] [--consistency-models M] [--time-budget S] [--format F]

Checks a recorded history offline and prints the result as JSON.
Checkers: ${(0,_checkers_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .checkerNames */ .Os)().join(', ')}

Options:
${(0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .optionsHelp */ .EW)(CHECK_OPTIONS)}

Exit codes: 0 valid, 1 invalid, 2 unknown, 254 bad arguments or an unreadable history.`;
}
async function checkCommand(argv, ctx) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseArgs */ .Zy)(argv, CHECK_OPTIONS, 'check');
    if (parsed.flags.has('help')) {
        ctx.logger.info(checkHelp());
        return 0;
    }
    const file = parsed.positionals[0];
    if (file === undefined) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('dsgrade check needs a HISTORY file (history.jsonl, EDN or a Jepsen log).');
    }
    const name = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .lastValue */ .ku)(parsed, 'checker');
    const checker = name === undefined ? undefined : (0,_checkers_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .findChecker */ .Dh)(name);
    if (checker === undefined) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${name === undefined ? 'Missing --checker' : `Unknown checker ${JSON.stringify(name)}`}: use one of ${(0,_checkers_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .checkerNames */ .Os)().join(', ')}.`);
    }
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .lastValue */ .ku)(parsed, 'format');
    if (format !== undefined && !_history_formats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .HISTORY_FORMATS */ .mo.includes(format)) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--format must be one of ${_history_formats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .HISTORY_FORMATS */ .mo.join(', ')}; got ${JSON.stringify(format)}.`);
    }
    let history;
    try {
        history = (0,_history_formats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readHistoryFile */ .tG)(file, format);
    }
    catch (error) {
        if ((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isDsgradeError */ .v4)(error) || error.code !== undefined) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Cannot read the history: ${error.message}`);
        }
        throw error;
    }
    const models = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .lastValue */ .ku)(parsed, 'consistency-models');
    const model = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .lastValue */ .ku)(parsed, 'model');
    const result = checker.check(history, {
        ...(model === undefined ? {} : { model }),
        ...(models === undefined
            ? {}
            : { consistencyModels: models.split(/[\s,]+/).filter((s) => s !== '') }),
        extra: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .extraOption */ .AT)(parsed),
    }, (0,_checkers_contract_js__WEBPACK_IMPORTED_MODULE_4__/* .budgetFromSeconds */ .p)((0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .numberOption */ .jZ)(parsed, 'time-budget', 60, { min: 0 })));
    process.stdout.write((0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_5__/* .safeJson */ .oi)(result) + '\n');
    return result.valid === true ? 0 : result.valid === false ? 1 : 2;
}


/***/ }),

/***/ 682:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ed: () => (/* binding */ testCommand)
});

// UNUSED EXPORTS: TEST_HELP, replayCommand

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/process/command.ts
var command = __nccwpck_require__(1760);
// EXTERNAL MODULE: ./src/network/random.ts
var random = __nccwpck_require__(7555);
// EXTERNAL MODULE: ./src/run/index.ts + 34 modules
var run = __nccwpck_require__(4132);
// EXTERNAL MODULE: ./src/run/replay.ts
var replay = __nccwpck_require__(2634);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __nccwpck_require__(8382);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __nccwpck_require__(7593);
// EXTERNAL MODULE: ./src/nemesis/registry.ts + 5 modules
var registry = __nccwpck_require__(716);
// EXTERNAL MODULE: ./src/services/bans.ts
var bans = __nccwpck_require__(8904);
// EXTERNAL MODULE: ./src/workloads/registry.ts + 18 modules
var workloads_registry = __nccwpck_require__(3982);
;// CONCATENATED MODULE: ./src/cli/commands/test-options.ts
/**
 * `dsgrade test` options (interfaces.md §1.1, maelstrom-protocol.md §4): Maelstrom's names,
 * meanings and defaults, plus dsgrade's additions. Turns parsed arguments into TestOptions;
 * every bad value is a UsageError (exit 254) that names the option.
 */







const TEST_OPTIONS = [
    {
        name: 'workload',
        alias: 'w',
        value: true,
        arg: 'NAME',
        help: 'workload to run (default lin-kv, as Maelstrom)',
    },
    {
        name: 'bin',
        value: true,
        arg: 'PATH',
        help: 'your node: a path, or a command line in quotes ("python3 node.py")',
    },
    {
        name: 'node-count',
        value: true,
        arg: 'N',
        help: 'N nodes named n0 … n(N-1) (default: n1 … n5)',
    },
    {
        name: 'node',
        alias: 'n',
        value: true,
        repeat: true,
        arg: 'ID',
        help: 'a node id (repeatable)',
    },
    { name: 'nodes', value: true, arg: 'A,B,C', help: 'node ids, comma-separated' },
    { name: 'nodes-file', value: true, arg: 'FILE', help: 'node ids, one per line' },
    { name: 'time-limit', value: true, arg: 'S', help: 'seconds of the main phase (default 60)' },
    {
        name: 'rate',
        value: true,
        arg: 'R',
        help: 'client operations per second, overall (default 5; 0 = none)',
    },
    {
        name: 'concurrency',
        value: true,
        arg: 'C|Kn',
        help: 'client workers: an integer or K×nodes as "Kn" (default 1n)',
    },
    { name: 'latency', value: true, arg: 'MS', help: 'mean node↔node latency in ms (default 0)' },
    {
        name: 'latency-dist',
        value: true,
        arg: 'D',
        help: 'constant, uniform or exponential (default constant)',
    },
    {
        name: 'nemesis',
        value: true,
        arg: 'F,…',
        help: 'faults: partition, partition-oneway, kill, pause, loss, duplicate, reorder, client-loss, client-duplicate',
    },
    {
        name: 'nemesis-interval',
        value: true,
        arg: 'S',
        help: 'mean seconds between fault operations (default 10)',
    },
    {
        name: 'topology',
        value: true,
        arg: 'T',
        help: 'broadcast topology: grid, line, tree, tree2, tree3, tree4, total (default grid)',
    },
    {
        name: 'availability',
        value: true,
        arg: 'X',
        help: '"total" or a fraction in [0, 1] of operations that must succeed',
    },
    {
        name: 'consistency-models',
        value: true,
        arg: 'M',
        help: 'Elle models (default strict-serializable)',
    },
    { name: 'key-count', value: true, arg: 'N', help: 'keys for txn and kafka workloads' },
    { name: 'max-txn-length', value: true, arg: 'N', help: 'micro-ops per transaction (default 4)' },
    { name: 'max-writes-per-key', value: true, arg: 'N', help: 'writes per key (default 16)' },
    {
        name: 'loss-rate',
        value: true,
        arg: 'P',
        help: 'node↔node drop probability for --nemesis loss (default 0.1)',
    },
    {
        name: 'duplicate-rate',
        value: true,
        arg: 'P',
        help: 'node↔node duplicate probability (default 0.1 with --nemesis duplicate)',
    },
    {
        name: 'reorder-rate',
        value: true,
        arg: 'P',
        help: 'fraction of messages delayed heavily (default 0.1 with --nemesis reorder)',
    },
    {
        name: 'client-loss',
        value: true,
        arg: 'P',
        help: 'client↔node drop probability (the rpc track)',
    },
    { name: 'client-loss-rate', value: true, arg: 'P' },
    {
        name: 'client-duplicate',
        value: true,
        arg: 'P',
        help: 'client↔node duplicate probability (the rpc track)',
    },
    { name: 'client-duplicate-rate', value: true, arg: 'P' },
    {
        name: 'seed',
        value: true,
        arg: 'N',
        help: 'seed of every harness-side random choice (default: random, always printed)',
    },
    {
        name: 'seeds',
        value: true,
        arg: 'K',
        help: 'run K seeds in parallel; report the pass rate and the failing seeds',
    },
    {
        name: 'test-count',
        value: true,
        arg: 'N',
        help: 'repeat the test N times (Maelstrom; default 1)',
    },
    { name: 'store', value: true, arg: 'DIR', help: 'where runs are stored (default ./store)' },
    {
        name: 'time-scale',
        value: true,
        arg: 'F',
        help: 'scale every duration (time limit, fault interval, recovery) for quick runs; thresholds never change (default 1)',
    },
    {
        name: 'extra',
        value: true,
        repeat: true,
        arg: 'KEY=VALUE',
        help: 'a workload-specific option (repeatable), e.g. --extra linearizable',
    },
    {
        name: 'forbid-services',
        value: true,
        arg: 'S,…',
        help: 'built-in services the nodes must not use (lin-kv, seq-kv, lww-kv, lin-tso): a message to one fails the test',
    },
    { name: 'track', value: true, arg: 'TRACK', help: 'run the stages of a curriculum track' },
    {
        name: 'stage',
        value: true,
        arg: 'STAGE',
        help: 'only this stage (full id, short id or number)',
    },
    { name: 'log-stderr', help: "echo each node's stderr lines" },
    { name: 'log-net-send', help: 'log every message as it enters the network' },
    { name: 'log-net-recv', help: 'log every message as it is delivered' },
    { name: 'verbose', alias: 'v', help: 'more detail' },
    { name: 'help', alias: 'h', help: 'this help' },
    { name: 'leave-db-running', ignored: true },
    { name: 'logging-json', ignored: true },
    { name: 'no-ssh', ignored: true },
    { name: 'strict-host-key-checking', ignored: true },
    { name: 'username', value: true, ignored: true },
    { name: 'password', value: true, ignored: true },
    { name: 'ssh-private-key', value: true, ignored: true },
];
function nodeIdsFrom(parsed) {
    const count = (0,cli_args/* lastValue */.ku)(parsed, 'node-count');
    if (count !== undefined) {
        const n = (0,cli_args/* numberOption */.jZ)(parsed, 'node-count', 5, { integer: true, min: 1, max: 1000 });
        return Array.from({ length: n }, (_, i) => `n${i}`);
    }
    const ids = [...(parsed.values.get('node') ?? [])];
    for (const list of parsed.values.get('nodes') ?? []) {
        ids.push(...list
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== ''));
    }
    const file = (0,cli_args/* lastValue */.ku)(parsed, 'nodes-file');
    if (file !== undefined) {
        ids.push(...(0,external_node_fs_.readFileSync)(file, 'utf8')
            .split(/\r?\n/)
            .map((s) => s.trim())
            .filter((s) => s !== ''));
    }
    if (ids.length === 0) {
        return ['n1', 'n2', 'n3', 'n4', 'n5'];
    }
    if (new Set(ids).size !== ids.length) {
        throw new errors/* UsageError */.eb('Node ids must be distinct.');
    }
    return ids;
}
function concurrencyFrom(parsed, nodeCount) {
    const text = (0,cli_args/* lastValue */.ku)(parsed, 'concurrency') ?? '1n';
    const match = /^(\d+)n$/.exec(text.trim());
    const value = match !== null ? Number(match[1]) * nodeCount : Number(text);
    if (!Number.isInteger(value) || value < 1) {
        throw new errors/* UsageError */.eb(`--concurrency must be a positive integer or "Kn" (K × node count); got ${JSON.stringify(text)}.`);
    }
    return value;
}
function availabilityFrom(parsed) {
    const text = (0,cli_args/* lastValue */.ku)(parsed, 'availability');
    if (text === undefined || text === 'total') {
        return text;
    }
    return (0,cli_args/* numberOption */.jZ)(parsed, 'availability', 1, { min: 0, max: 1 });
}
function nemesisFrom(parsed) {
    const names = (parsed.values.get('nemesis') ?? [])
        .flatMap((list) => list.split(/[\s,]+/))
        .filter((s) => s !== '');
    for (const name of names) {
        if ((0,registry/* findNemesis */.K9)(name) === undefined) {
            throw new errors/* UsageError */.eb(`Unknown fault ${JSON.stringify(name)} in --nemesis: use ${(0,registry/* nemesisNames */.jb)().join(', ')}.`);
        }
    }
    return [...new Set(names)];
}
function ratio(parsed, ...names) {
    const name = names.find((n) => (0,cli_args/* lastValue */.ku)(parsed, n) !== undefined);
    return name === undefined ? 0 : (0,cli_args/* numberOption */.jZ)(parsed, name, 0, { min: 0, max: 1 });
}
function latencyDistFrom(parsed) {
    const dist = (0,cli_args/* lastValue */.ku)(parsed, 'latency-dist') ?? 'constant';
    if (dist !== 'constant' && dist !== 'uniform' && dist !== 'exponential') {
        throw new errors/* UsageError */.eb(`--latency-dist must be constant, uniform or exponential; got ${JSON.stringify(dist)}.`);
    }
    return dist;
}
function workloadFrom(parsed) {
    const name = (0,cli_args/* lastValue */.ku)(parsed, 'workload') ?? 'lin-kv';
    if ((0,workloads_registry/* findWorkload */.pH)(name) === undefined) {
        throw new errors/* UsageError */.eb(`Unknown workload ${JSON.stringify(name)}: use one of ${(0,workloads_registry/* workloadNames */.oj)().join(', ')}.`);
    }
    return name;
}
function seedFrom(parsed, fallback) {
    return (0,cli_args/* numberOption */.jZ)(parsed, 'seed', fallback, { integer: true, min: 0, max: random/* SEED_MAX */.Vm });
}
/** TestOptions from the parsed command line (the node command is resolved by the caller). */
function testOptionsFrom(parsed, command, cwd, seed) {
    const nodeIds = nodeIdsFrom(parsed);
    const models = ((0,cli_args/* lastValue */.ku)(parsed, 'consistency-models') ?? 'strict-serializable')
        .split(/[\s,]+/)
        .filter((s) => s !== '');
    const keyCount = (0,cli_args/* lastValue */.ku)(parsed, 'key-count');
    return {
        workload: workloadFrom(parsed),
        nodeIds,
        command,
        timeLimitS: (0,cli_args/* numberOption */.jZ)(parsed, 'time-limit', 60, { min: 0 }),
        rate: (0,cli_args/* numberOption */.jZ)(parsed, 'rate', 5, { min: 0 }),
        concurrency: concurrencyFrom(parsed, nodeIds.length),
        latencyMs: (0,cli_args/* numberOption */.jZ)(parsed, 'latency', 0, { min: 0 }),
        latencyDist: latencyDistFrom(parsed),
        nemesis: nemesisFrom(parsed),
        nemesisIntervalS: (0,cli_args/* numberOption */.jZ)(parsed, 'nemesis-interval', 10, { min: 0 }),
        topology: (0,cli_args/* lastValue */.ku)(parsed, 'topology') ?? 'grid',
        availability: availabilityFrom(parsed),
        consistencyModels: models,
        keyCount: keyCount === undefined
            ? undefined
            : (0,cli_args/* numberOption */.jZ)(parsed, 'key-count', 10, { integer: true, min: 1 }),
        maxTxnLength: (0,cli_args/* numberOption */.jZ)(parsed, 'max-txn-length', 4, { integer: true, min: 1 }),
        maxWritesPerKey: (0,cli_args/* numberOption */.jZ)(parsed, 'max-writes-per-key', 16, { integer: true, min: 1 }),
        lossRatio: ratio(parsed, 'loss-rate'),
        duplicateRatio: ratio(parsed, 'duplicate-rate'),
        reorderRatio: ratio(parsed, 'reorder-rate'),
        clientLossRatio: ratio(parsed, 'client-loss', 'client-loss-rate'),
        clientDuplicateRatio: ratio(parsed, 'client-duplicate', 'client-duplicate-rate'),
        logStderr: parsed.flags.has('log-stderr'),
        logNetSend: parsed.flags.has('log-net-send'),
        logNetRecv: parsed.flags.has('log-net-recv'),
        seed,
        timeScale: (0,cli_args/* numberOption */.jZ)(parsed, 'time-scale', 1, { min: 0.001, max: 100 }),
        cwd,
        extra: (0,cli_args/* extraOption */.AT)(parsed),
        forbidServices: forbidServicesFrom(parsed),
    };
}
function forbidServicesFrom(parsed) {
    const names = (parsed.values.get('forbid-services') ?? [])
        .flatMap((list) => list.split(/[\s,]+/))
        .filter((s) => s !== '');
    return (0,bans/* parseForbiddenServices */.lQ)(names);
}

;// CONCATENATED MODULE: ./src/cli/commands/test.ts
/**
 * `dsgrade test` (interfaces.md §1.1): one test, K seeds in parallel, N repeats, or the
 * stages of a track (dispatched to grading/cli.ts, loaded lazily so a missing module only
 * breaks those commands). The seed is on the first and the last line; a failing run prints
 * one plain sentence and the exact command that replays it.
 */









const TEST_HELP = `Usage:
  dsgrade test -w WORKLOAD --bin PATH [options] [-- ARGS…]
  dsgrade test --track TRACK [--stage STAGE] --bin PATH [--seed N] [--seeds K] [--store DIR]

Runs your node as a simulated cluster (the Maelstrom protocol), records the history, checks
it and writes DIR/<workload>/<timestamp>/{results.json,history.jsonl,journal.jsonl,report.html}.
Accepts Maelstrom's command lines unchanged.

Options:
${(0,cli_args/* optionsHelp */.EW)(TEST_OPTIONS)}

Exit codes: 0 valid, 1 invalid, 2 unknown, 254 bad arguments, 255 the test could not run.`;
const VERDICT = {
    0: 'valid',
    1: 'invalid',
    2: 'unknown',
    255: 'could not run',
};
function nodeCommand(parsed, ctx) {
    const bin = (0,cli_args/* lastValue */.ku)(parsed, 'bin');
    if (bin === undefined) {
        throw new errors/* UsageError */.eb('Expected a --bin PATH_TO_BINARY to test (your node, e.g. --bin ./node.py).');
    }
    const extraArgs = [...parsed.positionals, ...parsed.rest];
    const resolved = (0,command/* resolveNodeCommand */.uA)(bin, { extraArgs, cwd: ctx.cwd, pathEnv: ctx.env.PATH });
    return [resolved.file, ...resolved.args];
}
/** `--bin` as typed plus the arguments after `--`: one command line for replay lines. */
function typedCommandLine(parsed) {
    const extra = [...parsed.positionals, ...parsed.rest].map(replay/* shellQuote */.ZL);
    return [(0,cli_args/* lastValue */.ku)(parsed, 'bin') ?? '', ...extra].join(' ');
}
async function trackTest(parsed, ctx, storeDir) {
    const { checkTrackNames, runTrackTest } = await Promise.all(/* import() */[__nccwpck_require__.e(225), __nccwpck_require__.e(528)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4528));
    checkTrackNames((0,cli_args/* lastValue */.ku)(parsed, 'track') ?? '', (0,cli_args/* lastValue */.ku)(parsed, 'stage'));
    const seeds = (0,cli_args/* lastValue */.ku)(parsed, 'seeds');
    const args = {
        track: (0,cli_args/* lastValue */.ku)(parsed, 'track') ?? '',
        command: nodeCommand(parsed, ctx),
        typedBin: typedCommandLine(parsed),
        cwd: ctx.cwd,
        storeDir,
        timeScale: (0,cli_args/* numberOption */.jZ)(parsed, 'time-scale', 1, { min: 0.001, max: 100 }),
        logger: ctx.logger,
    };
    const stage = (0,cli_args/* lastValue */.ku)(parsed, 'stage');
    if (stage !== undefined) {
        args.stage = stage;
    }
    if ((0,cli_args/* lastValue */.ku)(parsed, 'seed') !== undefined) {
        args.seed = seedFrom(parsed, 0);
    }
    if (seeds !== undefined) {
        args.seeds = (0,cli_args/* numberOption */.jZ)(parsed, 'seeds', 1, { integer: true, min: 1 });
    }
    return runTrackTest(args);
}
async function testCommand(argv, ctx) {
    const parsed = (0,cli_args/* parseArgs */.Zy)(argv, TEST_OPTIONS, 'test');
    if (parsed.flags.has('help')) {
        ctx.logger.info(TEST_HELP);
        return 0;
    }
    const storeDir = (0,external_node_path_.resolve)(ctx.cwd, (0,cli_args/* lastValue */.ku)(parsed, 'store') ?? 'store');
    if ((0,cli_args/* lastValue */.ku)(parsed, 'track') !== undefined || (0,cli_args/* lastValue */.ku)(parsed, 'stage') !== undefined) {
        return trackTest(parsed, ctx, storeDir);
    }
    const seed = seedFrom(parsed, (0,random/* randomSeed */.vo)());
    const options = testOptionsFrom(parsed, nodeCommand(parsed, ctx), ctx.cwd, seed);
    options.typedCommand = {
        bin: (0,cli_args/* lastValue */.ku)(parsed, 'bin') ?? '',
        args: [...parsed.positionals, ...parsed.rest],
    };
    const env = Object.fromEntries(Object.entries(ctx.env).filter((e) => e[1] !== undefined));
    const request = { options, storeDir, logger: ctx.logger, env };
    ctx.logger.info(`dsgrade test -w ${options.workload}: seed ${seed}`);
    const seedCount = (0,cli_args/* numberOption */.jZ)(parsed, 'seeds', 1, { integer: true, min: 1, max: 1000 });
    if (seedCount > 1) {
        return manySeeds(request, seedCount, ctx.logger);
    }
    const repeats = (0,cli_args/* numberOption */.jZ)(parsed, 'test-count', 1, { integer: true, min: 1, max: 1000 });
    let worst = 0;
    for (let i = 0; i < repeats; i++) {
        const outcome = await (0,run.runTest)(i === 0 ? request : { ...request, options: { ...options, seed: seed + i } });
        printOutcome(outcome, ctx.logger);
        worst = Math.max(worst, outcome.exitCode);
    }
    return worst;
}
function printOutcome(outcome, logger) {
    const seed = Number(outcome.results.seed);
    const report = (0,external_node_path_.join)(outcome.runDir, 'report.html');
    logger.info(`Results: ${outcome.runDir}/results.json${(0,external_node_fs_.existsSync)(report) ? ` · report: ${report}` : ''}`);
    if (outcome.exitCode !== 0) {
        logger.info(`Replay: ${String(outcome.results.replay ?? '')}`);
    }
    logger.info(`seed ${seed} · ${VERDICT[outcome.exitCode]} (exit ${outcome.exitCode}): ${outcome.reason}`);
}
async function manySeeds(request, count, logger) {
    const first = request.options.seed;
    const seeds = Array.from({ length: count }, (_, i) => first + i);
    const result = await (0,run.runSeeds)(request, seeds);
    for (const outcome of result.outcomes) {
        logger.info(`  seed ${String(outcome.results.seed)}: ${VERDICT[outcome.exitCode]} — ${outcome.reason}`);
    }
    const passed = Math.round(result.passRate * count);
    logger.info(`Pass rate: ${passed}/${count} seeds (${Math.round(result.passRate * 100)}%).`);
    for (const failing of result.failing) {
        logger.info(`Failing seed ${failing.seed}: ${failing.reason}`);
        logger.info(`  replay: ${failing.replay}`);
    }
    const verdict = result.exitCode === 0 ? 'all valid' : `${count - passed} of ${count} failed`;
    logger.info(`seeds ${first}…${first + count - 1} (first seed ${first}) · ${verdict} (exit ${result.exitCode})`);
    return result.exitCode;
}



/***/ }),

/***/ 2280:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b4: () => (/* binding */ isInteractive),
/* harmony export */   fT: () => (/* binding */ CliLogger)
/* harmony export */ });
/* unused harmony export progressText */
/* harmony import */ var _shared_sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8406);

class CliLogger {
    options;
    progressShown = false;
    progress;
    constructor(options) {
        this.options = options;
        this.progress = options.interactive ? (state) => this.drawProgress(state) : undefined;
    }
    clearProgress() {
        if (this.progressShown) {
            process.stderr.write('\r\x1b[K');
            this.progressShown = false;
        }
    }
    info(line) {
        this.clearProgress();
        process.stdout.write((0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .safeLabelledText */ ._U)('', line) + '\n');
    }
    warn(line) {
        this.clearProgress();
        process.stderr.write(`${(0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .safeLabelledText */ ._U)('warning: ', line)}\n`);
    }
    debug(line) {
        if (this.options.verbose) {
            this.clearProgress();
            process.stderr.write(`${(0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .safeLabelledText */ ._U)('debug: ', line)}\n`);
        }
    }
    learnerOutput(source, line) {
        this.clearProgress();
        process.stderr.write(`${(0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .safeLabelledText */ ._U)(`[${source}] `, line)}\n`);
    }
    drawProgress(state) {
        process.stderr.write(`\r\x1b[K${progressText(state)}`);
        this.progressShown = true;
    }
    /** End of the command: leave the terminal clean. */
    done() {
        this.clearProgress();
    }
}
/**
 * "main 3/20 s · 41 ops": the main phase against its length, never past it; the phases after
 * it (heal, recovery, final) have no fixed length, so they show only their own time.
 */
function progressText(state) {
    const elapsed = Math.max(0, state.elapsedS);
    const time = state.phase === 'main'
        ? `${Math.min(elapsed, state.totalS).toFixed(0)}/${state.totalS.toFixed(0)} s`
        : `${elapsed.toFixed(0)} s`;
    return `${state.phase} ${time} · ${state.opsDone} ops`;
}
function isInteractive() {
    return process.stdout.isTTY === true && process.env.CI !== 'true';
}


/***/ }),

/***/ 2957:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8382);
/* harmony import */ var _shared_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1692);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7593);
/* harmony import */ var _commands_check_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2345);
/* harmony import */ var _commands_test_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(682);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2280);
/**
 * The `dsgrade` command line (interfaces.md §1): argv in, exit code out. Commands: test,
 * check, tracks, demo; `--help` everywhere, `--version`. Errors become exit codes with one
 * plain sentence: UsageError 254, a test that cannot run 255, our own bug 255 ("please
 * report"). This file and action/ are the only places that read process.env.
 */







const MAIN_HELP = `Usage: dsgrade <command> [options]

Commands:
  test      run your node as a simulated cluster and check it (Maelstrom-compatible)
  check     check a recorded history offline (history.jsonl, EDN, Jepsen log)
  tracks    list the curriculum tracks and their stages
  demo      grade the bundled reference nodes on the first tracks

Run dsgrade <command> --help for the options of a command. dsgrade --version prints the version.`;
const DEMO_OPTIONS = [
    { name: 'store', value: true, arg: 'DIR', help: 'where runs are stored (default ./store)' },
    { name: 'time-scale', value: true, arg: 'F', help: 'scale every duration (default 1)' },
    { name: 'help', alias: 'h', help: 'this help' },
];
async function tracksCommand(argv, ctx) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseArgs */ .Zy)(argv, [{ name: 'help', alias: 'h', help: 'this help' }], 'tracks');
    if (parsed.flags.has('help')) {
        ctx.logger.info('Usage: dsgrade tracks\n\nLists the curriculum tracks and their stages.');
        return 0;
    }
    const { listTracks } = await Promise.all(/* import() */[__nccwpck_require__.e(225), __nccwpck_require__.e(528)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4528));
    return listTracks(ctx.logger);
}
async function demoCommand(argv, ctx) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseArgs */ .Zy)(argv, DEMO_OPTIONS, 'demo');
    if (parsed.flags.has('help')) {
        ctx.logger.info(`Usage: dsgrade demo [options]\n\nGrades the bundled reference nodes.\n\nOptions:\n${(0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .optionsHelp */ .EW)(DEMO_OPTIONS)}`);
        return 0;
    }
    const { runDemo } = await Promise.all(/* import() */[__nccwpck_require__.e(225), __nccwpck_require__.e(528)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4528));
    return runDemo({
        storeDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .lastValue */ .ku)(parsed, 'store') ?? 'store'),
        timeScale: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .numberOption */ .jZ)(parsed, 'time-scale', 1, { min: 0.001, max: 100 }),
        logger: ctx.logger,
    });
}
const COMMANDS = {
    test: _commands_test_js__WEBPACK_IMPORTED_MODULE_5__/* .testCommand */ .ed,
    check: _commands_check_js__WEBPACK_IMPORTED_MODULE_4__/* .checkCommand */ .e,
    tracks: tracksCommand,
    demo: demoCommand,
};
function failure(error, logger) {
    if ((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isDsgradeError */ .v4)(error)) {
        if (error.code === 'USAGE') {
            // Messages from the argument parser already name the command ("dsgrade test: …").
            logger.info(error.message.startsWith('dsgrade ') ? error.message : `dsgrade: ${error.message}`);
            return 254;
        }
        if (error.code === 'RUN' ||
            error.code === 'TRACK' ||
            error.code === 'CONFIG' ||
            error.code === 'HISTORY_FORMAT') {
            logger.info(`dsgrade: the test could not run: ${error.message}`);
            return error.code === 'HISTORY_FORMAT' ? 254 : 255;
        }
    }
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    logger.info(`dsgrade: internal error (a dsgrade bug, please report it): ${text}`);
    return 255;
}
/** Ctrl-C / SIGTERM: stop every node of the runs in progress, then exit 130 / 143. */
function handleInterrupts(logger) {
    let stopping = false;
    const onSignal = (signal, code) => {
        if (stopping) {
            return;
        }
        stopping = true;
        logger.info(`dsgrade: interrupted (${signal}); stopping the nodes.`);
        void Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 4132))
            .then(({ stopActiveRuns }) => stopActiveRuns())
            .finally(() => process.exit(code));
    };
    process.on('SIGINT', () => onSignal('SIGINT', 130));
    process.on('SIGTERM', () => onSignal('SIGTERM', 143));
}
async function main(argv) {
    const [command, ...rest] = argv;
    const logger = new _logger_js__WEBPACK_IMPORTED_MODULE_6__/* .CliLogger */ .fT({
        verbose: argv.includes('--verbose') || argv.includes('-v'),
        interactive: (0,_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .isInteractive */ .b4)(),
    });
    const ctx = { logger, cwd: process.cwd(), env: process.env };
    handleInterrupts(logger);
    try {
        if (command === '--version' || command === 'version') {
            logger.info(`dsgrade ${(0,_shared_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .packageVersion */ .Tl)()}`);
            return 0;
        }
        if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
            logger.info(MAIN_HELP);
            return command === undefined ? 254 : 0;
        }
        const run = COMMANDS[command];
        if (run === undefined) {
            logger.info(`dsgrade: unknown command ${JSON.stringify(command)}. ${MAIN_HELP}`);
            return 254;
        }
        return await run(rest, ctx);
    }
    catch (error) {
        return failure(error, logger);
    }
    finally {
        logger.done();
    }
}
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6694:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  mo: () => (/* binding */ HISTORY_FORMATS),
  tG: () => (/* binding */ readHistoryFile)
});

// UNUSED EXPORTS: detectHistoryFormat, parseEdnHistory, parseHistory, parseJepsenLog, parseJsonlHistory, unwrapIndependent

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __nccwpck_require__(8382);
;// CONCATENATED MODULE: ./src/history/formats/edn.ts
/**
 * A small EDN reader for Jepsen histories: maps, vectors, lists, sets, keywords, strings,
 * integers, floats, nil, booleans, tagged literals (the tag is dropped) and comments.
 *
 * Keywords become plain strings without the colon (`:ok` → `"ok"`), maps become objects
 * with string keys, sets become arrays. It guarantees a clear message (position, what was
 * expected, what was found) for malformed input; it does not keep EDN's value identity
 * rules (a set and a vector with the same items read as equal arrays).
 */
class EdnSyntaxError extends Error {
    column;
    constructor(column, message) {
        super(message);
        this.column = column;
    }
}
const DELIMITERS = new Set(['{', '}', '[', ']', '(', ')', '"', ';']);
function isSpace(ch) {
    return ch === ' ' || ch === ',' || ch === '\t' || ch === '\n' || ch === '\r';
}
class Reader {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    fail(expected) {
        const found = this.pos >= this.text.length
            ? 'the end of the line'
            : JSON.stringify(this.text.slice(this.pos, this.pos + 12));
        throw new EdnSyntaxError(this.pos + 1, `expected ${expected}, found ${found}`);
    }
    skip() {
        const t = this.text;
        while (this.pos < t.length) {
            const ch = t[this.pos];
            if (isSpace(ch)) {
                this.pos++;
            }
            else if (ch === ';') {
                while (this.pos < t.length && t[this.pos] !== '\n') {
                    this.pos++;
                }
            }
            else {
                return;
            }
        }
    }
    value() {
        this.skip();
        const ch = this.text[this.pos];
        switch (ch) {
            case undefined:
                return this.fail('a value');
            case '{':
                return this.map();
            case '[':
                this.pos++;
                return this.seq(']');
            case '(':
                this.pos++;
                return this.seq(')');
            case '"':
                return this.string();
            case '#':
                return this.dispatch();
            default:
                return this.atom();
        }
    }
    dispatch() {
        this.pos++;
        if (this.text[this.pos] === '{') {
            this.pos++;
            return this.seq('}');
        }
        if (this.text[this.pos] === '_') {
            this.pos++;
            this.value();
            return this.value();
        }
        this.atom();
        return this.value();
    }
    seq(close) {
        const items = [];
        for (;;) {
            this.skip();
            if (this.text[this.pos] === close) {
                this.pos++;
                return items;
            }
            if (this.pos >= this.text.length) {
                this.fail(`'${close}'`);
            }
            items.push(this.value());
        }
    }
    map() {
        this.pos++;
        const out = {};
        for (;;) {
            this.skip();
            if (this.text[this.pos] === '}') {
                this.pos++;
                return out;
            }
            if (this.pos >= this.text.length) {
                this.fail(`'}'`);
            }
            const key = this.value();
            this.skip();
            if (this.text[this.pos] === '}') {
                this.fail('a value for map key ' + String(key));
            }
            const val = this.value();
            out[typeof key === 'string' ? key : JSON.stringify(key)] = val;
        }
    }
    string() {
        const t = this.text;
        let i = this.pos + 1;
        let out = '';
        while (i < t.length && t[i] !== '"') {
            if (t[i] === '\\') {
                const esc = t[i + 1];
                out += esc === 'n' ? '\n' : esc === 't' ? '\t' : esc === 'r' ? '\r' : esc;
                i += 2;
            }
            else {
                out += t[i++];
            }
        }
        if (i >= t.length) {
            this.pos = i;
            this.fail("a closing '\"'");
        }
        this.pos = i + 1;
        return out;
    }
    atom() {
        const t = this.text;
        const start = this.pos;
        while (this.pos < t.length && !isSpace(t[this.pos]) && !DELIMITERS.has(t[this.pos])) {
            this.pos++;
        }
        const token = t.slice(start, this.pos);
        if (token === '') {
            this.fail('a value');
        }
        if (token === 'nil') {
            return null;
        }
        if (token === 'true') {
            return true;
        }
        if (token === 'false') {
            return false;
        }
        if (token.startsWith(':')) {
            return token.slice(1);
        }
        if (/^[-+]?\d+N?$/.test(token)) {
            return Number(token.replace('N', ''));
        }
        if (/^[-+]?(\d+\.?\d*([eE][-+]?\d+)?|\.\d+)M?$/.test(token)) {
            return Number(token.replace('M', ''));
        }
        if (token.startsWith('\\')) {
            return token.slice(1);
        }
        // A bare symbol: keep its name.
        return token;
    }
}
/** Read exactly one EDN value from `text` (trailing whitespace and commas allowed). */
function readEdn(text) {
    const reader = new Reader(text);
    const value = reader.value();
    reader.skip();
    if (reader.pos < text.length) {
        reader.fail('the end of the value');
    }
    return value;
}
/** Read every EDN value in `text`, one after another. */
function readEdnAll(text) {
    const reader = new Reader(text);
    const values = [];
    reader.skip();
    while (reader.pos < text.length) {
        values.push(reader.value());
        reader.skip();
    }
    return values;
}

;// CONCATENATED MODULE: ./src/history/formats/index.ts
/**
 * Reading recorded histories for `dsgrade check` and the checker tests (interfaces.md §1.3):
 * our `history.jsonl` (§1.4), Jepsen EDN (one op map per line) and Jepsen console logs
 * (`INFO jepsen.util - process type f value`, tab or space separated).
 *
 * Guarantees: every parser returns dense `Op[]` (index = position, in line order) or throws
 * a HistoryFormatError naming the file, the line, what was expected and what was found.
 * Keywords become plain strings (`:ok` → `"ok"`). For ops without a `time`, time is 0.
 * It does not check that a history makes sense (an ok without an invoke is kept as is;
 * checkers decide what to do with it).
 */



const HISTORY_FORMATS = ['jsonl', 'edn', 'jepsen-log'];
const OP_TYPES = new Set(['invoke', 'ok', 'fail', 'info']);
function describe(value) {
    if (value === undefined) {
        return 'nothing';
    }
    const text = JSON.stringify(value);
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
function isProcess(value) {
    return (typeof value === 'number' && Number.isInteger(value)) || value === 'nemesis';
}
/**
 * Turn one decoded record (from JSON or EDN) into an Op, or throw a HistoryFormatError.
 * Unknown fields are ignored; `index` is the position in the file.
 */
function recordToOp(record, index, file, line) {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        throw new errors/* HistoryFormatError */.eX(file, line, `expected an operation object, found ${describe(record)}`);
    }
    const r = record;
    if (!OP_TYPES.has(r.type)) {
        throw new errors/* HistoryFormatError */.eX(file, line, `expected "type" to be invoke, ok, fail or info, found ${describe(r.type)}`);
    }
    if (!isProcess(r.process)) {
        throw new errors/* HistoryFormatError */.eX(file, line, `expected "process" to be an integer or "nemesis", found ${describe(r.process)}`);
    }
    if (typeof r.f !== 'string') {
        throw new errors/* HistoryFormatError */.eX(file, line, `expected "f" to be a string, found ${describe(r.f)}`);
    }
    const time = r.time === undefined ? 0 : r.time;
    if (typeof time !== 'number' || !Number.isFinite(time)) {
        throw new errors/* HistoryFormatError */.eX(file, line, `expected "time" to be a number, found ${describe(r.time)}`);
    }
    const op = { index, time, process: r.process, type: r.type, f: r.f };
    for (const field of ['key', 'value', 'error', 'node', 'client']) {
        if (r[field] !== undefined) {
            ;
            op[field] = r[field];
        }
    }
    if (r.final === true) {
        op.final = true;
    }
    return op;
}
/** Our history.jsonl: one JSON object per line; blank lines are ignored. */
function parseJsonlHistory(text, file = '<history>') {
    const ops = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '') {
            continue;
        }
        let record;
        try {
            record = JSON.parse(line);
        }
        catch (error) {
            throw new errors/* HistoryFormatError */.eX(file, i + 1, `expected one JSON object per line, found ${describe(line)} (${error.message})`);
        }
        ops.push(recordToOp(record, ops.length, file, i + 1));
    }
    return ops;
}
/**
 * Jepsen's `independent` histories (Maelstrom's lin-kv `history.edn`) carry the key inside
 * the value: `[k v]` (a read invokes `[k nil]`, a cas is `[k [from to]]`). When no op has a
 * `:key` and every read/write/cas value is such a pair, and some write's value is one, move
 * the key out so the per-key checkers see `key` and the per-key `value`.
 */
function unwrapIndependent(ops) {
    const keyed = ops.filter((op) => op.process !== 'nemesis' && ['read', 'write', 'cas'].includes(op.f));
    const pair = (v) => Array.isArray(v) && v.length === 2;
    const independent = keyed.length > 0 &&
        keyed.every((op) => op.key === undefined && (op.value === undefined || pair(op.value))) &&
        keyed.some((op) => op.f === 'write' && pair(op.value)) &&
        keyed.every((op) => op.f !== 'cas' || op.value === undefined || pair(op.value[1]));
    if (!independent) {
        return ops;
    }
    for (const op of keyed) {
        if (pair(op.value)) {
            op.key = op.value[0];
            op.value = op.value[1] ?? undefined;
            if (op.value === undefined) {
                delete op.value;
            }
        }
    }
    return ops;
}
/** Jepsen EDN: one op map per line (as Knossos' and Porcupine's kv data). */
function parseEdnHistory(text, file = '<history>') {
    const ops = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        let line = lines[i].trim();
        if (line === '' || line.startsWith(';')) {
            continue;
        }
        // Tolerate a history written as one vector with one map per line.
        if (line.startsWith('[{')) {
            line = line.slice(1);
        }
        if (line.endsWith('}]')) {
            line = line.slice(0, -1);
        }
        if (line === '[' || line === ']') {
            continue;
        }
        let record;
        try {
            record = readEdn(line);
        }
        catch (error) {
            if (error instanceof EdnSyntaxError) {
                throw new errors/* HistoryFormatError */.eX(file, i + 1, `column ${error.column}: ${error.message}`);
            }
            throw error;
        }
        ops.push(recordToOp(record, ops.length, file, i + 1));
    }
    return unwrapIndependent(ops);
}
const LOG_PREFIX = 'jepsen.util - ';
const LOG_LINE = /^(\S+)\s+:(\S+)\s+:(\S+)(?:\s+(.*))?$/;
/**
 * Jepsen console logs. Lines without `jepsen.util - ` are other log output and are skipped.
 * A keyword in the value slot of a completion (`:timed-out`) is its error; such a
 * completion keeps its invocation's value (what the process tried to do).
 */
function parseJepsenLog(text, file = '<history>') {
    const ops = [];
    const openValue = new Map();
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const at = lines[i].indexOf(LOG_PREFIX);
        if (at < 0) {
            continue;
        }
        const rest = lines[i].slice(at + LOG_PREFIX.length).trim();
        const match = LOG_LINE.exec(rest);
        if (match === null) {
            throw new errors/* HistoryFormatError */.eX(file, i + 1, `expected "process :type :f value" after "${LOG_PREFIX}", found ${describe(rest)}`);
        }
        const [, processText, type, f, valueText] = match;
        const process = /^-?\d+$/.test(processText)
            ? Number(processText)
            : processText.replace(/^:/, '');
        let value;
        try {
            value = valueText === undefined || valueText.trim() === '' ? null : readEdn(valueText);
        }
        catch (error) {
            const column = error instanceof EdnSyntaxError ? ` (${error.message})` : '';
            throw new errors/* HistoryFormatError */.eX(file, i + 1, `expected an EDN value, found ${describe(valueText)}${column}`);
        }
        const record = { process, type, f };
        const keyword = valueText !== undefined && valueText.trim().startsWith(':');
        if (type === 'invoke') {
            record.value = value;
            openValue.set(process, value);
        }
        else if (keyword && type !== 'ok') {
            record.error = value;
            const invoked = openValue.get(process);
            if (invoked !== null && invoked !== undefined) {
                record.value = invoked;
            }
        }
        else {
            record.value = value;
        }
        if (type !== 'invoke') {
            openValue.delete(process);
        }
        ops.push(recordToOp(record, ops.length, file, i + 1));
    }
    return ops;
}
/** Guess the format from the file name, then from the first non-blank line. */
function detectHistoryFormat(path, text) {
    if (path.endsWith('.jsonl') || path.endsWith('.json')) {
        return 'jsonl';
    }
    if (path.endsWith('.edn')) {
        return 'edn';
    }
    const first = text
        .split('\n')
        .find((line) => line.trim() !== '')
        ?.trim();
    if (first === undefined) {
        return path.endsWith('.log') ? 'jepsen-log' : 'jsonl';
    }
    if (text.includes(LOG_PREFIX)) {
        return 'jepsen-log';
    }
    if (first.startsWith('{"') || first.startsWith('{ "')) {
        return 'jsonl';
    }
    if (first.startsWith('{') || first.startsWith('[{')) {
        return 'edn';
    }
    return undefined;
}
/** Parse history text in a given format (see readHistoryFile). */
function parseHistory(text, format, file = '<history>') {
    switch (format) {
        case 'jsonl':
            return parseJsonlHistory(text, file);
        case 'edn':
            return parseEdnHistory(text, file);
        case 'jepsen-log':
            return parseJepsenLog(text, file);
    }
}
/**
 * Read a history file. Without `format`, the format is detected from the name (`.jsonl`,
 * `.edn`) or the content. A file that cannot be read or parsed → HistoryFormatError.
 */
function readHistoryFile(path, format) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* HistoryFormatError */.eX(path, 0, `cannot read the file: ${error.message}`, {
            cause: error,
        });
    }
    const chosen = format ?? detectHistoryFormat(path, text);
    if (chosen === undefined) {
        const first = text.split('\n').findIndex((line) => line.trim() !== '');
        throw new errors/* HistoryFormatError */.eX(path, first + 1, `expected history.jsonl, Jepsen EDN or a Jepsen log (try --format jsonl|edn|jepsen-log), found ${describe(text.split('\n')[first].trim())}`);
    }
    return parseHistory(text, chosen, path);
}


/***/ }),

/***/ 9653:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ pairOps),
/* harmony export */   X: () => (/* binding */ NEMESIS)
/* harmony export */ });
/**
 * Operations of a history (interfaces.md §1.4). One JSON object per line in
 * `history.jsonl`; **line order is the order of events**, `time` is informational.
 *
 * - `invoke`: a client (or the nemesis) began an operation;
 * - `ok`: it completed and took effect;
 * - `fail`: it certainly took no effect;
 * - `info`: it may or may not have taken effect (a crash, a timeout, an indefinite error).
 *   An invocation with no completion line is treated like `info`.
 *
 * Client processes are integers (Jepsen's process ids: a worker gets a new process id after
 * each `info`). Faults are operations of process "nemesis" (checkers ignore them except to
 * explain evidence).
 */
const NEMESIS = 'nemesis';
/** Pair each client invocation with its completion, in invocation order. */
function pairOps(history) {
    const open = new Map();
    const pairs = [];
    for (const op of history) {
        if (op.process === NEMESIS) {
            continue;
        }
        if (op.type === 'invoke') {
            const pair = { invoke: op, complete: undefined };
            open.set(op.process, pair);
            pairs.push(pair);
        }
        else {
            const pair = open.get(op.process);
            if (pair !== undefined) {
                pair.complete = op;
                open.delete(op.process);
            }
        }
    }
    return pairs;
}


/***/ }),

/***/ 716:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  K9: () => (/* binding */ findNemesis),
  jb: () => (/* binding */ nemesisNames)
});

// UNUSED EXPORTS: NEMESES

;// CONCATENATED MODULE: ./src/nemesis/schedule.ts
const STEP_MS_MIN = 1;
function intervalMs(world) {
    return world.options.nemesisIntervalS * 1000 * world.options.timeScale;
}
/** Record an invoke, perform the action, record the info completion. */
async function recordFault(world, f, value, action) {
    world.record({ type: 'invoke', f, value });
    await action();
    world.record({ type: 'info', f, value });
}
/**
 * Alternate `start` and `stop`, each after uniform [0, 2×interval). `stop()` on the returned
 * run cancels the schedule, waits for a step in progress, and undoes an active fault. The
 * first error a step raised is rethrown by `stop()` after the fault has been undone.
 */
function alternate(world, random, steps) {
    const meanMs = intervalMs(world);
    let active = false;
    let stopped = false;
    let timer;
    let busy = Promise.resolve();
    let failure;
    const step = async () => {
        try {
            if (active) {
                active = false;
                await steps.stop();
            }
            else {
                active = true;
                await steps.start();
            }
        }
        catch (error) {
            failure ??= error;
        }
    };
    const scheduleNext = () => {
        if (stopped) {
            return;
        }
        // At least a millisecond apart, so a zero interval cannot spin the virtual clock.
        const delayMs = Math.max(STEP_MS_MIN, random.float() * 2 * meanMs);
        timer = world.clock.setTimer(delayMs, () => {
            timer = undefined;
            if (!stopped) {
                busy = step().then(scheduleNext);
            }
        });
    };
    scheduleNext();
    return {
        async stop() {
            stopped = true;
            if (timer !== undefined) {
                world.clock.clearTimer(timer);
                timer = undefined;
            }
            await busy;
            if (active) {
                await step();
            }
            if (failure !== undefined) {
                throw failure;
            }
        },
    };
}
/** "n1", "n1 and n2", "n1, n2 and n3". */
function listNodes(nodes) {
    if (nodes.length <= 1) {
        return nodes[0] ?? 'no node';
    }
    return `${nodes.slice(0, -1).join(', ')} and ${nodes[nodes.length - 1]}`;
}
function wasWere(nodes) {
    return nodes.length === 1 ? 'was' : 'were';
}
/** Sort node ids the way people read them: n2 before n10. */
function sortNodes(nodes) {
    return [...nodes].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
function pickTargets(spec, nodeIds, random) {
    const count = nodeIds.length;
    const size = {
        one: 1,
        minority: Math.max(1, Math.floor((count - 1) / 2)),
        majority: Math.floor(count / 2) + 1,
        all: count,
    }[spec];
    return sortNodes(random.shuffle(nodeIds).slice(0, Math.min(size, count)));
}
/** Target specs from `options.extra[key]` when given as a list of known specs. */
function targetSpecs(world, key, fallback) {
    const known = ['one', 'minority', 'majority', 'all'];
    const given = world.options.extra[key];
    if (Array.isArray(given)) {
        const specs = given.filter((s) => known.includes(s));
        if (specs.length > 0) {
            return specs;
        }
    }
    return fallback;
}

;// CONCATENATED MODULE: ./src/nemesis/partition.ts

const PARTITION_SHAPES = ['one', 'majority', 'majorities-ring', 'minority-third'];
/** A complete grudge: no node of one group hears from a node of another group. */
function groupsGrudge(groups) {
    const grudge = new Map();
    for (const group of groups) {
        const others = groups.filter((g) => g !== group).flat();
        for (const node of group) {
            if (others.length > 0) {
                grudge.set(node, new Set(others));
            }
        }
    }
    return grudge;
}
function split(shape, nodes, size) {
    const cut = sortNodes(nodes.slice(0, size));
    const rest = sortNodes(nodes.slice(size));
    if (cut.length === 0) {
        return {
            shape,
            grudge: new Map(),
            description: `no node was cut off (${shape} of ${nodes.length} nodes is empty)`,
        };
    }
    return {
        shape,
        grudge: groupsGrudge([cut, rest]),
        description: `${listNodes(cut)} ${wasWere(cut)} partitioned from ${listNodes(rest)}`,
    };
}
/** Jepsen's majorities-ring: node at the centre of each window of a majority sees the window. */
function majoritiesRing(nodes) {
    const count = nodes.length;
    const majority = Math.floor(count / 2) + 1;
    const grudge = new Map();
    for (let i = 0; i < count; i++) {
        const window = Array.from({ length: majority }, (_, j) => nodes[(i + j) % count]);
        const centre = window[Math.floor(majority / 2)];
        const unseen = nodes.filter((n) => !window.includes(n));
        if (unseen.length > 0) {
            grudge.set(centre, new Set(unseen));
        }
    }
    return grudge;
}
function planPartition(shape, nodeIds, random) {
    const shuffled = random.shuffle(nodeIds);
    const count = nodeIds.length;
    switch (shape) {
        case 'one':
            return split(shape, shuffled, 1);
        case 'majority':
            return split(shape, shuffled, Math.floor(count / 2));
        case 'minority-third':
            return split(shape, shuffled, Math.floor((count - 1) / 3));
        case 'majorities-ring': {
            const grudge = majoritiesRing(shuffled);
            const sees = sortNodes(nodeIds).map((node) => {
                const seen = sortNodes(nodeIds.filter((n) => n !== node && !grudge.get(node)?.has(n)));
                return `${node} heard only from ${seen.length > 0 ? listNodes(seen) : 'no one'}`;
            });
            return { shape, grudge, description: `majorities ring: ${sees.join('; ')}` };
        }
    }
}
function planOneWay(nodeIds, random) {
    const shuffled = random.shuffle(nodeIds);
    const size = 1 + random.int(Math.max(1, shuffled.length - 1));
    const senders = sortNodes(shuffled.slice(0, size));
    const receivers = sortNodes(shuffled.slice(size));
    const grudge = new Map();
    for (const receiver of receivers) {
        grudge.set(receiver, new Set(senders));
    }
    const description = receivers.length === 0
        ? 'no one-way partition (a single node)'
        : `messages from ${listNodes(senders)} to ${listNodes(receivers)} were dropped; ` +
            'the other direction still worked';
    return { shape: 'oneway', grudge, description };
}
/** A grudge as plain JSON for the history: dest → sorted sources. */
function grudgeToJson(grudge) {
    const json = {};
    for (const dest of sortNodes(grudge.keys())) {
        json[dest] = sortNodes(grudge.get(dest) ?? []);
    }
    return json;
}
function allowedShapes(world) {
    const given = world.options.extra.partitionShapes;
    if (Array.isArray(given)) {
        const shapes = given.filter((s) => PARTITION_SHAPES.includes(s));
        if (shapes.length > 0) {
            return shapes;
        }
    }
    return [...PARTITION_SHAPES];
}
function partitionPackage(name, doc, plan) {
    return {
        name,
        doc,
        start(world, random) {
            let current;
            return alternate(world, random, {
                start: async () => {
                    const chosen = plan(world, random);
                    const nodes = sortNodes(world.nodeIds);
                    current = {
                        kind: name,
                        shape: chosen.shape,
                        nodes,
                        grudge: grudgeToJson(chosen.grudge),
                        description: chosen.description,
                    };
                    await recordFault(world, `start-${name}`, current, () => world.network.setGrudge(chosen.grudge));
                },
                stop: async () => {
                    const nodes = current?.nodes ?? sortNodes(world.nodeIds);
                    const value = {
                        kind: name,
                        nodes,
                        description: `the network healed: ${listNodes(nodes)} could all reach each other again`,
                    };
                    await recordFault(world, `stop-${name}`, value, () => world.network.heal());
                },
            });
        },
    };
}
const partition = partitionPackage('partition', 'Maelstrom’s partitions (one, majority, majorities-ring, minority-third), alternating with heals', (world, random) => planPartition(random.pick(allowedShapes(world)), world.nodeIds, random));
const partitionOneway = partitionPackage('partition-oneway', 'drops traffic in one direction only between two groups of nodes, alternating with heals', (world, random) => planOneWay(world.nodeIds, random));

;// CONCATENATED MODULE: ./src/nemesis/process-faults.ts

function controls(world, nodes) {
    return nodes.flatMap((id) => {
        const control = world.nodes.get(id);
        return control === undefined ? [] : [control];
    });
}
/** node → the fault holding it, per run (keyed by the run's NodeControl map). */
const heldByRun = new WeakMap();
function held(world) {
    let nodes = heldByRun.get(world.nodes);
    if (nodes === undefined) {
        nodes = new Map();
        heldByRun.set(world.nodes, nodes);
    }
    return nodes;
}
/** Take the free nodes among `chosen` for `fault`. */
function take(world, chosen, fault) {
    const nodes = held(world);
    const free = chosen.filter((id) => !nodes.has(id));
    free.forEach((id) => nodes.set(id, fault));
    return free;
}
function release(world, released) {
    const nodes = held(world);
    released.forEach((id) => nodes.delete(id));
}
function sentence(nodes, what, none) {
    return nodes.length === 0 ? none : `${listNodes(nodes)} ${wasWere(nodes)} ${what}`;
}
const kill = {
    name: 'kill',
    doc: 'SIGKILL one or more nodes, restart them after a pause with the same data directory and a fresh init',
    start(world, random) {
        let victims = [];
        return alternate(world, random, {
            start: async () => {
                const spec = random.pick(targetSpecs(world, 'killTargets', ['one', 'minority', 'majority', 'all']));
                victims = take(world, pickTargets(spec, world.nodeIds, random), 'kill');
                const value = {
                    kind: 'kill',
                    targets: spec,
                    nodes: victims,
                    description: sentence(victims, 'killed (SIGKILL): lost everything not in the data directory', 'no node was killed: the nodes chosen were paused'),
                };
                await recordFault(world, 'kill', value, async () => {
                    for (const id of victims) {
                        world.network.setDown(id, true);
                    }
                    await Promise.all(controls(world, victims).map((c) => c.kill()));
                });
            },
            stop: async () => {
                const nodes = victims;
                const value = {
                    kind: 'kill',
                    nodes,
                    description: sentence(nodes, 'restarted with the same data directory and a fresh init', 'no node to restart'),
                };
                await recordFault(world, 'start', value, async () => {
                    for (const id of nodes) {
                        world.network.setDown(id, false);
                    }
                    await Promise.all(controls(world, nodes).map((c) => c.restart()));
                });
                release(world, nodes);
            },
        });
    },
};
const pause = {
    name: 'pause',
    doc: 'SIGSTOP a node (a slow or frozen process), SIGCONT it later',
    start(world, random) {
        let paused = [];
        return alternate(world, random, {
            start: async () => {
                const spec = random.pick(targetSpecs(world, 'pauseTargets', ['one', 'minority']));
                paused = take(world, pickTargets(spec, world.nodeIds, random), 'pause');
                const value = {
                    kind: 'pause',
                    targets: spec,
                    nodes: paused,
                    description: sentence(paused, 'paused (SIGSTOP): received and sent nothing until resumed', 'no node was paused: the nodes chosen were down'),
                };
                await recordFault(world, 'pause', value, () => {
                    for (const control of controls(world, paused)) {
                        control.pause();
                    }
                });
            },
            stop: async () => {
                const nodes = paused;
                const value = {
                    kind: 'pause',
                    nodes,
                    description: sentence(nodes, 'resumed (SIGCONT) and read what had queued up', 'no node to resume'),
                };
                await recordFault(world, 'resume', value, () => {
                    for (const control of controls(world, nodes)) {
                        control.resume();
                    }
                });
                release(world, nodes);
            },
        });
    },
};

;// CONCATENATED MODULE: ./src/nemesis/link-faults.ts

const DEFAULT_FAULT_RATIO = 0.1;
function percent(ratio) {
    return `${Math.round(ratio * 1000) / 10}%`;
}
function linkFault(name, field, doc, describe) {
    return {
        name,
        doc,
        start(world) {
            const given = world.options[field];
            const ratio = given > 0 ? given : DEFAULT_FAULT_RATIO;
            const nodes = sortNodes(world.nodeIds);
            const started = recordFault(world, `start-${name}`, { kind: name, nodes, ratio, description: describe(percent(ratio)) }, () => world.network.setLinkFaults({ [field]: ratio }));
            return {
                async stop() {
                    await started;
                    const value = { kind: name, nodes, ratio: 0, description: `${name} stopped` };
                    await recordFault(world, `stop-${name}`, value, () => world.network.setLinkFaults({ [field]: 0 }));
                },
            };
        },
    };
}
const loss = linkFault('loss', 'lossRatio', 'drops node↔node messages with probability --loss-rate (default 0.1)', (p) => `${p} of node↔node messages were dropped at random`);
const duplicate = linkFault('duplicate', 'duplicateRatio', 'delivers node↔node messages twice with probability --duplicate-rate (default 0.1)', (p) => `${p} of node↔node messages were delivered twice`);
const reorder = linkFault('reorder', 'reorderRatio', 'heavy-tailed extra delay on a fraction of messages so later messages overtake earlier ones', (p) => `${p} of node↔node messages were delayed by a heavy-tailed extra time, so later ones overtook them`);
const clientLoss = linkFault('client-loss', 'clientLossRatio', 'drops client↔node messages (requests and replies) with probability --client-loss-rate (default 0.1)', (p) => `${p} of client↔node messages (requests and replies) were dropped at random`);
const clientDuplicate = linkFault('client-duplicate', 'clientDuplicateRatio', 'delivers client↔node messages twice with probability --client-duplicate-rate (default 0.1)', (p) => `${p} of client↔node messages were delivered twice`);

;// CONCATENATED MODULE: ./src/nemesis/packages.ts
/**
 * Every fault package of curriculum.md §3, for the registry.
 */




;// CONCATENATED MODULE: ./src/nemesis/registry.ts

const NEMESES = {
    'client-duplicate': clientDuplicate,
    'client-loss': clientLoss,
    duplicate: duplicate,
    kill: kill,
    loss: loss,
    partition: partition,
    'partition-oneway': partitionOneway,
    pause: pause,
    reorder: reorder,
};
function nemesisNames() {
    return Object.keys(NEMESES).sort();
}
function findNemesis(name) {
    return Object.hasOwn(NEMESES, name) ? NEMESES[name] : undefined;
}


/***/ }),

/***/ 8353:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GH: () => (/* binding */ FileJournal),
/* harmony export */   YQ: () => (/* binding */ readJournalHead)
/* harmony export */ });
/* unused harmony exports MemoryJournal, nullJournal, parseJournal */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Where the network's journal goes (maelstrom-protocol.md §6.5; interfaces.md §1.2
 * `journal.jsonl`). A JournalSink receives every send, delivery, drop (with its reason) and
 * duplicate as a JournalEvent, in event order.
 *
 * - MemoryJournal keeps the events in an array (tests, scenario DSL, short runs).
 * - FileJournal appends one JSON object per line to a file, buffering at most
 *   `bufferCharsMax` characters in memory before a synchronous write, so memory stays bounded
 *   however long the run; `close()` flushes and closes the file.
 * - nullJournal discards everything (benchmarks).
 *
 * A sink never throws on learner data: bodies are whatever JSON the node sent.
 */

class MemoryJournal {
    events = [];
    closed = false;
    write(event) {
        if (!this.closed) {
            this.events.push(event);
        }
    }
    close() {
        this.closed = true;
    }
}
const nullJournal = {
    write() { },
    close() { },
};
/** 256 KiB of text before a write: few system calls, bounded memory. */
const DEFAULT_BUFFER_CHARS_MAX = 256 * 1024;
class FileJournal {
    path;
    bufferCharsMax;
    fd;
    parts = [];
    bufferedChars = 0;
    eventCount = 0;
    serialized = new WeakMap();
    constructor(path, bufferCharsMax = DEFAULT_BUFFER_CHARS_MAX) {
        this.path = path;
        this.bufferCharsMax = bufferCharsMax;
        this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'w');
    }
    /** Events written so far (including those still in the buffer). */
    get count() {
        return this.eventCount;
    }
    write(event) {
        if (this.fd === undefined) {
            return;
        }
        const line = this.serialize(event);
        this.parts.push(line);
        this.bufferedChars += line.length;
        this.eventCount++;
        if (this.bufferedChars >= this.bufferCharsMax) {
            this.flush();
        }
    }
    /**
     * One JSON line. A message is serialized once and reused for its delivery and duplicate
     * events (the simulator passes the same envelope object), which halves the cost.
     */
    serialize(event) {
        let message = this.serialized.get(event.message);
        if (message === undefined) {
            message = JSON.stringify(event.message);
            this.serialized.set(event.message, message);
        }
        const reason = event.reason === undefined ? '' : `,"reason":"${event.reason}"`;
        return `{"seq":${event.seq},"time":${event.time},"type":"${event.type}"${reason},"message":${message}}\n`;
    }
    flush() {
        if (this.fd === undefined || this.parts.length === 0) {
            return;
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, this.parts.join(''));
        this.parts.length = 0;
        this.bufferedChars = 0;
    }
    close() {
        if (this.fd === undefined) {
            return;
        }
        this.flush();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
        this.fd = undefined;
    }
}
/** Read a journal.jsonl back (tests, `net` statistics after a run, the message diagram). */
function parseJournal(text) {
    const events = [];
    for (const line of text.split('\n')) {
        if (line.trim() !== '') {
            events.push(JSON.parse(line));
        }
    }
    return events;
}
/**
 * The first `maxEvents` events of a journal file, reading at most `maxBytes` (a journal can
 * hold hundreds of MB; reports only draw its head). A torn last line is ignored.
 */
function readJournalHead(path, maxEvents, maxBytes = 8 * 1024 * 1024) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    }
    catch {
        return [];
    }
    try {
        const buffer = Buffer.alloc(maxBytes);
        const length = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, maxBytes, 0);
        const lines = buffer.toString('utf8', 0, length).split('\n');
        if (length === maxBytes) {
            lines.pop();
        }
        const events = [];
        for (const line of lines) {
            if (events.length >= maxEvents) {
                break;
            }
            if (line.trim() !== '') {
                events.push(JSON.parse(line));
            }
        }
        return events;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 7555:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vm: () => (/* binding */ SEED_MAX),
/* harmony export */   o8: () => (/* binding */ Random),
/* harmony export */   vo: () => (/* binding */ randomSeed)
/* harmony export */ });
/**
 * The one source of harness-side randomness. Deterministic given the seed.
 *
 * Every random decision of a run (operation mix, values, pacing, latencies, drops,
 * duplicates, fault schedules) draws from a Random derived from the run's seed. Streams
 * are *forked by label* (`random.fork('net:n1->n2')`) so that a different interleaving on
 * one path does not reshuffle the decisions on every other path (style.md §3.5 model 4).
 *
 * Generator: sfc32 (Small Fast Counter, 128-bit state), seeded through splitmix32 from the
 * seed and an FNV-1a hash of the label. Not cryptographic; fast and well distributed.
 * Nothing outside this file may call Math.random.
 */
const UINT32 = 0x1_0000_0000;
function splitmix32(state) {
    let s = state >>> 0;
    return () => {
        s = (s + 0x9e3779b9) >>> 0;
        let z = s;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
        return (z ^ (z >>> 16)) >>> 0;
    };
}
function fnv1a(text, basis = 0x811c9dc5) {
    let h = basis >>> 0;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
}
/** Largest seed accepted on the command line (fits a double exactly). */
const SEED_MAX = Number.MAX_SAFE_INTEGER;
class Random {
    seed;
    label;
    a;
    b;
    c;
    d;
    /** @param seed a non-negative integer ≤ SEED_MAX; @param label the stream's name */
    constructor(seed, label = '') {
        this.seed = seed;
        this.label = label;
        const low = seed % UINT32 >>> 0;
        const high = Math.floor(seed / UINT32) >>> 0;
        const mix = splitmix32(low ^ fnv1a(label, high ^ 0x811c9dc5));
        this.a = mix();
        this.b = mix();
        this.c = mix();
        this.d = mix();
        for (let i = 0; i < 12; i++) {
            this.nextUint32();
        }
    }
    /** A new independent stream named `label`, derived from this stream's seed and label. */
    fork(label) {
        return new Random(this.seed, this.label === '' ? label : `${this.label}/${label}`);
    }
    nextUint32() {
        const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
        this.d = (this.d + 1) >>> 0;
        this.a = this.b ^ (this.b >>> 9);
        this.b = (this.c + (this.c << 3)) >>> 0;
        this.c = (this.c << 21) | (this.c >>> 11);
        this.c = (this.c + t) >>> 0;
        return t;
    }
    /** Uniform in [0, 1). */
    float() {
        return this.nextUint32() / UINT32;
    }
    /** Uniform integer in [0, maxExclusive). */
    int(maxExclusive) {
        if (maxExclusive <= 0) {
            return 0;
        }
        return Math.floor(this.float() * maxExclusive);
    }
    /** Uniform integer in [low, highExclusive). */
    intBetween(low, highExclusive) {
        return low + this.int(highExclusive - low);
    }
    /** True with probability `probability`. */
    chance(probability) {
        return probability > 0 && this.float() < probability;
    }
    /** Exponentially distributed with the given mean. */
    exponential(mean) {
        return -Math.log(1 - this.float()) * mean;
    }
    pick(items) {
        if (items.length === 0) {
            throw new RangeError('pick from an empty list');
        }
        return items[this.int(items.length)];
    }
    /** A shuffled copy (Fisher–Yates). */
    shuffle(items) {
        const copy = items.slice();
        for (let i = copy.length - 1; i > 0; i--) {
            const j = this.int(i + 1);
            const tmp = copy[i];
            copy[i] = copy[j];
            copy[j] = tmp;
        }
        return copy;
    }
}
/** A fresh seed for a run that was not given one. The only non-seeded randomness. */
function randomSeed() {
    return Math.floor(Math.random() * 2 ** 31);
}


/***/ }),

/***/ 1760:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   nw: () => (/* binding */ explainSpawnError),
/* harmony export */   uA: () => (/* binding */ resolveNodeCommand)
/* harmony export */ });
/* unused harmony exports splitCommandLine, readShebang */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8382);
/**
 * `--bin` handling (interfaces.md §1.1): a path to an executable, or a command line in quotes
 * (`--bin "python3 node.py"`), plus the arguments after `--`.
 *
 * Resolution: an existing file path (relative to `cwd`, like Maelstrom) is used as is, even
 * when it contains spaces; otherwise the value is split like a shell would split words
 * (quotes and backslashes, no expansion), and its first word is resolved: a path relative to
 * `cwd`, or a bare word that is not a file there is looked up on PATH.
 *
 * Errors are RunErrors with one plain sentence: not found, a directory, not executable.
 * It never spawns and never reads process.env (PATH is passed in).
 */



function fileKind(path) {
    let isDirectory;
    try {
        isDirectory = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory();
    }
    catch {
        return 'missing';
    }
    if (isDirectory) {
        return 'directory';
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        return 'executable';
    }
    catch {
        return 'not-executable';
    }
}
/** Split a command line into words: '…' literal, "…" with \" and \\, \ escapes outside. */
function splitCommandLine(line) {
    const words = [];
    let word = '';
    let inWord = false;
    let quote;
    for (let i = 0; i < line.length; i++) {
        const char = line[i];
        if (quote === "'") {
            if (char === "'") {
                quote = undefined;
            }
            else {
                word += char;
            }
        }
        else if (quote === '"') {
            if (char === '"') {
                quote = undefined;
            }
            else if (char === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\')) {
                word += line[++i];
            }
            else {
                word += char;
            }
        }
        else if (char === "'" || char === '"') {
            quote = char;
            inWord = true;
        }
        else if (char === '\\' && i + 1 < line.length) {
            word += line[++i];
            inWord = true;
        }
        else if (/\s/.test(char)) {
            if (inWord) {
                words.push(word);
            }
            word = '';
            inWord = false;
        }
        else {
            word += char;
            inWord = true;
        }
    }
    if (quote !== undefined) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RunError */ .e4(`--bin ${line}: a ${quote} quote is never closed.`);
    }
    if (inWord) {
        words.push(word);
    }
    return words;
}
function lookUpPath(word, pathEnv) {
    for (const dir of (pathEnv ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
        if (dir === '') {
            continue;
        }
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, word);
        if (fileKind(candidate) === 'executable') {
            return candidate;
        }
    }
    return undefined;
}
function explain(kind, shown, path, bare) {
    switch (kind) {
        case 'missing':
            return bare
                ? `--bin ${shown}: no file ${path} and no program "${shown}" on PATH; check the path (it is relative to the directory dsgrade runs in).`
                : `--bin ${shown}: no such file ${path}; check the path (it is relative to the directory dsgrade runs in).`;
        case 'directory':
            return `--bin ${shown} is a directory (${path}); point --bin at the executable file inside it.`;
        case 'not-executable':
            return `--bin ${shown} is not executable; run \`chmod +x ${shown}\` (and start it with a #! line), or name the interpreter: --bin "python3 ${shown}".`;
        case 'executable':
            return '';
    }
}
/** Resolve the first word of a command to an executable file, or throw a RunError. */
function resolveProgram(word, options) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(word) ? word : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.cwd, word);
    const kind = fileKind(path);
    if (kind === 'executable') {
        if (readShebang(path)?.endsWith('\r') === true) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RunError */ .e4(`--bin ${word}: its #! line ends with a Windows line ending (CRLF), so the system looks for an interpreter whose name ends in a carriage return; save the file with LF line endings.`);
        }
        return path;
    }
    const bare = !word.includes('/');
    if (bare && kind !== 'not-executable') {
        const found = lookUpPath(word, options.pathEnv);
        if (found !== undefined) {
            return found;
        }
    }
    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RunError */ .e4(explain(kind, word, path, bare));
}
/** Turn `--bin` and the arguments after `--` into an executable and its arguments. */
function resolveNodeCommand(bin, options) {
    const extraArgs = options.extraArgs ?? [];
    const trimmed = bin.trim();
    if (trimmed === '') {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RunError */ .e4('--bin is empty; give the path of your node, e.g. --bin ./node.py.');
    }
    const display = [bin, ...extraArgs].join(' ');
    const asPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(trimmed) ? trimmed : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.cwd, trimmed);
    if (/\s/.test(trimmed) && fileKind(asPath) !== 'missing') {
        return { file: resolveProgram(trimmed, options), args: [...extraArgs], display };
    }
    const words = splitCommandLine(trimmed);
    if (words.length === 0) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RunError */ .e4('--bin is empty; give the path of your node, e.g. --bin ./node.py.');
    }
    const [program, ...args] = words;
    return { file: resolveProgram(program, options), args: [...args, ...extraArgs], display };
}
/** The first line of a file when it is a `#!` line (at most 256 bytes read), else undefined. */
function readShebang(file) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
        const buffer = Buffer.alloc(256);
        const length = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, buffer.length, 0);
        const text = buffer.toString('latin1', 0, length);
        if (!text.startsWith('#!')) {
            return undefined;
        }
        const newline = text.indexOf('\n');
        return newline === -1 ? text : text.slice(0, newline);
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
}
/** Why spawning `file` failed, as the end of a sentence, pointing at the usual mistakes. */
function explainSpawnError(error, file) {
    const shebang = readShebang(file);
    switch (error.code) {
        case 'ENOENT':
            if (shebang?.endsWith('\r') === true) {
                return 'its #! line ends with a Windows line ending (CRLF), so the interpreter name includes a carriage return; save the file with LF line endings';
            }
            if (shebang !== undefined) {
                return `the interpreter on its #! line (${shebang.slice(2).trim()}) was not found; install it or fix the #! line`;
            }
            return 'the file was not found';
        case 'EACCES':
            return 'permission denied; make it executable with chmod +x';
        case 'ENOEXEC':
            return 'it is not a program; start a script with a #! line such as #!/usr/bin/env python3';
        default:
            return `${error.code ?? 'error'}: ${error.message}`;
    }
}


/***/ }),

/***/ 2013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   Nc: () => (/* binding */ isDefinite),
/* harmony export */   O4: () => (/* binding */ ErrorCode)
/* harmony export */ });
/* unused harmony exports ERROR_CODES, errorCodeInfo */
/* harmony import */ var _shared_assert_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3203);
/**
 * Maelstrom's error-code table (maelstrom-protocol.md §1.5), as data, checked once at load
 * for duplicate codes and names. Codes ≥ 1000 are the learner's own and always indefinite.
 *
 * Definite: the operation certainly did not happen (→ history `fail`).
 * Indefinite: it may or may not have happened (→ history `info`, unless the op is idempotent).
 */

const ERROR_CODES = [
    { code: 0, name: 'timeout', definite: false, meaning: 'the request did not complete in time' },
    { code: 1, name: 'node-not-found', definite: true, meaning: 'the request was addressed to a node that does not exist' },
    { code: 10, name: 'not-supported', definite: true, meaning: 'the node does not implement this operation' },
    { code: 11, name: 'temporarily-unavailable', definite: true, meaning: 'the operation cannot be done right now' },
    { code: 12, name: 'malformed-request', definite: true, meaning: 'the request did not meet the server’s expectations' },
    { code: 13, name: 'crash', definite: false, meaning: 'a generic indefinite failure' },
    { code: 14, name: 'abort', definite: true, meaning: 'a generic definite failure' },
    { code: 20, name: 'key-does-not-exist', definite: true, meaning: 'the key does not exist' },
    { code: 21, name: 'key-already-exists', definite: true, meaning: 'the key already exists' },
    { code: 22, name: 'precondition-failed', definite: true, meaning: 'a precondition (such as a CAS from value) did not hold' },
    { code: 30, name: 'txn-conflict', definite: true, meaning: 'the transaction was aborted because of a conflict' },
];
const BY_CODE = new Map();
const BY_NAME = new Map();
for (const info of ERROR_CODES) {
    (0,_shared_assert_js__WEBPACK_IMPORTED_MODULE_0__/* .assert */ .v)(!BY_CODE.has(info.code), `duplicate error code ${info.code}`);
    (0,_shared_assert_js__WEBPACK_IMPORTED_MODULE_0__/* .assert */ .v)(!BY_NAME.has(info.name), `duplicate error name ${info.name}`);
    BY_CODE.set(info.code, info);
    BY_NAME.set(info.name, info);
}
const ErrorCode = {
    timeout: 0,
    nodeNotFound: 1,
    notSupported: 10,
    temporarilyUnavailable: 11,
    malformedRequest: 12,
    crash: 13,
    abort: 14,
    keyDoesNotExist: 20,
    keyAlreadyExists: 21,
    preconditionFailed: 22,
    txnConflict: 30,
};
function errorCodeInfo(code) {
    return BY_CODE.get(code);
}
/** Name for the history's `error` field: the table name, or "unknown" (codes ≥ 1000 too). */
function errorName(code) {
    return BY_CODE.get(code)?.name ?? 'unknown';
}
/** Whether an error with this code means the operation certainly did not happen. */
function isDefinite(code) {
    return BY_CODE.get(code)?.definite ?? false;
}


/***/ }),

/***/ 5680:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ renderReportHtml)
});

// UNUSED EXPORTS: MAX_LISTED_ANOMALIES

;// CONCATENATED MODULE: ./src/report/explain.ts
const MAX_EVIDENCE_PARAGRAPHS = 4;
function statusWord(stage) {
    switch (stage.status) {
        case 'pass':
            return 'passed';
        case 'fail':
            return 'failed';
        case 'unknown':
            return 'could not be decided (unknown never counts as a pass)';
        case 'inconclusive':
            return 'was inconclusive (neither passed nor failed)';
        case 'error':
            return 'could not run';
        case 'skipped':
            return 'was skipped (an earlier stage failed)';
    }
}
/** `servers msgs/op: 31.2, target < 30 ✗` */
function formatCriterion(criterion) {
    const mark = criterion.pass === true ? '✓' : criterion.pass === false ? '✗' : '?';
    const unit = typeof criterion.measured === 'number' && criterion.unit !== undefined
        ? ` ${criterion.unit}`
        : '';
    return `${criterion.label}: ${formatMeasured(criterion.measured)}${unit}, target ${criterion.threshold} ${mark}`;
}
function formatMeasured(measured) {
    if (measured === null) {
        return 'not measured';
    }
    if (typeof measured === 'number') {
        return Number.isInteger(measured) ? String(measured) : measured.toFixed(measured < 10 ? 2 : 1);
    }
    return String(measured);
}
/** The paragraphs for one stage; a passing stage gets only its reason. */
function explainStage(stage) {
    const paragraphs = [
        {
            kind: 'reason',
            text: `Stage ${stage.number} ${stage.title} ${statusWord(stage)}: ${stage.reason}`,
        },
    ];
    if (stage.status === 'pass' || stage.status === 'skipped') {
        return paragraphs;
    }
    // The replay command gets its own paragraph below.
    const evidence = stage.explanation.filter((text) => !text.startsWith('Replay this seed'));
    for (const text of evidence.slice(0, MAX_EVIDENCE_PARAGRAPHS)) {
        paragraphs.push({ kind: 'evidence', text });
    }
    const missed = stage.criteria.filter((criterion) => criterion.pass !== true);
    if (missed.length > 0) {
        paragraphs.push({
            kind: 'criteria',
            text: `Missed: ${missed.map(formatCriterion).join('; ')}.`,
        });
    }
    const failingSeeds = stage.seeds.filter((seed) => seed.valid !== true || seed.exitCode !== 0);
    if (stage.seeds.length > 1 && failingSeeds.length > 0) {
        paragraphs.push({
            kind: 'evidence',
            text: `${failingSeeds.length} of ${stage.seeds.length} seeds failed: ${failingSeeds.map((seed) => seed.seed).join(', ')}. Every seed must pass.`,
        });
    }
    if (stage.hint !== undefined && stage.hint !== '') {
        paragraphs.push({ kind: 'hint', text: `Hint: ${stage.hint}` });
    }
    if (stage.docsPath !== undefined && stage.docsPath !== '') {
        paragraphs.push({ kind: 'docs', text: `Concept: ${stage.docsPath}` });
    }
    if (stage.replay !== '') {
        paragraphs.push({ kind: 'replay', text: stage.replay });
    }
    return paragraphs;
}
/** The same paragraphs as plain text lines (for logs and plain pages). */
function explainStageText(stage) {
    return explainStage(stage).map((paragraph) => paragraph.kind === 'replay' ? `Replay locally: ${paragraph.text}` : paragraph.text);
}

;// CONCATENATED MODULE: ./src/report/html/assets.ts
/**
 * The inline CSS and script of report.html. The script only filters and annotates what the
 * server-side SVG already shows (Lamport filter by node, hover panel for message bodies);
 * the page is complete without it. Nothing here loads anything from the network.
 */
const REPORT_CSS = `
:root { --ok: #2e9e5b; --fail: #d64545; --info: #e0a100; --fault: rgba(214, 69, 69, 0.12); --ink: #1d2330; --muted: #667085; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); margin: 0; padding: 24px 32px; background: #fafbfc; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid #e4e7ec; padding-bottom: 4px; }
.meta { color: var(--muted); margin: 0 0 16px; } code, pre { font: 12.5px ui-monospace, SFMono-Regular, Menlo, monospace; }
pre { background: #f2f4f7; padding: 8px 10px; border-radius: 6px; overflow-x: auto; white-space: pre-wrap; }
.verdict { display: inline-block; padding: 4px 12px; border-radius: 999px; font-weight: 600; color: #fff; }
.verdict.pass { background: var(--ok); } .verdict.fail { background: var(--fail); } .verdict.unknown { background: var(--info); }
table { border-collapse: collapse; background: #fff; } th, td { padding: 5px 12px; border: 1px solid #e4e7ec; text-align: left; }
td.pass { color: var(--ok); font-weight: 600; } td.fail { color: var(--fail); font-weight: 600; } td.unknown { color: var(--info); font-weight: 600; }
.explanation p { background: #fff; border-left: 4px solid var(--fail); padding: 8px 12px; margin: 8px 0; }
.hint { color: var(--muted); } .notice { color: var(--muted); font-style: italic; } .empty { color: var(--muted); }
.scroll { overflow: auto; max-height: 80vh; border: 1px solid #e4e7ec; background: #fff; }
svg text { font: 11px ui-monospace, Menlo, monospace; fill: var(--ink); } svg .tick { fill: var(--muted); }
svg.timeline, svg.chart { background: #fff; border: 1px solid #e4e7ec; display: block; }
.op rect { stroke: rgba(0,0,0,.25); stroke-width: .5; } .op[data-node] { cursor: pointer; } .op.ok rect, circle.ok { fill: var(--ok); }
.op.fail rect, circle.fail { fill: var(--fail); } .op.info rect, circle.info { fill: var(--info); }
.op.unlinearized rect { fill: #c9ced6; } .op.unlinearized .lp { fill: #344054; } .op.evidence rect { stroke: #000; stroke-width: 2; } .op .lp { fill: #fff; font-weight: 700; }
.fault rect { fill: var(--fault); stroke: rgba(214,69,69,.4); stroke-dasharray: 3 2; } .fault text { fill: var(--fail); }
#rate rect { fill: #7a8aa6; } .crash pre, #findings pre { margin: 4px 0 0; max-height: 240px; overflow: auto; }
.lifeline line { stroke: #98a2b3; stroke-width: 1; } .lifeline text { font-weight: 700; text-anchor: middle; }
.msg line { stroke: #222; stroke-width: 1; } .msg.client line { stroke: #5aa9e6; } .msg.error line { stroke: #e86a92; }
.msg text { font-size: 9.5px; text-anchor: middle; fill: #344054; } .msg.dropped line { stroke-dasharray: 3 3; stroke: #b42318; }
.msg .x { fill: #b42318; font-size: 14px; } .msg.hidden, .lifeline.hidden { display: none; } .msg:hover line { stroke-width: 3; }
#arrowhead path { fill: #555; }
#tip { position: fixed; display: none; max-width: 520px; background: #101828; color: #fff; padding: 8px 10px; border-radius: 6px; font: 12px ui-monospace, Menlo, monospace; white-space: pre-wrap; word-break: break-all; pointer-events: none; z-index: 10; }
.legend span { display: inline-block; margin-right: 14px; } .legend i { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; border-radius: 2px; }
`;
const REPORT_JS = `
(function () {
  'use strict';
  var tip = document.getElementById('tip');
  var filter = document.getElementById('lamport-filter');
  function messages() { return document.querySelectorAll('#lamport .msg'); }
  if (filter) {
    filter.addEventListener('change', function () {
      var node = filter.value;
      messages().forEach(function (g) {
        var show = node === '' || g.getAttribute('data-src') === node || g.getAttribute('data-dest') === node;
        g.classList.toggle('hidden', !show);
      });
    });
  }
  // Clicking an operation shows the messages of the node it talked to.
  document.addEventListener('click', function (event) {
    var op = event.target && event.target.closest ? event.target.closest('.op[data-node]') : null;
    if (!op || !filter) { return; }
    filter.value = op.getAttribute('data-node');
    filter.dispatchEvent(new Event('change'));
    document.getElementById('messages').scrollIntoView();
  });
  document.addEventListener('mouseover', function (event) {
    var target = event.target && event.target.closest ? event.target.closest('[data-info]') : null;
    if (!tip) { return; }
    if (!target) { tip.style.display = 'none'; return; }
    tip.textContent = target.getAttribute('data-info');
    tip.style.display = 'block';
  });
  document.addEventListener('mousemove', function (event) {
    if (tip && tip.style.display === 'block') {
      tip.style.left = Math.min(event.clientX + 14, window.innerWidth - 540) + 'px';
      tip.style.top = (event.clientY + 14) + 'px';
    }
  });
})();
`;

;// CONCATENATED MODULE: ./src/report/html/escape.ts
/**
 * Escaping and formatting helpers for report.html. Everything a learner controls (bodies,
 * values, error texts, node ids) passes through `escapeHtml` (text and attributes) or
 * `jsonForScript` (inline JSON) before it reaches the page. Pure string functions.
 */
/** Escape text for HTML element content and quoted attribute values. */
function escapeHtml(text) {
    return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}
/**
 * JSON for an inline `<script type="application/json">`: `<`, `>`, `&` and the two line
 * separators become \u escapes, so no value can close the script element.
 */
function jsonForScript(value) {
    return JSON.stringify(value ?? null).replace(/[<>&\u2028\u2029]/g, (c) => {
        return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
    });
}
/** A JSON value as short display text (learner values can be huge). */
function shortJson(value, maxChars) {
    let text;
    try {
        text = value === undefined ? '' : (JSON.stringify(value) ?? String(value));
    }
    catch {
        text = String(value);
    }
    return text.length <= maxChars ? text : `${text.slice(0, Math.max(0, maxChars - 1))}…`;
}
/** Nanoseconds as a readable duration: `850 µs`, `12.3 ms`, `4.21 s`. */
function formatNs(ns) {
    const ms = ns / 1e6;
    if (ms < 1) {
        return `${Math.round(ns / 1e3)} µs`;
    }
    if (ms < 1000) {
        return `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
    }
    return `${(ms / 1000).toFixed(2)} s`;
}
/** A measured figure for a table cell. */
function escape_formatMeasured(value) {
    if (value === null || value === undefined) {
        return '—';
    }
    if (typeof value === 'number') {
        return Number.isInteger(value) ? String(value) : value.toFixed(value < 1 ? 3 : 1);
    }
    if (typeof value === 'string' || typeof value === 'boolean') {
        return String(value);
    }
    return shortJson(value, 60);
}
/** Round to 0.1 px so the SVG stays small. */
function px(value) {
    return String(Math.round(value * 10) / 10);
}

// EXTERNAL MODULE: ./src/history/types.ts
var types = __nccwpck_require__(9653);
;// CONCATENATED MODULE: ./src/report/html/model.ts
/**
 * Reads what report.html shows out of a run's results.json object, defensively: results
 * come from many checkers and may lack any field, so every reader accepts `unknown` and
 * falls back to nothing rather than throwing. Also derives fault windows and client
 * operation pairs from the history. Pure.
 */

function asRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
}
/** Follow a dotted path (`net.servers.msgsPerOp`) through plain objects. */
function getPath(root, path) {
    let node = root;
    for (const part of path.split('.')) {
        const record = asRecord(node);
        if (record === undefined) {
            return undefined;
        }
        node = record[part];
    }
    return node;
}
function readVerdict(results) {
    const valid = results.valid;
    if (valid === true || valid === false) {
        return valid;
    }
    return 'unknown';
}
function criterionFrom(value) {
    const record = asRecord(value);
    if (record === undefined) {
        return undefined;
    }
    const label = typeof record.label === 'string' ? record.label : String(record.id ?? '?');
    const pass = record.pass === true || record.pass === false || record.pass === 'unknown';
    return {
        label,
        threshold: typeof record.threshold === 'string' ? record.threshold : '',
        measured: record.measured,
        ...(typeof record.unit === 'string' ? { unit: record.unit } : {}),
        pass: pass ? record.pass : null,
    };
}
/** Figures shown when the run is not a track stage (no thresholds to compare with). */
const DEFAULT_FIGURES = [
    ['valid', 'valid'],
    ['availability.okFraction', 'ok fraction'],
    ['net.servers.msgsPerOp', 'servers msgs/op'],
    ['net.all.msgsPerOp', 'all msgs/op'],
    ['workload.lostCount', 'elements lost'],
    ['workload.stableLatencies.0.5', 'stable latency p50 (ms)'],
    ['workload.stableLatencies.1', 'stable latency max (ms)'],
];
function readQuantile(results, path) {
    // Quantile keys contain dots ("0.5"): resolve the parent, then index the last part.
    const match = /^(.*\.stableLatencies)\.(.+)$/.exec(path);
    if (match === null) {
        return getPath(results, path);
    }
    return asRecord(getPath(results, match[1] ?? ''))?.[match[2] ?? ''];
}
function readCriteria(results) {
    const staged = getPath(results, 'stage.criteria');
    if (Array.isArray(staged)) {
        return staged.map(criterionFrom).filter((row) => row !== undefined);
    }
    const rows = [];
    for (const [path, label] of DEFAULT_FIGURES) {
        const measured = readQuantile(results, path);
        if (measured !== undefined) {
            const pass = path === 'valid' ? measured : null;
            rows.push({ label, threshold: path === 'valid' ? '= true' : '', measured, pass });
        }
    }
    return rows;
}
/** Anomalies of every checker result found at the top level of results.json (capped). */
/** Checker results: top-level fields of results.json and the stage's extra checkers. */
function checkerEntries(results) {
    const extra = asRecord(getPath(results, 'stage.checkers')) ?? {};
    return [...Object.entries(results), ...Object.entries(extra)];
}
function readAnomalies(results, cap) {
    const rows = [];
    for (const [source, value] of checkerEntries(results)) {
        const anomalies = asRecord(value)?.anomalies;
        if (!Array.isArray(anomalies)) {
            continue;
        }
        for (const anomaly of anomalies) {
            const record = asRecord(anomaly);
            if (record === undefined || rows.length >= cap) {
                continue;
            }
            const ops = Array.isArray(record.ops) ? record.ops.filter(Number.isFinite) : [];
            rows.push({
                source,
                type: typeof record.type === 'string' ? record.type : 'anomaly',
                message: typeof record.message === 'string' ? record.message : '',
                ops: ops,
            });
        }
    }
    return rows;
}
function countAnomalies(results) {
    let count = 0;
    for (const [, value] of checkerEntries(results)) {
        const anomalies = asRecord(value)?.anomalies;
        count += Array.isArray(anomalies) ? anomalies.length : 0;
    }
    return count;
}
function readStrings(value) {
    if (typeof value === 'string') {
        return value === '' ? [] : [value];
    }
    return Array.isArray(value) ? value.filter((s) => typeof s === 'string') : [];
}
/** The name of the workload, wherever the runner put it. */
function readWorkloadName(results) {
    for (const path of ['workloadName', 'options.workload', 'test.workload', 'workload.name']) {
        const value = getPath(results, path);
        if (typeof value === 'string') {
            return value;
        }
    }
    const workload = results.workload;
    return typeof workload === 'string' ? workload : undefined;
}
/** Client operation pairs (nemesis excluded), invocation order. */
function clientPairs(history) {
    return (0,types/* pairOps */.J)(history);
}
function faultKind(f) {
    const ends = [
        [/^start-(.+)$/, 'start'],
        [/^stop-(.+)$/, 'stop'],
    ];
    for (const [pattern, edge] of ends) {
        const match = pattern.exec(f);
        if (match !== null) {
            return { kind: match[1] ?? f, edge };
        }
    }
    const pairs = {
        kill: { kind: 'kill', edge: 'start' },
        start: { kind: 'kill', edge: 'stop' },
        restart: { kind: 'kill', edge: 'stop' },
        pause: { kind: 'pause', edge: 'start' },
        resume: { kind: 'pause', edge: 'stop' },
        partition: { kind: 'partition', edge: 'start' },
        heal: { kind: 'partition', edge: 'stop' },
    };
    return pairs[f] ?? { kind: f, edge: 'point' };
}
function describeFault(op) {
    const value = asRecord(op.value);
    if (typeof value?.description === 'string') {
        return value.description;
    }
    if (Array.isArray(value?.nodes)) {
        return `${op.f} ${value.nodes.map(String).join(', ')}`;
    }
    return op.f;
}
/**
 * Fault windows from the nemesis operations: `start-X`…`stop-X`, kill…start/restart,
 * pause…resume. A window still open at the end of the history closes at its last op.
 */
function faultWindows(history) {
    const endNs = history.reduce((max, op) => Math.max(max, op.time), 0);
    const open = new Map();
    const windows = [];
    const nemesisOps = history.filter((op) => op.process === types/* NEMESIS */.X);
    const completions = nemesisOps.filter((op) => op.type !== 'invoke');
    for (const op of completions.length > 0 ? completions : nemesisOps) {
        const { kind, edge } = faultKind(op.f);
        if (edge === 'start' && !open.has(kind)) {
            const window = { kind, startNs: op.time, endNs, description: describeFault(op) };
            open.set(kind, window);
            windows.push(window);
        }
        else if (edge === 'stop') {
            const window = open.get(kind);
            if (window !== undefined) {
                window.endNs = op.time;
                open.delete(kind);
            }
        }
        else if (edge === 'point') {
            windows.push({ kind, startNs: op.time, endNs: op.time, description: describeFault(op) });
        }
    }
    return windows;
}
/** Error completions grouped by code and name, most frequent first (capped). */
function readErrors(history, cap) {
    const rows = new Map();
    for (const op of history) {
        if (op.process === types/* NEMESIS */.X ||
            op.type === 'invoke' ||
            op.type === 'ok' ||
            op.error === undefined) {
            continue;
        }
        const parts = Array.isArray(op.error) ? op.error : [op.error];
        const code = parts.length > 1 && typeof parts[0] === 'number' ? String(parts[0]) : '';
        const name = String(code === '' ? parts[0] : parts[1]);
        const text = parts.length > 2 ? String(parts[2]) : '';
        const key = `${code}/${name}`;
        const row = rows.get(key);
        if (row === undefined) {
            rows.set(key, { code, name, count: 1, text, firstOp: op.index });
        }
        else {
            row.count++;
        }
    }
    return [...rows.values()].sort((a, b) => b.count - a.count).slice(0, cap);
}
/** The fault windows the runner wrote to results.json (`faults`), if it did. */
function readFaultWindows(results) {
    if (!Array.isArray(results.faults)) {
        return undefined;
    }
    const windows = [];
    for (const item of results.faults) {
        const w = asRecord(item);
        if (w === undefined || typeof w.startNs !== 'number' || typeof w.endNs !== 'number') {
            continue;
        }
        const kind = typeof w.kind === 'string' ? w.kind : 'fault';
        const description = typeof w.description === 'string' ? w.description : kind;
        windows.push({ kind, startNs: w.startNs, endNs: w.endNs, description });
    }
    return windows;
}

;// CONCATENATED MODULE: ./src/report/html/findings.ts
/**
 * The "protocol and crashes" part of report.html: protocol lint findings (`results.lint.
 * findings`: code, node, message, fix, offending line) and node crashes (`results.crashes`:
 * node, message, last stderr lines). Read defensively, capped, all text escaped. Pure.
 */


const MAX_LISTED_FINDINGS = 20;
const MAX_STDERR_LINES = 15;
function findings_text(value) {
    return typeof value === 'string'
        ? value
        : value === undefined || value === null
            ? ''
            : String(value);
}
function findingRows(results) {
    const findings = getPath(results, 'lint.findings');
    if (!Array.isArray(findings)) {
        return [];
    }
    return findings.slice(0, MAX_LISTED_FINDINGS).map((item) => {
        const f = asRecord(item) ?? {};
        const count = typeof f.count === 'number' && f.count > 1 ? ` (×${f.count})` : '';
        const line = findings_text(f.line) === '' ? '' : `<pre>${escapeHtml(findings_text(f.line).slice(0, 300))}</pre>`;
        return (`<tr><td><code>${escapeHtml(findings_text(f.code))}</code>${count}</td><td>${escapeHtml(findings_text(f.node))}</td>` +
            `<td>${escapeHtml(findings_text(f.message))}${line}</td><td>${escapeHtml(findings_text(f.fix))}</td></tr>`);
    });
}
function crashBlocks(results) {
    const crashes = results.crashes;
    if (!Array.isArray(crashes)) {
        return [];
    }
    return crashes.slice(0, MAX_LISTED_FINDINGS).map((item) => {
        const c = asRecord(item) ?? {};
        const tail = Array.isArray(c.stderrTail) ? c.stderrTail.slice(-MAX_STDERR_LINES).map(findings_text) : [];
        const stderr = tail.length === 0 ? '' : `<pre>${escapeHtml(tail.join('\n'))}</pre>`;
        return `<div class="crash"><p><strong>${escapeHtml(findings_text(c.node))}</strong>: ${escapeHtml(findings_text(c.message))}</p>${stderr}</div>`;
    });
}
/** Empty when the run had no findings and no crashes. */
function renderFindings(results) {
    const rows = findingRows(results);
    const crashes = crashBlocks(results);
    if (rows.length === 0 && crashes.length === 0) {
        return '';
    }
    const total = getPath(results, 'lint.findings');
    const more = Array.isArray(total) && total.length > rows.length
        ? `<p class="notice">${total.length - rows.length} more findings are in results.json.</p>`
        : '';
    const table = rows.length === 0
        ? ''
        : '<table id="findings"><thead><tr><th>finding</th><th>node</th><th>what happened</th><th>how to fix it</th></tr></thead>' +
            `<tbody>${rows.join('')}</tbody></table>${more}`;
    const crashHtml = crashes.length === 0 ? '' : `<h3>Crashes</h3><div id="crashes">${crashes.join('')}</div>`;
    return `<section id="protocol"><h2>Protocol and crashes</h2>${table}${crashHtml}</section>`;
}

;// CONCATENATED MODULE: ./src/report/html/lamport.ts

const MAX_LAMPORT_EVENTS = 1000;
const STEP_PX = 16;
const COLUMN_PX = 120;
const TOP_PX = 34;
function endpointOrder(events, nodeIds) {
    const seen = new Set(nodeIds);
    for (const event of events) {
        seen.add(event.message.src);
        seen.add(event.message.dest);
    }
    const servers = new Set(nodeIds);
    const clientNumber = (id) => Number(/^c(\d+)$/.exec(id)?.[1] ?? NaN);
    const clients = [...seen].filter((id) => Number.isFinite(clientNumber(id)));
    clients.sort((a, b) => clientNumber(a) - clientNumber(b));
    const services = [...seen].filter((id) => !servers.has(id) && !clients.includes(id)).sort();
    return [...clients, ...nodeIds, ...services];
}
function messageClass(message, servers) {
    if (message.body.type === 'error') {
        return 'msg error';
    }
    return servers.has(message.src) && servers.has(message.dest) ? 'msg server' : 'msg client';
}
function bodyLabel(message) {
    const { type, msg_id: _msgId, in_reply_to: _inReplyTo, ...rest } = message.body;
    if (type === 'error' && typeof rest.text === 'string') {
        return `error ${String(rest.code)} ${rest.text}`.slice(0, 48);
    }
    const fields = Object.keys(rest).length === 0 ? '' : ' ' + shortJson(rest, 48);
    return `${type}${fields}`.slice(0, 48);
}
function arrow(send, end, columns, servers) {
    const { message } = send.event;
    const x0 = (columns.get(message.src) ?? 0) * COLUMN_PX + COLUMN_PX / 2;
    const x1 = (columns.get(message.dest) ?? 0) * COLUMN_PX + COLUMN_PX / 2;
    const y0 = TOP_PX + send.step * STEP_PX;
    const dropped = end.event.type === 'drop';
    const y1 = TOP_PX + end.step * STEP_PX;
    const xEnd = dropped ? x0 + (x1 - x0) * 0.35 : x1;
    const yEnd = dropped ? y0 + (y1 - y0) * 0.35 + 8 : y1;
    const what = dropped
        ? `dropped (${end.event.reason ?? 'unknown'})`
        : `delivered at ${formatNs(end.event.time)}`;
    const full = `${message.src} → ${message.dest} ${JSON.stringify(message.body)}`;
    const title = `${full}\nsent at ${formatNs(send.event.time)}, ${what}`;
    const classes = messageClass(message, servers) + (dropped ? ' dropped' : '');
    const label = dropped
        ? ''
        : `<text x="${px((x0 + x1) / 2)}" y="${px((y0 + y1) / 2 - 2)}">${escapeHtml(bodyLabel(message))}</text>`;
    const cross = dropped ? `<text class="x" x="${px(xEnd)}" y="${px(yEnd + 4)}">×</text>` : '';
    return (`<g class="${classes}" data-src="${escapeHtml(message.src)}" data-dest="${escapeHtml(message.dest)}" data-info="${escapeHtml(title)}">` +
        `<line x1="${px(x0)}" y1="${px(y0)}" x2="${px(xEnd)}" y2="${px(yEnd)}" marker-end="url(#arrowhead)"/>${label}${cross}<title>${escapeHtml(title)}</title></g>`);
}
function pairEvents(events) {
    const sends = new Map();
    const pairs = [];
    events.forEach((event, step) => {
        const id = event.message.id;
        if (event.type === 'send' && id !== undefined) {
            sends.set(id, { event, step });
        }
        else if (event.type === 'deliver' || event.type === 'drop') {
            const send = id === undefined ? undefined : sends.get(id);
            if (send !== undefined) {
                pairs.push([send, { event, step }]);
            }
            else if (event.type === 'drop') {
                // Refused at send time (unknown destination or source): no send event, no id.
                pairs.push([
                    { event, step },
                    { event, step },
                ]);
            }
        }
    });
    return pairs;
}
function renderLamport(journal, nodeIds) {
    const relevant = journal.filter((e) => e.message.body.type !== 'init' && e.message.body.type !== 'init_ok' && e.type !== 'duplicate');
    const events = relevant.slice(0, MAX_LAMPORT_EVENTS);
    if (events.length === 0) {
        return '<p class="empty">No messages were recorded.</p>';
    }
    const order = endpointOrder(events, nodeIds);
    const columns = new Map(order.map((id, i) => [id, i]));
    const servers = new Set(nodeIds);
    const widthPx = order.length * COLUMN_PX;
    const heightPx = TOP_PX + events.length * STEP_PX + 20;
    const lanes = order
        .map((id, i) => {
        const x = i * COLUMN_PX + COLUMN_PX / 2;
        return `<g class="lifeline" data-node="${escapeHtml(id)}"><text x="${x}" y="16">${escapeHtml(id)}</text><line x1="${x}" y1="24" x2="${x}" y2="${heightPx}"/></g>`;
    })
        .join('');
    const arrows = pairEvents(events).map(([send, end]) => arrow(send, end, columns, servers));
    const notice = relevant.length > events.length
        ? `<p class="notice">Additional network events not shown: ${relevant.length - events.length} (the diagram shows the first ${MAX_LAMPORT_EVENTS}).</p>`
        : '';
    const options = order
        .map((id) => `<option value="${escapeHtml(id)}">${escapeHtml(id)}</option>`)
        .join('');
    return (`<label>Show messages of <select id="lamport-filter"><option value="">every node</option>${options}</select></label>` +
        `<div class="scroll"><svg id="lamport" width="${widthPx}" height="${heightPx}" viewBox="0 0 ${widthPx} ${heightPx}">` +
        '<defs><marker id="arrowhead" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z"/></marker></defs>' +
        `${lanes}${arrows.join('')}</svg></div>${notice}`);
}

;// CONCATENATED MODULE: ./src/report/html/latency.ts

const MAX_LATENCY_POINTS = 5000;
const WIDTH_PX = 1100;
const HEIGHT_PX = 180;
const LEFT_PX = 56;
function niceMaxMs(latenciesMs) {
    const sorted = [...latenciesMs].sort((a, b) => a - b);
    const p99 = sorted[Math.floor(sorted.length * 0.99)] ?? sorted.at(-1) ?? 1;
    return Math.max(1, p99 * 1.1);
}
function renderLatency(pairs, endNs) {
    const done = pairs.filter((p) => p.complete !== undefined).slice(0, MAX_LATENCY_POINTS);
    if (done.length === 0) {
        return '<p class="empty">No client operation completed.</p>';
    }
    const end = Math.max(endNs, 1);
    const x = (ns) => LEFT_PX + (ns / end) * (WIDTH_PX - LEFT_PX - 10);
    const latenciesMs = done.map((p) => ((p.complete?.time ?? 0) - p.invoke.time) / 1e6);
    const maxMs = niceMaxMs(latenciesMs);
    const y = (ms) => HEIGHT_PX - 20 - (Math.min(ms, maxMs) / maxMs) * (HEIGHT_PX - 40);
    const dots = done
        .map((p, i) => {
        const ms = latenciesMs[i] ?? 0;
        return `<circle class="${p.complete?.type ?? 'info'}" cx="${px(x(p.invoke.time))}" cy="${px(y(ms))}" r="2"><title>op ${p.invoke.index} ${escapeHtml(p.invoke.f)}: ${ms.toFixed(1)} ms</title></circle>`;
    })
        .join('');
    const axis = `<text class="tick" x="4" y="${px(y(maxMs) + 4)}">${maxMs.toFixed(0)} ms</text>` +
        `<text class="tick" x="4" y="${px(y(0))}">0</text>` +
        `<text class="tick" x="${WIDTH_PX - 70}" y="${HEIGHT_PX - 4}">${escapeHtml(formatNs(end))}</text>`;
    return (`<svg id="latency" class="chart" width="${WIDTH_PX}" height="${HEIGHT_PX}" viewBox="0 0 ${WIDTH_PX} ${HEIGHT_PX}">${axis}${dots}</svg>` +
        renderRate(done, end, x));
}
function renderRate(done, endNs, x) {
    const buckets = Math.max(1, Math.ceil(endNs / 1e9));
    const counts = new Array(buckets).fill(0);
    for (const pair of done) {
        const bucket = Math.min(buckets - 1, Math.floor((pair.complete?.time ?? 0) / 1e9));
        counts[bucket] = (counts[bucket] ?? 0) + 1;
    }
    const max = Math.max(1, ...counts);
    const heightPx = 90;
    const bars = counts
        .map((count, i) => {
        const h = (count / max) * (heightPx - 24);
        const x0 = x(i * 1e9);
        const w = Math.max(1, x(Math.min(endNs, (i + 1) * 1e9)) - x0 - 1);
        return `<rect x="${px(x0)}" y="${px(heightPx - 14 - h)}" width="${px(w)}" height="${px(h)}"><title>second ${i}: ${count} completions</title></rect>`;
    })
        .join('');
    return (`<svg id="rate" class="chart" width="${WIDTH_PX}" height="${heightPx}" viewBox="0 0 ${WIDTH_PX} ${heightPx}">` +
        `<text class="tick" x="4" y="14">${max}/s</text>${bars}</svg>`);
}

;// CONCATENATED MODULE: ./src/report/html/timeline.ts

const MAX_TIMELINE_OPS = 2000;
const MAX_TIMELINE_LANES = 60;
const LANE_HEIGHT_PX = 22;
const timeline_LEFT_PX = 56;
const timeline_WIDTH_PX = 1100;
function describeOp(pair) {
    const { invoke, complete } = pair;
    const key = invoke.key === undefined ? '' : ` key ${shortJson(invoke.key, 40)}`;
    const input = invoke.value === undefined ? '' : ` ${shortJson(invoke.value, 80)}`;
    const outcome = complete === undefined
        ? 'no completion (info)'
        : `${complete.type}${complete.value === undefined ? '' : ' ' + shortJson(complete.value, 80)}` +
            (complete.error === undefined ? '' : ` error ${shortJson(complete.error, 80)}`);
    const node = invoke.node === undefined ? '' : ` via ${invoke.node}`;
    const end = complete === undefined ? '…' : formatNs(complete.time);
    return `op ${invoke.index}: process ${String(invoke.process)} ${invoke.f}${key}${input}${node} → ${outcome} [${formatNs(invoke.time)} – ${end}]`;
}
/** Short text inside a box: `3. write 1`, `read → 2`. */
function opLabel(pair, rank) {
    const { invoke, complete } = pair;
    const prefix = rank === undefined ? '' : `${rank}. `;
    const asked = invoke.value === undefined || invoke.value === null ? '' : ` ${shortJson(invoke.value, 24)}`;
    const read = complete?.type === 'ok' && invoke.f === 'read' && complete.value !== undefined;
    return `${prefix}${invoke.f}${asked}${read ? ' → ' + shortJson(complete.value, 24) : ''}`;
}
function outcomeClass(complete) {
    return complete === undefined ? 'info' : complete.type;
}
function laneOrder(pairs) {
    const lanes = new Map();
    for (const pair of pairs) {
        const key = String(pair.invoke.process);
        if (!lanes.has(key) && lanes.size < MAX_TIMELINE_LANES) {
            lanes.set(key, lanes.size);
        }
    }
    return lanes;
}
function faultBands(options, x, heightPx) {
    return options.faults
        .map((fault) => {
        const width = Math.max(2, x(fault.endNs) - x(fault.startNs));
        const label = escapeHtml(`${fault.description} (${formatNs(fault.startNs)} – ${formatNs(fault.endNs)})`);
        return (`<g class="fault fault-${escapeHtml(fault.kind.replace(/[^a-z0-9-]/gi, ''))}">` +
            `<rect x="${px(x(fault.startNs))}" y="14" width="${px(width)}" height="${px(heightPx)}"><title>${label}</title></rect>` +
            `<text x="${px(x(fault.startNs) + 2)}" y="11">${escapeHtml(fault.kind)}</text></g>`);
    })
        .join('');
}
function opBox(pair, y, x, options, endNs) {
    const { invoke, complete } = pair;
    const x0 = x(invoke.time);
    const x1 = x(complete?.time ?? endNs);
    const rank = options.linearized?.get(invoke.index) ??
        (complete ? options.linearized?.get(complete.index) : undefined);
    const marked = options.highlighted?.has(invoke.index) === true ||
        (complete !== undefined && options.highlighted?.has(complete.index) === true);
    const classes = ['op', outcomeClass(complete)];
    if (marked) {
        classes.push('evidence');
    }
    if (options.linearized !== undefined && rank === undefined) {
        classes.push('unlinearized');
    }
    const widthPx = Math.max(2, x1 - x0);
    const text = opLabel(pair, rank);
    const maxChars = Math.floor((widthPx - 4) / 6.6);
    const clipped = text.length > maxChars ? text.slice(0, maxChars - 1) + '…' : text;
    const label = maxChars >= 2
        ? `<text class="lp" x="${px(x0 + 3)}" y="${px(y + 14)}">${escapeHtml(clipped)}</text>`
        : '';
    const node = invoke.node === undefined ? '' : ` data-node="${escapeHtml(invoke.node)}"`;
    return `<g class="${classes.join(' ')}" data-op="${invoke.index}"${node}><rect x="${px(x0)}" y="${px(y + 3)}" width="${px(widthPx)}" height="${LANE_HEIGHT_PX - 6}" rx="2"><title>${escapeHtml(describeOp(pair))}</title></rect>${label}</g>`;
}
function axis(endNs, x, yPx) {
    const ticks = [];
    for (let i = 0; i <= 10; i++) {
        const ns = (endNs * i) / 10;
        const anchor = i === 0 ? 'start' : i === 10 ? 'end' : 'middle';
        ticks.push(`<text class="tick" text-anchor="${anchor}" x="${px(x(ns))}" y="${px(yPx)}">${escapeHtml(formatNs(ns))}</text>`);
    }
    return ticks.join('');
}
/** Returns the SVG (and a cap notice when something was left out). */
function renderTimeline(options) {
    const shown = options.pairs.slice(0, MAX_TIMELINE_OPS);
    const lanes = laneOrder(shown);
    const endNs = Math.max(options.endNs, 1);
    const x = (ns) => timeline_LEFT_PX + (ns / endNs) * (timeline_WIDTH_PX - timeline_LEFT_PX - 10);
    const lanesHeightPx = lanes.size * LANE_HEIGHT_PX;
    const heightPx = lanesHeightPx + 40;
    const parts = [faultBands(options, x, lanesHeightPx)];
    for (const [name, lane] of lanes) {
        const y = 14 + lane * LANE_HEIGHT_PX;
        parts.push(`<text class="lane" x="4" y="${px(y + 15)}">p${escapeHtml(name)}</text>`);
    }
    let dropped = options.pairs.length - shown.length;
    for (const pair of shown) {
        const lane = lanes.get(String(pair.invoke.process));
        if (lane === undefined) {
            dropped++;
            continue;
        }
        parts.push(opBox(pair, 14 + lane * LANE_HEIGHT_PX, x, options, endNs));
    }
    parts.push(axis(endNs, x, heightPx - 8));
    const notice = dropped > 0
        ? `<p class="notice">${dropped} more operations not drawn (the timeline shows the first ${MAX_TIMELINE_OPS} operations of at most ${MAX_TIMELINE_LANES} processes).</p>`
        : '';
    return (`<svg id="${escapeHtml(options.id)}" class="timeline" width="${timeline_WIDTH_PX}" height="${heightPx}" viewBox="0 0 ${timeline_WIDTH_PX} ${heightPx}">` +
        parts.join('') +
        `</svg>${notice}`);
}

;// CONCATENATED MODULE: ./src/report/html/linearizability.ts



function num(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
/** A TimelineOp of the evidence as an invocation/completion pair of history ops. */
function pairFromTimelineOp(item, endNs) {
    const op = asRecord(item);
    const index = num(op?.index);
    const startNs = num(op?.startNs);
    if (op === undefined || index === undefined || startNs === undefined) {
        return undefined;
    }
    const process = typeof op.process === 'number' || typeof op.process === 'string' ? op.process : '?';
    const f = typeof op.f === 'string' ? op.f : 'op';
    const invoke = {
        index,
        time: startNs,
        process,
        type: 'invoke',
        f,
        value: op.value,
        node: op.node,
    };
    const type = op.type === 'ok' || op.type === 'fail' ? op.type : 'info';
    const complete = {
        index: num(op.completeIndex) ?? index,
        time: num(op.endNs) ?? endNs,
        process,
        type,
        f,
        value: op.output ?? op.value,
    };
    return { invoke, complete: op.endNs === null && type === 'info' ? undefined : complete };
}
function fromEvidence(evidence, endNs) {
    if (!Array.isArray(evidence.ops)) {
        return undefined;
    }
    const idToIndex = new Map();
    const pairs = [];
    for (const item of evidence.ops) {
        const pair = pairFromTimelineOp(item, endNs);
        const id = num(asRecord(item)?.id);
        if (pair !== undefined) {
            pairs.push(pair);
            if (id !== undefined) {
                idToIndex.set(id, pair.invoke.index);
            }
        }
    }
    const partial = Array.isArray(evidence.partial) ? evidence.partial : [];
    const linearized = new Map();
    partial.forEach((id, i) => {
        const index = idToIndex.get(Number(id));
        if (index !== undefined) {
            linearized.set(index, i + 1);
        }
    });
    const blocking = idToIndex.get(Number(evidence.blocking));
    const candidates = (Array.isArray(evidence.candidates) ? evidence.candidates : []).map((c) => {
        const record = asRecord(c) ?? {};
        const index = idToIndex.get(Number(record.op));
        const pair = pairs.find((p) => p.invoke.index === index);
        const asked = pair?.invoke.value === undefined || pair.invoke.value === null
            ? ''
            : ` ${shortJson(pair.invoke.value, 30)}`;
        const got = pair?.complete?.type === 'ok' && pair.invoke.f === 'read'
            ? ` → ${shortJson(pair.complete.value, 30)}`
            : '';
        const label = pair === undefined
            ? ''
            : ` (${pair.invoke.f}${asked}${got}, process ${String(pair.invoke.process)})`;
        const what = record.legal === true
            ? `would leave ${shortJson(record.result, 60)}`
            : 'cannot happen in this state';
        return `op ${index ?? String(record.op)}${label}: ${what}`;
    });
    return {
        pairs,
        linearized,
        evidenceOps: new Set(blocking === undefined ? [] : [blocking]),
        candidates,
        stateBefore: evidence.stateBefore,
    };
}
function fromHistory(anomaly, key, history) {
    const pairs = clientPairs(history).filter((pair) => key === undefined || JSON.stringify(pair.invoke.key) === JSON.stringify(key));
    const ops = Array.isArray(anomaly.ops)
        ? anomaly.ops.filter((i) => Number.isInteger(i))
        : [];
    return {
        pairs,
        linearized: new Map(),
        evidenceOps: new Set(ops),
        candidates: [],
        stateBefore: undefined,
    };
}
function readLinFailure(results, history) {
    const anomalies = asRecord(results.workload)?.anomalies;
    if (!Array.isArray(anomalies)) {
        return undefined;
    }
    const endNs = history.reduce((max, op) => Math.max(max, op.time), 0);
    for (const item of anomalies) {
        const anomaly = asRecord(item);
        const type = typeof anomaly?.type === 'string' ? anomaly.type : '';
        if (anomaly === undefined || !/lineari[sz]/i.test(type)) {
            continue;
        }
        const evidence = asRecord(anomaly.evidence) ?? {};
        const ops = Array.isArray(anomaly.ops) ? anomaly.ops : [];
        const byIndex = new Map(history.map((op) => [op.index, op]));
        const key = 'key' in evidence
            ? evidence.key
            : ops.map((i) => byIndex.get(Number(i))?.key).find((k) => k !== undefined);
        const message = typeof anomaly.message === 'string' ? anomaly.message : type;
        const parts = fromEvidence(evidence, endNs) ?? fromHistory(anomaly, key, history);
        return { key, message, ...parts };
    }
    return undefined;
}
function renderLinFailure(failure, faults, endNs) {
    const keyText = failure.key === undefined || failure.key === null
        ? 'the register'
        : `key ${shortJson(failure.key, 40)}`;
    const steps = failure.linearized.size;
    const candidates = failure.candidates.length === 0
        ? ''
        : `<p>After those ${steps} operations the value is <code>${escapeHtml(shortJson(failure.stateBefore, 80))}</code>. What could have come next:</p><ul id="lin-candidates">` +
            failure.candidates
                .slice(0, 20)
                .map((c) => `<li>${escapeHtml(c)}</li>`)
                .join('') +
            '</ul>';
    return (`<section id="linearizability"><h2>Linearizability: ${escapeHtml(keyText)}</h2>` +
        `<p class="hint">The numbered operations are the longest partial linearization the checker found (${steps} operations): ` +
        'one order, consistent with real time, in which every read sees the latest write. Grey operations could not be added to it; ' +
        'the outlined one is where every order got stuck. Hover an operation for its values.</p>' +
        renderTimeline({
            pairs: failure.pairs,
            faults,
            endNs,
            linearized: failure.linearized,
            highlighted: failure.evidenceOps,
            id: 'lin-timeline',
        }) +
        candidates +
        '</section>');
}

;// CONCATENATED MODULE: ./src/report/html.ts









/** How many anomalies the page lists (the rest are counted). */
const MAX_LISTED_ANOMALIES = 20;
const MAX_RAW_RESULTS_CHARS = 100_000;
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
/** The run's verdict; for a track stage, the stage's status (criteria can fail a valid run). */
function verdictBadge(verdict, stage) {
    if (stage !== undefined) {
        const cls = stage.status === 'pass' ? 'pass' : stage.status === 'unknown' ? 'unknown' : 'fail';
        const text = `${stage.status.toUpperCase()} — stage ${stage.number} ${stage.title}`;
        return `<span class="verdict ${cls}" id="verdict">${escapeHtml(text)}</span>`;
    }
    const [cls, text] = verdict === true
        ? ['pass', 'PASS — valid']
        : verdict === false
            ? ['fail', 'FAIL — invalid']
            : ['unknown', 'UNKNOWN — not decided'];
    return `<span class="verdict ${cls}" id="verdict">${text}</span>`;
}
function passCell(pass) {
    if (pass === null) {
        return '<td>—</td>';
    }
    const cls = pass === true ? 'pass' : pass === false ? 'fail' : 'unknown';
    return `<td class="${cls}">${pass === true ? '✓ pass' : pass === false ? '✗ fail' : '? unknown'}</td>`;
}
function criteriaTable(results) {
    const rows = readCriteria(results);
    if (rows.length === 0) {
        return '<p class="empty">No criteria or figures were recorded.</p>';
    }
    const body = rows
        .map((row) => `<tr><td>${escapeHtml(row.label)}</td><td>${escapeHtml(escape_formatMeasured(row.measured))}${typeof row.measured === 'number' && row.unit !== undefined ? ` ${escapeHtml(row.unit)}` : ''}</td><td>${escapeHtml(row.threshold || '—')}</td>${passCell(row.pass)}</tr>`)
        .join('');
    return `<table id="criteria"><thead><tr><th>criterion</th><th>measured</th><th>target</th><th>result</th></tr></thead><tbody>${body}</tbody></table>`;
}
const STATUSES = ['pass', 'fail', 'unknown', 'error', 'skipped'];
/**
 * The stage field of a track run's results.json (`{track, stage, number, title, status,
 * criteria, replay, …}`) as a StageResult for explain.ts, or undefined when absent.
 */
function stageOf(results) {
    const stage = asRecord(results.stage);
    const status = STATUSES.find((s) => s === stage?.status);
    if (stage === undefined || status === undefined) {
        return undefined;
    }
    const text = (value, fallback) => typeof value === 'string' ? value : fallback;
    const reason = typeof results.reason === 'string' ? results.reason : getPath(results, 'workload.reason');
    return {
        trackId: text(stage.track ?? stage.trackId, ''),
        stageId: text(stage.stage ?? stage.stageId, ''),
        number: text(stage.number, ''),
        title: text(stage.title, ''),
        status,
        reason: text(stage.reason ?? reason, status === 'pass' ? 'every criterion met its target.' : 'see the criteria below.'),
        criteria: Array.isArray(stage.criteria) ? stage.criteria : [],
        seeds: [],
        explanation: readStrings(stage.explanation),
        ...(typeof stage.hint === 'string' ? { hint: stage.hint } : {}),
        ...(typeof stage.docsPath === 'string' ? { docsPath: stage.docsPath } : {}),
        replay: '',
        durationMs: 0,
    };
}
function stageParagraphs(results) {
    const stage = stageOf(results);
    if (stage === undefined) {
        return [];
    }
    return explainStage(stage)
        .filter((p) => p.kind !== 'replay' && p.kind !== 'hint')
        .map((p) => `<p class="${p.kind}">${escapeHtml(p.text)}</p>`);
}
/** The error replies the nodes gave, grouped (the first text of each kind shown). */
function errorTable(history) {
    const rows = readErrors(history, 10);
    if (rows.length === 0) {
        return '';
    }
    const body = rows
        .map((row) => `<tr><td>${escapeHtml(row.code)}</td><td>${escapeHtml(row.name)}</td><td>${row.count}</td><td>op ${row.firstOp}</td><td>${escapeHtml(row.text.slice(0, 300))}</td></tr>`)
        .join('');
    return ('<h3>Errors returned to clients</h3><table id="errors"><thead><tr><th>code</th><th>name</th><th>count</th><th>first</th><th>text</th></tr></thead>' +
        `<tbody>${body}</tbody></table>`);
}
function explanation(results, history) {
    const paragraphs = stageParagraphs(results);
    const anomalies = readAnomalies(results, MAX_LISTED_ANOMALIES);
    const total = countAnomalies(results);
    const parts = [...paragraphs];
    for (const anomaly of anomalies) {
        const ops = anomaly.ops.length === 0
            ? ''
            : ` <span class="hint">(ops ${escapeHtml(anomaly.ops.slice(0, 12).join(', '))})</span>`;
        parts.push(`<p><strong>${escapeHtml(anomaly.type)}</strong> (${escapeHtml(anomaly.source)}): ${escapeHtml(anomaly.message)}${ops}</p>`);
    }
    if (total > anomalies.length) {
        parts.push(`<p class="notice">${total - anomalies.length} more anomalies are listed in results.json.</p>`);
    }
    const reason = typeof results.reason === 'string' ? results.reason : getPath(results, 'workload.reason');
    if (parts.length === 0 && typeof reason === 'string') {
        parts.push(`<p>${escapeHtml(reason)}</p>`);
    }
    const hint = getPath(results, 'stage.hint');
    const hintHtml = typeof hint === 'string' ? `<p class="hint" id="hint">Hint: ${escapeHtml(hint)}</p>` : '';
    const errors = errorTable(history);
    if (parts.length === 0 && errors === '') {
        return hintHtml;
    }
    return `<section class="explanation" id="explanation"><h2>Explanation</h2>${parts.join('')}${hintHtml}${errors}</section>`;
}
function header(input, endNs) {
    const { results } = input;
    const workload = readWorkloadName(results);
    const title = input.title ?? `dsgrade report${workload === undefined ? '' : ': ' + workload}`;
    const stageTitle = getPath(results, 'stage.stage') ?? getPath(results, 'stage.title');
    const meta = [
        workload === undefined ? undefined : `workload ${workload}`,
        typeof stageTitle === 'string' ? `stage ${stageTitle}` : undefined,
        results.seed === undefined ? undefined : `seed ${String(results.seed)}`,
        `${input.nodeIds.length} nodes (${input.nodeIds.slice(0, 8).join(', ')}${input.nodeIds.length > 8 ? ', …' : ''})`,
        `${clientPairs(input.history).length} client operations`,
        `${formatNs(endNs)}`,
    ].filter((s) => s !== undefined);
    const reason = getPath(results, 'stage.reason');
    const replay = getPath(results, 'stage.replay') ?? results.replay;
    return (`<h1>${escapeHtml(title)}</h1><p class="meta">${escapeHtml(meta.join(' · '))}</p>` +
        `<p>${verdictBadge(readVerdict(results), stageOf(results))}${typeof reason === 'string' ? ' ' + escapeHtml(reason) : ''}</p>` +
        (typeof replay === 'string'
            ? `<p>Replay locally: <code id="replay">${escapeHtml(replay)}</code></p>`
            : ''));
}
const LEGEND = '<p class="legend"><span><i style="background:var(--ok)"></i>ok</span><span><i style="background:var(--fail)"></i>fail (no effect)</span>' +
    '<span><i style="background:var(--info)"></i>info (unknown outcome)</span><span><i style="background:var(--fault);border:1px dashed var(--fail)"></i>fault window</span></p>';
function rawResults(results) {
    let text = JSON.stringify(results, null, 2) ?? '';
    if (text.length > MAX_RAW_RESULTS_CHARS) {
        text = `${text.slice(0, MAX_RAW_RESULTS_CHARS)}\n… (trimmed: ${text.length - MAX_RAW_RESULTS_CHARS} more characters in results.json)`;
    }
    return `<details><summary>results.json</summary><pre>${escapeHtml(text)}</pre></details>`;
}
function renderReportHtml(input) {
    const { results, history } = input;
    const endNs = history.reduce((max, op) => Math.max(max, op.time), 0);
    const pairs = clientPairs(history);
    const recorded = readFaultWindows(results) ?? [];
    const faults = recorded.length > 0 ? recorded : faultWindows(history);
    const linFailure = readLinFailure(results, history);
    const summary = {
        valid: readVerdict(results),
        seed: results.seed ?? null,
        workload: readWorkloadName(results) ?? null,
        criteria: readCriteria(results),
    };
    const body = [
        header(input, endNs),
        '<h2>Criteria</h2>',
        criteriaTable(results),
        explanation(results, history),
        renderFindings(results),
        linFailure === undefined ? '' : renderLinFailure(linFailure, faults, endNs),
        `<section id="timeline-section"><h2>Client operations</h2><p class="hint">One lane per client process; hover an operation for its values, click it to see the messages of the node it talked to.</p>${LEGEND}${renderTimeline({ pairs, faults, endNs, id: 'timeline' })}</section>`,
        `<section id="latency-section"><h2>Latency and rate over time</h2>${renderLatency(pairs, endNs)}</section>`,
        `<section id="messages"><h2>Messages (Lamport diagram)</h2><p class="hint">Time flows down, one step per event; hover an arrow for the full body. Dashed arrows ending in × were dropped.</p>${renderLamport(input.journal, input.nodeIds)}</section>`,
        rawResults(results),
    ];
    return ('<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
        `<meta http-equiv="Content-Security-Policy" content="${CSP}">` +
        '<meta name="viewport" content="width=device-width, initial-scale=1">' +
        `<title>${escapeHtml(input.title ?? 'dsgrade report')}</title><style>${REPORT_CSS}</style></head><body>` +
        body.join('\n') +
        `<div id="tip"></div><script type="application/json" id="dsgrade-summary">${jsonForScript(summary)}</script>` +
        `<script>${REPORT_JS}</script></body></html>\n`);
}


/***/ }),

/***/ 4132:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  replayCommand: () => (/* reexport */ replay/* replayCommand */.Pi),
  runSeeds: () => (/* binding */ runSeeds),
  runTest: () => (/* binding */ runTest),
  stopActiveRuns: () => (/* reexport */ stopActiveRuns)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/shared/heap.ts
/**
 * A binary min-heap over a plain array, ordered by `before(a, b)` (true when a comes first).
 * Used by the virtual clock's timers and the simulator's per-destination queues; callers
 * make the order total (ties broken by a sequence number) so that it is deterministic.
 */
function heapPush(heap, item, before) {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!before(heap[i], heap[parent])) {
            break;
        }
        swap(heap, i, parent);
        i = parent;
    }
}
/** Remove the first item (the caller has read it as heap[0]). */
function heapPop(heap, before) {
    const last = heap.pop();
    if (heap.length === 0) {
        return;
    }
    heap[0] = last;
    let i = 0;
    for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < heap.length && before(heap[left], heap[best])) {
            best = left;
        }
        if (right < heap.length && before(heap[right], heap[best])) {
            best = right;
        }
        if (best === i) {
            return;
        }
        swap(heap, i, best);
        i = best;
    }
}
function swap(items, i, j) {
    const tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
}

;// CONCATENATED MODULE: ./src/network/clock.ts
/**
 * Time, injected. Every module that waits or timestamps takes a Clock; nothing else calls
 * Date.now, performance.now or setTimeout (the edges and this file excepted).
 *
 * - RealClock: wall time for runs with real learner processes.
 * - VirtualClock: simulated time for in-process nodes and scenario tests. Timers fire in
 *   (time, insertion) order; between two timers every pending microtask and promise
 *   continuation runs, so async code sees a consistent world. Same inputs ⇒ same order.
 *
 * Times are milliseconds since the clock's start, as floats.
 */

class RealClock {
    virtual = false;
    startMs = performance.now();
    timers = new Map();
    nextId = 1;
    now() {
        return performance.now() - this.startMs;
    }
    setTimer(delayMs, callback) {
        const id = this.nextId++;
        const fire = () => {
            this.timers.delete(id);
            callback();
        };
        // setTimeout waits at least 1 ms; a zero delay (client hops, which have no latency)
        // must not arrive late, so it runs on the next turn of the event loop instead.
        const timer = delayMs <= 0 ? setImmediate(fire) : setTimeout(fire, delayMs);
        this.timers.set(id, timer);
        return { id };
    }
    clearTimer(handle) {
        const timer = this.timers.get(handle.id);
        if (timer !== undefined) {
            cancel(timer);
            this.timers.delete(handle.id);
        }
    }
    sleep(delayMs) {
        return new Promise((resolve) => this.setTimer(delayMs, resolve));
    }
    /** Cancel every pending timer (end of a run). */
    clearAll() {
        for (const timer of this.timers.values()) {
            cancel(timer);
        }
        this.timers.clear();
    }
}
function cancel(timer) {
    if ('hasRef' in timer && 'refresh' in timer) {
        clearTimeout(timer);
    }
    else {
        clearImmediate(timer);
    }
}
/** Let every queued microtask and promise continuation run. */
function settle() {
    return new Promise((resolve) => setImmediate(resolve));
}
class VirtualClock {
    clockOptions;
    virtual = true;
    nowMs = 0;
    nextId = 1;
    /** Binary min-heap ordered by (atMs, id). */
    heap = [];
    cancelled = new Set();
    constructor(clockOptions = {}) {
        this.clockOptions = clockOptions;
    }
    now() {
        return this.nowMs;
    }
    setTimer(delayMs, callback) {
        const lagMs = Math.max(0, this.clockOptions.lagMs?.(this.nowMs) ?? 0);
        const timer = {
            id: this.nextId++,
            atMs: this.nowMs + Math.max(0, delayMs) + lagMs,
            callback,
        };
        this.push(timer);
        return { id: timer.id };
    }
    clearTimer(handle) {
        this.cancelled.add(handle.id);
    }
    sleep(delayMs) {
        return new Promise((resolve) => this.setTimer(delayMs, resolve));
    }
    /** Number of timers still pending (cancelled ones included until they surface). */
    get pendingCount() {
        return this.heap.length;
    }
    /**
     * Fire timers in order until simulated time would pass `untilMs` or no timer is left;
     * then set the time to `untilMs`. Returns the number of timers fired.
     */
    async runUntil(untilMs) {
        let fired = 0;
        await settle();
        for (;;) {
            const top = this.heap[0];
            if (top === undefined || top.atMs > untilMs) {
                break;
            }
            this.pop();
            if (this.cancelled.delete(top.id)) {
                continue;
            }
            this.nowMs = Math.max(this.nowMs, top.atMs);
            top.callback();
            fired++;
            await settle();
        }
        this.nowMs = Math.max(this.nowMs, untilMs);
        return fired;
    }
    /** Run until `done()` is true, no timer is left, or `limitMs` is reached. */
    async runWhile(condition, limitMs = Number.POSITIVE_INFINITY) {
        await settle();
        while (condition()) {
            const top = this.heap[0];
            if (top === undefined || top.atMs > limitMs) {
                return;
            }
            this.pop();
            if (this.cancelled.delete(top.id)) {
                continue;
            }
            this.nowMs = Math.max(this.nowMs, top.atMs);
            top.callback();
            await settle();
        }
    }
    push(timer) {
        heapPush(this.heap, timer, before);
    }
    pop() {
        heapPop(this.heap, before);
    }
}
function before(a, b) {
    return a.atMs < b.atMs || (a.atMs === b.atMs && a.id < b.id);
}

// EXTERNAL MODULE: ./src/network/random.ts
var network_random = __nccwpck_require__(7555);
// EXTERNAL MODULE: ./src/shared/assert.ts
var assert = __nccwpck_require__(3203);
;// CONCATENATED MODULE: ./src/network/simulator.ts


const NO_LINK_FAULTS = {
    lossRatio: 0,
    duplicateRatio: 0,
    reorderRatio: 0,
    clientLossRatio: 0,
    clientDuplicateRatio: 0,
};
const QUEUE_CAPACITY_MAX_DEFAULT = 100_000;
/** Reordered messages get a Pareto(scale, α) extra delay, capped at 100 × scale. */
const REORDER_SCALE_MS_MIN = 10;
const REORDER_ALPHA = 1.5;
const REORDER_CAP_FACTOR = 100;
/** Lateness samples kept; beyond this every other sample is dropped (max stays exact). */
const LATENESS_SAMPLES_MAX = 1 << 20;
/** Maelstrom's rule: a client is any id starting with `c`. */
function isClientId(id) {
    return id.charCodeAt(0) === 99; /* c */
}
function emptyPart() {
    return { sendCount: 0, recvCount: 0, msgCount: 0 };
}
class Simulator {
    clock;
    random;
    journal;
    latencyMs;
    latencyDist;
    queueCapacityMax;
    faults;
    grudge = new Map();
    destinations = new Map();
    down = new Set();
    paths = new Map();
    nextMessageId = 0;
    nextEventSeq = 0;
    nextQueueSeq = 0;
    closed = false;
    counts = { clients: emptyPart(), servers: emptyPart() };
    lateness = [];
    latenessStride = 1;
    latenessSkipped = 0;
    latenessMaxMs = 0;
    intervalLatenessMaxMs = 0;
    deliveries = 0;
    constructor(options) {
        (0,assert/* assert */.v)(options.latencyMs >= 0, 'latencyMs must be non-negative');
        this.clock = options.clock;
        this.random = options.random;
        this.journal = options.journal;
        this.latencyMs = options.latencyMs;
        this.latencyDist = options.latencyDist;
        this.queueCapacityMax = options.queueCapacityMax ?? QUEUE_CAPACITY_MAX_DEFAULT;
        this.faults = { ...NO_LINK_FAULTS, ...options.faults };
    }
    register(endpoint, role) {
        (0,assert/* assert */.v)(!this.closed, 'register after close');
        (0,assert/* assert */.v)(!this.destinations.has(endpoint.id), `endpoint ${endpoint.id} registered twice`);
        this.destinations.set(endpoint.id, {
            endpoint,
            role,
            heap: [],
            timer: undefined,
            timerDeadlineMs: Number.POSITIVE_INFINITY,
        });
    }
    unregister(id) {
        const destination = this.destinations.get(id);
        if (destination === undefined) {
            return;
        }
        this.purge(destination, 'unknown-dest');
        this.destinations.delete(id);
    }
    isRegistered(id) {
        return this.destinations.has(id);
    }
    roleOf(id) {
        return this.destinations.get(id)?.role;
    }
    send(message) {
        const now = this.clock.now();
        const source = this.destinations.get(message.src);
        const target = this.destinations.get(message.dest);
        if (this.closed || source === undefined || target === undefined) {
            const reason = source === undefined ? 'unknown-src' : 'unknown-dest';
            if (!this.closed) {
                this.emit('drop', now, { src: message.src, dest: message.dest, body: message.body }, reason);
            }
            return { dropped: reason };
        }
        const id = this.nextMessageId++;
        const envelope = { id, src: message.src, dest: message.dest, body: message.body };
        const clientPath = isClientId(message.src) || isClientId(message.dest);
        const part = clientPath ? this.counts.clients : this.counts.servers;
        part.sendCount++;
        part.msgCount++;
        this.emit('send', now, envelope);
        const fate = this.decide(envelope, clientPath);
        const serverPath = source.role === 'server' && target.role === 'server';
        if (fate.drop !== undefined) {
            this.emit('drop', now, envelope, fate.drop);
            return { id };
        }
        if (this.down.has(envelope.dest)) {
            this.emit('drop', now, envelope, 'dest-down');
            return { id };
        }
        this.enqueue(target, {
            deadlineMs: now + fate.delayMs,
            seq: 0,
            envelope,
            serverPath,
            clientPath,
        });
        if (fate.duplicate) {
            this.emit('duplicate', now, envelope);
            const copy = {
                deadlineMs: now + fate.duplicateDelayMs,
                seq: 0,
                envelope,
                serverPath,
                clientPath,
            };
            this.enqueue(target, copy);
        }
        return { id };
    }
    setGrudge(grudge) {
        const copy = new Map();
        for (const [dest, sources] of grudge) {
            if (sources.size > 0) {
                copy.set(dest, new Set(sources));
            }
        }
        this.grudge = copy;
    }
    /** The current partition table (a copy). */
    currentGrudge() {
        return new Map(this.grudge);
    }
    heal() {
        this.grudge = new Map();
    }
    setLinkFaults(faults) {
        this.faults = { ...this.faults, ...faults };
        for (const [name, ratio] of Object.entries(this.faults)) {
            (0,assert/* assert */.v)(ratio >= 0 && ratio <= 1, `${name} must be in [0, 1], got ${ratio}`);
        }
    }
    linkFaults() {
        return { ...this.faults };
    }
    setDown(id, down) {
        if (!down) {
            this.down.delete(id);
            return;
        }
        this.down.add(id);
        const destination = this.destinations.get(id);
        if (destination !== undefined) {
            this.purge(destination, 'dest-down');
        }
    }
    isDown(id) {
        return this.down.has(id);
    }
    stats(clientOps) {
        const { clients, servers } = this.counts;
        const all = {
            sendCount: clients.sendCount + servers.sendCount,
            recvCount: clients.recvCount + servers.recvCount,
            msgCount: clients.msgCount + servers.msgCount,
        };
        const result = { all, clients: { ...clients }, servers: { ...servers } };
        if (clientOps > 0) {
            result.all.msgsPerOp = all.msgCount / clientOps;
            result.servers.msgsPerOp = servers.msgCount / clientOps;
        }
        return result;
    }
    /** Actual delivery time minus scheduled deadline, over every delivery so far. */
    deliveryLateness() {
        const sorted = Float64Array.from(this.lateness).sort();
        const at = (q) => sorted.length === 0
            ? 0
            : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
        return { p50Ms: at(0.5), p99Ms: at(0.99), maxMs: this.latenessMaxMs, count: this.deliveries };
    }
    /** The largest delivery lateness since the last call (harness health samples). */
    takeLatenessMaxMs() {
        const max = this.intervalLatenessMaxMs;
        this.intervalLatenessMaxMs = 0;
        return max;
    }
    /** Messages waiting for delivery, over every destination. */
    pendingCount() {
        let count = 0;
        for (const destination of this.destinations.values()) {
            count += destination.heap.length;
        }
        return count;
    }
    close() {
        if (this.closed) {
            return;
        }
        this.closed = true;
        for (const destination of this.destinations.values()) {
            this.cancelTimer(destination);
            destination.heap.length = 0;
        }
    }
    // ---- decisions: each a named predicate over the path's fixed draws ----
    decide(envelope, clientPath) {
        const path = this.pathRandom(envelope.src, envelope.dest);
        const dropRoll = path.float();
        const duplicateRoll = path.float();
        const reorderRoll = path.float();
        const latencyRoll = path.float();
        const tailRoll = path.float();
        const duplicateLatencyRoll = path.float();
        return {
            drop: this.shouldDrop(clientPath, dropRoll),
            duplicate: this.shouldDuplicate(clientPath, duplicateRoll),
            delayMs: this.delayFor(clientPath, latencyRoll, reorderRoll, tailRoll),
            duplicateDelayMs: this.delayFor(clientPath, duplicateLatencyRoll, 1, 0),
        };
    }
    /** `loss` on node↔node and node↔service paths, `client-loss` on client↔node paths. */
    shouldDrop(clientPath, roll) {
        if (clientPath) {
            return roll < this.faults.clientLossRatio ? 'client-loss' : undefined;
        }
        return roll < this.faults.lossRatio ? 'loss' : undefined;
    }
    shouldDuplicate(clientPath, roll) {
        return roll < (clientPath ? this.faults.clientDuplicateRatio : this.faults.duplicateRatio);
    }
    /**
     * Latency (Maelstrom §6.3: constant = the mean; uniform = an integer in [0, 2×mean);
     * exponential = the mean's exponential, truncated), plus a heavy-tailed extra delay for
     * the `reorderRatio` fraction. Client paths are instantaneous.
     */
    delayFor(clientPath, latencyRoll, reorderRoll, tailRoll) {
        if (clientPath) {
            return 0;
        }
        let delayMs = this.baseLatency(latencyRoll);
        if (reorderRoll < this.faults.reorderRatio) {
            const scaleMs = Math.max(REORDER_SCALE_MS_MIN, this.latencyMs);
            const extraMs = scaleMs * Math.pow(1 - tailRoll, -1 / REORDER_ALPHA);
            delayMs += Math.min(extraMs, scaleMs * REORDER_CAP_FACTOR);
        }
        return delayMs;
    }
    baseLatency(roll) {
        const meanMs = this.latencyMs;
        switch (this.latencyDist) {
            case 'constant':
                return meanMs;
            case 'uniform':
                return Math.floor(roll * 2 * meanMs);
            case 'exponential':
                return meanMs === 0 ? 0 : Math.floor(-Math.log(1 - roll) * meanMs);
        }
    }
    pathRandom(src, dest) {
        const key = `${src}->${dest}`;
        let path = this.paths.get(key);
        if (path === undefined) {
            path = this.random.fork(`path:${key}`);
            this.paths.set(key, path);
        }
        return path;
    }
    // ---- queues and timers ----
    enqueue(destination, pending) {
        if (destination.heap.length >= this.queueCapacityMax) {
            this.emit('drop', this.clock.now(), pending.envelope, 'capacity');
            return;
        }
        pending.seq = this.nextQueueSeq++;
        heapPush(destination.heap, pending, pendingBefore);
        this.arm(destination);
    }
    arm(destination) {
        const top = destination.heap[0];
        if (top === undefined || this.closed) {
            return;
        }
        if (destination.timer !== undefined && destination.timerDeadlineMs <= top.deadlineMs) {
            return;
        }
        this.cancelTimer(destination);
        destination.timerDeadlineMs = top.deadlineMs;
        const delayMs = Math.max(0, top.deadlineMs - this.clock.now());
        destination.timer = this.clock.setTimer(delayMs, () => this.fire(destination));
    }
    cancelTimer(destination) {
        if (destination.timer !== undefined) {
            this.clock.clearTimer(destination.timer);
            destination.timer = undefined;
            destination.timerDeadlineMs = Number.POSITIVE_INFINITY;
        }
    }
    /**
     * Deliver every message due now that was queued before this batch began; messages the
     * deliveries themselves send wait for the next timer, so a zero-latency loop cannot spin.
     */
    fire(destination) {
        destination.timer = undefined;
        destination.timerDeadlineMs = Number.POSITIVE_INFINITY;
        const now = this.clock.now();
        const seqLimit = this.nextQueueSeq;
        try {
            for (;;) {
                const top = destination.heap[0];
                if (top === undefined || top.deadlineMs > now || top.seq >= seqLimit || this.closed) {
                    break;
                }
                heapPop(destination.heap, pendingBefore);
                this.deliverOne(destination, top, now);
            }
        }
        finally {
            if (this.destinations.get(destination.endpoint.id) === destination) {
                this.arm(destination);
            }
        }
    }
    deliverOne(destination, pending, now) {
        const envelope = pending.envelope;
        if (this.down.has(envelope.dest)) {
            this.emit('drop', now, envelope, 'dest-down');
            return;
        }
        if (pending.serverPath && this.grudge.get(envelope.dest)?.has(envelope.src) === true) {
            this.emit('drop', now, envelope, 'partition');
            return;
        }
        this.emit('deliver', now, envelope);
        (pending.clientPath ? this.counts.clients : this.counts.servers).recvCount++;
        this.recordLateness(now - pending.deadlineMs);
        destination.endpoint.deliver(envelope);
    }
    purge(destination, reason) {
        const now = this.clock.now();
        const pending = destination.heap.slice().sort((a, b) => a.deadlineMs - b.deadlineMs || a.seq - b.seq);
        destination.heap.length = 0;
        this.cancelTimer(destination);
        for (const item of pending) {
            this.emit('drop', now, item.envelope, reason);
        }
    }
    recordLateness(latenessMs) {
        this.deliveries++;
        this.latenessMaxMs = Math.max(this.latenessMaxMs, latenessMs);
        this.intervalLatenessMaxMs = Math.max(this.intervalLatenessMaxMs, latenessMs);
        if (++this.latenessSkipped < this.latenessStride) {
            return;
        }
        this.latenessSkipped = 0;
        this.lateness.push(latenessMs);
        if (this.lateness.length >= LATENESS_SAMPLES_MAX) {
            this.lateness = this.lateness.filter((_, i) => i % 2 === 0);
            this.latenessStride *= 2;
        }
    }
    emit(type, nowMs, message, reason) {
        const event = {
            seq: this.nextEventSeq++,
            time: Math.round(nowMs * 1e6),
            type,
            message,
        };
        if (reason !== undefined) {
            event.reason = reason;
        }
        this.journal.write(event);
    }
}
/** Queue order: by delivery deadline, then by send sequence (deterministic ties). */
function pendingBefore(a, b) {
    return a.deadlineMs < b.deadlineMs || (a.deadlineMs === b.deadlineMs && a.seq < b.seq);
}

// EXTERNAL MODULE: ./src/services/bans.ts
var bans = __nccwpck_require__(8904);
// EXTERNAL MODULE: ./src/protocol/errors.ts
var errors = __nccwpck_require__(2013);
// EXTERNAL MODULE: ./src/shared/errors.ts
var shared_errors = __nccwpck_require__(8382);
// EXTERNAL MODULE: ./src/shared/json.ts
var json = __nccwpck_require__(8451);
;// CONCATENATED MODULE: ./src/services/kv-state.ts
/**
 * The key-value operations shared by the built-in KV services (maelstrom-protocol.md §3):
 * `read`, `write`, `cas` over an immutable map from key (by JSON value) to value, as a pure
 * function `applyKv(state, request) → {reply, state, changed}`. seq-kv needs `changed` to
 * decide whether an operation may run on an old state; lin-kv and lww-kv just keep `state`.
 *
 * Keys and values are any JSON and compare by JSON value (canonicalJson). A state is never
 * mutated: a change returns a new map, so old states in seq-kv's ring stay valid.
 */


const KV_TYPES = ['read', 'write', 'cas'];
function errorReply(code, text) {
    return { type: 'error', code, text };
}
function show(value) {
    return (0,json/* truncate */.xv)(JSON.stringify(value) ?? 'null', 200);
}
function missingField(type, field) {
    return errorReply(errors/* ErrorCode */.O4.malformedRequest, `a ${type} request needs the field ${field}`);
}
/**
 * Apply one KV request. `honourCreateIfNotExists` is true for lin-kv and seq-kv: a cas on a
 * missing key with `create_if_not_exists: true` stores `to` and succeeds.
 */
function applyKv(state, body, honourCreateIfNotExists) {
    const unchanged = (reply) => ({ reply, state, changed: false });
    if (!('key' in body)) {
        return unchanged(missingField(body.type, 'key'));
    }
    const key = (0,json/* canonicalJson */.dj)(body.key);
    const exists = state.has(key);
    const current = state.get(key);
    switch (body.type) {
        case 'read':
            return exists
                ? unchanged({ type: 'read_ok', value: current })
                : unchanged(errorReply(errors/* ErrorCode */.O4.keyDoesNotExist, 'key does not exist'));
        case 'write': {
            if (!('value' in body)) {
                return unchanged(missingField('write', 'value'));
            }
            if (exists && (0,json/* jsonEquals */.A)(current, body.value)) {
                return unchanged({ type: 'write_ok' });
            }
            return {
                reply: { type: 'write_ok' },
                state: withEntry(state, key, body.value),
                changed: true,
            };
        }
        case 'cas':
            return applyCas(state, body, key, honourCreateIfNotExists);
        default:
            return unchanged(errorReply(errors/* ErrorCode */.O4.notSupported, `unknown request type ${body.type}`));
    }
}
function applyCas(state, body, key, honourCreate) {
    const unchanged = (reply) => ({ reply, state, changed: false });
    if (!('from' in body)) {
        return unchanged(missingField('cas', 'from'));
    }
    if (!('to' in body)) {
        return unchanged(missingField('cas', 'to'));
    }
    if (!state.has(key)) {
        if (honourCreate && body.create_if_not_exists === true) {
            return { reply: { type: 'cas_ok' }, state: withEntry(state, key, body.to), changed: true };
        }
        return unchanged(errorReply(errors/* ErrorCode */.O4.keyDoesNotExist, 'key does not exist'));
    }
    const current = state.get(key);
    if (!(0,json/* jsonEquals */.A)(current, body.from)) {
        const text = `current value ${show(current)} is not ${show(body.from)}`;
        return unchanged(errorReply(errors/* ErrorCode */.O4.preconditionFailed, text));
    }
    if ((0,json/* jsonEquals */.A)(current, body.to)) {
        return unchanged({ type: 'cas_ok' });
    }
    return { reply: { type: 'cas_ok' }, state: withEntry(state, key, body.to), changed: true };
}
function withEntry(state, key, value) {
    const next = new Map(state);
    next.set(key, value);
    return next;
}

;// CONCATENATED MODULE: ./src/services/services.ts





const SERVICE_NAMES = ['lin-kv', 'seq-kv', 'lww-kv', 'lin-tso'];
/** seq-kv keeps this many recent states (Maelstrom's ring). */
const SEQ_KV_RING_SIZE = 32;
/** lww-kv replicas (the docs say 5; Maelstrom's code uses 2). */
const LWW_KV_REPLICAS = 2;
class ServiceEndpoint {
    context;
    requestCount = 0;
    constructor(context) {
        this.context = context;
    }
    deliver(message) {
        this.requestCount++;
        const body = message.body;
        if (this.context.forbidden?.includes(this.id) === true) {
            this.refuse(message);
            return;
        }
        const known = this.knownTypes.includes(body.type);
        const reply = known ? this.handle(message.src, body) : this.unknownType(message.src, body);
        if (!known && (body.type === 'error' || body.in_reply_to !== undefined)) {
            // A reply sent *to* a service (services never ask): answering it could start an
            // endless error ping-pong with a node that answers every unknown message.
            return;
        }
        const inReplyTo = typeof body.msg_id === 'number' ? body.msg_id : null;
        this.context.network.send({
            src: this.id,
            dest: message.src,
            body: { ...reply, in_reply_to: inReplyTo },
        });
    }
    /** A forbidden service: error 10 to a request (ServiceBan fails the run), silence to a reply. */
    refuse(message) {
        const body = message.body;
        if (body.type === 'error' || body.in_reply_to !== undefined) {
            return;
        }
        this.context.network.send({
            src: this.id,
            dest: message.src,
            body: {
                ...errorReply(errors/* ErrorCode */.O4.notSupported, (0,bans/* forbiddenReplyText */.h)(this.id)),
                in_reply_to: typeof body.msg_id === 'number' ? body.msg_id : null,
            },
        });
    }
    unknownType(source, body) {
        const known = this.knownTypes.join(', ');
        const isReply = body.type === 'error' || body.in_reply_to !== undefined;
        this.context.onFinding?.({
            code: 'PROTO_UNKNOWN_SERVICE_TYPE',
            node: source,
            message: isReply
                ? `${source} sent the ${this.id} service a reply of type "${body.type}", but services never send requests.`
                : `${source} sent the ${this.id} service a request of type "${body.type}", which it does not know.`,
            fix: isReply
                ? `Do not answer messages from ${this.id}: match its replies by in_reply_to and drop the ones you no longer wait for.`
                : `Send ${this.id} only ${known} requests (Maelstrom would not reply at all and your request would time out).`,
            line: (0,json/* truncate */.xv)(JSON.stringify(body), 200),
            atMs: this.context.clock.now(),
        });
        const text = `${this.id} does not support requests of type ${body.type} (it knows ${known})`;
        return errorReply(errors/* ErrorCode */.O4.notSupported, text);
    }
}
/** Linearizable: one map, each request applied atomically in delivery order. */
class LinKv extends ServiceEndpoint {
    id = 'lin-kv';
    knownTypes = KV_TYPES;
    state = new Map();
    handle(_source, body) {
        const result = applyKv(this.state, body, true);
        this.state = result.state;
        return result.reply;
    }
}
/**
 * Sequentially consistent (Maelstrom's seq-kv): for each request pick a random state between
 * the requesting node's index and the newest; an operation that would not change that state
 * (a read, a failing cas, a write of the same value) is answered from it and the node's index
 * moves there; otherwise it is applied to the newest state, appended, and the node's index
 * jumps to it. Gives stale reads, per-node monotonic views and read-your-writes.
 */
class SeqKv extends ServiceEndpoint {
    id = 'seq-kv';
    knownTypes = KV_TYPES;
    /** states[i] has version oldestVersion + i. */
    states = [new Map()];
    oldestVersion = 0;
    nodeVersions = new Map();
    random;
    constructor(context) {
        super(context);
        this.random = context.random.fork('service:seq-kv');
    }
    handle(source, body) {
        const newestVersion = this.oldestVersion + this.states.length - 1;
        const seen = Math.max(this.nodeVersions.get(source) ?? this.oldestVersion, this.oldestVersion);
        const pickedVersion = this.random.intBetween(seen, newestVersion + 1);
        const picked = applyKv(this.states[pickedVersion - this.oldestVersion], body, true);
        if (!picked.changed) {
            this.nodeVersions.set(source, pickedVersion);
            return picked.reply;
        }
        const latest = applyKv(this.states[this.states.length - 1], body, true);
        if (latest.changed) {
            this.states.push(latest.state);
            if (this.states.length > SEQ_KV_RING_SIZE) {
                this.states.shift();
                this.oldestVersion++;
            }
        }
        this.nodeVersions.set(source, this.oldestVersion + this.states.length - 1);
        return latest.reply;
    }
}
/**
 * Last-write-wins over two replicas that never merge (Maelstrom computes a merge and then
 * discards it): each request runs on a random replica, so a write is only seen by reads that
 * happen to hit the same replica. `create_if_not_exists` is ignored, as in Maelstrom.
 */
class LwwKv extends ServiceEndpoint {
    id = 'lww-kv';
    knownTypes = KV_TYPES;
    replicas = [];
    random;
    constructor(context) {
        super(context);
        this.random = context.random.fork('service:lww-kv');
        for (let i = 0; i < LWW_KV_REPLICAS; i++) {
            this.replicas.push({ lamport: 0, state: new Map() });
        }
    }
    handle(_source, body) {
        const replica = this.replicas[this.random.int(this.replicas.length)];
        const result = applyKv(replica.state, body, false);
        if (result.changed) {
            replica.lamport++;
            replica.state = result.state;
        }
        return result.reply;
    }
}
/** A linearizable timestamp oracle: `ts` → `ts_ok {ts}`, strictly increasing from 0. */
class LinTso extends ServiceEndpoint {
    id = 'lin-tso';
    knownTypes = ['ts'];
    nextTs = 0;
    handle() {
        return { type: 'ts_ok', ts: this.nextTs++ };
    }
}
function isServiceName(name) {
    return SERVICE_NAMES.includes(name);
}
/** Create the named services and register each on the network with role `service`. */
function createServices(names, context) {
    return names.map((name) => {
        const service = makeService(name, context);
        context.network.register(service, 'service');
        return service;
    });
}
function makeService(name, context) {
    switch (name) {
        case 'lin-kv':
            return new LinKv(context);
        case 'seq-kv':
            return new SeqKv(context);
        case 'lww-kv':
            return new LwwKv(context);
        case 'lin-tso':
            return new LinTso(context);
        default:
            throw new shared_errors/* UsageError */.eb(`unknown service ${name}: the services are ${SERVICE_NAMES.join(', ')}`);
    }
}

;// CONCATENATED MODULE: ./src/process/environment.ts
/**
 * The environment a learner's process gets (interfaces.md §2, github-actions.md §8.3): an
 * allow-list, never a copy of ours. PATH, LANG, LC_ALL, TZ and CI are taken from `base` when
 * set there; HOME and TMPDIR are the fresh directories the caller made; the node variables
 * are dsgrade's own. Nothing else: never GITHUB_*, ACTIONS_*, INPUT_*, tokens.
 *
 * Pure: `base` is passed in (only cli/ and action/ read process.env); no directory is made.
 */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** The variables copied from the caller's environment when present. */
const INHERITED_VARIABLES = ['PATH', 'LANG', 'LC_ALL', 'TZ', 'CI'];
/** The allow-listed environment without node variables (the learner's `build:` step). */
function buildBaseEnvironment(options) {
    const env = {};
    for (const name of INHERITED_VARIABLES) {
        const value = options.base[name];
        if (value !== undefined) {
            env[name] = value;
        }
    }
    env.PATH ??= DEFAULT_PATH;
    env.HOME = options.homeDir;
    env.TMPDIR = options.tmpDir;
    return env;
}
/** The environment of one learner node process. */
function buildNodeEnvironment(options) {
    return {
        ...buildBaseEnvironment(options),
        DSGRADE_NODE_ID: options.nodeId,
        DSGRADE_DATA_DIR: options.dataDir,
        DSGRADE_SEED: String(options.seed),
    };
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/protocol/lint.ts
const MAX_SHOWN_CHARS = 200;
/** Cut a line for display: `abc… (1234 chars, first 200 shown)`. */
function truncateLine(line, maxChars = MAX_SHOWN_CHARS) {
    if (line.length <= maxChars) {
        return line;
    }
    return `${line.slice(0, maxChars)}… (${line.length} chars, first ${maxChars} shown)`;
}
/** A message as one display line (JSON, truncated). */
function showMessage(message) {
    let text;
    try {
        text = JSON.stringify(message) ?? String(message);
    }
    catch {
        text = String(message);
    }
    return truncateLine(text);
}
function make(code, node, message, fix, line, atMs) {
    const finding = { code, node, message, fix };
    if (line !== undefined) {
        finding.line = truncateLine(line);
    }
    if (atMs !== undefined) {
        finding.atMs = atMs;
    }
    return finding;
}
const KiB = 1024;
function formatBytes(bytes) {
    if (bytes >= KiB * KiB && bytes % (KiB * KiB) === 0) {
        return `${bytes / (KiB * KiB)} MiB`;
    }
    if (bytes >= KiB && bytes % KiB === 0) {
        return `${bytes / KiB} KiB`;
    }
    return `${bytes} bytes`;
}
function describeExit(code, signal) {
    if (signal !== null) {
        return `was ended by signal ${signal}`;
    }
    return `exited with status ${code ?? 'unknown'}`;
}
/** Finding constructors, one per FindingCode. `atMs` is ms since the test started. */
const finding = {
    notJson(node, line, atMs) {
        const shown = line.trim() === ''
            ? 'an empty line'
            : `a line that is not JSON: \`${truncateLine(line, 80)}\``;
        return make('PROTO_NOT_JSON', node, `node ${node} printed ${shown} on stdout; stdout carries only protocol messages, one JSON object per line.`, 'Write logs and debug output to stderr, and print exactly one JSON message per line on stdout.', line, atMs);
    },
    notMessage(node, line, problem, atMs) {
        return make('PROTO_NOT_MESSAGE', node, `node ${node} printed JSON that is not a message (${problem}); every stdout line must be an envelope {"src", "dest", "body"}.`, 'Wrap every output in {"src": <this node id>, "dest": <recipient>, "body": {...}}.', line, atMs);
    },
    badBody(node, line, problem, atMs) {
        return make('PROTO_BAD_BODY', node, `node ${node} sent a message whose body ${problem}; a body is a JSON object with a string "type".`, 'Give every message a body object with a "type" string, such as {"type": "echo_ok", ...}.', line, atMs);
    },
    badMsgId(node, line, field, value, atMs) {
        return make('PROTO_BAD_MSG_ID', node, `node ${node} sent "${field}": ${showValue(value)}, which is not an integer; ${field} must be a whole JSON number so replies can be matched to requests.`, `Send "${field}" as an integer (copy the request's msg_id into in_reply_to unchanged), or leave it out.`, line, atMs);
    },
    extraFields(node, line, keys, atMs) {
        const list = keys.map((key) => `"${key}"`).join(', ');
        return make('PROTO_EXTRA_FIELDS', node, `node ${node} sent a message with extra top-level field${keys.length > 1 ? 's' : ''} ${list}; dsgrade delivered it, but Maelstrom would reject it as malformed.`, 'Put only "src", "dest" and "body" at the top level; move other fields inside "body".', line, atMs);
    },
    lineTooLong(node, head, maxLineBytes, atMs) {
        return make('PROTO_LINE_TOO_LONG', node, `node ${node} printed a stdout line longer than ${formatBytes(maxLineBytes)}; it was cut and discarded up to the next newline (it starts: \`${truncateLine(head, 80)}\`).`, 'Keep each message small and end every message with a newline; send large data in several messages.', head, atMs);
    },
    missingNewline(node, tail, atMs) {
        return make('PROTO_MISSING_NEWLINE', node, `node ${node} stopped with output on stdout that never got a newline: \`${truncateLine(tail, 80)}\`; a message only counts once its line ends.`, 'End every message with "\\n" and flush stdout after each one (print(..., flush=True), or equivalent).', tail, atMs);
    },
    unknownDest(node, message, atMs) {
        return make('PROTO_UNKNOWN_DEST', node, `node ${node} sent a message to "${message.dest}", which is not a node, client or service of this test; it was dropped.`, "Address messages only to ids from init's node_ids, to the src of a request you are answering, or to a built-in service.", showMessage(message), atMs);
    },
    unknownSrc(node, message, atMs) {
        return make('PROTO_UNKNOWN_SRC', node, `node ${node} sent a message with src "${message.src}", which is not an id of this test; it was dropped.`, 'Set "src" to your own node id (the node_id from init).', showMessage(message), atMs);
    },
    replyUnmatched(node, message, atMs) {
        return make('PROTO_REPLY_UNMATCHED', node, `node ${node} replied to ${message.dest} with in_reply_to ${showValue(message.body.in_reply_to)}, which matches no request ${message.dest} sent.`, "Set in_reply_to to the msg_id of the request you are answering, and send the reply to that request's src.", showMessage(message), atMs);
    },
    replyToGoneClient(node, message, atMs) {
        return make('PROTO_REPLY_TO_GONE_CLIENT', node, `node ${node} replied to client ${message.dest} after that client had given up waiting (it timed out or closed); the reply was dropped.`, 'Answer each request promptly; a reply that arrives after the client timeout is lost and the operation counts as indeterminate.', showMessage(message), atMs);
    },
    badReply(node, message, problem, atMs) {
        return make('PROTO_BAD_REPLY', node, `node ${node} sent a ${JSON.stringify(message.body.type)} reply that does not match the RPC's schema: ${problem}.`, 'Return exactly the fields the workload documents for this reply, with the documented types.', showMessage(message), atMs);
    },
    unknownServiceType(node, service, message, atMs) {
        return make('PROTO_UNKNOWN_SERVICE_TYPE', node, `node ${node} sent ${service} a request of type ${JSON.stringify(message.body.type)}, which ${service} does not support.`, `Use only the request types ${service} documents (read, write, cas for the key-value services).`, showMessage(message), atMs);
    },
    nodeExited(node, code, signal, stderrTail, atMs) {
        const last = stderrTail.length > 0 ? stderrTail[stderrTail.length - 1] : undefined;
        const said = last !== undefined ? `; its last stderr line: \`${truncateLine(last, 120)}\`` : '';
        return make('NODE_EXITED', node, `node ${node} ${describeExit(code, signal)} on its own while the test was running${said}.`, "Read the node's log (node-logs/" +
            node +
            '.log) for the error; a node must keep running until dsgrade stops it.', last, atMs);
    },
    stderrTruncated(node, capBytes, atMs) {
        return make('NODE_STDERR_TRUNCATED', node, `node ${node} wrote more than ${formatBytes(capBytes)} to stderr; the log file stops there (later output was read and discarded).`, 'Log less: drop per-message debug lines, or log only when something unusual happens.', undefined, atMs);
    },
    /**
     * The node stopped reading stdin and dsgrade's queue for it is full: messages are dropped.
     */
    stdinFull(node, capBytes, atMs) {
        return make('NODE_STDIN_FULL', node, `node ${node} stopped reading its stdin and more than ${formatBytes(capBytes)} of messages waited for it; further messages to ${node} were dropped.`, 'Read stdin continuously (a loop over input lines) and never block the reading loop on long work.', undefined, atMs);
    },
};
/** A value to show exactly as the node wrote it (e.g. `1.0`, which JSON.parse reads as 1). */
class WrittenAs {
    text;
    constructor(text) {
        this.text = text;
    }
}
function showValue(value) {
    if (value === undefined) {
        return 'none';
    }
    if (value instanceof WrittenAs) {
        return truncateLine(value.text, 40);
    }
    try {
        return truncateLine(JSON.stringify(value) ?? String(value), 40);
    }
    catch {
        return String(value);
    }
}
/** Aggregates findings by (code, node): the first one with its line, and a count. */
class lint_FindingLog {
    maxEntries;
    entries = new Map();
    droppedCount = 0;
    constructor(maxEntries = 1000) {
        this.maxEntries = maxEntries;
    }
    /** Record a finding; returns true when it is the first of its (code, node). */
    add(item) {
        const key = `${item.code}\u0000${item.node}`;
        const existing = this.entries.get(key);
        if (existing !== undefined) {
            existing.count = (existing.count ?? 1) + (item.count ?? 1);
            return false;
        }
        if (this.entries.size >= this.maxEntries) {
            this.droppedCount++;
            return false;
        }
        this.entries.set(key, { ...item, count: item.count ?? 1 });
        return true;
    }
    /** Every (code, node) entry in first-seen order, each with its count. */
    list() {
        return [...this.entries.values()].map((entry) => ({ ...entry }));
    }
    /** Total occurrences, optionally of one code and/or one node. */
    count(filter = {}) {
        let total = 0;
        for (const entry of this.entries.values()) {
            if (filter.code !== undefined && entry.code !== filter.code) {
                continue;
            }
            if (filter.node !== undefined && entry.node !== filter.node) {
                continue;
            }
            total += entry.count ?? 1;
        }
        return total;
    }
    has(code, node) {
        return this.count({ code, node }) > 0;
    }
    /** Distinct (code, node) pairs not kept because the log was full. */
    get dropped() {
        return this.droppedCount;
    }
    get size() {
        return this.entries.size;
    }
}

;// CONCATENATED MODULE: ./src/protocol/envelope.ts

const ALLOWED_TOP_LEVEL = new Set(['src', 'dest', 'body', 'id']);
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function kindOf(value) {
    if (value === null) {
        return 'null';
    }
    if (Array.isArray(value)) {
        return 'an array';
    }
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
/** Parse a line (without its newline) printed by node `nodeId`. */
function parseEnvelope(line, nodeId, atMs) {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        return { finding: finding.notJson(nodeId, line, atMs) };
    }
    if (!isPlainObject(value)) {
        return { finding: finding.notMessage(nodeId, line, `it is ${kindOf(value)}`, atMs) };
    }
    const envelopeProblem = checkAddresses(value);
    if (envelopeProblem !== undefined) {
        return { finding: finding.notMessage(nodeId, line, envelopeProblem, atMs) };
    }
    const body = value.body;
    if (!isPlainObject(body)) {
        const problem = body === undefined ? 'is missing' : `is ${kindOf(body)}, not an object`;
        return { finding: finding.badBody(nodeId, line, problem, atMs) };
    }
    if (typeof body.type !== 'string') {
        const problem = body.type === undefined ? 'has no "type"' : `has a "type" that is ${kindOf(body.type)}`;
        return { finding: finding.badBody(nodeId, line, problem, atMs) };
    }
    for (const field of ['msg_id', 'in_reply_to']) {
        if (field in body && !Number.isSafeInteger(body[field])) {
            return { finding: finding.badMsgId(nodeId, line, field, body[field], atMs) };
        }
        const written = field in body ? writtenAsFraction(line, field) : undefined;
        if (written !== undefined) {
            return { finding: finding.badMsgId(nodeId, line, field, new WrittenAs(written), atMs) };
        }
    }
    const envelope = {
        src: value.src,
        dest: value.dest,
        body: body,
    };
    const extra = Object.keys(value).filter((key) => !ALLOWED_TOP_LEVEL.has(key));
    if (extra.length > 0) {
        return { envelope, finding: finding.extraFields(nodeId, line, extra, atMs) };
    }
    return { envelope };
}
function checkAddresses(value) {
    for (const field of ['src', 'dest']) {
        if (!(field in value)) {
            return `it has no "${field}"`;
        }
        if (typeof value[field] !== 'string') {
            return `its "${field}" is ${kindOf(value[field])}, not a string`;
        }
    }
    if ('id' in value && !Number.isSafeInteger(value.id)) {
        return `its "id" is ${kindOf(value.id)}, not an integer`;
    }
    return undefined;
}
/**
 * JSON.parse reads `1.0` as 1, but Maelstrom compares 1 and 1.0 as different: find an id
 * written with a fraction or an exponent (`"in_reply_to": 1.0`), returned as written.
 */
const WRITTEN_ID = {
    msg_id: /"msg_id"\s*:\s*(-?\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)/,
    in_reply_to: /"in_reply_to"\s*:\s*(-?\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)/,
};
function writtenAsFraction(line, field) {
    const written = WRITTEN_ID[field].exec(line)?.[1];
    return written !== undefined && /[.eE]/.test(written) ? written : undefined;
}
/** Serialise an envelope as one protocol line, newline included. */
function encodeEnvelope(message) {
    return `${JSON.stringify(message)}\n`;
}

;// CONCATENATED MODULE: ./src/protocol/framing.ts
/**
 * Newline framing for a byte stream (a node's stdout or stderr): `feed(chunk)` returns the
 * complete lines and keeps the partial tail; `end()` returns a final unterminated tail.
 *
 * Guarantees:
 * - splits on the byte `\n` before decoding, so a multi-byte UTF-8 character split across
 *   chunks is decoded whole; a trailing `\r` (CRLF) is removed;
 * - memory stays bounded: a line longer than `maxLineBytes` is reported once through
 *   `onLineTooLong` (with its first `headBytes` bytes) and the rest of it is discarded up to
 *   the next newline, so a 50 MB line with no newline costs at most `maxLineBytes`.
 *
 * It does not parse JSON, does not know about processes and has no timers.
 */
const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;
const DEFAULT_HEAD_BYTES = 200;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
class LineFramer {
    maxLineBytes;
    headBytes;
    onLineTooLong;
    parts = [];
    pendingBytes = 0;
    /** True while skipping the rest of an oversized line. */
    discarding = false;
    oversizedCount = 0;
    constructor(options = {}) {
        this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
        this.headBytes = options.headBytes ?? DEFAULT_HEAD_BYTES;
        this.onLineTooLong = options.onLineTooLong;
    }
    /** How many oversized lines were seen so far. */
    get oversizedLines() {
        return this.oversizedCount;
    }
    /** Bytes currently held for an unfinished line. */
    get bufferedBytes() {
        return this.pendingBytes;
    }
    /** Feed a chunk; returns every line it completes (without the newline). */
    feed(chunk) {
        const lines = [];
        let start = 0;
        for (;;) {
            const newline = chunk.indexOf(NEWLINE, start);
            if (newline === -1) {
                this.take(chunk.subarray(start));
                return lines;
            }
            if (this.pendingBytes === 0 && !this.discarding && newline - start <= this.maxLineBytes) {
                lines.push(decodeLine(chunk.subarray(start, newline)));
            }
            else {
                this.take(chunk.subarray(start, newline));
                const line = this.finishLine();
                if (line !== undefined) {
                    lines.push(line);
                }
            }
            start = newline + 1;
        }
    }
    /** The final unterminated tail, if any (the stream ended without a newline). */
    end() {
        if (this.discarding) {
            this.discarding = false;
            return undefined;
        }
        if (this.pendingBytes === 0) {
            return undefined;
        }
        return this.finishLine();
    }
    /** Append a piece of the current line, switching to discard mode past the limit. */
    take(piece) {
        if (piece.length === 0 || this.discarding) {
            return;
        }
        if (this.pendingBytes + piece.length <= this.maxLineBytes) {
            // a copy: the stream may reuse the chunk's memory, and a small tail must not pin it
            this.parts.push(Buffer.from(piece));
            this.pendingBytes += piece.length;
            return;
        }
        const held = [...this.parts, piece];
        const head = Buffer.concat(held, Math.min(this.headBytes, this.pendingBytes + piece.length));
        this.parts = [];
        this.pendingBytes = 0;
        this.discarding = true;
        this.oversizedCount++;
        this.onLineTooLong?.({ head: head.toString('utf8'), maxLineBytes: this.maxLineBytes });
    }
    /** A newline was seen: return the line, or undefined when it was an oversized one. */
    finishLine() {
        if (this.discarding) {
            this.discarding = false;
            return undefined;
        }
        const bytes = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts);
        this.parts = [];
        this.pendingBytes = 0;
        return decodeLine(bytes);
    }
}
/** Decode one line's bytes as UTF-8, without a trailing CR. */
function decodeLine(bytes) {
    const end = bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN
        ? bytes.length - 1
        : bytes.length;
    return bytes.toString('utf8', 0, end);
}

// EXTERNAL MODULE: ./src/process/command.ts
var process_command = __nccwpck_require__(1760);
;// CONCATENATED MODULE: ./src/process/reaper.ts
/**
 * Finding and ending every process that belongs to a learner node, on Linux, through /proc:
 * the node's process group, its ppid tree, and any process whose environment holds the node's
 * unique marker entry (`DSGRADE_DATA_DIR=<dir>`, inherited by every descendant — including a
 * double-forked child that called setsid and left the group, whose parent is then init).
 *
 * Guarantees: never signals dsgrade itself; zombies count as gone; unreadable entries (other
 * users, races with exiting processes) are skipped. Where /proc does not exist (macOS) the
 * scans return nothing and only the process group is signalled.
 */

function readStat(pid) {
    try {
        const text = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'latin1');
        const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
        return { pid, state: fields[0] ?? '?', ppid: Number(fields[1]), pgrp: Number(fields[2]) };
    }
    catch {
        return undefined;
    }
}
function listPids() {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return [];
    }
    const pids = [];
    for (const name of names) {
        const pid = Number(name);
        if (Number.isSafeInteger(pid) && pid > 0) {
            pids.push(pid);
        }
    }
    return pids;
}
function hasMarker(pid, marker) {
    let environ;
    try {
        environ = (0,external_node_fs_.readFileSync)(`/proc/${pid}/environ`);
    }
    catch {
        return false;
    }
    let start = 0;
    while (start < environ.length) {
        let end = environ.indexOf(0, start);
        if (end === -1) {
            end = environ.length;
        }
        if (end - start === marker.length && environ.subarray(start, end).equals(marker)) {
            return true;
        }
        start = end + 1;
    }
    return false;
}
/**
 * Live (non-zombie) processes that carry `markerEntry` (exactly `NAME=value`) in their
 * environment or descend from one of `rootPids`. Excludes dsgrade's own process, and the
 * members of process group `excludeGroup` when given (those are signalled as a group).
 */
function findNodeProcesses(markerEntry, rootPids = [], excludeGroup) {
    const marker = Buffer.from(markerEntry, 'utf8');
    const entries = new Map();
    for (const pid of listPids()) {
        const entry = readStat(pid);
        if (entry !== undefined && entry.state !== 'Z' && entry.state !== 'X') {
            entries.set(pid, entry);
        }
    }
    const found = new Set();
    for (const pid of entries.keys()) {
        if (pid !== process.pid && hasMarker(pid, marker)) {
            found.add(pid);
        }
    }
    const roots = [...found, ...rootPids.filter((pid) => entries.has(pid))];
    const children = new Map();
    for (const entry of entries.values()) {
        const list = children.get(entry.ppid) ?? [];
        list.push(entry.pid);
        children.set(entry.ppid, list);
    }
    const queue = [...roots];
    while (queue.length > 0) {
        const pid = queue.pop();
        if (pid === process.pid) {
            continue;
        }
        found.add(pid);
        for (const child of children.get(pid) ?? []) {
            if (!found.has(child)) {
                queue.push(child);
            }
        }
    }
    found.delete(process.pid);
    return [...found].filter((pid) => excludeGroup === undefined || entries.get(pid)?.pgrp !== excludeGroup);
}
/** True while the process exists and is not a zombie. */
function isAlive(pid) {
    const entry = readStat(pid);
    if (entry === undefined) {
        if (existsProc()) {
            return false;
        }
        try {
            process.kill(pid, 0);
            return true;
        }
        catch {
            return false;
        }
    }
    return entry.state !== 'Z' && entry.state !== 'X';
}
let procExists;
function existsProc() {
    procExists ??= listPids().length > 0;
    return procExists;
}
/** Send a signal to a process group (by its leader's pid); false if the group is gone. */
function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch {
        return false;
    }
}
/** Send a signal to each pid, ignoring those already gone. */
function signalEach(pids, signal) {
    for (const pid of pids) {
        if (pid === process.pid || pid <= 1) {
            continue;
        }
        try {
            process.kill(pid, signal);
        }
        catch {
            // already gone
        }
    }
}
/** Poll until none of `pids` is alive, or `timeoutMs` passes; true when all are gone. */
async function waitGone(pids, timeoutMs, pollMs = 10) {
    const deadline = performance.now() + timeoutMs;
    let left = pids.filter(isAlive);
    while (left.length > 0) {
        if (performance.now() >= deadline) {
            return false;
        }
        await new Promise((resolve) => setTimeout(resolve, pollMs));
        left = left.filter(isAlive);
    }
    return true;
}

;// CONCATENATED MODULE: ./src/process/node-process.ts
/**
 * A learner's node as an OS process (maelstrom-protocol.md §6.2, github-actions.md §8.5):
 * implements NodeHandle. Each node runs in its own process group (`detached`), with the
 * allow-listed environment the caller built (which must hold DSGRADE_DATA_DIR: the marker
 * that finds every descendant, even double-forked ones that left the group).
 *
 * Guarantees:
 * - stdout → LineFramer → parseEnvelope → onMessage / onFinding; a bad line never stops
 *   reading; an oversized line costs at most `maxLineBytes` of memory;
 * - stdin writes are bounded: past `maxStdinQueueBytes` unflushed, messages are dropped with
 *   one finding per episode (a node that never reads cannot grow dsgrade's memory);
 * - stderr → the log file up to `maxStderrBytes` (then one NODE_STDERR_TRUNCATED finding,
 *   the rest read and discarded), and a ring of the last lines (each cut);
 * - exit is detected when it happens; stdout/stderr get up to `stderrDrainMs` to drain, then
 *   onExit runs once per process, with `expected` true when dsgrade ended it;
 * - kill/stop resolve only when the process and every descendant are gone.
 *
 * It does not send `init`, does not know the network and does not emit NODE_EXITED (the
 * runner decides what an exit means: a failed init, a crash, or the end of the test).
 */









const DEFAULT_MAX_STDERR_BYTES = 16 * 1024 * 1024;
const DEFAULT_STDERR_TAIL_LINES = 32;
const DEFAULT_STDERR_LINE_CHARS = 500;
const DEFAULT_MAX_STDIN_QUEUE_BYTES = 32 * 1024 * 1024;
const DEFAULT_STOP_GRACE_MS = 1000;
const DEFAULT_STDERR_DRAIN_MS = 100;
/** The line written to the log where the cap cut it. */
const STDERR_CUT_NOTE = '[dsgrade: the log stops here: stderr passed its size cap]';
/** How long kill/stop wait for SIGKILLed processes to disappear before giving up. */
const KILL_WAIT_MS = 3000;
/**
 * Start a learner node. Resolves once the OS started it; rejects with a RunError naming the
 * node and the binary when it cannot start.
 */
async function startNodeProcess(options) {
    const handle = new NodeProcess(options);
    await handle.start();
    return handle;
}
class NodeProcess {
    id;
    options;
    clock;
    marker;
    current;
    paused = false;
    logFd;
    stderrLoggedBytes = 0;
    stderrTruncated = false;
    tail = [];
    dropped = 0;
    constructor(options) {
        this.options = options;
        this.id = options.nodeId;
        const dataDir = options.env.DSGRADE_DATA_DIR;
        if (dataDir === undefined || dataDir === '') {
            throw new shared_errors/* RunError */.e4(`node ${options.nodeId}: the environment has no DSGRADE_DATA_DIR.`);
        }
        this.marker = `DSGRADE_DATA_DIR=${dataDir}`;
        const started = performance.now();
        this.clock = options.clock ?? { now: () => performance.now() - started };
    }
    get pid() {
        return this.running ? this.current?.pid : undefined;
    }
    get running() {
        return this.current !== undefined && this.current.exitedAt === undefined;
    }
    get droppedInputCount() {
        return this.dropped;
    }
    exited() {
        if (this.current === undefined) {
            return Promise.reject(new shared_errors/* RunError */.e4(`node ${this.id} was never started.`, this.id));
        }
        return this.current.exit;
    }
    stderrTail() {
        return [...this.tail];
    }
    async start() {
        if (this.logFd === undefined) {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(this.options.logFile), { recursive: true });
            this.logFd = (0,external_node_fs_.openSync)(this.options.logFile, 'a');
        }
        this.tail = [];
        this.paused = false;
        const { command, cwd, env } = this.options;
        const child = (0,external_node_child_process_namespaceObject.spawn)(command.file, command.args, {
            cwd,
            env,
            detached: true,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        await new Promise((resolve, reject) => {
            child.once('spawn', resolve);
            child.once('error', (error) => reject(this.spawnError(error)));
        });
        child.on('error', () => {
            // after a successful spawn, errors are reported through exit
        });
        this.current = this.wire(child);
    }
    spawnError(error) {
        const { command } = this.options;
        return new shared_errors/* RunError */.e4(`node ${this.id} could not start: ${command.display} — ${(0,process_command/* explainSpawnError */.nw)(error, command.file)}.`, this.id, { cause: error });
    }
    /** Connect a freshly spawned child's pipes and exit to the callbacks. */
    wire(child) {
        const pid = child.pid;
        const stdoutFramer = new LineFramer({
            maxLineBytes: this.options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
            onLineTooLong: ({ head, maxLineBytes }) => this.report(finding.lineTooLong(this.id, head, maxLineBytes, this.clock.now())),
        });
        const stderrFramer = new LineFramer({
            maxLineBytes: 64 * 1024,
            onLineTooLong: ({ head }) => this.pushTail(`${head}… (line cut)`),
        });
        child.stdout.on('data', (chunk) => {
            for (const line of stdoutFramer.feed(chunk)) {
                this.handleLine(line);
            }
        });
        child.stderr.on('data', (chunk) => this.handleStderr(chunk, stderrFramer));
        child.stdin.on('error', () => {
            // EPIPE after the node exited: the exit is what gets reported
        });
        const incarnation = {
            child,
            pid,
            expected: false,
            exitedAt: undefined,
            stdinFull: false,
            exit: undefined,
        };
        child.stdin.on('drain', () => (incarnation.stdinFull = false));
        incarnation.exit = new Promise((resolve) => {
            child.once('exit', (code, signal) => {
                incarnation.exitedAt = this.clock.now();
                void this.afterExit(incarnation, code, signal, { stdoutFramer, stderrFramer }).then(resolve);
            });
        });
        return incarnation;
    }
    handleLine(line) {
        const atMs = this.clock.now();
        const result = parseEnvelope(line, this.id, atMs);
        if (result.finding !== undefined) {
            this.report(result.finding);
        }
        if (result.envelope !== undefined) {
            this.options.callbacks.onMessage(result.envelope);
        }
    }
    handleStderr(chunk, framer) {
        const cap = this.options.maxStderrBytes ?? DEFAULT_MAX_STDERR_BYTES;
        const room = Math.max(0, cap - this.stderrLoggedBytes);
        if (room > 0 && this.logFd !== undefined) {
            const part = chunk.length <= room ? chunk : chunk.subarray(0, room);
            (0,external_node_fs_.writeSync)(this.logFd, part);
            this.stderrLoggedBytes += part.length;
        }
        if (chunk.length > room && !this.stderrTruncated) {
            this.stderrTruncated = true;
            this.logLine(`\n${STDERR_CUT_NOTE}\n`);
            this.report(finding.stderrTruncated(this.id, cap, this.clock.now()));
        }
        for (const line of framer.feed(chunk)) {
            this.pushTail(line);
            this.options.callbacks.onStderrLine?.(line);
        }
    }
    pushTail(line) {
        const maxChars = this.options.stderrLineChars ?? DEFAULT_STDERR_LINE_CHARS;
        this.tail.push(line.length > maxChars ? `${line.slice(0, maxChars)}… (line cut)` : line);
        const keep = this.options.stderrTailLines ?? DEFAULT_STDERR_TAIL_LINES;
        if (this.tail.length > keep) {
            this.tail.splice(0, this.tail.length - keep);
        }
    }
    report(item) {
        this.options.callbacks.onFinding(item);
    }
    /** Give the pipes a moment to drain, flush the tails, then tell the runner. */
    async afterExit(incarnation, code, signal, framers) {
        const { child } = incarnation;
        const drainMs = this.options.stderrDrainMs ?? DEFAULT_STDERR_DRAIN_MS;
        await Promise.race([
            Promise.all([streamEnded(child.stdout), streamEnded(child.stderr)]),
            new Promise((resolve) => setTimeout(resolve, drainMs)),
        ]);
        child.stdout.removeAllListeners('data');
        child.stderr.removeAllListeners('data');
        child.stdout.destroy();
        child.stderr.destroy();
        child.stdin.destroy();
        const stdoutTail = framers.stdoutFramer.end();
        if (stdoutTail !== undefined && stdoutTail.trim() !== '') {
            this.report(finding.missingNewline(this.id, stdoutTail, this.clock.now()));
        }
        const stderrTail = framers.stderrFramer.end();
        if (stderrTail !== undefined) {
            this.pushTail(stderrTail);
            this.options.callbacks.onStderrLine?.(stderrTail);
        }
        const exit = {
            node: this.id,
            code,
            signal,
            expected: incarnation.expected,
            stderrTail: this.stderrTail(),
            atMs: incarnation.exitedAt ?? this.clock.now(),
        };
        this.options.callbacks.onExit(exit);
        return exit;
    }
    deliver(message) {
        const incarnation = this.current;
        if (incarnation === undefined || incarnation.exitedAt !== undefined) {
            return;
        }
        const cap = this.options.maxStdinQueueBytes ?? DEFAULT_MAX_STDIN_QUEUE_BYTES;
        const stdin = incarnation.child.stdin;
        if (stdin.destroyed || !stdin.writable) {
            return;
        }
        if (stdin.writableLength > cap) {
            this.dropped++;
            // a paused node is not reading because we paused it: not the learner's finding
            if (!incarnation.stdinFull && !this.paused) {
                incarnation.stdinFull = true;
                this.report(finding.stdinFull(this.id, cap, this.clock.now()));
            }
            return;
        }
        stdin.write(encodeEnvelope(message));
    }
    pause() {
        if (!this.running || this.paused) {
            return;
        }
        this.paused = true;
        this.signalAll('SIGSTOP');
    }
    resume() {
        if (!this.paused) {
            return;
        }
        this.paused = false;
        this.signalAll('SIGCONT');
    }
    async kill() {
        const incarnation = this.current;
        if (incarnation !== undefined && incarnation.exitedAt === undefined) {
            incarnation.expected = true;
        }
        this.paused = false;
        await this.killEverything(incarnation);
    }
    async restart() {
        await this.kill();
        this.logLine(`---- dsgrade: node ${this.id} restarted ----\n`);
        await this.start();
    }
    async stop() {
        const incarnation = this.current;
        if (incarnation !== undefined && incarnation.exitedAt === undefined) {
            incarnation.expected = true;
            this.signalAll('SIGTERM');
            this.signalAll('SIGCONT');
            const graceMs = this.options.stopGraceMs ?? DEFAULT_STOP_GRACE_MS;
            let timer;
            await Promise.race([
                incarnation.exit,
                new Promise((resolve) => (timer = setTimeout(resolve, graceMs))),
            ]);
            clearTimeout(timer);
        }
        this.paused = false;
        await this.killEverything(incarnation);
        if (this.logFd !== undefined) {
            (0,external_node_fs_.closeSync)(this.logFd);
            this.logFd = undefined;
        }
        for (const dir of this.options.cleanupDirs ?? []) {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
    }
    /** SIGKILL the group and every marked descendant until none is left; await the exit. */
    async killEverything(incarnation) {
        const roots = incarnation !== undefined && incarnation.exitedAt === undefined ? [incarnation.pid] : [];
        for (let round = 0; round < 5; round++) {
            if (incarnation !== undefined) {
                signalGroup(incarnation.pid, 'SIGKILL');
            }
            const pids = findNodeProcesses(this.marker, roots);
            if (pids.length === 0) {
                break;
            }
            signalEach(pids, 'SIGKILL');
            await waitGone(pids, KILL_WAIT_MS);
        }
        if (incarnation !== undefined) {
            await incarnation.exit;
        }
    }
    /** Signal the group and the descendants that left it. */
    signalAll(signal) {
        const incarnation = this.current;
        const roots = incarnation !== undefined && incarnation.exitedAt === undefined ? [incarnation.pid] : [];
        const group = incarnation?.pid;
        if (group !== undefined) {
            signalGroup(group, signal);
        }
        // the group got it already; signal once more only those that left the group
        signalEach(findNodeProcesses(this.marker, roots, group), signal);
    }
    logLine(text) {
        if (this.logFd !== undefined) {
            (0,external_node_fs_.writeSync)(this.logFd, text);
        }
    }
}
function streamEnded(stream) {
    if (stream.readableEnded === true) {
        return Promise.resolve();
    }
    return new Promise((resolve) => {
        stream.once('end', resolve);
        stream.once('close', resolve);
    });
}

;// CONCATENATED MODULE: ./src/sim/host.ts
/** Last stderr lines kept for crash reports (Maelstrom keeps 32). */
const STDERR_TAIL_LINES = 32;
class SimHost {
    options;
    state = 'running';
    incarnation = 0;
    storage;
    node;
    context;
    timers = new Map();
    held = [];
    tail = [];
    constructor(options) {
        this.options = options;
        this.storage = options.storage ?? new Map();
        this.boot();
    }
    get id() {
        return this.options.nodeId;
    }
    deliver(message) {
        this.whenRunning(() => this.node?.receive(message, this.context));
    }
    async kill() {
        this.halt('dead');
        this.options.network.setDown(this.id, true);
        this.exit({ code: null, signal: 'SIGKILL', expected: true });
    }
    async restart() {
        if (this.state === 'running' || this.state === 'paused') {
            this.halt('dead');
        }
        this.state = 'running';
        this.options.network.setDown(this.id, false);
        this.boot();
    }
    pause() {
        if (this.state === 'running') {
            this.state = 'paused';
        }
    }
    resume() {
        if (this.state !== 'paused') {
            return;
        }
        this.state = 'running';
        const held = this.held;
        this.held = [];
        for (const action of held) {
            this.whenRunning(action);
        }
    }
    async stop() {
        if (this.state === 'dead' || this.state === 'stopped') {
            this.state = 'stopped';
            return;
        }
        this.halt('stopped');
        this.exit({ code: 0, signal: null, expected: true });
    }
    stderrTail() {
        return [...this.tail];
    }
    boot() {
        this.incarnation++;
        const incarnation = this.incarnation;
        const alive = () => this.incarnation === incarnation && this.node !== undefined;
        this.context = {
            nodeId: this.id,
            now: () => this.options.clock.now(),
            send: (message) => {
                if (alive() && this.state === 'running') {
                    this.options.callbacks.onMessage(message);
                }
            },
            setTimer: (delayMs, callback) => {
                const handle = this.options.clock.setTimer(delayMs, () => {
                    this.timers.delete(handle.id);
                    if (alive()) {
                        this.whenRunning(callback);
                    }
                });
                this.timers.set(handle.id, handle);
                return handle;
            },
            clearTimer: (handle) => {
                this.timers.delete(handle.id);
                this.options.clock.clearTimer(handle);
            },
            storage: this.storage,
            log: (line) => this.log(line),
        };
        this.node = this.options.factory(this.id);
    }
    /** Run now if running, hold if paused, drop if dead; a throw is a crash. */
    whenRunning(action) {
        if (this.state === 'paused') {
            this.held.push(action);
            return;
        }
        if (this.state !== 'running' || this.node === undefined) {
            return;
        }
        try {
            action();
        }
        catch (error) {
            this.crash(error);
        }
    }
    crash(error) {
        const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
        for (const line of text.split('\n')) {
            this.log(line);
        }
        this.halt('dead');
        this.options.network.setDown(this.id, true);
        this.exit({ code: 1, signal: null, expected: false });
    }
    halt(state) {
        for (const handle of this.timers.values()) {
            this.options.clock.clearTimer(handle);
        }
        this.timers.clear();
        this.held = [];
        this.node = undefined;
        this.context = undefined;
        this.state = state;
    }
    exit(how) {
        this.options.callbacks.onExit({
            node: this.id,
            ...how,
            stderrTail: this.stderrTail(),
            atMs: this.options.clock.now(),
        });
    }
    log(line) {
        this.tail.push(line);
        if (this.tail.length > STDERR_TAIL_LINES) {
            this.tail.shift();
        }
        this.options.callbacks.onStderrLine?.(line);
    }
}
/** Start an in-process node; see the file header for what kill, restart and pause do. */
function startSimNode(options) {
    return new SimHost(options);
}

// EXTERNAL MODULE: ./src/report/html.ts + 9 modules
var report_html = __nccwpck_require__(5680);
;// CONCATENATED MODULE: ./src/nemesis/windows.ts
const OPENING_PROCESS_FAULTS = { kill: 'kill', pause: 'pause' };
const CLOSING_PROCESS_FAULTS = { start: 'kill', resume: 'pause' };
function classify(op) {
    const value = op.value;
    const named = typeof value === 'object' && value !== null && typeof value.kind === 'string';
    const f = op.f;
    if (f.startsWith('start-')) {
        return { kind: named ? value.kind : f.slice('start-'.length), opens: true };
    }
    if (f.startsWith('stop-')) {
        return { kind: named ? value.kind : f.slice('stop-'.length), opens: false };
    }
    if (f in OPENING_PROCESS_FAULTS) {
        return { kind: OPENING_PROCESS_FAULTS[f], opens: true };
    }
    if (f in CLOSING_PROCESS_FAULTS) {
        return { kind: CLOSING_PROCESS_FAULTS[f], opens: false };
    }
    return undefined;
}
function details(op) {
    const value = op.value;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const nodes = Array.isArray(value.nodes) ? value.nodes.filter((n) => typeof n === 'string') : [];
        const description = typeof value.description === 'string' ? value.description : op.f;
        return { nodes, description };
    }
    return { nodes: [], description: value === undefined ? op.f : `${op.f} ${JSON.stringify(value)}` };
}
function faultWindows(history) {
    const windows = [];
    const open = new Map();
    const closing = new Map();
    let lastNs = 0;
    for (const op of history) {
        lastNs = Math.max(lastNs, op.time);
        if (op.process !== 'nemesis') {
            continue;
        }
        const fault = classify(op);
        if (fault === undefined) {
            continue;
        }
        if (fault.opens) {
            const current = open.get(fault.kind);
            if (current !== undefined && op.type !== 'invoke') {
                Object.assign(current, details(op));
                continue;
            }
            closing.delete(fault.kind);
            const window = {
                kind: fault.kind,
                ...details(op),
                startNs: op.time,
                endNs: op.time,
                healed: false,
            };
            windows.push(window);
            open.set(fault.kind, window);
            continue;
        }
        const window = open.get(fault.kind) ?? closing.get(fault.kind);
        if (window !== undefined) {
            window.endNs = op.time;
            window.healed = true;
            open.delete(fault.kind);
            closing.set(fault.kind, window);
        }
    }
    for (const window of open.values()) {
        window.endNs = Math.max(window.startNs, lastNs);
    }
    return windows;
}
/** The faults active at one instant. */
function activeFaults(windows, timeNs) {
    return windows.filter((w) => w.startNs <= timeNs && timeNs <= w.endNs);
}
/** The faults active at any instant of [startNs, endNs] (an operation's interval). */
function overlappingFaults(windows, startNs, endNs) {
    return windows.filter((w) => w.startNs <= endNs && startNs <= w.endNs);
}

// EXTERNAL MODULE: ./src/workloads/registry.ts + 18 modules
var registry = __nccwpck_require__(3982);
;// CONCATENATED MODULE: ./src/run/client.ts
const DEFAULT_RPC_TIMEOUT_MS = 5000;
const MAX_RESENDS = 5;
/** Allocates client ids c0, c1, … from one counter per run. */
class ClientIds {
    next = 0;
    take() {
        return `c${this.next++}`;
    }
    /** Whether `id` is a client this run opened (and maybe closed since). */
    issued(id) {
        const match = /^c(\d+)$/.exec(id);
        return (match !== null && Number(match[1]) < this.next) || id.startsWith('cprobe-');
    }
}
class RunClient {
    id;
    nodeId;
    network;
    clock;
    options;
    nextMsgId = 1;
    pending = new Map();
    closed = false;
    constructor(id, nodeId, network, clock, options = { resendOnTimeout: false }) {
        this.id = id;
        this.nodeId = nodeId;
        this.network = network;
        this.clock = clock;
        this.options = options;
        network.register(this, 'client');
    }
    deliver(message) {
        const replyTo = message.body.in_reply_to;
        const pending = typeof replyTo === 'number' ? this.pending.get(replyTo) : undefined;
        if (pending === undefined || typeof replyTo !== 'number') {
            if (typeof replyTo !== 'number' || replyTo >= this.nextMsgId || replyTo < 1) {
                this.options.onUnmatched?.(message);
            }
            return;
        }
        this.pending.delete(replyTo);
        if (pending.timer !== undefined) {
            this.clock.clearTimer(pending.timer);
        }
        pending.resolve(toReply(message.body));
    }
    /** Send a request and wait for its reply, an error, or a timeout. */
    async call(body, options) {
        const timeoutMs = options?.timeoutMs ?? DEFAULT_RPC_TIMEOUT_MS;
        const msgId = this.nextMsgId++;
        const request = { ...body, msg_id: msgId };
        const attempts = this.options.resendOnTimeout ? 1 + MAX_RESENDS : 1;
        for (let attempt = 0; attempt < attempts; attempt++) {
            if (this.closed) {
                return { kind: 'timeout' };
            }
            const reply = await this.attempt(request, msgId, timeoutMs);
            if (reply.kind !== 'timeout') {
                return reply;
            }
        }
        return { kind: 'timeout' };
    }
    attempt(request, msgId, timeoutMs) {
        return new Promise((resolve) => {
            const entry = { resolve, timer: undefined };
            this.pending.set(msgId, entry);
            entry.timer = this.clock.setTimer(timeoutMs, () => {
                if (this.pending.get(msgId) === entry) {
                    this.pending.delete(msgId);
                    resolve({ kind: 'timeout' });
                }
            });
            this.network.send({ src: this.id, dest: this.nodeId, body: request });
        });
    }
    /** Give up on every outstanding call and leave the network. */
    close() {
        if (this.closed) {
            return;
        }
        this.closed = true;
        for (const [msgId, pending] of this.pending) {
            this.pending.delete(msgId);
            if (pending.timer !== undefined) {
                this.clock.clearTimer(pending.timer);
            }
            pending.resolve({ kind: 'timeout' });
        }
        this.network.unregister(this.id);
    }
}
function toReply(body) {
    if (body.type === 'error') {
        const code = typeof body.code === 'number' ? body.code : 13;
        const text = typeof body.text === 'string' ? body.text : undefined;
        return { kind: 'error', code, text, body };
    }
    return { kind: 'ok', body };
}

;// CONCATENATED MODULE: ./src/run/cluster.ts



const INIT_TIMEOUT_MS = 10_000;
/** The last non-empty line of a stderr tail. */
function lastLine(tail) {
    return [...tail].reverse().find((line) => line.trim() !== '');
}
class Cluster {
    deps;
    nodes = new Map();
    crashes = [];
    /** Set by the runner while init is in progress, to notice nodes that die first. */
    exitWaiters = new Map();
    constructor(deps) {
        this.deps = deps;
    }
    /** Start every node; resolves to null, or the sentence saying why one could not start. */
    async startAll() {
        const started = await Promise.allSettled(this.deps.nodeIds.map(async (id) => {
            const handle = await this.deps.start(id, this.callbacks(id));
            this.nodes.set(id, handle);
            this.deps.network.register(handle, 'server');
        }));
        const failed = started.find((s) => s.status === 'rejected');
        if (failed === undefined) {
            return null;
        }
        const reason = failed.reason;
        if ((0,shared_errors/* isDsgradeError */.v4)(reason)) {
            return reason.message;
        }
        throw reason;
    }
    callbacks(id) {
        return {
            onMessage: (message) => this.route(id, message),
            onFinding: (finding) => this.deps.lint.add(finding),
            onExit: (exit) => this.onExit(exit),
            onStderrLine: this.deps.logStderr
                ? (line) => this.deps.logger.learnerOutput(id, line)
                : undefined,
        };
    }
    route(id, message) {
        const result = this.deps.network.send(message);
        if (!('dropped' in result)) {
            return;
        }
        const atMs = this.deps.clock.now();
        if (result.dropped === 'unknown-dest') {
            const gone = this.deps.clientIds.issued(message.dest);
            this.deps.lint.add(gone
                ? finding.replyToGoneClient(id, message, atMs)
                : finding.unknownDest(id, message, atMs));
        }
        else if (result.dropped === 'unknown-src') {
            this.deps.lint.add(finding.unknownSrc(id, message, atMs));
        }
    }
    /** A reply to a client that matches none of its requests. */
    unmatchedReply(message) {
        this.deps.lint.add(finding.replyUnmatched(message.src, message, this.deps.clock.now()));
    }
    onExit(exit) {
        this.exitWaiters.get(exit.node)?.(exit);
        if (exit.expected) {
            return;
        }
        this.deps.network.setDown(exit.node, true);
        const status = exit.code !== null ? `exit code ${exit.code}` : `signal ${exit.signal ?? '?'}`;
        const last = lastLine(exit.stderrTail);
        const message = `Node ${exit.node} crashed at ${(exit.atMs / 1000).toFixed(1)} s (${status})` +
            (last !== undefined
                ? `; its last stderr line: ${JSON.stringify(last)}`
                : '; it printed nothing on stderr') +
            '. The test goes on without it.';
        this.crashes.push({ ...exit, message });
        this.deps.logger.warn(message);
    }
    /** Send `init` through a fresh client; resolves to null on success, else one sentence. */
    async init(nodeId) {
        const client = new RunClient(this.deps.clientIds.take(), nodeId, this.deps.network, this.deps.clock);
        const exited = new Promise((resolve) => this.exitWaiters.set(nodeId, resolve));
        const body = { type: 'init', node_id: nodeId, node_ids: [...this.deps.nodeIds] };
        const reply = await Promise.race([client.call(body, { timeoutMs: INIT_TIMEOUT_MS }), exited]);
        this.exitWaiters.delete(nodeId);
        client.close();
        if ('node' in reply) {
            const status = reply.code !== null ? `exit code ${reply.code}` : `signal ${reply.signal ?? '?'}`;
            const last = lastLine(reply.stderrTail);
            return `Node ${nodeId} exited (${status}) before answering init${last !== undefined ? `; its last stderr line: ${JSON.stringify(last)}` : ''}.`;
        }
        if (reply.kind === 'timeout') {
            return `Node ${nodeId} did not answer init within ${INIT_TIMEOUT_MS / 1000} s: it must reply {"type":"init_ok","in_reply_to":<msg_id>} to the init message.${this.strayOutput(nodeId)}`;
        }
        if (reply.kind === 'error') {
            return `Node ${nodeId} answered init with error ${reply.code}${reply.text !== undefined ? ` (${reply.text})` : ''} instead of init_ok.`;
        }
        if (reply.body.type !== 'init_ok') {
            return `Node ${nodeId} answered init with a message of type ${JSON.stringify(reply.body.type)} instead of "init_ok".`;
        }
        return null;
    }
    /** Lines the node printed on stdout that are not messages (logs belong on stderr). */
    strayOutput(nodeId) {
        const stray = this.deps.lint
            .list()
            .filter((f) => f.node === nodeId &&
            (f.code === 'PROTO_NOT_JSON' || f.code === 'PROTO_NOT_MESSAGE') &&
            f.line !== undefined);
        if (stray.length === 0) {
            return '';
        }
        const count = stray.reduce((sum, f) => sum + (f.count ?? 1), 0);
        const first = JSON.stringify(stray[0].line);
        return ` Its stdout had ${count === 1 ? 'a line that is' : `${count} lines that are`} not a protocol message (first: ${first}); stdout is only for messages, print logs on stderr.`;
    }
    /** NodeControl handles for the nemesis: kills are expected, restarts re-send init. */
    controls() {
        const controls = new Map();
        for (const [id, handle] of this.nodes) {
            controls.set(id, {
                id,
                kill: async () => {
                    this.deps.network.setDown(id, true);
                    await handle.kill();
                },
                restart: async () => {
                    await handle.restart();
                    this.deps.network.setDown(id, false);
                    const failure = await this.init(id);
                    if (failure !== null) {
                        this.deps.logger.warn(`After a restart: ${failure}`);
                    }
                },
                pause: () => handle.pause(),
                resume: () => handle.resume(),
            });
        }
        return controls;
    }
    async stopAll() {
        await Promise.all([...this.nodes.values()].map((handle) => handle.stop()));
        for (const id of this.nodes.keys()) {
            this.deps.network.unregister(id);
        }
    }
}

;// CONCATENATED MODULE: ./src/checkers/basic/net.ts
function zero() {
    return { sendCount: 0, recvCount: 0, msgCount: 0 };
}
class NetCounter {
    ignore;
    parts = { all: zero(), clients: zero(), servers: zero() };
    constructor(ignore = () => false) {
        this.ignore = ignore;
    }
    add(event) {
        const { src, dest } = event.message;
        if (this.ignore(src) || this.ignore(dest)) {
            return;
        }
        const part = src.startsWith('c') || dest.startsWith('c') ? this.parts.clients : this.parts.servers;
        for (const p of [this.parts.all, part]) {
            if (event.type === 'send') {
                p.sendCount++;
                p.msgCount++;
            }
            else if (event.type === 'deliver') {
                p.recvCount++;
            }
        }
    }
    result(clientOps) {
        const copy = (p) => ({
            ...p,
            msgsPerOp: clientOps > 0 ? p.msgCount / clientOps : 0,
        });
        return {
            valid: true,
            all: copy(this.parts.all),
            clients: copy(this.parts.clients),
            servers: copy(this.parts.servers),
        };
    }
}
function netStats(journal, clientOps, ignore = () => false) {
    const counter = new NetCounter(ignore);
    for (const event of journal) {
        counter.add(event);
    }
    return counter.result(clientOps);
}

// EXTERNAL MODULE: ./src/network/journal.ts
var journal = __nccwpck_require__(8353);
;// CONCATENATED MODULE: ./src/run/journal.ts
/**
 * The run's journal sink: every event goes to `journal.jsonl` (bounded memory, FileJournal),
 * is folded into the net statistics (probe clients left out), optionally logged
 * (--log-net-send / --log-net-recv), and the first events are kept for report.html.
 */



const REPORT_JOURNAL_EVENTS = 5000;
class RunJournal {
    log;
    head = [];
    net;
    file;
    constructor(runDir, ignore, log) {
        this.log = log;
        this.file = new journal/* FileJournal */.GH((0,external_node_path_.join)(runDir, 'journal.jsonl'));
        this.net = new NetCounter(ignore);
    }
    write(event) {
        this.file.write(event);
        this.net.add(event);
        if (this.head.length < REPORT_JOURNAL_EVENTS) {
            this.head.push(event);
        }
        if ((this.log.send && event.type === 'send') || (this.log.recv && event.type === 'deliver')) {
            this.log.logger.info(`net ${event.type}: ${JSON.stringify(event.message)}`);
        }
    }
    close() {
        this.file.close();
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
;// CONCATENATED MODULE: ./src/process/cpu.ts
/**
 * CPU figures from Linux /proc, for the harness health block: the machine's busy and steal
 * ticks (`/proc/stat`) and the CPU ticks of process trees (`/proc/PID/stat`: utime + stime of
 * every live process in the tree, plus cutime + cstime, the ticks of children already
 * waited for). A tree is a root pid and every live descendant by parent pid, so a node's
 * helpers and workers count as the node.
 *
 * Guarantees: reads only; never throws (unreadable entries are skipped, a missing /proc gives
 * `undefined`); one scan of /proc per sample, whatever the number of trees. It does not see a
 * double-forked daemon that left the tree (the reaper still ends it at stop).
 */



/** USER_HZ: the unit of /proc tick counts on every Linux architecture Node supports. */
const TICKS_PER_S = 100;
/** The first (aggregate) line of /proc/stat, or undefined where there is none. */
function readMachineTicks() {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)('/proc/stat', 'latin1');
    }
    catch {
        return undefined;
    }
    const line = text.slice(0, text.indexOf('\n'));
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    if (fields.length < 4 || fields.some((n) => !Number.isFinite(n))) {
        return undefined;
    }
    // user nice system idle iowait irq softirq steal (guest ticks are already in user/nice).
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, soft = 0, steal = 0] = fields;
    const busy = user + nice + system + irq + soft + steal;
    const running = Number(/^procs_running (\d+)/m.exec(text)?.[1] ?? 1);
    return { total: busy + idle + iowait, busy, steal, cores: (0,external_node_os_.availableParallelism)(), running };
}
function cpu_readStat(pid) {
    try {
        const text = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'latin1');
        const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
        // After the command: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
        const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
        return { ppid: Number(fields[1]), ticks: Number.isFinite(ticks) ? ticks : 0 };
    }
    catch {
        return undefined;
    }
}
/**
 * CPU ticks of each tree (root pid and live descendants), by key; a key whose root is gone
 * is absent. One scan of /proc.
 */
function readTreeTicks(roots) {
    const result = new Map();
    if (roots.size === 0) {
        return result;
    }
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return result;
    }
    const entries = new Map();
    const children = new Map();
    for (const name of names) {
        const pid = Number(name);
        if (!Number.isSafeInteger(pid) || pid <= 0) {
            continue;
        }
        const entry = cpu_readStat(pid);
        if (entry === undefined) {
            continue;
        }
        entries.set(pid, entry);
        const list = children.get(entry.ppid) ?? [];
        list.push(pid);
        children.set(entry.ppid, list);
    }
    for (const [key, root] of roots) {
        if (!entries.has(root)) {
            continue;
        }
        let ticks = 0;
        const seen = new Set();
        const queue = [root];
        while (queue.length > 0) {
            const pid = queue.pop();
            if (seen.has(pid) || pid === process.pid) {
                continue;
            }
            seen.add(pid);
            ticks += entries.get(pid)?.ticks ?? 0;
            queue.push(...(children.get(pid) ?? []));
        }
        result.set(key, ticks);
    }
    return result;
}
const LOOP_RESOLUTION_MS = 10;
/** Starts Node's event-loop delay histograms (perf_hooks.monitorEventLoopDelay). */
function startLoopDelayMonitor() {
    const whole = (0,external_node_perf_hooks_namespaceObject.monitorEventLoopDelay)({ resolution: LOOP_RESOLUTION_MS });
    const interval = (0,external_node_perf_hooks_namespaceObject.monitorEventLoopDelay)({ resolution: LOOP_RESOLUTION_MS });
    whole.enable();
    interval.enable();
    const ms = (ns) => Number.isFinite(ns) ? Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS) : 0;
    const figures = (h, q) => h.count === 0 ? 0 : ms(h.percentile(q));
    return {
        takeInterval() {
            const result = {
                p99Ms: figures(interval, 99),
                maxMs: interval.count === 0 ? 0 : ms(interval.max),
            };
            interval.reset();
            return result;
        },
        summary() {
            return {
                p50Ms: figures(whole, 50),
                p99Ms: figures(whole, 99),
                maxMs: whole.count === 0 ? 0 : ms(whole.max),
            };
        },
        stop() {
            whole.disable();
            interval.disable();
        },
    };
}

;// CONCATENATED MODULE: ./src/run/health.ts

/** Wall time between two samples. */
const HEALTH_SAMPLE_MS = 500;
/** A fault window's figures cover this much time on either side of it. */
const FAULT_MARGIN_MS = 1000;
class HealthMonitor {
    deps;
    samples = [];
    pacing = [];
    intervalPacingMaxMs = 0;
    loop;
    timer;
    lastMachine;
    lastAtMs = 0;
    lastNodes = new Map();
    nodeTicks = new Map();
    mainStart;
    mainHealth;
    constructor(deps) {
        this.deps = deps;
        this.loop = deps.clock.virtual ? null : startLoopDelayMonitor();
    }
    /** The main phase begins: sampling starts. */
    startMain() {
        this.lastMachine = this.readMachine();
        this.readNodes();
        this.nodeTicks.clear();
        this.lastAtMs = this.deps.clock.now();
        this.mainStart = { atMs: this.lastAtMs, machine: this.lastMachine };
        this.loop?.takeInterval();
        this.deps.takeDeliveryMaxMs();
        this.schedule();
    }
    /** A paced release of the main phase came `latenessMs` after its time. */
    recordPacing(latenessMs) {
        this.pacing.push(latenessMs);
        this.intervalPacingMaxMs = Math.max(this.intervalPacingMaxMs, latenessMs);
    }
    /** The main phase ended: its figures are fixed now; sampling goes on until `finish`. */
    endMain() {
        this.sample();
        const start = this.mainStart;
        const nowMs = this.deps.clock.now();
        const wallS = start === undefined ? 0 : (nowMs - start.atMs) / 1000;
        const machineNow = this.readMachine();
        this.mainHealth = {
            startS: round((start?.atMs ?? nowMs) / 1000),
            endS: round(nowMs / 1000),
            eventLoopDelayMs: this.loopSummary(),
            pacingLatenessMs: quantiles(this.pacing),
            machine: withRunnable(machineShare(start?.machine, machineNow), this.samples),
            nodesCpu: this.nodesCpu(wallS),
        };
    }
    /** Stops sampling; the health block, with figures around each fault window. */
    finish(faults) {
        if (this.timer !== undefined) {
            this.deps.clock.clearTimer(this.timer);
            this.timer = undefined;
        }
        if (this.mainHealth === undefined) {
            this.endMain();
        }
        this.loop?.stop();
        const main = this.mainHealth;
        const delivery = this.deps.deliveryLateness();
        const loop = main.eventLoopDelayMs;
        const candidates = [
            ['delivery lateness', delivery.p99, delivery.max],
            ['client pacing lateness', main.pacingLatenessMs.p99, main.pacingLatenessMs.max],
        ];
        if (loop !== null) {
            candidates.push(['event-loop delay', loop.p99, loop.max]);
        }
        const worst = candidates.reduce((a, b) => (b[1] > a[1] ? b : a));
        return {
            clock: this.deps.clock.virtual ? 'virtual' : 'real',
            lateness: {
                p99Ms: round(worst[1]),
                maxMs: round(Math.max(...candidates.map((c) => c[2]))),
                source: worst[0],
            },
            deliveryLatenessMs: roundQuantiles(delivery),
            main,
            aroundFaults: faults.map((window) => this.aroundFault(window)),
            samples: this.samples.length,
        };
    }
    schedule() {
        this.timer = this.deps.clock.setTimer(HEALTH_SAMPLE_MS, () => {
            this.sample();
            this.schedule();
        });
    }
    sample() {
        const atMs = this.deps.clock.now();
        const machine = this.readMachine();
        const wallS = (atMs - this.lastAtMs) / 1000;
        const nodes = this.readNodes();
        this.samples.push({
            atMs,
            loopMaxMs: this.loop?.takeInterval().maxMs ?? null,
            deliveryMaxMs: this.deps.takeDeliveryMaxMs(),
            pacingMaxMs: this.intervalPacingMaxMs,
            busyShare: machineShare(this.lastMachine, machine)?.busyShare ?? null,
            running: machine?.running ?? null,
            nodesCores: nodes === null || wallS <= 0 ? null : nodes / TICKS_PER_S / wallS,
        });
        this.intervalPacingMaxMs = 0;
        this.lastMachine = machine;
        this.lastAtMs = atMs;
    }
    readMachine() {
        return this.deps.clock.virtual ? undefined : readMachineTicks();
    }
    /** Adds each node's ticks since the last read; returns the ticks of all nodes, or null. */
    readNodes() {
        const pids = this.deps.nodePids();
        if (this.deps.clock.virtual || pids.size === 0) {
            return null;
        }
        const ticks = readTreeTicks(pids);
        let added = 0;
        for (const [id, pid] of pids) {
            const now = ticks.get(id);
            if (now === undefined) {
                continue;
            }
            const last = this.lastNodes.get(id);
            // A restarted node is a new process: every tick of it is new.
            const delta = last !== undefined && last.pid === pid ? Math.max(0, now - last.ticks) : now;
            this.lastNodes.set(id, { pid, ticks: now });
            this.nodeTicks.set(id, (this.nodeTicks.get(id) ?? 0) + delta);
            added += delta;
        }
        return added;
    }
    nodesCpu(wallS) {
        if (this.nodeTicks.size === 0 || wallS <= 0) {
            return null;
        }
        const perNode = {};
        let total = 0;
        let maxNode = '';
        let maxNodeCores = -1;
        for (const [id, ticks] of this.nodeTicks) {
            const cores = ticks / TICKS_PER_S / wallS;
            perNode[id] = round(cores);
            total += cores;
            if (cores > maxNodeCores) {
                maxNode = id;
                maxNodeCores = cores;
            }
        }
        return { totalCores: round(total), perNode, maxNode, maxNodeCores: round(maxNodeCores) };
    }
    loopSummary() {
        if (this.loop === null) {
            return null;
        }
        const s = this.loop.summary();
        return { p50: round(s.p50Ms), p99: round(s.p99Ms), max: round(s.maxMs) };
    }
    aroundFault(window) {
        const fromMs = window.startNs / 1e6 - FAULT_MARGIN_MS;
        const toMs = window.endNs / 1e6 + FAULT_MARGIN_MS + HEALTH_SAMPLE_MS;
        const inside = this.samples.filter((s) => s.atMs >= fromMs && s.atMs <= toMs);
        const maxOf = (pick) => {
            const values = inside.map(pick).filter((v) => v !== null);
            return values.length === 0 ? null : round(Math.max(...values));
        };
        return {
            description: window.description,
            startS: round(window.startNs / 1e9),
            endS: round(window.endNs / 1e9),
            deliveryLatenessMaxMs: maxOf((s) => s.deliveryMaxMs) ?? 0,
            pacingLatenessMaxMs: maxOf((s) => s.pacingMaxMs) ?? 0,
            eventLoopDelayMaxMs: maxOf((s) => s.loopMaxMs),
            machineBusyShare: maxOf((s) => s.busyShare),
            nodesCpuCores: maxOf((s) => s.nodesCores),
        };
    }
}
function machineShare(before, after) {
    if (before === undefined || after === undefined || after.total <= before.total) {
        return null;
    }
    const total = after.total - before.total;
    return {
        cores: after.cores,
        busyShare: round((after.busy - before.busy) / total),
        stealShare: round((after.steal - before.steal) / total),
        runnable: after.running,
    };
}
/** The mean runnable count over the samples (the harness itself counted as one). */
function withRunnable(machine, samples) {
    const counts = samples.map((s) => s.running).filter((n) => n !== null);
    if (machine === null || counts.length === 0) {
        return machine;
    }
    return { ...machine, runnable: round(counts.reduce((a, b) => a + b, 0) / counts.length) };
}
function quantiles(values) {
    if (values.length === 0) {
        return { p50: 0, p99: 0, max: 0, count: 0 };
    }
    const sorted = Float64Array.from(values).sort();
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return {
        p50: round(at(0.5)),
        p99: round(at(0.99)),
        max: round(sorted[sorted.length - 1]),
        count: values.length,
    };
}
function roundQuantiles(q) {
    return { p50: round(q.p50), p99: round(q.p99), max: round(q.max), count: q.count };
}
function round(value) {
    return Math.round(value * 1000) / 1000;
}

;// CONCATENATED MODULE: ./src/run/lint.ts
/**
 * Protocol findings of one run: the process area's FindingLog (one entry per (code, node),
 * first line kept, later occurrences counted, bounded), plus the results.json `lint` shape.
 */

class FindingLog extends lint_FindingLog {
    findings() {
        return this.list();
    }
    /** The results.json `lint` field. */
    summary() {
        return { count: this.count(), findings: this.list() };
    }
}

// EXTERNAL MODULE: ./src/nemesis/registry.ts + 5 modules
var nemesis_registry = __nccwpck_require__(716);
;// CONCATENATED MODULE: ./src/nemesis/compose.ts


/** The union of several packages' grudges, written to the real network on each change. */
class GrudgeLayers {
    network;
    layers = new Map();
    constructor(network) {
        this.network = network;
    }
    set(layer, grudge) {
        this.layers.set(layer, grudge);
        this.apply();
    }
    clear(layer) {
        this.layers.delete(layer);
        this.apply();
    }
    apply() {
        const union = new Map();
        for (const grudge of this.layers.values()) {
            for (const [dest, sources] of grudge) {
                const set = union.get(dest) ?? new Set();
                sources.forEach((s) => set.add(s));
                union.set(dest, set);
            }
        }
        if (union.size === 0) {
            this.network.heal();
        }
        else {
            this.network.setGrudge(union);
        }
    }
}
/** A view of the network for one package: partitions go to its own layer. */
function layeredNetwork(network, layers, layer) {
    return {
        register: (endpoint, role) => network.register(endpoint, role),
        unregister: (id) => network.unregister(id),
        isRegistered: (id) => network.isRegistered(id),
        send: (message) => network.send(message),
        setGrudge: (grudge) => layers.set(layer, grudge),
        heal: () => layers.clear(layer),
        setLinkFaults: (faults) => network.setLinkFaults(faults),
        setDown: (id, down) => network.setDown(id, down),
        stats: (clientOps) => network.stats(clientOps),
        close: () => network.close(),
    };
}
function resolveNemeses(names) {
    return [...new Set(names)].map((name) => {
        const found = (0,nemesis_registry/* findNemesis */.K9)(name);
        if (found === undefined) {
            throw new shared_errors/* UsageError */.eb(`unknown nemesis ${name}: the faults are ${(0,nemesis_registry/* nemesisNames */.jb)().join(', ')}`);
        }
        return found;
    });
}
/** Several packages as one. Unknown names are a UsageError. */
function composeNemeses(names) {
    const packages = resolveNemeses(names);
    return {
        name: packages.map((p) => p.name).join(','),
        doc: packages.map((p) => `${p.name}: ${p.doc}`).join('; '),
        start(world, random) {
            const layers = new GrudgeLayers(world.network);
            const runs = packages.map((p) => {
                const view = {
                    options: world.options,
                    nodeIds: world.nodeIds,
                    clock: world.clock,
                    nodes: world.nodes,
                    network: layeredNetwork(world.network, layers, p.name),
                    record: (event) => world.record(event),
                };
                return p.start(view, random.fork(p.name));
            });
            return {
                async stop() {
                    const results = await Promise.allSettled(runs.map((run) => run.stop()));
                    const failed = results.find((r) => r.status === 'rejected');
                    if (failed !== undefined) {
                        throw failed.reason;
                    }
                },
            };
        },
    };
}

;// CONCATENATED MODULE: ./src/run/workers.ts

class Workers {
    deps;
    workers;
    freeWaiters = [];
    inFlight = new Set();
    opsDone = 0;
    constructor(deps) {
        this.deps = deps;
        this.workers = Array.from({ length: deps.context.concurrency }, (_, index) => ({
            index,
            process: index,
            client: undefined,
            workloadClient: undefined,
            busy: false,
            done: false,
        }));
    }
    /** The main phase: paced ops until `durationMs` has passed; waits for ops in flight. */
    async runMain(generator, durationMs, pacing) {
        const clock = this.deps.clock;
        const endMs = clock.now() + durationMs;
        const rate = this.deps.context.options.rate;
        if (rate <= 0 || this.workers.length === 0) {
            await clock.sleep(durationMs);
            return;
        }
        let nextAtMs = clock.now();
        for (;;) {
            nextAtMs += pacing.float() * (2000 / rate);
            if (nextAtMs >= endMs) {
                break;
            }
            if (nextAtMs > clock.now()) {
                await clock.sleep(nextAtMs - clock.now());
                this.deps.onPacing?.(clock.now() - nextAtMs);
            }
            const worker = await this.takeFree(pacing, endMs);
            if (worker === undefined || clock.now() >= endMs) {
                break;
            }
            const next = generator.next(worker.index, worker.process, clock.now());
            if (next === null) {
                worker.done = true;
                continue;
            }
            this.launch(worker, next, generator);
        }
        if (endMs > clock.now()) {
            await clock.sleep(endMs - clock.now());
        }
        await this.drain();
    }
    /** The final phase: every worker asks the final generator until it says null. */
    async runFinal(generator, pacingMs, capMs) {
        const clock = this.deps.clock;
        const endMs = clock.now() + capMs;
        await this.drain();
        for (const worker of this.workers) {
            worker.done = false;
        }
        await Promise.all(this.workers.map(async (worker) => {
            while (clock.now() < endMs) {
                const next = generator.next(worker.index, worker.process, clock.now());
                if (next === null) {
                    return;
                }
                if ('waitMs' in next) {
                    await clock.sleep(next.waitMs);
                    continue;
                }
                await this.runOp(worker, next, generator);
                if (pacingMs !== undefined && pacingMs > 0) {
                    await clock.sleep(pacingMs);
                }
            }
        }));
    }
    /** Close every network client (end of the run). */
    closeAll() {
        for (const worker of this.workers) {
            worker.client?.close();
            worker.client = undefined;
        }
    }
    async drain() {
        while (this.inFlight.size > 0) {
            await Promise.all([...this.inFlight]);
        }
    }
    launch(worker, next, generator) {
        worker.busy = true;
        const task = 'waitMs' in next ? this.deps.clock.sleep(next.waitMs) : this.runOp(worker, next, generator);
        const tracked = task.then(() => {
            this.inFlight.delete(tracked);
            worker.busy = false;
            this.freeWaiters.splice(0).forEach((wake) => wake());
        });
        this.inFlight.add(tracked);
    }
    async takeFree(pacing, endMs) {
        for (;;) {
            const live = this.workers.filter((w) => !w.done);
            if (live.length === 0) {
                return undefined;
            }
            const free = live.filter((w) => !w.busy);
            if (free.length > 0) {
                return pacing.pick(free);
            }
            if (this.deps.clock.now() >= endMs) {
                return undefined;
            }
            await new Promise((resolve) => {
                const timer = this.deps.clock.setTimer(endMs - this.deps.clock.now(), resolve);
                this.freeWaiters.push(() => {
                    this.deps.clock.clearTimer(timer);
                    resolve();
                });
            });
        }
    }
    nodeFor(worker) {
        const nodeIds = this.deps.context.nodeIds;
        return nodeIds[worker.index % nodeIds.length];
    }
    async runOp(worker, invocation, generator) {
        const deps = this.deps;
        if (worker.client === undefined || worker.workloadClient === undefined) {
            worker.client = new RunClient(deps.clientIds.take(), this.nodeFor(worker), deps.network, deps.clock, { resendOnTimeout: deps.resendOnTimeout, onUnmatched: deps.onUnmatched });
            worker.workloadClient = deps.workload.createClient(deps.context);
        }
        const client = worker.client;
        const invoke = deps.recorder.invoke(worker.process, invocation, client.nodeId, client.id);
        let completion;
        try {
            completion = await worker.workloadClient.invoke(invocation, this.io(client));
        }
        catch (error) {
            completion = {
                type: 'info',
                error: `indeterminate: ${error instanceof Error ? error.message : String(error)}`,
            };
        }
        deps.recorder.complete(invoke, completion);
        generator.complete?.(worker.index, {
            invocation,
            type: completion.type,
            value: completion.value,
            process: worker.process,
        });
        this.opsDone++;
        deps.onOp?.();
        if (completion.type === 'info') {
            worker.process += this.workers.length;
            if (!deps.workload.reusableClient) {
                client.close();
                worker.client = undefined;
                worker.workloadClient = undefined;
            }
        }
    }
    io(client) {
        return {
            clientId: client.id,
            nodeId: client.nodeId,
            call: async (body, options) => this.validate(client, body, await client.call(body, options)),
        };
    }
    validate(client, request, reply) {
        if (reply.kind !== 'ok') {
            return reply;
        }
        const spec = this.deps.workload.rpcs.find((rpc) => rpc.request === request.type);
        if (spec === undefined) {
            return reply;
        }
        const problem = replyProblem(reply.body, spec.response, spec.responseFields ?? {});
        if (problem === null) {
            return reply;
        }
        this.deps.lint.add({
            code: 'PROTO_BAD_REPLY',
            node: client.nodeId,
            message: `${client.nodeId} answered a ${request.type} request with a malformed reply: ${problem}.`,
            fix: `reply to ${request.type} with {"type":"${spec.response}", "in_reply_to": <msg_id>${Object.keys(spec.responseFields ?? {})
                .map((f) => `, "${f}": …`)
                .join('')}}.`,
            line: JSON.stringify(reply.body).slice(0, 200),
            atMs: this.deps.clock.now(),
        });
        return { kind: 'error', code: 12, text: `malformed reply: ${problem}`, body: reply.body };
    }
}
const JSON_TYPES = {
    any: () => true,
    integer: (v) => Number.isInteger(v),
    number: (v) => typeof v === 'number',
    string: (v) => typeof v === 'string',
    array: (v) => Array.isArray(v),
    object: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
    boolean: (v) => typeof v === 'boolean',
};
/** Why a reply body does not match its RPC spec, or null. */
function replyProblem(body, responseType, fields) {
    if (body.type !== responseType) {
        return `its type is ${JSON.stringify(body.type)}, expected "${responseType}"`;
    }
    for (const [field, type] of Object.entries(fields)) {
        if (!(field in body)) {
            return `it has no "${field}" field`;
        }
        const check = JSON_TYPES[type];
        if (check !== undefined && !check(body[field])) {
            return `"${field}" should be ${type === 'integer' ? 'an' : 'a'} ${type}`;
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/run/phases.ts




const RECOVERY_CAP_MS = 10_000;
const PROBE_INTERVAL_MS = 100;
const FINAL_PHASE_CAP_MS = 60_000;
async function runPhases(world) {
    const { cluster, request } = world;
    const setupClients = [];
    const workers = makeWorkers(world);
    try {
        const notStarted = await cluster.startAll();
        if (notStarted !== null) {
            return notStarted;
        }
        const failures = await Promise.all(request.options.nodeIds.map((id) => cluster.init(id)));
        const failure = failures.find((f) => f !== null);
        if (failure !== undefined && failure !== null) {
            return failure;
        }
        await setup(world, setupClients);
        await mainAndFinal(world, workers);
        return null;
    }
    finally {
        workers.closeAll();
        setupClients.forEach((client) => client.close());
        await cluster.stopAll();
    }
}
function generatorContext(world) {
    const options = world.request.options;
    return {
        random: world.random.fork('workload'),
        options,
        nodeIds: options.nodeIds,
        concurrency: options.concurrency,
    };
}
function makeWorkers(world) {
    const options = world.request.options;
    return new Workers({
        workload: world.workload,
        context: generatorContext(world),
        network: world.network,
        clock: world.clock,
        clientIds: world.clientIds,
        recorder: world.recorder,
        lint: world.lint,
        resendOnTimeout: options.clientLossRatio > 0 ||
            options.clientDuplicateRatio > 0 ||
            options.nemesis.includes('client-loss') ||
            options.nemesis.includes('client-duplicate'),
        onUnmatched: (message) => world.cluster.unmatchedReply(message),
        onPacing: (latenessMs) => world.health.recordPacing(latenessMs),
    });
}
async function setup(world, clients) {
    const { workload, request } = world;
    if (workload.setup === undefined) {
        return;
    }
    const byNode = new Map();
    for (const id of request.options.nodeIds) {
        const client = new RunClient(world.clientIds.take(), id, world.network, world.clock);
        byNode.set(id, client);
        clients.push(client);
    }
    await workload.setup({
        options: request.options,
        nodeIds: request.options.nodeIds,
        random: world.random.fork('setup'),
        call: (nodeId, body) => byNode.get(nodeId).call(body),
    });
}
async function mainAndFinal(world, workers) {
    const { request, workload, clock, logger } = { ...world, logger: world.request.logger };
    const options = request.options;
    const scale = options.timeScale;
    const progress = startProgress(world, workers, options.timeLimitS * scale);
    const stopFaults = startFaults(world);
    logger.info(`Main phase: ${options.timeLimitS * scale} s at ${options.rate} ops/s, concurrency ${options.concurrency}${options.nemesis.length > 0 ? `, faults: ${options.nemesis.join(', ')}` : ''}.`);
    world.health.startMain();
    await workers.runMain(workload.generator(generatorContext(world)), options.timeLimitS * 1000 * scale, world.random.fork('pacing'));
    world.health.endMain();
    progress.phase = 'heal';
    await stopFaults();
    if (workload.finalGenerator !== undefined) {
        progress.phase = 'recovery';
        const waitedMs = await recover(world, RECOVERY_CAP_MS * scale);
        logger.info(`Recovery: the nodes ${waitedMs.converged ? 'agreed' : 'did not agree'} after ${(waitedMs.ms / 1000).toFixed(1)} s; final phase.`);
        progress.phase = 'final';
        const final = workload.finalGenerator(generatorContext(world));
        await workers.runFinal(final.generator, final.pacingMs, FINAL_PHASE_CAP_MS * scale);
    }
    progress.stop();
    logger.info(`Done: ${workers.opsDone} operations in ${(clock.now() / 1000).toFixed(1)} s.`);
}
/** Start the nemesis packages and the option-driven link faults; returns "heal". */
function startFaults(world) {
    const { request, network, clock, recorder, cluster } = world;
    const options = request.options;
    const runs = [];
    const nodes = cluster.controls();
    // One composed package, so partitions of several packages are layered (not overwritten)
    // and every fault is undone by one stop().
    const names = options.nemesis.filter((name) => (0,nemesis_registry/* findNemesis */.K9)(name) !== undefined);
    if (names.length > 0) {
        runs.push(composeNemeses(names).start({
            options,
            nodeIds: options.nodeIds,
            clock,
            network,
            nodes,
            record: (event) => recorder.nemesis(event),
        }, world.random.fork('nemesis')));
    }
    const linkFaults = optionLinkFaults(options, (name) => (0,nemesis_registry/* findNemesis */.K9)(name) !== undefined);
    const kinds = Object.keys(linkFaults);
    if (kinds.length > 0) {
        network.setLinkFaults(linkFaults);
        recorder.nemesis({
            type: 'invoke',
            f: 'start-link-faults',
            value: { kind: 'link-faults', ...linkFaults },
        });
        recorder.nemesis({
            type: 'info',
            f: 'start-link-faults',
            value: { kind: 'link-faults', ...linkFaults, description: describeLinkFaults(linkFaults) },
        });
    }
    return async () => {
        const stopped = await Promise.allSettled(runs.map((run) => run.stop()));
        for (const result of stopped) {
            if (result.status === 'rejected') {
                const reason = result.reason;
                request.logger.warn(`A fault could not be undone cleanly: ${reason instanceof Error ? reason.message : String(reason)}`);
            }
        }
        network.heal();
        if (kinds.length > 0) {
            const cleared = Object.fromEntries(kinds.map((k) => [k, 0]));
            network.setLinkFaults(cleared);
            recorder.nemesis({ type: 'invoke', f: 'stop-link-faults', value: { kind: 'link-faults' } });
            recorder.nemesis({
                type: 'info',
                f: 'stop-link-faults',
                value: { kind: 'link-faults', description: 'link faults healed' },
            });
        }
    };
}
const LINK_FAULT_NEMESIS = {
    lossRatio: 'loss',
    duplicateRatio: 'duplicate',
    reorderRatio: 'reorder',
    clientLossRatio: 'client-loss',
    clientDuplicateRatio: 'client-duplicate',
};
/** Ratios from the options that no registered nemesis package applies itself. */
function optionLinkFaults(options, packaged) {
    const faults = {};
    for (const [field, name] of Object.entries(LINK_FAULT_NEMESIS)) {
        const ratio = options[field];
        if (ratio > 0 && !(options.nemesis.includes(name) && packaged(name))) {
            faults[field] = ratio;
        }
    }
    return faults;
}
function describeLinkFaults(faults) {
    return Object.entries(faults)
        .map(([field, ratio]) => `${LINK_FAULT_NEMESIS[field]} ${ratio}`)
        .join(', ');
}
/** Probe the live nodes until the workload says they agree, or the cap. */
async function recover(world, capMs) {
    const { clock, workload, cluster, network } = world;
    const startMs = clock.now();
    const probe = workload.recoveryProbe;
    if (probe === undefined) {
        await clock.sleep(capMs);
        return { ms: capMs, converged: false };
    }
    const crashed = new Set(cluster.crashes.map((c) => c.node));
    const live = world.request.options.nodeIds.filter((id) => !crashed.has(id));
    const clients = live.map((id) => new RunClient(`cprobe-${id}`, id, network, clock));
    try {
        while (clock.now() - startMs < capMs) {
            const timeoutMs = Math.max(1, Math.min(1000, capMs - (clock.now() - startMs)));
            const replies = await Promise.all(clients.map((client) => client.call(probe.body, { timeoutMs })));
            const bodies = replies.flatMap((reply) => (reply.kind === 'ok' ? [reply.body] : []));
            if (bodies.length === clients.length && probe.converged(bodies)) {
                return { ms: clock.now() - startMs, converged: true };
            }
            const left = capMs - (clock.now() - startMs);
            if (left > 0) {
                await clock.sleep(Math.min(PROBE_INTERVAL_MS, left));
            }
        }
        return { ms: clock.now() - startMs, converged: false };
    }
    finally {
        clients.forEach((client) => client.close());
    }
}
function startProgress(world, workers, totalS) {
    const { clock, request } = world;
    const report = request.logger.progress;
    const state = { phase: 'main', stop: () => { } };
    if (report === undefined) {
        return state;
    }
    // The main phase's time counts from its own start (init and setup came before it) and
    // never passes its total; the later phases report their own elapsed time.
    const mainStartS = clock.now() / 1000;
    let timer = clock.setTimer(1000, tick);
    function tick() {
        const elapsedS = clock.now() / 1000 - mainStartS;
        report?.({
            phase: state.phase,
            elapsedS: state.phase === 'main' ? Math.min(elapsedS, totalS) : elapsedS - totalS,
            totalS,
            opsDone: workers.opsDone,
        });
        timer = clock.setTimer(1000, tick);
    }
    state.stop = () => clock.clearTimer(timer);
    return state;
}

;// CONCATENATED MODULE: ./src/run/recorder.ts
class HistoryRecorder {
    clock;
    ops = [];
    constructor(clock) {
        this.clock = clock;
    }
    push(op) {
        const full = { index: this.ops.length, time: Math.round(this.clock.now() * 1e6), ...op };
        this.ops.push(full);
        return full;
    }
    invoke(process, invocation, node, client) {
        const op = { process, type: 'invoke', f: invocation.f };
        if (invocation.key !== undefined) {
            op.key = invocation.key;
        }
        if (invocation.value !== undefined) {
            op.value = invocation.value;
        }
        if (invocation.final === true) {
            op.final = true;
        }
        op.node = node;
        op.client = client;
        return this.push(op);
    }
    complete(invoke, completion) {
        const op = {
            process: invoke.process,
            type: completion.type,
            f: invoke.f,
        };
        if (invoke.key !== undefined) {
            op.key = invoke.key;
        }
        const value = completion.value !== undefined ? completion.value : invoke.value;
        if (value !== undefined) {
            op.value = value;
        }
        if (completion.error !== undefined) {
            op.error = completion.error;
        }
        if (invoke.final === true) {
            op.final = true;
        }
        if (invoke.node !== undefined) {
            op.node = invoke.node;
        }
        if (invoke.client !== undefined) {
            op.client = invoke.client;
        }
        return this.push(op);
    }
    nemesis(event) {
        const process = 'nemesis';
        return this.push({ process, type: event.type, f: event.f, value: event.value });
    }
}

// EXTERNAL MODULE: ./src/run/replay.ts
var replay = __nccwpck_require__(2634);
// EXTERNAL MODULE: ./src/checkers/contract.ts
var contract = __nccwpck_require__(3400);
// EXTERNAL MODULE: ./src/history/types.ts
var types = __nccwpck_require__(9653);
;// CONCATENATED MODULE: ./src/checkers/basic/availability.ts

function checkAvailability(history, required) {
    const pairs = (0,types/* pairOps */.J)(history);
    const ok = pairs.filter((p) => p.complete?.type === 'ok').length;
    const okFraction = pairs.length === 0 ? 1 : ok / pairs.length;
    const threshold = required === 'total' ? 1 : required;
    if (threshold === undefined || okFraction >= threshold) {
        return { valid: true, anomalies: [], okFraction };
    }
    return {
        valid: false,
        okFraction,
        anomalies: [
            {
                type: 'unavailable',
                message: `Only ${percentBelow(okFraction, threshold)} of operations succeeded (${ok} of ${pairs.length}; ${pairs.length - ok} did not), below the required ${percent(threshold)}. An available system answers every request, even during faults.`,
            },
        ],
    };
}
function percent(fraction) {
    return `${Number((fraction * 100).toFixed(3))}%`;
}
/** A percentage with enough digits that it never prints equal to a threshold it is below. */
function percentBelow(fraction, threshold) {
    for (let digits = 1; digits <= 6; digits++) {
        const text = (fraction * 100).toFixed(digits);
        if (Number(text) < threshold * 100) {
            return `${text}%`;
        }
    }
    return `${fraction * 100}%`;
}

// EXTERNAL MODULE: ./src/checkers/basic/set-full.ts
var set_full = __nccwpck_require__(5323);
;// CONCATENATED MODULE: ./src/checkers/basic/fault-split.ts
/**
 * Availability and latency read with and without fault windows (issue 4, fault-aware
 * reporting). A client operation counts as "during faults" when its interval [invoke,
 * completion] overlaps any fault window of the history; otherwise "outside faults". Pure.
 *
 * Latency is completion time − invocation time of `ok` operations, in milliseconds, as
 * quantiles "0", "0.5", "0.95", "0.99", "1". okFraction = ok completions / invocations.
 */


function figures(pairs) {
    const latencies = [];
    let ok = 0;
    for (const { invoke, complete } of pairs) {
        if (complete?.type === 'ok') {
            ok++;
            latencies.push((complete.time - invoke.time) / 1e6);
        }
    }
    const latencyMs = (0,set_full/* quantiles */.t)(latencies);
    return {
        ops: pairs.length,
        okFraction: pairs.length === 0 ? 1 : ok / pairs.length,
        ...(latencyMs === undefined ? {} : { latencyMs }),
    };
}
function splitByFaults(history, windows) {
    const pairs = (0,types/* pairOps */.J)(history);
    const endNs = history.length === 0 ? 0 : history[history.length - 1].time;
    const during = [];
    const outside = [];
    for (const pair of pairs) {
        const start = pair.invoke.time;
        const end = pair.complete?.time ?? endNs;
        const hit = windows.some((w) => w.startNs <= end && start <= w.endNs);
        (hit ? during : outside).push(pair);
    }
    return { all: figures(pairs), duringFaults: figures(during), outsideFaults: figures(outside) };
}

;// CONCATENATED MODULE: ./src/checkers/basic/stats.ts

function stats_zero() {
    return { count: 0, okCount: 0, failCount: 0, infoCount: 0 };
}
/** Ops that never succeed by design (Maelstrom exempts them from "every f needs an ok"). */
const EXEMPT_F = new Set(['crash', 'debug-topic-partitions']);
function describeError(error) {
    if (Array.isArray(error)) {
        const [code, name, text] = error;
        const head = typeof code === 'number' ? `error ${code} ${String(name ?? '')}`.trim() : String(name ?? code);
        return typeof text === 'string' && text !== '' ? `${head}: "${text.slice(0, 120)}"` : head;
    }
    return typeof error === 'string' ? error.slice(0, 160) : JSON.stringify(error ?? 'no reply');
}
/** The most common error among the failed completions of `f`, with its count. */
function commonError(history, f) {
    const counts = new Map();
    for (const op of history) {
        if (op.f === f && (op.type === 'fail' || op.type === 'info') && op.error !== undefined) {
            const text = describeError(op.error);
            counts.set(text, (counts.get(text) ?? 0) + 1);
        }
    }
    let best;
    for (const [text, count] of counts) {
        if (best === undefined || count > best.count) {
            best = { text, count };
        }
    }
    return best;
}
function checkStats(history) {
    const total = stats_zero();
    const byF = {};
    for (const { invoke, complete } of (0,types/* pairOps */.J)(history)) {
        const counts = (byF[invoke.f] ??= stats_zero());
        const type = complete?.type ?? 'info';
        for (const c of [total, counts]) {
            c.count++;
            if (type === 'ok') {
                c.okCount++;
            }
            else if (type === 'fail') {
                c.failCount++;
            }
            else {
                c.infoCount++;
            }
        }
    }
    const never = Object.entries(byF).filter(([f, c]) => c.okCount === 0 && !EXEMPT_F.has(f));
    const anomalies = never.map(([f, c]) => {
        const common = commonError(history, f);
        const cause = common === undefined ? '' : ` Most common outcome: ${common.text} (${common.count} times).`;
        return {
            type: 'no-ok',
            message: `No ${f} operation succeeded: all ${c.count} attempts failed or timed out (${c.failCount} fail, ${c.infoCount} info).${cause} A node must answer ${f} with its ${f}_ok reply.`,
        };
    });
    return { valid: never.length === 0, anomalies, ...total, byF };
}

;// CONCATENATED MODULE: ./src/run/results.ts
/**
 * results.json (interfaces.md §1.2) from a finished run: the workload checker's result and
 * Maelstrom's stats / availability / net checkers, merged with false > unknown > true;
 * crashes make a run invalid; every anomaly carries the faults active at its evidence time.
 * Also the one plain sentence that says why.
 */






/** The checker's search budget (seconds). */
const CHECK_BUDGET_S = 60;
function runCheck(input) {
    try {
        return input.workload.check(input.history, { options: input.options, nodeIds: input.options.nodeIds }, (0,contract/* budgetFromSeconds */.p)(CHECK_BUDGET_S));
    }
    catch (error) {
        return {
            valid: 'unknown',
            reason: `The ${input.workload.name} checker failed: ${error instanceof Error ? error.message : String(error)} (this is a dsgrade bug; please report it).`,
            anomalies: [],
        };
    }
}
function buildResults(input) {
    const workload = runCheck(input);
    const stats = checkStats(input.history);
    const availability = checkAvailability(input.history, input.options.availability);
    const clientOps = stats.count;
    const net = {
        ...input.net.result(clientOps),
        deliveryLatenessMs: input.deliveryLatenessMs,
    };
    const windows = faultWindows(input.history);
    const split = splitByFaults(input.history, windows);
    const valid = (0,contract/* mergeValidity */.Vq)([
        workload.valid,
        stats.valid,
        availability.valid,
        input.crashes.length > 0 ? false : true,
        input.serviceBans?.result().valid ?? true,
    ]);
    const reason = verdictReason(valid, input, workload, stats, availability);
    const results = {
        valid,
        reason,
        seed: input.options.seed,
        workload: { ...workload, anomalies: explainAnomalies(workload.anomalies, windows) },
        stats,
        availability: { ...availability, ...availabilitySplit(split) },
        latencyMs: {
            all: split.all.latencyMs,
            duringFaults: split.duringFaults.latencyMs,
            outsideFaults: split.outsideFaults.latencyMs,
        },
        net,
        lint: input.lint.summary(),
        ...(input.serviceBans === undefined ? {} : { serviceBans: input.serviceBans.result() }),
        crashes: input.crashes,
        faults: windows,
        options: input.options,
        replay: (0,replay/* replayCommand */.Pi)(input.options),
        durationMs: Math.round(input.durationMs),
    };
    const exitCode = valid === true ? 0 : valid === false ? 1 : 2;
    return { valid, exitCode, reason, results };
}
/** okFraction with and without fault windows (op counts included). */
function availabilitySplit(split) {
    const part = (set) => ({ ops: set.ops, okFraction: set.okFraction });
    return { duringFaults: part(split.duringFaults), outsideFaults: part(split.outsideFaults) };
}
function verdictReason(valid, input, workload, stats, availability) {
    const name = input.workload.name;
    if (valid === true) {
        return `The ${name} test passed: ${stats.count} operations checked and every check was valid.`;
    }
    const banned = input.serviceBans?.sentence();
    if (banned !== undefined) {
        return banned;
    }
    if (workload.valid === false) {
        const first = workload.anomalies[0];
        if (first === undefined) {
            return `The ${name} checker found the history invalid.`;
        }
        return first.message + faultClause(explainAnomalies([first], faultWindows(input.history))[0]);
    }
    const crash = input.crashes[0];
    if (crash !== undefined) {
        return crash.message;
    }
    if (stats.valid === false) {
        return stats.anomalies[0]?.message ?? 'Some kind of operation never succeeded.';
    }
    if (availability.valid === false) {
        return availability.anomalies[0]?.message ?? 'Too few operations succeeded.';
    }
    return workload.reason ?? `The ${name} checker could not reach a verdict.`;
}
/**
 * " While this happened: n3 was partitioned from n0, n1 (0.10–0.91 s), and 2 more faults." —
 * the faults active during an anomaly's evidence, so the one-sentence verdict says whether a
 * fault was in play. Empty when none was.
 */
function faultClause(anomaly) {
    const faults = anomaly?.activeFaults ?? [];
    const first = faults[0];
    if (first === undefined) {
        return '';
    }
    const span = `${(first.startNs / 1e9).toFixed(2)}–${(first.endNs / 1e9).toFixed(2)} s`;
    const more = faults.length > 1 ? `, and ${faults.length - 1} more fault${faults.length > 2 ? 's' : ''}` : '';
    return ` While this happened: ${first.description} (${span})${more}.`;
}
/** Anomalies with the faults active during their evidence (`activeFaults`). */
function explainAnomalies(anomalies, windows) {
    return anomalies.map((anomaly) => ({
        ...anomaly,
        activeFaults: anomaly.timeNs === undefined
            ? []
            : overlappingFaults(windows, anomaly.timeNs[0], anomaly.timeNs[1]),
    }));
}

// EXTERNAL MODULE: ./src/history/formats/index.ts + 1 modules
var formats = __nccwpck_require__(6694);
;// CONCATENATED MODULE: ./src/history/jsonl.ts
/**
 * history.jsonl I/O (interfaces.md §1.4): one operation per line, in event order. Writing
 * streams in chunks so a long history never becomes one giant string; reading delegates to
 * the shared parser in formats/ (which validates every line and names the bad one).
 */

/** Write any JSON values, one per line; resolves when the file is flushed and closed. */
function writeJsonLines(path, items) {
    return new Promise((resolve, reject) => {
        const out = (0,external_node_fs_.createWriteStream)(path);
        out.on('error', reject);
        let chunk = '';
        for (const item of items) {
            chunk += JSON.stringify(item) + '\n';
            if (chunk.length > 1 << 16) {
                out.write(chunk);
                chunk = '';
            }
        }
        out.end(chunk, resolve);
    });
}
function writeHistoryJsonl(path, history) {
    return writeJsonLines(path, history);
}


;// CONCATENATED MODULE: ./src/run/store.ts
/**
 * The store layout of interfaces.md §1.2: `DIR/<workload>/<timestamp>/` per run and
 * `DIR/latest` pointing at the newest one (a relative symlink, replaced atomically; a copy
 * of the path in `latest.txt` where symlinks are not allowed). Writes the run's files.
 */



/** A filesystem-safe UTC timestamp: 20261124T080539.123Z. */
function runTimestamp(date) {
    return date.toISOString().replace(/[-:]/g, '');
}
/** Make a fresh run directory (suffix -2, -3, … if two runs start in the same ms). */
function makeRunDir(storeDir, workload, date) {
    const parent = (0,external_node_path_.join)(storeDir, workload);
    (0,external_node_fs_.mkdirSync)(parent, { recursive: true });
    const base = runTimestamp(date);
    for (let i = 1;; i++) {
        const dir = (0,external_node_path_.join)(parent, i === 1 ? base : `${base}-${i}`);
        try {
            (0,external_node_fs_.mkdirSync)(dir);
            return dir;
        }
        catch (error) {
            if (error.code !== 'EEXIST') {
                throw error;
            }
        }
    }
}
function linkLatest(storeDir, runDir) {
    const target = (0,external_node_path_.relative)(storeDir, runDir);
    const temp = (0,external_node_path_.join)(storeDir, `.latest-${process.pid}-${Math.floor(performance.now())}`);
    try {
        (0,external_node_fs_.symlinkSync)(target, temp);
        (0,external_node_fs_.renameSync)(temp, (0,external_node_path_.join)(storeDir, 'latest'));
    }
    catch {
        (0,external_node_fs_.rmSync)(temp, { force: true });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(storeDir, 'latest.txt'), target + '\n');
    }
}
function writeHistory(runDir, history) {
    return writeHistoryJsonl((0,external_node_path_.join)(runDir, 'history.jsonl'), history);
}

;// CONCATENATED MODULE: ./src/run/runner.ts
/**
 * One test run, start to finish (style.md §3.2): run dir, network, nodes, `init`, setup,
 * main phase with the nemesis, heal → recovery (until the workload's probe says the nodes
 * agree, capped at 10 s) → final phase, then every node stopped, the checks, results.json,
 * history.jsonl, journal.jsonl, node logs and report.html.
 *
 * Every wait goes through the injected Clock and every random choice through a Random forked
 * from the seed, so with in-process nodes on the VirtualClock a run replays bit for bit and
 * a 60 s test takes a fraction of a second.
 */
























const PROBE_PREFIX = 'cprobe-';
/** The clusters of runs in progress, so an interrupted dsgrade can stop their nodes. */
const activeClusters = new Set();
/** Stop the nodes of every run in progress (Ctrl-C, SIGTERM): no process is left behind. */
async function stopActiveRuns() {
    await Promise.allSettled([...activeClusters].map((cluster) => cluster.stopAll()));
}
function resolveWorkload(request) {
    const workload = (0,registry/* findWorkload */.pH)(request.options.workload);
    if (workload === undefined) {
        throw new shared_errors/* UsageError */.eb(`Unknown workload ${JSON.stringify(request.options.workload)}.`);
    }
    const problem = workload.validateOptions?.(request.options) ?? null;
    if (problem !== null) {
        throw new shared_errors/* UsageError */.eb(problem);
    }
    if (request.clock === 'virtual' && request.nodes?.kind !== 'in-process') {
        throw new shared_errors/* UsageError */.eb('The virtual clock needs in-process nodes: real processes run in real time.');
    }
    return workload;
}
function nodeStarter(request, runDir, clock, network) {
    const nodes = request.nodes ?? { kind: 'process' };
    if (nodes.kind === 'in-process') {
        return (nodeId, callbacks) => startSimNode({ nodeId, factory: nodes.factory, network, clock, callbacks });
    }
    const [file, ...args] = request.options.command;
    const command = { file: file ?? '', args, display: request.options.command.join(' ') };
    return (id, callbacks) => {
        const dirs = {
            homeDir: (0,external_node_path_.join)(runDir, 'home', id),
            tmpDir: (0,external_node_path_.join)(runDir, 'tmp', id),
            dataDir: (0,external_node_path_.join)(runDir, 'data', id),
        };
        Object.values(dirs).forEach((dir) => (0,external_node_fs_.mkdirSync)(dir, { recursive: true }));
        const env = buildNodeEnvironment({
            ...dirs,
            base: request.env ?? process.env,
            nodeId: id,
            seed: request.options.seed,
        });
        return startNodeProcess({
            nodeId: id,
            command,
            cwd: request.options.cwd,
            env,
            logFile: (0,external_node_path_.join)(runDir, 'node-logs', `${id}.log`),
            callbacks,
            clock,
        });
    };
}
/** The simulated network with its journal and the built-in services. */
function makeNetwork(request, runDir, clock, random, lint) {
    const options = request.options;
    const journal = new RunJournal(runDir, (id) => id.startsWith(PROBE_PREFIX), {
        send: options.logNetSend,
        recv: options.logNetRecv,
        logger: request.logger,
    });
    const forbidden = options.forbidServices ?? [];
    const ban = new bans/* ServiceBan */.nd(forbidden, isServiceName);
    const network = new Simulator({
        latencyMs: options.latencyMs,
        latencyDist: options.latencyDist,
        random: random.fork('net'),
        clock,
        journal: ban.active
            ? {
                write: (event) => {
                    journal.write(event);
                    ban.observe(event);
                },
                close: () => journal.close(),
            }
            : journal,
    });
    createServices(SERVICE_NAMES, {
        network,
        random,
        clock,
        onFinding: (f) => lint.add(f),
        forbidden,
    });
    return { journal, network, ban };
}
/** Drive the virtual clock until `work` settles (a stuck run is our bug). */
async function driveVirtual(clock, work) {
    let finished = false;
    const tracked = work.finally(() => (finished = true));
    let idleRounds = 0;
    while (!finished) {
        await clock.runWhile(() => !finished);
        if (!finished) {
            await new Promise((resolve) => setImmediate(resolve));
            idleRounds = clock.pendingCount === 0 ? idleRounds + 1 : 0;
            if (idleRounds > 1000) {
                throw new Error('virtual-clock run is stuck: nothing left to wait for');
            }
        }
    }
    return tracked;
}
async function runOnce(request) {
    const options = request.options;
    const workload = resolveWorkload(request);
    const clock = request.clock === 'virtual'
        ? new VirtualClock(request.clockLagMs === undefined ? {} : { lagMs: request.clockLagMs })
        : new RealClock();
    const runDir = makeRunDir(request.storeDir, workload.name, new Date());
    const random = new network_random/* Random */.o8(options.seed);
    const lint = new FindingLog();
    const { journal, network, ban } = makeNetwork(request, runDir, clock, random, lint);
    const clientIds = new ClientIds();
    const recorder = new HistoryRecorder(clock);
    const cluster = new Cluster({
        nodeIds: options.nodeIds,
        network,
        clock,
        clientIds,
        lint,
        logger: request.logger,
        logStderr: options.logStderr,
        start: nodeStarter(request, runDir, clock, network),
    });
    const health = new HealthMonitor({
        clock,
        takeDeliveryMaxMs: () => network.takeLatenessMaxMs(),
        deliveryLateness: () => latenessFigures(network),
        nodePids: () => nodePids(cluster),
    });
    const world = {
        request,
        workload,
        clock,
        random,
        network,
        cluster,
        clientIds,
        recorder,
        lint,
        health,
    };
    request.logger.info(`Running ${workload.name} on ${options.nodeIds.length} nodes, seed ${options.seed}; run directory ${runDir}`);
    activeClusters.add(cluster);
    const phases = runPhases(world).finally(() => activeClusters.delete(cluster));
    const failure = clock instanceof VirtualClock ? await driveVirtual(clock, phases) : await phases;
    const durationMs = clock.now();
    const harness = health.finish(faultWindows(recorder.ops));
    if (clock instanceof RealClock) {
        clock.clearAll();
    }
    network.close();
    journal.close();
    if (failure !== null) {
        return couldNotRun(request, runDir, failure, recorder.ops, durationMs, harness);
    }
    const banFinding = ban.finding();
    if (banFinding !== undefined) {
        lint.add(banFinding);
    }
    const verdict = buildResults({
        serviceBans: ban.active ? ban : undefined,
        options,
        workload,
        history: recorder.ops,
        net: journal.net,
        crashes: cluster.crashes,
        lint,
        durationMs,
        deliveryLatenessMs: latenessFigures(network),
    });
    verdict.results.harness = harness;
    await writeRunFiles(request, runDir, verdict.results, recorder.ops, journal.head);
    return { ...verdict, runDir, history: recorder.ops };
}
function latenessFigures(network) {
    const lateness = network.deliveryLateness();
    return { p50: lateness.p50Ms, p99: lateness.p99Ms, max: lateness.maxMs, count: lateness.count };
}
/** The pids of the nodes that run as real processes now. */
function nodePids(cluster) {
    const pids = new Map();
    for (const [id, handle] of cluster.nodes) {
        if (handle.pid !== undefined) {
            pids.set(id, handle.pid);
        }
    }
    return pids;
}
async function writeRunFiles(request, runDir, results, history, journal) {
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(runDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
    await writeHistory(runDir, history);
    if (request.writeReport !== false) {
        const html = (0,report_html/* renderReportHtml */.Y)({
            results,
            history,
            journal: journal.slice(0, 5000),
            nodeIds: request.options.nodeIds,
            title: `dsgrade ${request.options.workload} — seed ${request.options.seed}`,
        });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(runDir, 'report.html'), html);
    }
    linkLatest(request.storeDir, runDir);
}
async function couldNotRun(request, runDir, reason, history, durationMs, harness) {
    const results = {
        valid: 'unknown',
        reason,
        error: reason,
        seed: request.options.seed,
        options: request.options,
        replay: (0,replay/* replayCommand */.Pi)(request.options),
        durationMs: Math.round(durationMs),
        harness,
    };
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(runDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
    await writeHistory(runDir, history);
    if (request.writeReport !== false) {
        // The page says why the test could not run, with whatever history there is.
        const html = (0,report_html/* renderReportHtml */.Y)({
            results,
            history,
            journal: [],
            nodeIds: request.options.nodeIds,
            title: `dsgrade ${request.options.workload} — seed ${request.options.seed}`,
        });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(runDir, 'report.html'), html);
    }
    linkLatest(request.storeDir, runDir);
    return { valid: 'unknown', exitCode: 255, reason, results, runDir, history };
}

// EXTERNAL MODULE: ./src/run/parallelism.ts
var run_parallelism = __nccwpck_require__(8791);
;// CONCATENATED MODULE: ./src/run/seeds.ts
/**
 * Several seeds of one test, in parallel as the one machine budget allows (run/parallelism.ts:
 * each run takes its cost, nodes × rate, before it starts). Each seed gets its own run
 * directory; the outcome lists the pass rate and every failing seed with its replay command.
 */



const EXIT_RANK = { 0: 0, 2: 1, 1: 2, 255: 3 };
function worstExitCode(codes) {
    let worst = 0;
    for (const code of codes) {
        if (EXIT_RANK[code] > EXIT_RANK[worst]) {
            worst = code;
        }
    }
    return worst;
}
async function runSeedsParallel(request, seeds, parallelism = Number.POSITIVE_INFINITY) {
    const outcomes = new Array(seeds.length);
    let next = 0;
    const worker = async () => {
        while (next < seeds.length) {
            const i = next++;
            const seed = seeds[i];
            const shape = { nodeCount: request.options.nodeIds.length, rate: request.options.rate };
            outcomes[i] = await (0,run_parallelism/* withRunSlot */.gG)(shape, () => runOnce({ ...request, options: { ...request.options, seed } }));
        }
    };
    const lanes = Math.max(1, Math.min(parallelism, seeds.length));
    await Promise.all(Array.from({ length: lanes }, worker));
    const failing = outcomes
        .filter((o) => o.exitCode !== 0)
        .map((o) => ({
        seed: Number(o.results.seed),
        exitCode: o.exitCode,
        reason: o.reason,
        replay: (0,replay/* replayCommand */.Pi)({ ...request.options, seed: Number(o.results.seed) }),
    }));
    return {
        outcomes,
        passRate: seeds.length === 0 ? 0 : (seeds.length - failing.length) / seeds.length,
        failing,
        exitCode: worstExitCode(outcomes.map((o) => o.exitCode)),
    };
}

;// CONCATENATED MODULE: ./src/run/index.ts




/** Run one test. Never throws for a learner mistake; an `init` failure is exit 255. */
function runTest(request) {
    return runOnce(request);
}
/** Run the test once per seed, as the machine budget allows (`parallelism`: a further cap). */
function runSeeds(request, seeds, parallelism) {
    return runSeedsParallel(request, seeds, parallelism);
}


/***/ }),

/***/ 8791:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gG: () => (/* binding */ withRunSlot)
/* harmony export */ });
/* unused harmony exports UNITS_PER_CORE, runCost, MachineBudget, machineBudget */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The one parallelism policy for seeds, stages and tracks: every test run takes its cost from
 * one machine budget before it starts and gives it back when it ends. Tracks and stages are
 * not limited themselves (they only wait on their runs), so nesting cannot deadlock and the
 * whole process never runs more than the machine can take, however many tracks grade at once.
 *
 * - Budget: 3 units per core (a run mostly waits on its nodes and the clock).
 * - Cost of a run: max(1, nodes ÷ 5, nodes × rate ÷ 100) units (its work grows with the nodes
 *   and the rate); a run costing the whole budget or more runs alone. So a 25-node stage never
 *   shares the machine, and on 2 cores a 5-node stage at 10 ops/s shares it with five others.
 * - `exclusive` (a rerun of an inconclusive seed): alone on the machine.
 * - First come, first served: a large run at the head of the queue is not starved by small
 *   ones behind it.
 *
 * Guarantees: `run` always releases what it took (even when the work throws). It does not
 * know about other processes (other dsgrade runs, other work on the machine): the harness
 * health block measures that.
 */

/** Budget units per core. */
const UNITS_PER_CORE = 3;
/** What one run costs, in budget units (see the header). */
function runCost(shape) {
    const nodes = Math.max(1, shape.nodeCount);
    return Math.max(1, nodes / 5, (nodes * Math.max(0, shape.rate)) / 100);
}
class MachineBudget {
    capacity;
    used = 0;
    queue = [];
    constructor(capacity) {
        this.capacity = capacity;
    }
    /** Units in use now (tests, bench). */
    get inUse() {
        return this.used;
    }
    /** Runs `work` once `cost` units (capped at the capacity; all of it when exclusive) are free. */
    async run(cost, work, exclusive = false) {
        const units = exclusive ? this.capacity : Math.min(this.capacity, Math.max(1, cost));
        await this.take(units);
        try {
            return await work();
        }
        finally {
            this.used -= units;
            this.wake();
        }
    }
    take(units) {
        if (this.queue.length === 0 && this.used + units <= this.capacity) {
            this.used += units;
            return Promise.resolve();
        }
        return new Promise((resolve) => {
            this.queue.push({
                units,
                start: () => {
                    this.used += units;
                    resolve();
                },
            });
        });
    }
    wake() {
        for (;;) {
            const head = this.queue[0];
            if (head === undefined || this.used + head.units > this.capacity) {
                return;
            }
            this.queue.shift();
            head.start();
        }
    }
}
/** The process-wide budget every run of this dsgrade process shares. */
const machineBudget = new MachineBudget(UNITS_PER_CORE * (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)());
/** Run `work` under the process-wide budget at the cost of a run of this shape. */
function withRunSlot(shape, work, options = {}) {
    return machineBudget.run(runCost(shape), work, options.exclusive === true);
}


/***/ }),

/***/ 2634:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pi: () => (/* binding */ replayCommand),
/* harmony export */   ZL: () => (/* binding */ shellQuote)
/* harmony export */ });
/* unused harmony export replayArgs */
/* harmony import */ var _shared_invocation_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3639);
/**
 * The exact local command that replays a run: `npx dsgrade test …` with every option that
 * differs from its default, the seed always, and the node's command line. Arguments are
 * shell-quoted only when they need it, so the common case stays readable.
 */

const DEFAULT_NODES = ['n1', 'n2', 'n3', 'n4', 'n5'];
/** Quote one argument for a POSIX shell. */
function shellQuote(arg) {
    if (arg !== '' && /^[A-Za-z0-9_\-./:=,@%+]+$/.test(arg)) {
        return arg;
    }
    return `'${arg.replace(/'/g, `'\\''`)}'`;
}
function nodeArgs(nodeIds) {
    if (nodeIds.join(',') === DEFAULT_NODES.join(',')) {
        return [];
    }
    const counted = nodeIds.every((id, i) => id === `n${i}`);
    return counted ? ['--node-count', String(nodeIds.length)] : ['--nodes', nodeIds.join(',')];
}
function optionArgs(o) {
    const args = [];
    const add = (flag, value, fallback) => {
        if (value !== undefined && value !== fallback) {
            args.push(flag, String(value));
        }
    };
    add('--time-limit', o.timeLimitS, 60);
    add('--rate', o.rate, 5);
    add('--concurrency', o.concurrency, o.nodeIds.length);
    add('--latency', o.latencyMs, 0);
    add('--latency-dist', o.latencyDist, 'constant');
    add('--nemesis', o.nemesis.length > 0 ? o.nemesis.join(',') : undefined, undefined);
    add('--nemesis-interval', o.nemesisIntervalS, 10);
    add('--topology', o.topology, 'grid');
    add('--availability', o.availability, undefined);
    add('--consistency-models', o.consistencyModels.join(','), 'strict-serializable');
    add('--key-count', o.keyCount, undefined);
    add('--max-txn-length', o.maxTxnLength, 4);
    add('--max-writes-per-key', o.maxWritesPerKey, 16);
    add('--loss-rate', o.lossRatio, 0);
    add('--duplicate-rate', o.duplicateRatio, 0);
    add('--reorder-rate', o.reorderRatio, 0);
    add('--client-loss', o.clientLossRatio, 0);
    add('--client-duplicate', o.clientDuplicateRatio, 0);
    add('--time-scale', o.timeScale, 1);
    const forbidden = o.forbidServices ?? [];
    add('--forbid-services', forbidden.length > 0 ? forbidden.join(',') : undefined, undefined);
    for (const [key, value] of Object.entries(o.extra)) {
        args.push('--extra', value === true ? key : `${key}=${JSON.stringify(value)}`);
    }
    return args;
}
/** The command line, as argv (without `npx dsgrade`); `--bin` as the learner typed it. */
function replayArgs(options) {
    const [resolvedBin, ...resolvedArgs] = options.command;
    const bin = options.typedCommand?.bin ?? resolvedBin;
    const binArgs = options.typedCommand?.args ?? resolvedArgs;
    const args = ['test', '-w', options.workload, '--bin', bin ?? ''];
    args.push(...nodeArgs(options.nodeIds), ...optionArgs(options), '--seed', String(options.seed));
    if (binArgs.length > 0) {
        args.push('--', ...binArgs);
    }
    return args;
}
/** The exact local command that replays this run. */
function replayCommand(options) {
    return [_shared_invocation_js__WEBPACK_IMPORTED_MODULE_0__/* .DSGRADE_INVOCATION */ .e, ...replayArgs(options).map(shellQuote)].join(' ');
}


/***/ }),

/***/ 8904:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ forbiddenReplyText),
/* harmony export */   lQ: () => (/* binding */ parseForbiddenServices),
/* harmony export */   nd: () => (/* binding */ ServiceBan)
/* harmony export */ });
/* unused harmony export BANNED_BODY_CHARS */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8382);
/* harmony import */ var _shared_json_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8451);


/** Mirrors services.ts SERVICE_NAMES (kept here so this file has no cycle with it). */
const BANNABLE = ['lin-kv', 'seq-kv', 'lww-kv', 'lin-tso'];
/** Characters of a forbidden message's body kept in the evidence. */
const BANNED_BODY_CHARS = 200;
/** The names, validated: a UsageError names an unknown one. */
function parseForbiddenServices(names) {
    for (const name of names) {
        if (!BANNABLE.includes(name)) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Unknown service ${JSON.stringify(name)} in --forbid-services: the services are ${BANNABLE.join(', ')}.`);
        }
    }
    return [...new Set(names)];
}
/** The error text a forbidden service answers with. */
function forbiddenReplyText(service) {
    return `the ${service} service is forbidden in this stage: implement it in your nodes (this message fails the test)`;
}
class ServiceBan {
    isService;
    forbidden;
    firstViolation;
    count = 0;
    perNode = new Map();
    constructor(forbidden, isService) {
        this.isService = isService;
        this.forbidden = new Set(forbidden);
    }
    get active() {
        return this.forbidden.size > 0;
    }
    /** Feed every journal event; only sends from a non-service to a forbidden service count. */
    observe(event) {
        if (event.type !== 'send' || !this.forbidden.has(event.message.dest)) {
            return;
        }
        const source = event.message.src;
        if (this.isService(source)) {
            return;
        }
        this.count++;
        this.perNode.set(source, (this.perNode.get(source) ?? 0) + 1);
        if (this.firstViolation === undefined) {
            const body = event.message.body;
            this.firstViolation = {
                node: source,
                service: event.message.dest,
                type: typeof body.type === 'string' ? body.type : String(body.type),
                body: (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(JSON.stringify(body), BANNED_BODY_CHARS),
                timeMs: Math.round(event.time / 1e3) / 1e3,
            };
        }
    }
    result() {
        return {
            valid: this.count === 0,
            forbidden: [...this.forbidden],
            messageCount: this.count,
            ...(this.firstViolation === undefined ? {} : { first: this.firstViolation }),
            byNode: Object.fromEntries(this.perNode),
        };
    }
    /** The one plain sentence, or undefined when no forbidden message was sent. */
    sentence() {
        const v = this.firstViolation;
        if (v === undefined) {
            return undefined;
        }
        const more = this.count > 1 ? ` (${this.count} forbidden messages in all)` : '';
        return `${v.node} sent a ${v.type} message to the ${v.service} service at ${(v.timeMs / 1000).toFixed(3)} s, but this stage forbids ${[...this.forbidden].join(', ')}: the nodes must implement it themselves${more}.`;
    }
    /** The protocol finding for the report (one, naming the first message). */
    finding() {
        const v = this.firstViolation;
        const sentence = this.sentence();
        if (v === undefined || sentence === undefined) {
            return undefined;
        }
        return {
            code: 'SERVICE_FORBIDDEN',
            node: v.node,
            message: sentence,
            fix: `Do not call ${v.service}: keep the state in your nodes and replicate it with your own messages.`,
            line: v.body,
            atMs: v.timeMs,
            count: this.perNode.get(v.node) ?? 1,
        };
    }
}


/***/ }),

/***/ 3203:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ assert)
/* harmony export */ });
/* unused harmony export unreachable */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8382);
/**
 * Internal invariants. An assertion failure is always *our* bug, never the learner's:
 * the edges turn it into an InternalError that asks for a report.
 */

function assert(condition, message) {
    if (!condition) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd(`assertion failed: ${message}`);
    }
}
function unreachable(value, message = 'unreachable') {
    throw new InternalError(`${message}: ${JSON.stringify(value)}`);
}


/***/ }),

/***/ 8382:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gd: () => (/* binding */ InternalError),
/* harmony export */   e4: () => (/* binding */ RunError),
/* harmony export */   eX: () => (/* binding */ HistoryFormatError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   iz: () => (/* binding */ TrackError),
/* harmony export */   v4: () => (/* binding */ isDsgradeError)
/* harmony export */ });
/* unused harmony exports DsgradeError, ConfigError */
/**
 * Errors that are *ours* to raise. A learner's mistake is never an exception: it is a
 * CheckResult or a ProtocolViolation value. These classes exist for bad input to dsgrade
 * itself (UsageError → exit 254), bad course data (TrackError), a test that cannot run
 * (RunError → exit 255) and our own bugs (InternalError → exit 255, "please report").
 */
class DsgradeError extends Error {
    code;
    isDsgradeError = true;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
        this.name = new.target.name;
    }
}
/** Bad command-line arguments or inputs. Exit code 254. */
class UsageError extends DsgradeError {
    constructor(message, options) {
        super('USAGE', message, options);
    }
}
/** Invalid course data under tracks/. Names the file and the JSON pointer. */
class TrackError extends DsgradeError {
    file;
    pointer;
    constructor(file, pointer, message, options) {
        super('TRACK', `${file}${pointer ? ` at ${pointer}` : ''}: ${message}`, options);
        this.file = file;
        this.pointer = pointer;
    }
}
/** An invalid dsgrade.yml or other learner-supplied config file. */
class ConfigError extends DsgradeError {
    file;
    line;
    constructor(file, line, message, options) {
        super('CONFIG', `${file}${line !== undefined ? `:${line}` : ''}: ${message}`, options);
        this.file = file;
        this.line = line;
    }
}
/** A history file that cannot be read. Names the file and the line. */
class HistoryFormatError extends DsgradeError {
    file;
    line;
    constructor(file, line, message, options) {
        super('HISTORY_FORMAT', `${file}:${line}: ${message}`, options);
        this.file = file;
        this.line = line;
    }
}
/**
 * The test could not run (a node failed init, the binary could not start). Exit code 255.
 * `message` is the one plain sentence shown to the learner.
 */
class RunError extends DsgradeError {
    node;
    constructor(message, node, options) {
        super('RUN', message, options);
        this.node = node;
    }
}
/** Our own bug. */
class InternalError extends DsgradeError {
    constructor(message, options) {
        super('INTERNAL', message, options);
    }
}
function isDsgradeError(value) {
    return (typeof value === 'object' &&
        value !== null &&
        value.isDsgradeError === true);
}


/***/ }),

/***/ 3639:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ DSGRADE_INVOCATION)
/* harmony export */ });
/* unused harmony export DSGRADE_REGISTRY_INVOCATION */
/**
 * How a learner runs dsgrade from a terminal, as printed in every command we show (replay
 * lines, the job summary, the comment, report.html). One place, so it changes in one commit.
 *
 * The package is not on the npm registry yet, so `npx dsgrade` would answer 404: until it is,
 * the printed commands fetch the tagged release from GitHub (`npx github:dsgrade/dsgrade#v1`,
 * which needs only git and network access; the bundle in dist/ is committed, nothing is
 * compiled). Once published, set this to `npx dsgrade`. The README states both.
 */
const DSGRADE_INVOCATION = 'npx github:dsgrade/dsgrade#v1';
/** The registry form, for the day the package is published (README: "once published"). */
const DSGRADE_REGISTRY_INVOCATION = 'npx dsgrade';


/***/ }),

/***/ 8451:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ jsonEquals),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/**
 * JSON helpers shared by checkers and renderers.
 *
 * canonicalJson gives one string per JSON *value*: object keys sorted, numbers printed by
 * JSON.stringify (so 1 and 1.0 are equal, as interfaces.md §1.4 says, while 3 and "3"
 * differ). Use it wherever two learner values must be compared or used as a map key.
 */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object') {
        const text = JSON.stringify(value);
        return text === undefined ? 'null' : text;
    }
    if (Array.isArray(value)) {
        return '[' + value.map(canonicalJson).join(',') + ']';
    }
    const entries = Object.keys(value)
        .sort()
        .map((k) => JSON.stringify(k) + ':' + canonicalJson(value[k]));
    return '{' + entries.join(',') + '}';
}
function jsonEquals(a, b) {
    return canonicalJson(a) === canonicalJson(b);
}
/** Truncate text for display, saying how much was cut. */
function truncate(text, maxChars) {
    if (text.length <= maxChars) {
        return text;
    }
    return `${text.slice(0, maxChars)}… (${text.length - maxChars} more characters)`;
}


/***/ }),

/***/ 1692:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Zl: () => (/* binding */ packageRoot),
  Tl: () => (/* binding */ packageVersion),
  w9: () => (/* binding */ tracksDir)
});

// UNUSED EXPORTS: templatesDir

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/shared/paths.ts
/**
 * Where the package's data folders are, at run time. Works from src/ (tests), from the
 * ncc bundles in dist/cli and dist/action, and from an npm install: walk up from this
 * module's file until a package.json named "dsgrade" is found.
 */



let cachedRoot;
function packageRoot() {
    if (cachedRoot !== undefined) {
        return cachedRoot;
    }
    let dir = (0,external_node_path_.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    for (;;) {
        const manifest = (0,external_node_path_.join)(dir, 'package.json');
        if ((0,external_node_fs_.existsSync)(manifest)) {
            try {
                const parsed = JSON.parse((0,external_node_fs_.readFileSync)(manifest, 'utf8'));
                if (parsed.name === 'dsgrade') {
                    cachedRoot = dir;
                    return dir;
                }
            }
            catch {
                // not ours; keep walking
            }
        }
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir) {
            throw new Error('cannot find the dsgrade package root (package.json named "dsgrade")');
        }
        dir = parent;
    }
}
function tracksDir() {
    return (0,external_node_path_.join)(packageRoot(), 'tracks');
}
function templatesDir() {
    return join(packageRoot(), 'templates');
}
function packageVersion() {
    const parsed = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(packageRoot(), 'package.json'), 'utf8'));
    return parsed.version;
}


/***/ }),

/***/ 8406:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _U: () => (/* binding */ safeLabelledText),
/* harmony export */   oi: () => (/* binding */ safeJson)
/* harmony export */ });
/* unused harmony exports LINE_BREAK, SAFE_PREFIX, stripControls, isRisky, safeLines, safeOneLine */
/**
 * The one sanitiser for every path that prints learner bytes (the CLI and the Action, stdout
 * and stderr, node stderr, build output, sentences quoting learner data). A GitHub runner reads
 * each line of a step's output and runs it as a workflow command when, after trimming leading
 * whitespace, it starts with `::` (or `##[`). Runners split lines on `\n`, `\r\n` and a bare
 * `\r`; we also treat `\u000b`, `\u000c`, `\u0085`, `\u2028` and `\u2029` as breaks, so no
 * reader that splits more eagerly can find a command either.
 *
 * Guarantees: `safeLines` returns lines with no line break and no control character (tabs
 * kept); terminal escape sequences (CSI, OSC, other ESC sequences) are removed before the
 * check, so `:\x1b[0m:error::` cannot turn into a command once the escape is gone; a line
 * that could be read as a command is prefixed with a visible `│ `. It does not escape
 * Markdown or HTML (report/escape.ts does that for summaries and comments).
 */
/* eslint-disable no-control-regex -- line breaks and control characters are the point */
/** Every sequence a reader may take as the end of a line. */
const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/;
/** OSC (ESC ] … BEL or ST), CSI (ESC [ … final), any other two-byte ESC sequence, 8-bit CSI. */
const ESCAPES = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b\[[0-?]*[ -/]*[@-~]?|\u001b[ -~]?|\u009b[0-?]*[ -/]*[@-~]?/g;
/** C0 controls but tab and the line breaks, DEL, C1 controls. */
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
/** Breaks other than CR and LF. */
const OTHER_BREAKS = /[\u000b\u000c\u0085\u2028\u2029]/g;
/* eslint-enable no-control-regex */
/** The visible prefix that makes a line plain text to a runner. */
const SAFE_PREFIX = '│ ';
/** Text without terminal escapes or control characters (line breaks kept). */
function stripControls(text) {
    return text.replace(ESCAPES, '').replace(CONTROLS, '');
}
/** True when a runner could read the line as a workflow command. */
function isRisky(line) {
    const trimmed = line.trimStart();
    return trimmed.startsWith('::') || trimmed.startsWith('##[');
}
/**
 * Splits text into printable lines; a line a runner could read as a command gets `│ `.
 * With `alwaysPrefix` (learner output in the Action) every line gets it.
 */
function safeLines(text, alwaysPrefix = false) {
    return stripControls(text)
        .split(LINE_BREAK)
        .map((line) => (alwaysPrefix || isRisky(line) ? `${SAFE_PREFIX}${line}` : line));
}
/** `safeLines` with every line under `label` (e.g. `[n0] `), joined by `\n`. */
/** One line for a command that escapes `\r`/`\n` itself (core.warning): other breaks become spaces. */
function safeOneLine(text) {
    return stripControls(text).replace(OTHER_BREAKS, ' ');
}
function safeLabelledText(label, text) {
    return safeLines(text)
        .map((line) => `${label}${line}`)
        .join('\n');
}
/** JSON text with U+2028/U+2029 written as escapes (JSON.stringify leaves them raw). */
function safeJson(value) {
    return JSON.stringify(value, null, 2)
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}


/***/ }),

/***/ 427:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony exports editDistance, closestName */
/**
 * "Did you mean …?" for a mistyped name (an option, a track, a stage, a config key): the
 * closest known name by edit distance (insertions, deletions, substitutions and swaps of
 * two neighbouring letters), offered only when it is close enough to be a typo. Pure.
 */
/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits). */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
}
/** The known name closest to `name`, if it is within a typo's reach (≤ 1/3 of its length, ≤ 3). */
function closestName(name, known) {
    const wanted = name.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of known) {
        const distance = editDistance(wanted, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const reach = Math.min(3, Math.max(1, Math.floor(Math.max(wanted.length, 3) / 3)));
    return bestDistance > 0 && bestDistance <= reach ? best : undefined;
}
/** ` Did you mean "x"?` or the empty string. */
function didYouMean(name, known, quote = '"') {
    const best = closestName(name, known);
    return best === undefined ? '' : ` Did you mean ${quote}${best}${quote}?`;
}


/***/ }),

/***/ 3982:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  pH: () => (/* binding */ findWorkload),
  oj: () => (/* binding */ workloadNames)
});

// UNUSED EXPORTS: WORKLOADS

// EXTERNAL MODULE: ./src/checkers/basic/set-full.ts
var set_full = __nccwpck_require__(5323);
// EXTERNAL MODULE: ./src/protocol/errors.ts
var errors = __nccwpck_require__(2013);
;// CONCATENATED MODULE: ./src/workloads/completion.ts
/**
 * Maelstrom's mapping from an RPC outcome to a history completion
 * (maelstrom-protocol.md §1.5, `maelstrom.client/with-errors`):
 * - an error with a known definite code → `fail`; an indefinite or unknown code → `info`,
 *   unless the op is idempotent (then `fail`);
 * - no reply before the timeout → `info` with error `net-timeout` (`fail` if idempotent).
 * `error` is recorded as `[code, name, text?]`.
 */

function failureFromReply(reply, idempotent) {
    if (reply.kind === 'timeout') {
        return { type: idempotent ? 'fail' : 'info', error: [0, 'net-timeout'] };
    }
    const error = reply.text === undefined ? [reply.code, (0,errors/* errorName */.Is)(reply.code)] : [reply.code, (0,errors/* errorName */.Is)(reply.code), reply.text];
    return { type: (0,errors/* isDefinite */.Nc)(reply.code) || idempotent ? 'fail' : 'info', error };
}
/** For workloads whose errors are exceptions in Maelstrom (g-set, counters): always `info`. */
function indeterminateFromReply(reply) {
    if (reply.kind === 'timeout') {
        return { type: 'info', error: 'indeterminate: timed out waiting for a reply' };
    }
    return {
        type: 'info',
        error: `indeterminate: error ${reply.code} (${(0,errors/* errorName */.Is)(reply.code)})${reply.text ? `: ${reply.text}` : ''}`,
    };
}

;// CONCATENATED MODULE: ./src/workloads/broadcast/topology.ts
const TOPOLOGIES = ['grid', 'line', 'tree', 'tree2', 'tree3', 'tree4', 'total'];
function grid(nodes) {
    const width = Math.ceil(Math.sqrt(nodes.length));
    const out = {};
    nodes.forEach((node, i) => {
        const row = Math.floor(i / width);
        const col = i % width;
        const candidates = [
            [row + 1, col],
            [row - 1, col],
            [row, col + 1],
            [row, col - 1],
        ];
        out[node] = candidates
            .filter(([r, c]) => r >= 0 && c >= 0 && c < width)
            .map(([r, c]) => nodes[r * width + c])
            .filter((n) => n !== undefined);
    });
    return out;
}
function line(nodes) {
    const out = {};
    if (nodes.length < 2) {
        return out;
    }
    nodes.forEach((node, i) => {
        out[node] = [nodes[i - 1], nodes[i + 1]].filter((n) => n !== undefined);
    });
    return out;
}
function tree(nodes, branching) {
    const out = {};
    nodes.forEach((node, i) => {
        const parent = i === 0 ? [] : [nodes[Math.floor((i - 1) / branching)]];
        const children = [];
        for (let k = 1; k <= branching; k++) {
            const child = nodes[i * branching + k];
            if (child !== undefined) {
                children.push(child);
            }
        }
        out[node] = [...parent, ...children];
    });
    return out;
}
function total(nodes) {
    return Object.fromEntries(nodes.map((node) => [node, nodes.filter((n) => n !== node)]));
}
/** The topology map, or undefined for an unknown name. */
function buildTopology(name, nodes) {
    switch (name) {
        case 'grid':
            return grid(nodes);
        case 'line':
            return line(nodes);
        case 'tree':
        case 'tree2':
            return tree(nodes, 2);
        case 'tree3':
            return tree(nodes, 3);
        case 'tree4':
            return tree(nodes, 4);
        case 'total':
            return total(nodes);
        default:
            return undefined;
    }
}

// EXTERNAL MODULE: ./src/shared/json.ts
var json = __nccwpck_require__(8451);
;// CONCATENATED MODULE: ./src/workloads/broadcast/final-reads.ts
/**
 * Shared pieces of the set and counter workloads: a final phase of one read per worker
 * (Maelstrom's `each-thread`), a "50/50 add or read" generator, and recovery probes that say
 * the nodes agree when every node's read is the same value (sets compared as sets).
 */

function oneFinalReadPerWorker(final) {
    const done = new Set();
    const generator = {
        next(worker) {
            if (done.has(worker)) {
                return null;
            }
            done.add(worker);
            const invocation = { f: 'read' };
            if (final) {
                invocation.final = true;
            }
            return invocation;
        },
    };
    return { generator };
}
/** Canonical form of a read's set (order and duplicates ignored). */
function setKey(value) {
    if (!Array.isArray(value)) {
        return (0,json/* canonicalJson */.dj)(value);
    }
    return [...new Set(value.map((v) => (0,json/* canonicalJson */.dj)(v)))].sort().join(',');
}
function sameSetProbe(field) {
    return {
        body: { type: 'read' },
        converged: (replies) => new Set(replies.map((reply) => setKey(reply[field]))).size <= 1,
    };
}
function sameValueProbe(field) {
    return {
        body: { type: 'read' },
        converged: (replies) => new Set(replies.map((reply) => (0,json/* canonicalJson */.dj)(reply[field]))).size <= 1,
    };
}

;// CONCATENATED MODULE: ./src/workloads/broadcast.ts
/**
 * The broadcast workload (maelstrom-protocol.md §2.3): setup sends `topology` (the full map
 * for --topology) to every node through one setup client per node; then a 50/50 mix of
 * `broadcast` (values 0, 1, 2, … unique, globally increasing) and `read`; after healing and
 * recovery, one final read per worker. Checked by set-full. Idempotent: read. Client not
 * reusable.
 */




const broadcast = {
    name: 'broadcast',
    doc: 'Clients broadcast unique values to any node and read the set of values a node has seen; every acknowledged value must reach every node, even across partitions.',
    rpcs: [
        { request: 'topology', response: 'topology_ok' },
        { request: 'broadcast', response: 'broadcast_ok' },
        { request: 'read', response: 'read_ok', responseFields: { messages: 'array' } },
    ],
    reusableClient: false,
    idempotent: ['read'],
    validateOptions: (options) => buildTopology(options.topology, options.nodeIds) === undefined
        ? `Unknown topology ${JSON.stringify(options.topology)}: use one of ${TOPOLOGIES.join(', ')}.`
        : null,
    async setup({ options, nodeIds, call }) {
        const topology = buildTopology(options.topology, nodeIds) ?? {};
        await Promise.all(nodeIds.map((id) => call(id, { type: 'topology', topology })));
    },
    generator: ({ random }) => {
        let next = 0;
        return { next: () => (random.chance(0.5) ? { f: 'broadcast', value: next++ } : { f: 'read' }) };
    },
    finalGenerator: () => oneFinalReadPerWorker(true),
    recoveryProbe: sameSetProbe('messages'),
    createClient: () => ({
        async invoke(invocation, io) {
            if (invocation.f === 'broadcast') {
                const reply = await io.call({ type: 'broadcast', message: invocation.value });
                return reply.kind === 'ok' ? { type: 'ok' } : failureFromReply(reply, false);
            }
            const reply = await io.call({ type: 'read' });
            return reply.kind === 'ok'
                ? { type: 'ok', value: reply.body.messages }
                : failureFromReply(reply, true);
        },
    }),
    check: (history) => (0,set_full/* checkSetFull */.g)(history, { addF: 'broadcast' }),
};

// EXTERNAL MODULE: ./src/checkers/basic/echo.ts
var echo = __nccwpck_require__(6600);
;// CONCATENATED MODULE: ./src/workloads/echo.ts
/**
 * The echo workload (maelstrom-protocol.md §2.1): each op sends `echo` with the string
 * "Please echo <0..127>" and expects `echo_ok` carrying the same value. The ok op's value is
 * the whole reply body, as Maelstrom records it. No idempotent ops; client not reusable.
 * Copy this file to start a new workload.
 */


const echo_echo = {
    name: 'echo',
    doc: 'Clients send echo requests with a random string; the node must reply echo_ok with the same `echo` value. The first workload: it checks that a node speaks the protocol.',
    rpcs: [{ request: 'echo', response: 'echo_ok', responseFields: { echo: 'any' } }],
    reusableClient: false,
    idempotent: [],
    generator: ({ random }) => ({
        next: () => ({ f: 'echo', value: `Please echo ${random.int(128)}` }),
    }),
    createClient: () => ({
        async invoke(invocation, io) {
            const reply = await io.call({ type: 'echo', echo: invocation.value });
            if (reply.kind !== 'ok') {
                return failureFromReply(reply, false);
            }
            return { type: 'ok', value: reply.body };
        },
    }),
    check: (history) => (0,echo/* checkEcho */.G)(history),
};

// EXTERNAL MODULE: ./src/history/types.ts
var types = __nccwpck_require__(9653);
;// CONCATENATED MODULE: ./src/workloads/echo-errors.ts
/**
 * `echo-errors` (track 1 stage `messenger/errors`): the echo workload plus, on one op in
 * ten (the first included), a request of a type no node knows (`dsgrade_unknown`). The node must answer it with
 * an `error` body of code 10 (not-supported) and keep running (curriculum.md §2 messenger).
 *
 * Recorded as op `f: "unknown"`: ok when answered with error 10; fail (with the reply) when
 * answered otherwise; info on timeout. `workload.unknownType.notSupported` is true only if
 * at least one such request was sent and every one was answered with code 10.
 * (Tracks-owned; could become an `echo` option — see the tracks report.)
 */





const UNKNOWN_TYPE = 'dsgrade_unknown';
/** The first op and every tenth after it. */
const UNKNOWN_EVERY = 10;
const NOT_SUPPORTED = 10;
function checkUnknownTypes(history) {
    let sent = 0;
    let notSupported = 0;
    let timedOut = 0;
    const anomalies = [];
    for (const { invoke, complete } of (0,types/* pairOps */.J)(history)) {
        if (invoke.f !== 'unknown') {
            continue;
        }
        sent++;
        if (complete?.type === 'ok') {
            notSupported++;
        }
        else if (complete?.type === 'fail') {
            anomalies.push({
                type: 'unknown-type-not-rejected',
                message: `Node ${complete.node ?? invoke.node ?? '?'} answered a "${UNKNOWN_TYPE}" request with ${(0,json/* truncate */.xv)(JSON.stringify(complete.error), 160)}. A request of a type you do not handle must be answered with {"type": "error", "code": 10} (not-supported), so the client knows it had no effect.`,
                ops: [invoke.index, complete.index],
                ...(complete.node ? { nodes: [complete.node] } : {}),
            });
        }
        else {
            timedOut++;
        }
    }
    if (timedOut > 0) {
        anomalies.push({
            type: 'unknown-type-unanswered',
            message: `${timedOut} of ${sent} "${UNKNOWN_TYPE}" requests got no reply at all. A node must answer every request, with an error if it cannot serve it.`,
        });
    }
    return {
        summary: {
            sent,
            notSupportedCount: notSupported,
            timedOut,
            notSupported: sent > 0 && notSupported === sent,
        },
        anomalies,
    };
}
async function invokeUnknown(io) {
    const reply = await io.call({
        type: UNKNOWN_TYPE,
        probe: 'this type is not part of any workload',
    });
    if (reply.kind === 'error' && reply.code === NOT_SUPPORTED) {
        return { type: 'ok', value: { code: reply.code } };
    }
    if (reply.kind === 'timeout') {
        return failureFromReply(reply, false);
    }
    const what = reply.kind === 'ok' ? `a "${reply.body.type}" reply` : `error code ${reply.code}`;
    return { type: 'fail', error: `answered with ${what} instead of error code 10` };
}
const echoErrors = {
    ...echo_echo,
    name: 'echo-errors',
    doc: 'The echo workload, plus requests of an unknown type that must be answered with error code 10 (not-supported).',
    generator: (context) => {
        const inner = echo_echo.generator(context);
        let count = 0;
        return {
            next: (worker, process, nowMs) => count++ % UNKNOWN_EVERY === 0 ? { f: 'unknown' } : inner.next(worker, process, nowMs),
        };
    },
    createClient: (context) => {
        const inner = echo_echo.createClient(context);
        return {
            invoke: (invocation, io) => invocation.f === 'unknown' ? invokeUnknown(io) : inner.invoke(invocation, io),
        };
    },
    check: (history) => {
        const echoOps = history.filter((op) => op.f !== 'unknown');
        const result = (0,echo/* checkEcho */.G)(echoOps);
        const unknown = checkUnknownTypes(history);
        const anomalies = [...result.anomalies, ...unknown.anomalies];
        const valid = anomalies.length > 0 || result.valid === false
            ? false
            : unknown.summary.sent === 0
                ? 'unknown'
                : result.valid;
        return { ...result, valid, anomalies, unknownType: unknown.summary };
    },
};

// EXTERNAL MODULE: ./src/checkers/exactly-once.ts
var exactly_once = __nccwpck_require__(7856);
;// CONCATENATED MODULE: ./src/workloads/exactly-once.ts
/**
 * The `exactly-once` workload (track 2, curriculum.md §2 rpc): clients append unique integer
 * elements to a few integer keys and read the lists back, over client links that may drop
 * and duplicate messages. A timed-out request is re-sent by the runner with the same
 * `msg_id` (up to 5 times); the node must execute each `(src, msg_id)` at most once and
 * answer a repeat with the original reply.
 *
 * RPCs: `append {key, element}` → `append_ok`; `read {key}` → `read_ok {elements}`.
 * Options (TestOptions): `keyCount` (default 4); `extra.appendRatio` (default 0.75);
 * `extra.linearizable` (also check real-time order, rpc/replicated); `extra.attemptTimeoutMs`
 * (per-attempt timeout, default 500 ms).
 */


const DEFAULT_KEY_COUNT = 4;
const DEFAULT_APPEND_RATIO = 0.75;
const DEFAULT_ATTEMPT_TIMEOUT_MS = 500;
function keyCount(context) {
    return context.options.keyCount ?? DEFAULT_KEY_COUNT;
}
function extraNumber(context, name, fallback) {
    const value = context.options.extra[name];
    return typeof value === 'number' ? value : fallback;
}
function mainGenerator(context) {
    let nextElement = 0;
    const keys = keyCount(context);
    const appendRatio = extraNumber(context, 'appendRatio', DEFAULT_APPEND_RATIO);
    return {
        next() {
            const key = context.random.int(keys);
            if (context.random.chance(appendRatio)) {
                return { f: 'append', key, value: nextElement++ };
            }
            return { f: 'read', key };
        },
    };
}
/** Final phase: every worker reads every key once. */
function finalGenerator(context) {
    const keys = keyCount(context);
    const nextKey = new Map();
    return {
        next(worker) {
            const key = nextKey.get(worker) ?? 0;
            if (key >= keys) {
                return null;
            }
            nextKey.set(worker, key + 1);
            return { f: 'read', key, final: true };
        },
    };
}
function elementsEqual(replies) {
    const first = JSON.stringify(replies[0]?.elements);
    return replies.every((reply) => Array.isArray(reply.elements) && JSON.stringify(reply.elements) === first);
}
const exactlyOnceWorkload = {
    name: 'exactly-once',
    doc: 'Appends unique integers to per-key lists and reads them back over lossy, duplicating client links; ' +
        'checks that every acknowledged element is present exactly once, timed-out ones at most once, and that reads of a key are prefixes of each other.',
    rpcs: [
        { request: 'append', response: 'append_ok' },
        { request: 'read', response: 'read_ok', responseFields: { elements: 'array' } },
    ],
    reusableClient: false,
    idempotent: ['read'],
    generator: mainGenerator,
    finalGenerator: (context) => ({ generator: finalGenerator(context) }),
    recoveryProbe: {
        body: { type: 'read', key: 0 },
        converged: (replies) => elementsEqual(replies),
    },
    createClient(context) {
        const timeoutMs = extraNumber(context, 'attemptTimeoutMs', DEFAULT_ATTEMPT_TIMEOUT_MS);
        return {
            async invoke(invocation, io) {
                const body = invocation.f === 'append'
                    ? { type: 'append', key: invocation.key, element: invocation.value }
                    : { type: 'read', key: invocation.key };
                const reply = await io.call(body, { timeoutMs });
                if (reply.kind !== 'ok') {
                    return failureFromReply(reply, invocation.f === 'read');
                }
                return invocation.f === 'append'
                    ? { type: 'ok', value: invocation.value }
                    : { type: 'ok', value: reply.body.elements };
            },
        };
    },
    check(history, context) {
        return (0,exactly_once/* checkExactlyOnce */.Q)(history, { linearizable: context.options.extra.linearizable === true });
    },
};

// EXTERNAL MODULE: ./src/checkers/basic/counter.ts
var counter = __nccwpck_require__(6213);
;// CONCATENATED MODULE: ./src/workloads/pn-counter.ts
/**
 * The pn-counter workload (maelstrom-protocol.md §2.5) and its g-counter variant (§2.6):
 * a 50/50 mix of `add` with delta uniform in [-5, 4] and `read`; g-counter drops the
 * negative adds (so deltas 0..4 and about two reads in three). After recovery one read per
 * worker flagged final. Errors are indeterminate. Checked by the counter checker.
 */



function nextOp(random, grow) {
    for (;;) {
        if (random.chance(0.5)) {
            return { f: 'read' };
        }
        const delta = random.intBetween(-5, 5);
        if (!grow || delta >= 0) {
            return { f: 'add', value: delta };
        }
    }
}
function pn_counter_counter(name, grow, doc) {
    return {
        name,
        doc,
        rpcs: [
            { request: 'add', response: 'add_ok' },
            { request: 'read', response: 'read_ok', responseFields: { value: 'number' } },
        ],
        reusableClient: false,
        idempotent: [],
        errorsAreIndeterminate: true,
        generator: ({ random }) => ({ next: () => nextOp(random, grow) }),
        finalGenerator: () => oneFinalReadPerWorker(true),
        recoveryProbe: sameValueProbe('value'),
        createClient: () => ({
            async invoke(invocation, io) {
                const reply = invocation.f === 'add'
                    ? await io.call({ type: 'add', delta: invocation.value })
                    : await io.call({ type: 'read' });
                if (reply.kind !== 'ok') {
                    return indeterminateFromReply(reply);
                }
                return invocation.f === 'add' ? { type: 'ok' } : { type: 'ok', value: reply.body.value };
            },
        }),
        check: (history) => (0,counter/* checkCounter */.F6)(history),
    };
}
const pnCounter = pn_counter_counter('pn-counter', false, 'A counter that goes up and down, replicated on every node: clients add deltas in [-5, 4] and read; after the cluster heals every read must be a sum of the acknowledged adds plus some of the uncertain ones.');
const gCounter = pn_counter_counter('g-counter', true, 'A grow-only counter replicated on every node: clients add non-negative deltas and read; after the cluster heals every read must count every acknowledged add exactly once.');

;// CONCATENATED MODULE: ./src/workloads/g-counter.ts
/**
 * The g-counter workload (maelstrom-protocol.md §2.6): pn-counter's RPCs and checker with the
 * negative adds filtered out. Defined in pn-counter.ts; this file names it for the registry.
 */


;// CONCATENATED MODULE: ./src/workloads/g-set.ts
/**
 * The g-set workload (maelstrom-protocol.md §2.4): a 50/50 mix of `add` (elements 0, 1, 2, …
 * never repeated) and `read` (reply field `value`); after recovery one read per worker.
 * Errors and timeouts are indeterminate (`info`), as in Maelstrom. Checked by set-full.
 */



const gSet = {
    name: 'g-set',
    doc: 'A grow-only set replicated on every node: clients add unique elements and read the whole set; after the cluster heals every node must hold every acknowledged element.',
    rpcs: [
        { request: 'add', response: 'add_ok' },
        { request: 'read', response: 'read_ok', responseFields: { value: 'array' } },
    ],
    reusableClient: false,
    idempotent: [],
    errorsAreIndeterminate: true,
    generator: ({ random }) => {
        let next = 0;
        return { next: () => (random.chance(0.5) ? { f: 'add', value: next++ } : { f: 'read' }) };
    },
    finalGenerator: () => oneFinalReadPerWorker(false),
    recoveryProbe: sameSetProbe('value'),
    createClient: () => ({
        async invoke(invocation, io) {
            const reply = invocation.f === 'add'
                ? await io.call({ type: 'add', element: invocation.value })
                : await io.call({ type: 'read' });
            if (reply.kind !== 'ok') {
                return indeterminateFromReply(reply);
            }
            return invocation.f === 'add' ? { type: 'ok' } : { type: 'ok', value: reply.body.value };
        },
    }),
    check: (history) => (0,set_full/* checkSetFull */.g)(history, { addF: 'add' }),
};

// EXTERNAL MODULE: ./src/checkers/kafka/index.ts
var kafka = __nccwpck_require__(465);
;// CONCATENATED MODULE: ./src/workloads/txn/generator.ts
const generator_DEFAULT_KEY_COUNT = 10;
class TxnGenerator {
    random;
    writeF;
    maxTxnLength;
    maxWritesPerKey;
    pool;
    nextKey;
    writes = new Map();
    cumulative;
    constructor(random, writeF, maxTxnLength, maxWritesPerKey, keyCount) {
        this.random = random;
        this.writeF = writeF;
        this.maxTxnLength = maxTxnLength;
        this.maxWritesPerKey = maxWritesPerKey;
        const count = Math.max(1, Math.floor(keyCount));
        this.pool = Array.from({ length: count }, (_, i) => i);
        this.nextKey = count;
        let total = 0;
        this.cumulative = this.pool.map((_, i) => (total += 2 ** -i));
        this.cumulative = this.cumulative.map((c) => c / total);
    }
    static fromOptions(random, options, writeF) {
        return new TxnGenerator(random, writeF, Math.max(1, options.maxTxnLength || 4), Math.max(1, options.maxWritesPerKey || 16), options.keyCount ?? generator_DEFAULT_KEY_COUNT);
    }
    pickSlot() {
        const u = this.random.float();
        const slot = this.cumulative.findIndex((c) => u < c);
        return slot < 0 ? this.pool.length - 1 : slot;
    }
    /** One transaction's micro-ops. */
    next() {
        const length = this.random.intBetween(1, this.maxTxnLength + 1);
        const txn = [];
        for (let i = 0; i < length; i++) {
            const slot = this.pickSlot();
            const key = this.pool[slot];
            if (this.random.chance(0.5)) {
                txn.push(['r', key, null]);
                continue;
            }
            const value = (this.writes.get(key) ?? 0) + 1;
            this.writes.set(key, value);
            txn.push([this.writeF, key, value]);
            if (value >= this.maxWritesPerKey) {
                this.writes.delete(key);
                this.pool[slot] = this.nextKey++;
            }
        }
        return txn;
    }
}

;// CONCATENATED MODULE: ./src/workloads/kafka.ts
/**
 * The kafka workload (maelstrom-protocol.md §2.10): a replicated log per string key.
 * Maelstrom's client behaviour: `send` (one RPC, recorded as `[offset, msg]`), `poll` (one
 * poll RPC from the client's local offsets, which then advance past what it read, then a
 * `commit_offsets` of the highest offsets polled, in the same op), `assign` (≈1/64 of ops,
 * and first for every new client: `list_committed_offsets` for the assigned keys; local
 * offsets become existing local, else committed, else 0), `crash` (no RPC, `info`, a new
 * client with empty offsets). Keys and unique-per-key messages come from the list-append
 * generator with one micro-op per op (reads → polls, appends → sends).
 *
 * Final phase: each worker crashes its client, assigns every key seen from offset 0 (no
 * RPC) and polls every ~200 ms until it has read up to the highest offset known per key.
 * The client is not reusable; `assign` is idempotent. Checked by src/checkers/kafka.
 */



const ASSIGN_EVERY_OPS = 64;
/** Maelstrom clips the final phase to 10 s (scaled by --time-scale). */
const FINAL_PHASE_MS = 10_000;
const progressByRun = new WeakMap();
function progressOf(options) {
    let progress = progressByRun.get(options);
    if (progress === undefined) {
        progress = { keys: new Set(), maxOffset: new Map() };
        progressByRun.set(options, progress);
    }
    return progress;
}
function pollPairs(value) {
    const out = [];
    if (typeof value !== 'object' || value === null) {
        return out;
    }
    for (const [key, pairs] of Object.entries(value)) {
        if (!Array.isArray(pairs)) {
            continue;
        }
        for (const pair of pairs) {
            if (Array.isArray(pair) && typeof pair[0] === 'number') {
                out.push([key, pair[0]]);
            }
        }
    }
    return out;
}
function learn(progress, completed) {
    if (completed.type !== 'ok') {
        return;
    }
    const note = (key, offset) => {
        progress.keys.add(key);
        progress.maxOffset.set(key, Math.max(progress.maxOffset.get(key) ?? -1, offset));
    };
    const { invocation, value } = completed;
    if (invocation.f === 'send' && Array.isArray(value) && typeof value[0] === 'number') {
        note(String(invocation.key), value[0]);
    }
    else if (invocation.f === 'poll') {
        for (const [key, offset] of pollPairs(value)) {
            note(key, offset);
        }
    }
}
function crashProbability(options) {
    // Maelstrom: one crash every 30 / concurrency seconds across the cluster, on average.
    const crashesPerS = options.concurrency / 30;
    return options.rate > 0 ? Math.min(0.1, crashesPerS / options.rate) : 0;
}
function kafkaGenerator(context) {
    const { random, options } = context;
    const progress = progressOf(options);
    const txns = TxnGenerator.fromOptions(random, { ...options, maxTxnLength: 1 }, 'append');
    const keyCount = options.keyCount ?? 10;
    for (let k = 0; k < keyCount; k++) {
        progress.keys.add(String(k));
    }
    const started = new Set();
    const pCrash = crashProbability(options);
    const assignKeys = () => {
        const keys = [...progress.keys].slice(-2 * keyCount);
        const chosen = keys.filter(() => random.chance(0.5));
        return chosen.length > 0 ? chosen : [random.pick(keys)];
    };
    return {
        next(_worker, process) {
            if (!started.has(process)) {
                started.add(process);
                return { f: 'assign', value: [...progress.keys].slice(-2 * keyCount) };
            }
            if (random.chance(pCrash)) {
                return { f: 'crash' };
            }
            if (random.int(ASSIGN_EVERY_OPS) === 0) {
                return { f: 'assign', value: assignKeys() };
            }
            const [f, key, value] = txns.next()[0];
            if (f === 'r') {
                return { f: 'poll' };
            }
            progress.keys.add(String(key));
            return { f: 'send', key: String(key), value };
        },
        complete(_worker, completed) {
            learn(progress, completed);
        },
    };
}
function kafkaFinalGenerator(context) {
    const progress = progressOf(context.options);
    const stage = new Map();
    const read = new Map();
    const limitMs = FINAL_PHASE_MS * (context.options.timeScale || 1);
    let startedMs;
    const generator = {
        next(worker, _process, nowMs) {
            startedMs ??= nowMs;
            const step = stage.get(worker) ?? 0;
            stage.set(worker, step + 1);
            if (step === 0) {
                return { f: 'crash', final: true };
            }
            if (step === 1) {
                read.set(worker, new Map());
                return { f: 'assign', value: [...progress.keys], final: true };
            }
            const mine = read.get(worker) ?? new Map();
            const behind = [...progress.maxOffset].some(([key, max]) => (mine.get(key) ?? -1) < max);
            if (step > 2 && (!behind || nowMs - startedMs >= limitMs)) {
                return null;
            }
            return { f: 'poll', final: true };
        },
        complete(worker, completed) {
            if (completed.type !== 'ok' || completed.invocation.f !== 'poll') {
                return;
            }
            const mine = read.get(worker) ?? new Map();
            for (const [key, offset] of pollPairs(completed.value)) {
                mine.set(key, Math.max(mine.get(key) ?? -1, offset));
            }
            read.set(worker, mine);
            learn(progress, completed);
        },
    };
    return { generator, pacingMs: 200 };
}
/** One client = one consumer: local offsets per assigned key. */
function kafkaClient() {
    let offsets = new Map();
    const send = async (invocation, io) => {
        const reply = await io.call({ type: 'send', key: invocation.key, msg: invocation.value });
        if (reply.kind !== 'ok') {
            return failureFromReply(reply, false);
        }
        return { type: 'ok', value: [reply.body.offset, invocation.value] };
    };
    const poll = async (io) => {
        const reply = await io.call({ type: 'poll', offsets: Object.fromEntries(offsets) });
        if (reply.kind !== 'ok') {
            return failureFromReply(reply, true);
        }
        const msgs = (reply.body.msgs ?? {});
        const highest = {};
        for (const [key, offset] of pollPairs(msgs)) {
            highest[key] = Math.max(highest[key] ?? -1, offset);
            if (offsets.has(key)) {
                offsets.set(key, Math.max(offsets.get(key) ?? 0, offset + 1));
            }
        }
        if (Object.keys(highest).length > 0) {
            await io.call({ type: 'commit_offsets', offsets: highest });
        }
        return { type: 'ok', value: msgs };
    };
    const assign = async (invocation, io) => {
        const keys = invocation.value ?? [];
        let committed = {};
        if (invocation.final !== true) {
            const reply = await io.call({ type: 'list_committed_offsets', keys });
            if (reply.kind !== 'ok') {
                return failureFromReply(reply, true);
            }
            committed = (reply.body.offsets ?? {});
        }
        const next = new Map();
        for (const key of keys) {
            const c = committed[key];
            next.set(key, invocation.final === true ? 0 : (offsets.get(key) ?? (typeof c === 'number' ? c : 0)));
        }
        offsets = next;
        return { type: 'ok', value: keys };
    };
    return {
        invoke(invocation, io) {
            switch (invocation.f) {
                case 'send':
                    return send(invocation, io);
                case 'poll':
                    return poll(io);
                case 'assign':
                    return assign(invocation, io);
                default:
                    return Promise.resolve({ type: 'info', error: 'crash: the client was restarted' });
            }
        },
    };
}
const kafka_kafka = {
    name: 'kafka',
    doc: 'A replicated log service: clients send messages to string keys and get back offsets, poll from offsets, commit what they processed and read committed offsets back. Every acknowledged message must keep one offset forever, offsets must grow per key, and consumers must see messages in order without gaps or losses.',
    rpcs: [
        { request: 'send', response: 'send_ok', responseFields: { offset: 'integer' } },
        { request: 'poll', response: 'poll_ok', responseFields: { msgs: 'object' } },
        { request: 'commit_offsets', response: 'commit_offsets_ok' },
        {
            request: 'list_committed_offsets',
            response: 'list_committed_offsets_ok',
            responseFields: { offsets: 'object' },
        },
    ],
    reusableClient: false,
    idempotent: ['assign'],
    generator: kafkaGenerator,
    finalGenerator: kafkaFinalGenerator,
    createClient: () => kafkaClient(),
    check: (history) => (0,kafka/* checkKafka */.V)(history),
};

// EXTERNAL MODULE: ./src/checkers/linearizable/index.ts + 6 modules
var linearizable = __nccwpck_require__(4880);
;// CONCATENATED MODULE: ./src/workloads/lin-kv.ts
/**
 * The lin-kv workload (maelstrom-protocol.md §2.7): a linearizable key-value store of
 * registers. Maelstrom's generator (Jepsen `linearizable-register` + `independent`): worker
 * threads are split into groups of 2n (n = node count); each group works on one key at a
 * time, the first n threads of a group only read, the other n write (1/3) or cas (2/3) with
 * random values 0–4. A group moves to a fresh key once 20 distinct processes have touched
 * its key (only crashes, which give a worker a new process, make that happen).
 *
 * The client is reusable; `read` is idempotent (its failures are `fail`); the RPC timeout is
 * max(10 × latency, 1000) ms. Checked per key by the `linearizable` checker, model
 * cas-register. It does not check anything the checker does not (no timeline files).
 */


/** Distinct processes per key before its group moves on (Jepsen's process-limit). */
const PROCESSES_PER_KEY = 20;
/** The one-line error for a concurrency that is not a multiple of 2n, or null. */
function linKvConcurrencyError(options) {
    const group = 2 * options.nodeIds.length;
    const c = options.concurrency;
    if (c > 0 && c % group === 0) {
        return null;
    }
    const below = Math.floor(c / group) * group;
    const tries = below > 0 ? [below, below + group, below + 2 * group] : [group, 2 * group, 3 * group];
    return `--concurrency must be a multiple of 2n = ${group} for lin-kv (got ${c}): try ${tries[0]}, ${tries[1]} or ${tries[2]}`;
}
/** Maelstrom's lin-kv generator: key groups of 2n threads, half readers, half writers. */
function linKvGenerator(context) {
    const n = context.nodeIds.length;
    const size = 2 * n;
    const groups = [];
    let nextKey = 0;
    const groupOf = (worker) => {
        const g = Math.floor(worker / size);
        while (groups.length <= g) {
            groups.push({ key: nextKey++, processes: new Set() });
        }
        return groups[g];
    };
    const { random } = context;
    return {
        next(worker, process) {
            const group = groupOf(worker);
            if (!group.processes.has(process) && group.processes.size >= PROCESSES_PER_KEY) {
                group.key = nextKey++;
                group.processes = new Set();
            }
            group.processes.add(process);
            const key = group.key;
            if (worker % size < n) {
                return { f: 'read', key };
            }
            return random.chance(1 / 3)
                ? { f: 'write', key, value: random.int(5) }
                : { f: 'cas', key, value: [random.int(5), random.int(5)] };
        },
    };
}
function rpcTimeoutMs(options) {
    return Math.max(10 * options.latencyMs, 1000);
}
const linKv = {
    name: 'lin-kv',
    doc: 'A linearizable key-value store of registers: clients read, write and compare-and-set integer keys (values 0–4) through any node; every key, checked on its own, must behave like one register that changes at a single instant within each operation. Run with --concurrency a multiple of 2n.',
    rpcs: [
        { request: 'read', response: 'read_ok', responseFields: { value: 'any' } },
        { request: 'write', response: 'write_ok' },
        { request: 'cas', response: 'cas_ok' },
    ],
    validateOptions: linKvConcurrencyError,
    reusableClient: true,
    idempotent: ['read'],
    generator: linKvGenerator,
    createClient: (context) => ({
        async invoke(invocation, io) {
            const timeoutMs = rpcTimeoutMs(context.options);
            const { f, key, value } = invocation;
            const body = f === 'read'
                ? { type: 'read', key }
                : f === 'write'
                    ? { type: 'write', key, value }
                    : { type: 'cas', key, from: value[0], to: value[1] };
            const reply = await io.call(body, { timeoutMs });
            if (reply.kind !== 'ok') {
                return failureFromReply(reply, f === 'read');
            }
            return f === 'read' ? { type: 'ok', value: reply.body.value } : { type: 'ok', value };
        },
    }),
    check: (history, _context, budget) => (0,linearizable/* checkLinearizable */.Fk)(history, { model: 'cas-register' }, budget),
};

// EXTERNAL MODULE: ./src/checkers/elle/index.ts + 7 modules
var elle = __nccwpck_require__(1463);
;// CONCATENATED MODULE: ./src/workloads/txn/client.ts
/**
 * The client of both transactional workloads: sends `{"type":"txn","txn":[[f,k,v],…]}` and
 * expects `txn_ok` with the same micro-ops, reads filled in (maelstrom-protocol.md §2.8–2.9).
 * Not idempotent: an indefinite error or a timeout is `info`, a definite error `fail`; the
 * completion keeps the requested micro-ops so the checker knows what a failed or
 * indeterminate transaction tried to write.
 *
 * The reply's micro-ops are recorded as they are: the checker compares them with the
 * request and reports a reply that changed them (Maelstrom issue #14) as `txn-mismatch`.
 */

function txnClient() {
    return {
        async invoke(invocation, io) {
            const request = invocation.value;
            const reply = await io.call({ type: 'txn', txn: request });
            if (reply.kind !== 'ok') {
                return { ...failureFromReply(reply, false), value: request };
            }
            return { type: 'ok', value: reply.body.txn ?? null };
        },
    };
}

;// CONCATENATED MODULE: ./src/workloads/txn/workload.ts

const TXN_RPCS = [
    { request: 'txn', response: 'txn_ok', responseFields: { txn: 'array' } },
];
function validateTxnOptions(options) {
    if (!Number.isInteger(options.maxTxnLength) || options.maxTxnLength < 1) {
        return `--max-txn-length must be a positive integer (got ${options.maxTxnLength})`;
    }
    if (!Number.isInteger(options.maxWritesPerKey) || options.maxWritesPerKey < 1) {
        return `--max-writes-per-key must be a positive integer (got ${options.maxWritesPerKey})`;
    }
    if (options.keyCount !== undefined &&
        (!Number.isInteger(options.keyCount) || options.keyCount < 1)) {
        return `--key-count must be a positive integer (got ${options.keyCount})`;
    }
    return null;
}
function txnWorkloadBase(writeF) {
    return {
        rpcs: TXN_RPCS,
        reusableClient: true,
        idempotent: [],
        validateOptions: validateTxnOptions,
        generator: ({ random, options }) => {
            const txns = TxnGenerator.fromOptions(random, options, writeF);
            return { next: () => ({ f: 'txn', value: txns.next() }) };
        },
    };
}

;// CONCATENATED MODULE: ./src/workloads/txn-list-append.ts
/**
 * The txn-list-append workload (maelstrom-protocol.md §2.8): transactions of reads
 * `["r", k, null]` and appends `["append", k, v]` over integer keys, Elle's generator
 * defaults (--max-txn-length 4, --key-count 10 exponential, --max-writes-per-key 16, values
 * unique per key). Reply `txn_ok` with the same micro-ops, reads filled with the list (or
 * null). Client reusable, nothing idempotent. Checked by Elle's list-append inference for
 * --consistency-models (default strict-serializable).
 */



const txnListAppend = {
    ...txnWorkloadBase('append'),
    name: 'txn-list-append',
    doc: 'A transactional key-value store of lists: clients send transactions of reads and appends; the node must execute each one atomically and return what it read. Checked for the requested consistency models (default strict-serializable) by an Elle-style dependency-cycle search.',
    createClient: () => txnClient(),
    check: (history, context, budget) => (0,elle/* checkListAppend */.Ho)(history, { consistencyModels: context.options.consistencyModels }, budget),
};

;// CONCATENATED MODULE: ./src/workloads/txn-rw-register.ts
/**
 * The txn-rw-register workload (maelstrom-protocol.md §2.9): transactions of reads
 * `["r", k, null]` and writes `["w", k, v]` over integer keys (Elle's generator defaults,
 * values unique per key). Reply `txn_ok` with reads filled in (null if absent). Client
 * reusable, nothing idempotent. Checked by Elle's rw-register inference with
 * writes-follow-reads and per-client session order (see src/checkers/elle/rw-register.ts
 * for why that closes Maelstrom issue #56, G0 under read-uncommitted).
 */



const txnRwRegister = {
    ...txnWorkloadBase('w'),
    name: 'txn-rw-register',
    doc: 'A transactional key-value store of registers: clients send transactions of reads and writes; the node must execute them with the requested isolation (read-uncommitted, read-committed, … strict-serializable) and return what it read.',
    createClient: () => txnClient(),
    check: (history, context, budget) => (0,elle/* checkRwRegister */.LT)(history, { consistencyModels: context.options.consistencyModels }, budget),
};

// EXTERNAL MODULE: ./src/checkers/basic/unique-ids.ts
var unique_ids = __nccwpck_require__(6625);
;// CONCATENATED MODULE: ./src/workloads/unique-ids.ts
/**
 * The unique-ids workload (maelstrom-protocol.md §2.2): endless `generate` ops; each reply
 * `generate_ok` carries an `id` of any JSON type, which must never repeat. The client is
 * reusable (it keeps its network client after an info); no idempotent ops.
 */


const uniqueIds = {
    name: 'unique-ids',
    doc: 'Clients ask nodes to generate ids; every id returned must be globally unique, across nodes, partitions and restarts, without coordination if possible.',
    rpcs: [{ request: 'generate', response: 'generate_ok', responseFields: { id: 'any' } }],
    reusableClient: true,
    idempotent: [],
    generator: () => ({ next: () => ({ f: 'generate' }) }),
    createClient: () => ({
        async invoke(_invocation, io) {
            const reply = await io.call({ type: 'generate' });
            if (reply.kind !== 'ok') {
                return failureFromReply(reply, false);
            }
            return { type: 'ok', value: reply.body.id };
        },
    }),
    check: (history) => (0,unique_ids/* checkUniqueIds */.k)(history),
};

;// CONCATENATED MODULE: ./src/workloads/registry.ts












const WORKLOADS = {
    broadcast: broadcast,
    echo: echo_echo,
    'echo-errors': echoErrors,
    'exactly-once': exactlyOnceWorkload,
    'g-counter': gCounter,
    'g-set': gSet,
    kafka: kafka_kafka,
    'lin-kv': linKv,
    'pn-counter': pnCounter,
    'txn-list-append': txnListAppend,
    'txn-rw-register': txnRwRegister,
    'unique-ids': uniqueIds,
};
function workloadNames() {
    return Object.keys(WORKLOADS).sort();
}
function findWorkload(name) {
    return Object.hasOwn(WORKLOADS, name) ? WORKLOADS[name] : undefined;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2957);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ export { __webpack_exports__main as main };
/******/ 
