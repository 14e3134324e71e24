import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/shared/errors.ts
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
class errors_UsageError extends DsgradeError {
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
class errors_HistoryFormatError extends DsgradeError {
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
class errors_InternalError extends DsgradeError {
    constructor(message, options) {
        super('INTERNAL', message, options);
    }
}
function isDsgradeError(value) {
    return (typeof value === 'object' &&
        value !== null &&
        value.isDsgradeError === true);
}

;// CONCATENATED MODULE: ./src/shared/assert.ts
/**
 * Internal invariants. An assertion failure is always *our* bug, never the learner's:
 * the edges turn it into an InternalError that asks for a report.
 */

function assert(condition, message) {
    if (!condition) {
        throw new errors_InternalError(`assertion failed: ${message}`);
    }
}
function unreachable(value, message = 'unreachable') {
    throw new InternalError(`${message}: ${JSON.stringify(value)}`);
}

;// CONCATENATED MODULE: ./src/shared/json.ts
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

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
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
    let dir = dirname(fileURLToPath(import.meta.url));
    for (;;) {
        const manifest = join(dir, 'package.json');
        if (existsSync(manifest)) {
            try {
                const parsed = JSON.parse(readFileSync(manifest, 'utf8'));
                if (parsed.name === 'dsgrade') {
                    cachedRoot = dir;
                    return dir;
                }
            }
            catch {
                // not ours; keep walking
            }
        }
        const parent = dirname(dir);
        if (parent === dir) {
            throw new Error('cannot find the dsgrade package root (package.json named "dsgrade")');
        }
        dir = parent;
    }
}
function tracksDir() {
    return join(packageRoot(), 'tracks');
}
function templatesDir() {
    return join(packageRoot(), 'templates');
}
function packageVersion() {
    const parsed = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8'));
    return parsed.version;
}

;// CONCATENATED MODULE: ./src/shared/extras.ts
/**
 * Declared `--extra KEY=VALUE` options: every workload and checker lists the keys it accepts
 * (type, default, meaning), and `dsgrade test` / `dsgrade check` refuse any other key, or a
 * value of the wrong type, with a UsageError (exit 254) that names the key and lists the
 * accepted ones. An option is honoured or refused — never recorded and silently ignored.
 *
 * Guarantees: `validateExtras` returns the given values unchanged (no defaults filled in: the
 * consumer applies its own default, stated here) and accepts each key's aliases. Does not
 * know which component reads a key; callers pass the union of the specs that apply.
 */

function typeOk(spec, value) {
    switch (spec.type) {
        case 'boolean':
            return typeof value === 'boolean' || value === 'true' || value === 'false';
        case 'number':
            return typeof value === 'number' && Number.isFinite(value);
        case 'string':
            return typeof value === 'string' && (spec.values === undefined || spec.values.includes(value));
        case 'string-list':
            return (Array.isArray(value) &&
                value.every((v) => typeof v === 'string' && (spec.values?.includes(v) ?? true)));
    }
}
function typeText(spec) {
    const values = spec.values === undefined ? '' : ` (${spec.values.join(' | ')})`;
    return spec.type === 'string-list' ? `a JSON list of strings${values}` : `a ${spec.type}${values}`;
}
/** One line per accepted key, for help texts and errors. */
function describeExtras(specs) {
    if (specs.length === 0) {
        return '  (none)';
    }
    return specs
        .map((s) => {
        const names = [s.name, ...(s.aliases ?? [])].join(', ');
        return `  ${names} — ${typeText(s)}, default ${s.default}: ${s.meaning}`;
    })
        .join('\n');
}
/** Reject unknown keys and ill-typed values; `owner` names who reads them (for the message). */
function validateExtras(extra, specs, owner) {
    for (const [key, value] of Object.entries(extra)) {
        const spec = specs.find((s) => s.name === key || (s.aliases ?? []).includes(key));
        if (spec === undefined) {
            const accepted = specs.map((s) => s.name).sort();
            throw new UsageError(`--extra ${key}: ${owner} does not accept this key, so it would be ignored. ` +
                (accepted.length === 0
                    ? `${owner.charAt(0).toUpperCase()}${owner.slice(1)} accepts no --extra keys.`
                    : `Accepted keys:\n${describeExtras(specs)}`));
        }
        if (!typeOk(spec, value)) {
            throw new UsageError(`--extra ${key}=${JSON.stringify(value)}: ${spec.name} must be ${typeText(spec)} (default ${spec.default}).`);
        }
    }
    return extra;
}
/** A boolean extra under any of its names; undefined when absent. */
function extraFlag(extra, spec) {
    for (const name of [spec.name, ...(spec.aliases ?? [])]) {
        const value = extra?.[name];
        if (value !== undefined) {
            return value !== false && value !== 'false';
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/shared/mapreduce-fns.ts
/** Job function names; `grep:` is followed by the word to search for. */
const JOB_FNS = (/* unused pure expression or super */ null && (['word-count', 'inverted-index', 'grep:<word>']));
function parseFn(fn) {
    if (fn === 'word-count') {
        return { kind: 'word-count' };
    }
    if (fn === 'inverted-index') {
        return { kind: 'inverted-index' };
    }
    if (typeof fn === 'string' && fn.startsWith('grep:')) {
        const word = fn.slice('grep:'.length);
        if (/^[a-z]+$/.test(word)) {
            return { kind: 'grep', word };
        }
        return `grep needs one lower-case word after "grep:", got ${JSON.stringify(fn)}`;
    }
    return `unknown job function ${JSON.stringify(fn)} (expected word-count, inverted-index or grep:<word>)`;
}
/** Lower-case words of a text: maximal runs of a–z. */
function words(text) {
    return text.toLowerCase().match(/[a-z]+/g) ?? [];
}
/** The map phase over one input document named `doc`. */
function mapPhase(fn, doc, chunk) {
    switch (fn.kind) {
        case 'word-count':
            return words(chunk).map((word) => [word, 1]);
        case 'inverted-index':
            return [...new Set(words(chunk))].map((word) => [word, doc]);
        case 'grep': {
            const lines = chunk.split('\n').filter((line) => words(line).includes(fn.word));
            return lines.length === 0 ? [] : [[doc, lines.length]];
        }
    }
}
/**
 * The reduce phase over one key's values (from any number of map tasks, in any order): the
 * result never depends on the order, so re-executed or backup tasks cannot change it as long
 * as each map task's pairs are counted once.
 */
function reducePhase(fn, values) {
    switch (fn.kind) {
        case 'word-count':
        case 'grep':
            return values.reduce((sum, value) => sum + (typeof value === 'number' ? value : 0), 0);
        case 'inverted-index':
            return [
                ...new Set(values.filter((value) => typeof value === 'string')),
            ].sort();
    }
}
/** The sequential result: every input mapped, pairs grouped by key, every group reduced. */
function sequentialResult(fn, inputs) {
    const groups = new Map();
    for (const [doc, chunk] of Object.entries(inputs)) {
        for (const [key, value] of mapPhase(fn, doc, chunk)) {
            const group = groups.get(key);
            if (group === undefined) {
                groups.set(key, [value]);
            }
            else {
                group.push(value);
            }
        }
    }
    const output = {};
    for (const key of [...groups.keys()].sort()) {
        output[key] = reducePhase(fn, groups.get(key) ?? []);
    }
    return output;
}
/**
 * The compute units a job needs at the least: every document mapped once (its words, at least
 * 1) and every key reduced once (its values, at least 1) — what the compute service charges
 * (`msPerUnit` × units, ± 10 %) for the job done with no task run twice.
 */
function jobWorkUnits(fn, inputs) {
    const valueCounts = new Map();
    let units = 0;
    for (const [doc, chunk] of Object.entries(inputs)) {
        units += Math.max(1, words(chunk).length);
        for (const [key] of mapPhase(fn, doc, chunk)) {
            valueCounts.set(key, (valueCounts.get(key) ?? 0) + 1);
        }
    }
    for (const count of valueCounts.values()) {
        units += Math.max(1, count);
    }
    return units;
}
/** A word of the input vocabulary (for `grep:<word>` jobs). */
function pickWord(random) {
    return random.pick(VOCABULARY);
}
function firstDifference(expected, got) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(got)])].sort();
    for (const key of keys) {
        const want = Object.hasOwn(expected, key) ? expected[key] : undefined;
        const have = Object.hasOwn(got, key) ? got[key] : undefined;
        if (JSON.stringify(want) !== JSON.stringify(have)) {
            return { key, expected: want, got: have };
        }
    }
    return null;
}
/** Vocabulary for generated text: small enough that words repeat across chunks. */
const VOCABULARY = [
    'apple',
    'river',
    'stone',
    'cloud',
    'lamp',
    'paper',
    'tiger',
    'garden',
    'window',
    'silver',
    'orbit',
    'maple',
    'harbor',
    'candle',
    'meadow',
    'falcon',
    'copper',
    'valley',
    'thunder',
    'echo',
    'lantern',
    'pepper',
    'glacier',
    'violet',
    'anchor',
    'cobalt',
    'willow',
    'ember',
    'summit',
    'quartz',
];
/**
 * Seeded input documents `doc-0` … `doc-(count-1)`, each `lines` lines of `wordsPerLine`
 * words drawn from a fixed vocabulary (so word-count and grep keys recur across documents).
 */
function generateInputs(random, count, lines = 8, wordsPerLine = 10) {
    const inputs = {};
    for (let i = 0; i < count; i++) {
        const text = [];
        for (let line = 0; line < lines; line++) {
            const row = [];
            for (let w = 0; w < wordsPerLine; w++) {
                row.push(random.pick(VOCABULARY));
            }
            text.push(row.join(' '));
        }
        inputs[`doc-${i}`] = text.join('\n');
    }
    return inputs;
}

;// CONCATENATED MODULE: ./src/shared/index.ts
/**
 * The public surface of src/shared/: what other folders may import (style.md §3.1).
 */











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
class edn_EdnSyntaxError extends Error {
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
        throw new edn_EdnSyntaxError(this.pos + 1, `expected ${expected}, found ${found}`);
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
function edn_readEdn(text) {
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



const HISTORY_FORMATS = (/* unused pure expression or super */ null && (['jsonl', 'edn', 'jepsen-log']));
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
        throw new HistoryFormatError(file, line, `expected an operation object, found ${describe(record)}`);
    }
    const r = record;
    if (!OP_TYPES.has(r.type)) {
        throw new HistoryFormatError(file, line, `expected "type" to be invoke, ok, fail or info, found ${describe(r.type)}`);
    }
    if (!isProcess(r.process)) {
        throw new HistoryFormatError(file, line, `expected "process" to be an integer or "nemesis", found ${describe(r.process)}`);
    }
    if (typeof r.f !== 'string') {
        throw new HistoryFormatError(file, line, `expected "f" to be a string, found ${describe(r.f)}`);
    }
    const time = r.time === undefined ? 0 : r.time;
    if (typeof time !== 'number' || !Number.isFinite(time)) {
        throw new HistoryFormatError(file, line, `expected "time" to be a number, found ${describe(r.time)}`);
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
            throw new HistoryFormatError(file, i + 1, `expected one JSON object per line, found ${describe(line)} (${error.message})`);
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
                throw new HistoryFormatError(file, i + 1, `column ${error.column}: ${error.message}`);
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
            throw new HistoryFormatError(file, i + 1, `expected "process :type :f value" after "${LOG_PREFIX}", found ${describe(rest)}`);
        }
        const [, processText = '', type, f, valueText] = match;
        const process = /^-?\d+$/.test(processText)
            ? Number(processText)
            : processText.replace(/^:/, '');
        let value;
        try {
            value = valueText === undefined || valueText.trim() === '' ? null : readEdn(valueText);
        }
        catch (error) {
            const column = error instanceof EdnSyntaxError ? ` (${error.message})` : '';
            throw new HistoryFormatError(file, i + 1, `expected an EDN value, found ${describe(valueText)}${column}`);
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
        text = readFileSync(path, 'utf8');
    }
    catch (error) {
        throw new HistoryFormatError(path, 0, `cannot read the file: ${error.message}`, {
            cause: error,
        });
    }
    const chosen = format ?? detectHistoryFormat(path, text);
    if (chosen === undefined) {
        const first = text.split('\n').findIndex((line) => line.trim() !== '');
        throw new HistoryFormatError(path, first + 1, `expected history.jsonl, Jepsen EDN or a Jepsen log (try --format jsonl|edn|jepsen-log), found ${describe(text.split('\n')[first].trim())}`);
    }
    return parseHistory(text, chosen, path);
}

;// CONCATENATED MODULE: ./src/history/jsonl.ts
/**
 * history.jsonl I/O (interfaces.md §1.4): one operation per line, in event order. Writing
 * streams in chunks so a long history never becomes one giant string; reading delegates to
 * the shared parser in formats/ (which validates every line and names the bad one).
 */

/** Write any JSON values, one per line; resolves when the file is flushed and closed. */
async function writeJsonLines(path, items) {
    const out = createWriteStream(path);
    const failed = new Promise((_, reject) => out.on('error', reject));
    failed.catch(() => { }); // raced below
    let chunk = '';
    for (const item of items) {
        chunk += JSON.stringify(item) + '\n';
        if (chunk.length > 1 << 16) {
            out.write(chunk);
            chunk = '';
            // A turn of the event loop per 64 KiB: a 24,000-operation history took up to 3.4 s of
            // the harness thread in one piece under load (stop 18's demo profile), stalling every
            // run beside it.
            await Promise.race([new Promise((resolve) => setImmediate(resolve)), failed]);
        }
    }
    await Promise.race([new Promise((resolve) => out.end(chunk, resolve)), failed]);
}
function writeHistoryJsonl(path, history) {
    return writeJsonLines(path, history);
}


;// CONCATENATED MODULE: ./src/history/types.ts
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
function types_pairOps(history) {
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

;// CONCATENATED MODULE: ./src/history/windows.ts
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

;// CONCATENATED MODULE: ./src/history/index.ts
/**
 * The public surface of src/history/: what other folders may import (style.md §3.1).
 */





;// CONCATENATED MODULE: ./src/checkers/basic/availability.ts

function checkAvailability(history, required) {
    const pairs = pairOps(history);
    if (pairs.length === 0) {
        return {
            valid: 'unknown',
            reason: 'no client operation was invoked, so availability was not measured',
            anomalies: [],
            okFraction: null,
        };
    }
    const ok = pairs.filter((p) => p.complete?.type === 'ok').length;
    const okFraction = ok / pairs.length;
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

;// CONCATENATED MODULE: ./src/checkers/basic/counter.ts

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
    for (const { invoke, complete } of types_pairOps(history)) {
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

;// CONCATENATED MODULE: ./src/checkers/basic/echo.ts


function checkEcho(history) {
    const anomalies = [];
    let okCount = 0;
    for (const { invoke, complete } of types_pairOps(history)) {
        if (invoke.f !== 'echo' || complete?.type !== 'ok') {
            continue;
        }
        okCount++;
        const body = complete.value;
        const got = body !== null && typeof body === 'object' ? body.echo : undefined;
        if (canonicalJson(got) !== canonicalJson(invoke.value)) {
            anomalies.push({
                type: 'wrong-echo',
                message: `Node ${complete.node ?? '?'} answered echo ${truncate(JSON.stringify(invoke.value), 80)} with ${truncate(JSON.stringify(body), 120)}: the reply's "echo" field must be exactly the value that was sent.`,
                ops: [invoke.index, complete.index],
                nodes: complete.node !== undefined ? [complete.node] : undefined,
                timeNs: [invoke.time, complete.time],
            });
        }
    }
    const nothing = anomalies.length === 0 && okCount === 0;
    return {
        valid: anomalies.length > 0 ? false : nothing ? 'unknown' : true,
        ...(nothing ? { reason: 'no echo operation completed ok, so there is nothing to check' } : {}),
        anomalies: anomalies.slice(0, 20),
        errorCount: anomalies.length,
        okCount,
    };
}

;// CONCATENATED MODULE: ./src/checkers/basic/set-full.ts


const QUANTILES = ['0', '0.5', '0.95', '0.99', '1'];
const SMALL_INT_LIMIT = 1 << 24;
function set_full_quantiles(points) {
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
        const key = typeof value === 'string' ? `s${value}` : canonicalJson(value);
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
    const pairs = types_pairOps(history);
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
        stableLatencies: set_full_quantiles(stableLatencies),
        lostLatencies: set_full_quantiles(lostLatencies),
    };
}
function lostAnomaly(l) {
    const value = truncate(JSON.stringify(l.element), 60);
    return {
        type: 'lost',
        message: `Element ${value} was lost: it was acknowledged (op ${l.known.index}, ${(l.known.time / 1e9).toFixed(2)} s) but a later read (op ${l.absent.index} on ${l.absent.node ?? '?'}, ${(l.absent.time / 1e9).toFixed(2)} s) did not contain it, and no read after that did. Every acknowledged element must eventually reach every node and stay there.`,
        ops: [l.op.index, l.known.index, l.absent.index],
        nodes: l.absent.node !== undefined ? [l.absent.node] : undefined,
        timeNs: [l.known.time, l.absent.time],
    };
}

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
    const latencyMs = quantiles(latencies);
    return {
        ops: pairs.length,
        okFraction: pairs.length === 0 ? null : ok / pairs.length,
        ...(latencyMs === undefined ? {} : { latencyMs }),
    };
}
function splitByFaults(history, windows) {
    const pairs = pairOps(history);
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

function zero() {
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
    const total = zero();
    const byF = {};
    for (const { invoke, complete } of pairOps(history)) {
        const counts = (byF[invoke.f] ??= zero());
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

;// CONCATENATED MODULE: ./src/checkers/basic/unique-ids.ts


function checkUniqueIds(history) {
    const seen = new Map();
    let attemptedCount = 0;
    let acknowledgedCount = 0;
    for (const { invoke, complete } of types_pairOps(history)) {
        if (invoke.f !== 'generate') {
            continue;
        }
        attemptedCount++;
        if (complete?.type !== 'ok') {
            continue;
        }
        acknowledgedCount++;
        const key = canonicalJson(complete.value);
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
            message: `The id ${truncate(key, 80)} was returned ${ops.length} times (by ${nodes.join(', ')}; first at op ${first.index}, again at op ${second.index}). Unique ids must never repeat, even across nodes, restarts and partitions.`,
            ops: ops.map((op) => op.index),
            nodes,
            timeNs: [first.time, second.time],
        };
    });
    const nothing = acknowledgedCount === 0;
    return {
        valid: duplicated.length > 0 ? false : nothing ? 'unknown' : true,
        ...(nothing
            ? {
                reason: `none of the ${attemptedCount} generate operations completed ok, so there is no id to check`,
            }
            : {}),
        anomalies,
        attemptedCount,
        acknowledgedCount,
        duplicatedCount: duplicated.length,
        duplicated: duplicated
            .slice(0, 48)
            .map(([key, ops]) => [JSON.parse(key), ops.length]),
    };
}

;// CONCATENATED MODULE: ./src/checkers/contract.ts
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
        const next = edges.from[i] + 1;
        counts[next] = counts[next] + 1;
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
                const p = position[w];
                masks[p] = masks[p] | rawMasks[i];
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
        // A read of a value nobody wrote: outside Adya's model, forbidden by every model.
        'garbage-read',
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
/**
 * Elle's boundary: `not` = weakest models ruled out, `alsoNot` = the stronger ones. `within`
 * limits the claim to the models for which the inference that found the anomalies was sound.
 */
function modelBoundary(anomalies, within = () => true) {
    const out = new Set([...ruledOutModels(anomalies)].filter(within));
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
function cycles_classify(steps) {
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
        return now >= this.deadlineMs || budgetExpired(this.budget, now);
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
                const name = cycles_classify(steps);
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

;// CONCATENATED MODULE: ./src/checkers/elle/txn.ts


function valueKey(value) {
    return typeof value === 'number' ? value : `j:${canonicalJson(value)}`;
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
    for (const pair of types_pairOps(history)) {
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
        (typeof a === 'object' && typeof b === 'object' && canonicalJson(a) === canonicalJson(b)));
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
            this.checkGarbage(txn, mop.k, mop.v);
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
    /** A read of something no append produced: not a list, or an element nobody appended. */
    checkGarbage(txn, k, read) {
        const writers = this.perKey.get(k)?.writers;
        const garbage = !Array.isArray(read)
            ? read === null || read === undefined
                ? undefined
                : { what: show(read), value: read }
            : read
                .filter((v) => writers?.get(valueKey(v)) === undefined)
                .slice(0, 1)
                .map((v) => ({ what: `${show(v)} in ${show(read)}`, value: v }))[0];
        if (garbage === undefined) {
            return;
        }
        this.report(txnAnomaly('garbage-read', `garbage-read: ${txnName(txn)} read key ${this.k(k)} as ${show(read)}, but no transaction ever ` +
            `appended ${garbage.what} to key ${this.k(k)}. A read must return the list of values ` +
            'clients appended (or an empty list); every consistency model forbids inventing one.', [txn], { key: this.history.keys[k], read, value: garbage.value }));
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
                return (`${a} < ${b} because ${b} appended ${show(mop.v)} to key ${this.k(mop.k)}${unseen} ` +
                    `after ${a}'s append of ${show(state.raw[beforeIndex])}`);
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
/** The inference rules of the table above, in the order they are applied. */
const RW_RULES = [
    'initial-state',
    'own-writes',
    'writes-follow-reads',
    'sequential-keys',
    'realtime-keys',
];
/**
 * What a database breaking the rule would show: the rule is sound for a model exactly when
 * the model forbids every one of these (an empty list: sound for every model).
 */
const RULE_BREAKS = {
    'initial-state': [],
    'own-writes': [],
    'writes-follow-reads': ['G1a', 'G1b', 'G1c'],
    'sequential-keys': ['G0-process', 'G1c-process', 'G-single-process'],
    'realtime-keys': ['G0-realtime', 'G1c-realtime', 'G-single-realtime'],
};
/** The rules sound for every one of `models` (canonical names). */
function soundRules(models) {
    return RW_RULES.filter((rule) => models.every((model) => RULE_BREAKS[rule].every((anomaly) => modelForbids(model, anomaly))));
}
const RULE_OPTION = {
    'writes-follow-reads': 'wfrKeys',
    'sequential-keys': 'sequentialKeys',
    'realtime-keys': 'linearizableKeys',
};
/** The rules to apply for `models`: the sound ones, then each explicit option on top. */
function rulesFor(models, options) {
    const sound = soundRules(models);
    const rules = [];
    const assumed = [];
    for (const rule of RW_RULES) {
        const option = RULE_OPTION[rule];
        const forced = option === undefined ? undefined : options[option];
        const on = forced ?? sound.includes(rule);
        if (on) {
            rules.push(rule);
            if (!sound.includes(rule)) {
                assumed.push(rule);
            }
        }
    }
    return { rules, assumed };
}
const rw_register_MAX_PER_TYPE = 10;
function versionOf(value) {
    return value === null || value === undefined ? rw_register_INIT : valueKey(value);
}
class RwRegisterInference {
    history;
    rules;
    edges = new EdgeBuilder();
    anomalies = [];
    txns;
    counts = new Map();
    perKey = new Map();
    extReads = new Map();
    /** ww edges kept from contradicting version orders, by "from>to" graph ids. */
    contradictions = new Map();
    constructor(history, rules) {
        this.history = history;
        this.rules = rules;
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
        if (version === rw_register_INIT) {
            return;
        }
        const writer = this.perKey.get(k)?.writers.get(version);
        if (writer === undefined) {
            this.garbageRead(txn, k, value);
            return;
        }
        if (writer.w === txn.id) {
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
    /** A read of a value no transaction (ok, info or failed) ever wrote to that key. */
    garbageRead(txn, k, value) {
        this.report(txnAnomaly('garbage-read', `garbage-read: ${txnName(txn)} read key ${this.k(k)} as ${show(value)}, but no transaction ` +
            `ever wrote ${show(value)} to key ${this.k(k)}. A read must return the initial value ` +
            '(null) or a value some client wrote; every consistency model forbids inventing one.', [txn], { key: this.history.keys[k], read: value }));
    }
    versionSources() {
        for (const [k, state] of this.perKey) {
            for (const [vk, writer] of state.writers) {
                if (writer.w >= 0) {
                    this.addVersion(k, rw_register_INIT, vk, 'every value comes after the initial empty state [initial-state]');
                }
            }
        }
        for (const txn of this.history.graph) {
            this.withinTxn(txn);
        }
        if (this.rules.has('sequential-keys')) {
            this.sessionOrder();
        }
        if (this.rules.has('realtime-keys')) {
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
                        this.addVersion(mop.k, valueKey(earlier.value), to, `${txnName(txn)} wrote ${show(earlier.value)} and then ${show(mop.v)} [own-writes]`);
                    }
                    else if (this.rules.has('writes-follow-reads')) {
                        const from = versionOf(earlier.value);
                        this.addVersion(mop.k, from, to, `${txnName(txn)} read ${show(earlier.value)} before writing ${show(mop.v)} [writes-follow-reads]`);
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
                    this.addVersion(mop.k, versionOf(before), versionOf(mop.v), `client process ${txn.process} saw ${show(before)} and later ${show(mop.v)} (in ${txnName(txn)}) [sequential-keys]`);
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
                        const why = `${txnName(entry.txn)} completed before ${txnName(txn)} began [realtime-keys]`;
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
function inferRwRegister(history, rules) {
    const inference = new RwRegisterInference(history, new Set(rules));
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
    'garbage-read',
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
            throw new errors_UsageError(`unknown consistency model "${name}"; known models: ${[...MODEL_NAMES].sort().join(', ')}`);
        }
        return model;
    });
}
function elle_describe(name) {
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
    const message = `${cycle.name} (${elle_describe(cycle.name)}): ${txns.length} transactions each must come before ` +
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
function verdict(anomalies, models, extra, within) {
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
    const { not, alsoNot } = modelBoundary(types, within);
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
function check(history, options, budget, infer, within) {
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
    return verdict(anomalies, models, { txnCount: parsed.graph.length + parsed.failed.length, edgeCount: graph.targets.length }, within);
}
/** Elle's list-append checker (txn-list-append). */
function checkListAppend(history, options, budget) {
    return check(history, options, budget, inferListAppend);
}
/**
 * Elle's rw-register checker (txn-rw-register). Version orders come only from the inference
 * rules sound for the models checked (rw-register.ts states each rule and where it holds);
 * models that grant different rules are checked in separate passes and the results merged,
 * so a rule one model grants never convicts a history under another.
 */
function checkRwRegister(history, options, budget) {
    const models = resolveModels(options.consistencyModels);
    const groups = new Map();
    for (const model of models) {
        const { rules, assumed } = rulesFor([model], options);
        const key = rules.join(',');
        const group = groups.get(key) ?? { rules, assumed: [], models: [] };
        group.models.push(model);
        group.assumed = [...new Set([...group.assumed, ...assumed])];
        groups.set(key, group);
    }
    const results = [...groups.values()].map((group) => {
        // A model is ruled out only if every rule this pass applied is sound for it (or assumed).
        const within = (model) => {
            const sound = soundRules([model]);
            return group.rules.every((rule) => sound.includes(rule) || group.assumed.includes(rule));
        };
        const result = check(history, { ...options, consistencyModels: group.models }, budget, (parsed) => inferRwRegister(parsed, group.rules), within);
        result.inferenceRules = group.rules;
        if (group.assumed.length > 0) {
            result.assumedRules = group.assumed;
        }
        return result;
    });
    return mergeResults(results, models);
}
/** One result for several passes over the same history (one per set of inference rules). */
function mergeResults(results, models) {
    if (results.length === 1) {
        return results[0];
    }
    const union = (field) => [...new Set(results.flatMap((r) => r[field] ?? []))].sort();
    const valid = mergeValidity(results.map((r) => r.valid));
    const anomalies = results.flatMap((r) => r.anomalies);
    const seen = new Set();
    const merged = {
        valid,
        anomalyTypes: union('anomalyTypes'),
        forbiddenAnomalyTypes: union('forbiddenAnomalyTypes'),
        anomalies: anomalies.filter((a) => !seen.has(a.message) && (seen.add(a.message), true)),
        anomalyCounts: Object.fromEntries(union('anomalyTypes').map((t) => [
            t,
            Math.max(...results.map((r) => r.anomalyCounts[t] ?? 0)),
        ])),
        not: union('not'),
        alsoNot: union('alsoNot'),
        consistencyModels: [...models],
        txnCount: results[0]?.txnCount,
        edgeCount: Math.max(...results.map((r) => Number(r.edgeCount))),
        passes: results.map((r) => ({
            consistencyModels: r.consistencyModels,
            inferenceRules: r.inferenceRules,
            valid: r.valid,
        })),
        inferenceRules: union('inferenceRules'),
    };
    const reasons = results.map((r) => r.reason).filter((r) => r !== undefined);
    if (valid === 'unknown' && reasons.length > 0) {
        merged.reason = reasons.join('; ');
    }
    return merged;
}

;// CONCATENATED MODULE: ./src/checkers/exactly-once.ts


/** `--extra linearizable`: also check real-time order of appends and reads. */
const EXACTLY_ONCE_LINEARIZABLE = {
    name: 'linearizable',
    type: 'boolean',
    default: 'false',
    meaning: 'also require real-time order: a read sees every append that completed before it began',
};
const MAX_ANOMALIES_PER_TYPE = 8;
function collect(history) {
    const appends = new Map();
    const reads = [];
    for (const { invoke, complete } of types_pairOps(history)) {
        const key = canonicalJson(invoke.key);
        if (invoke.f === 'append') {
            const type = complete?.type === 'ok' || complete?.type === 'fail' ? complete.type : 'info';
            appends.set(canonicalJson(invoke.value), {
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
        const id = canonicalJson(element);
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
    for (const element of new Set(read.elements.map((e) => canonicalJson(e)))) {
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
        if (canonicalJson(short[i]) !== canonicalJson(long[i])) {
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
                message: `Two reads of key ${read.key} disagree on the order: ${where(read.complete)} has ${truncate(canonicalJson(read.elements[at]), 40)} at position ${at}, ` +
                    `${where(longest.complete)} has ${truncate(canonicalJson(longest.elements[at]), 40)} there. Each key is one list: every read must be a prefix of every longer read.`,
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
        ids: new Set(read.elements.map((e) => canonicalJson(e))),
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
        const present = new Set(read.elements.map((e) => canonicalJson(e)));
        const stale = acked.find((a) => a.key === read.key &&
            a.complete.index < read.invoke.index &&
            !present.has(canonicalJson(a.element)));
        if (stale !== undefined) {
            out.push({
                type: 'stale-read',
                message: `Read ${where(read.complete)} of key ${read.key} began after the append of ${canonicalJson(stale.element)} was acknowledged (${where(stale.complete)}) but does not contain it. Linearizability: once acknowledged, an append is visible to every later read, on every node.`,
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
    return exactly_once_summarize(appends, anomalies, { lostCount, finalReadCount, readCount: reads.length });
}
function exactly_once_summarize(appends, anomalies, counts) {
    const all = [...appends.values()];
    const duplicated = [
        ...new Set(anomalies
            .filter((a) => a.type === 'duplicate')
            .map((a) => canonicalJson(a.evidence.element))),
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

;// CONCATENATED MODULE: ./src/checkers/kafka/index.ts



/** `--extra durableCommits`: forgotten acknowledged commits are anomalies (stage 12.4). */
const KAFKA_DURABLE_COMMITS = {
    name: 'durableCommits',
    aliases: ['durable-commits'],
    type: 'boolean',
    default: 'false',
    meaning: 'a list_committed_offsets answer below a commit acknowledged earlier is a lost-commit anomaly (otherwise only counted)',
};
const kafka_MAX_ANOMALIES_PER_TYPE = 8;
function when(op) {
    return op === undefined ? 'an unknown time' : `${(op.time / 1e9).toFixed(2)} s`;
}
function kafka_show(value) {
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
    const text = canonicalJson(msg);
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
    return `${kafka_show(s.msg)} (${what} at ${when(s.op)})`;
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
function kafka_parse(history) {
    const sends = [];
    const polls = [];
    const events = [];
    const pairs = types_pairOps(history).sort((a, b) => (a.complete?.index ?? Infinity) - (b.complete?.index ?? Infinity));
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
    return { sends, polls, events, hasFinal: history.some((op) => op.final === true) };
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
                log.polled.add(canonicalJson(msg));
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
        if (n <= kafka_MAX_ANOMALIES_PER_TYPE) {
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
                    message: `inconsistent-offsets: offset ${offset} of key ${kafka_show(key)} holds different messages: ${shown}. A log gives each offset exactly one message, forever, whichever node is asked.`,
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
                    message: `duplicate: message ${text} of key ${kafka_show(key)} appears at offsets ${[...offsets].sort((a, b) => a - b).join(', ')}. Each sent message belongs at one offset of the log.`,
                    evidence: { key, msg: JSON.parse(text), offsets: [...offsets] },
                });
            }
        }
    }
}
/**
 * How far the final polls read each key: the highest offset a final poll returned, or every
 * key once a final poll returned nothing at all (the node said it had nothing further). A key
 * no final poll returned stays absent (not reached). A history without a final phase (no op
 * marked final, e.g. recorded elsewhere) counts as read to the end, as before.
 */
function finalReach(parsed) {
    const reach = new Map();
    let exhausted = !parsed.hasFinal;
    for (const poll of parsed.polls) {
        if (poll.complete.final !== true) {
            continue;
        }
        let any = false;
        for (const [key, list] of poll.msgs) {
            for (const [offset] of list) {
                any = true;
                reach.set(key, Math.max(reach.get(key) ?? -1, offset));
            }
        }
        if (!any) {
            exhausted = true;
        }
    }
    return { reach, exhausted };
}
function checkSends(parsed, logs, out) {
    const unseen = [];
    const unreached = [];
    const { reach, exhausted } = finalReach(parsed);
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
        const text = canonicalJson(send.msg);
        if (send.type === 'fail' && log?.polled.has(text)) {
            out.add({
                type: 'G1a',
                message: `G1a (aborted read): a poll returned message ${text} of key ${kafka_show(send.key)}, but its send failed at ${when(send.complete)}. A failed send must have no effect.`,
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
                message: `nonmonotonic-send: process ${String(send.process)} sent ${text} to key ${kafka_show(send.key)} at offset ${send.offset} (${when(send.complete)}), not after its earlier send at offset ${String(previous.send.offset)}. One client's sends to a key must land in order.`,
                ops: [previous.send.invoke.index, send.invoke.index],
            });
        }
        lastSend.set(procKey, { index, send });
        if (!log.polled.has(text)) {
            if (exhausted || send.offset <= (reach.get(send.key) ?? -1)) {
                unseen.push(text);
            }
            else {
                unreached.push({ text, key: send.key, offset: send.offset });
            }
            if (index <= (maxPolledIndex.get(send.key) ?? -1)) {
                out.add({
                    type: 'lost-write',
                    message: `lost-write: the send of ${text} to key ${kafka_show(send.key)} was acknowledged at offset ${send.offset} at ${when(send.complete)}, and polls read past that offset, but no poll ever returned it. An acknowledged message must stay in the log.`,
                    ops: [send.invoke.index, send.complete.index],
                    timeNs: [send.invoke.time, send.complete.time],
                });
            }
        }
    }
    return { definite: unseen, unreached };
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
                            message: `${type}: process ${String(poll.process)} polled key ${kafka_show(key)} at ${when(poll.complete)} and got offset ${offset} right after offset ${log.sorted[prev]}${skip ? `, skipping offsets ${skipped.slice(0, 6).join(', ')}${skipped.length > 6 ? ', …' : ''} that exist` : ', going backwards'}. A consumer reads a log in order, without gaps.`,
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
function describeCommitted(value) {
    return value === null ? 'no committed offset at all' : `committed offset ${value}`;
}
/**
 * lost-commit: an ok (non-final) poll's commit_offsets was acknowledged when the poll
 * completed (the client commits the highest offset polled per key); an assign invoked later
 * whose list_committed_offsets returned a lower offset (or none) for that key shows the
 * commit was forgotten. Only meaningful for stages that require durable, visible commits.
 */
function checkCommits(history) {
    const events = [];
    for (const { invoke, complete } of types_pairOps(history)) {
        if (complete?.type !== 'ok' || invoke.final === true || complete.final === true) {
            continue;
        }
        if (invoke.f === 'poll') {
            const offsets = new Map();
            for (const [key, list] of asPollMsgs(complete.value)) {
                for (const [offset] of list) {
                    offsets.set(key, Math.max(offsets.get(key) ?? -1, offset));
                }
            }
            events.push({ at: complete.index, kind: 'commit', op: complete, offsets });
        }
        else if (invoke.f === 'assign') {
            const value = complete.value;
            const listed = value?.committed;
            if (typeof listed !== 'object' || listed === null || Array.isArray(listed)) {
                continue;
            }
            const offsets = new Map();
            for (const [key, offset] of Object.entries(listed)) {
                offsets.set(key, typeof offset === 'number' ? offset : null);
            }
            events.push({ at: invoke.index, kind: 'list', op: complete, offsets });
        }
    }
    events.sort((a, b) => a.at - b.at);
    const acked = new Map();
    const found = [];
    for (const event of events) {
        for (const [key, offset] of event.offsets) {
            const best = acked.get(key);
            if (event.kind === 'commit') {
                if (offset !== null && (best === undefined || offset > best.offset)) {
                    acked.set(key, { offset, op: event.op });
                }
            }
            else if (best !== undefined && (offset ?? -1) < best.offset) {
                const via = (op) => (op.node === undefined ? '' : ` via ${op.node}`);
                found.push({
                    type: 'lost-commit',
                    message: `lost-commit: process ${String(best.op.process)} committed offset ${best.offset} of key ${kafka_show(key)} (acknowledged${via(best.op)} at ${when(best.op)}), but at ${when(event.op)} list_committed_offsets${via(event.op)} returned ${describeCommitted(offset)} for it. An acknowledged commit must survive crashes and be visible from every node: a consumer that restarts resumes from it.`,
                    ops: [best.op.index, event.op.index],
                    nodes: [
                        ...new Set([best.op.node, event.op.node].filter((n) => n !== undefined)),
                    ],
                    timeNs: [best.op.time, event.op.time],
                    evidence: { key, committed: best.offset, listed: offset },
                });
            }
        }
    }
    return found;
}
/**
 * Check a kafka history. `durableCommits` (stage extra) makes forgotten commits anomalies;
 * without it they are only counted (`lostCommitCount`).
 */
function checkKafka(history, options = {}, _budget = {}) {
    const parsed = kafka_parse(history);
    const logs = buildLogs(parsed);
    const out = new Anomalies();
    checkOffsets(logs, out);
    const { definite: unseen, unreached } = checkSends(parsed, logs, out);
    checkPolls(parsed, logs, out);
    const lostCommits = checkCommits(history);
    if (options.durableCommits === true) {
        lostCommits.forEach((a) => out.add(a));
    }
    if (unseen.length > 0) {
        out.add({
            type: 'unseen',
            message: `unseen: ${unseen.length} acknowledged send${unseen.length === 1 ? ' was' : 's were'} never returned by any poll by the end of the test (e.g. ${unseen.slice(0, 5).join(', ')}). After the final polls every acknowledged message must have been read.`,
            evidence: { count: unseen.length, messages: unseen.slice(0, 32).map((t) => JSON.parse(t)) },
        });
    }
    const ackedSends = parsed.sends.filter((s) => s.type === 'ok').length;
    // Unseen sends the final polls never got to are not evidence of loss: the final phase is
    // capped (10 s × time scale), and a slow machine or a node that pages its polls can end it
    // before every offset was read. Alone, they make the verdict unknown, never invalid.
    const reason = ackedSends === 0
        ? 'no send was acknowledged, so there is nothing to check'
        : unreached.length > 0
            ? unreachedReason(unreached)
            : undefined;
    return {
        valid: out.list.length === 0 ? (reason === undefined ? true : 'unknown') : false,
        ...(out.list.length === 0 && reason !== undefined ? { reason } : {}),
        anomalies: out.list,
        errorTypes: Object.keys(out.counts).sort(),
        anomalyCounts: out.counts,
        keyCount: logs.size,
        sendCount: parsed.sends.length,
        ackedSendCount: ackedSends,
        pollCount: parsed.polls.length,
        unseenCount: unseen.length,
        unreachedCount: unreached.length,
        lostCommitCount: lostCommits.length,
    };
}
function unreachedReason(unreached) {
    const first = unreached[0];
    return `the final polls ended (the final phase is capped at 10 s × time scale) before they read ${unreached.length} acknowledged send${unreached.length === 1 ? '' : 's'} (e.g. ${first.text} at offset ${first.offset} of key ${kafka_show(first.key)}), and no poll said the log ended before them: a lost message cannot be told from a slow read. Rerun; if it repeats, return more messages per poll.`;
}
/** The registry entry (`dsgrade check --checker kafka`). */
const kafkaChecker = {
    name: 'kafka',
    doc: 'replicated logs (send/poll/assign): inconsistent offsets, duplicates, lost writes, skipped or out-of-order polls, unseen sends; forgotten commits with --extra durableCommits',
    extras: [KAFKA_DURABLE_COMMITS],
    check: (history, options, budget) => checkKafka(history, { durableCommits: extraFlag(options.extra, KAFKA_DURABLE_COMMITS) === true }, budget),
};

;// CONCATENATED MODULE: ./src/checkers/load-balance.ts
/**
 * The load-balance checker (issue 16, track 11): a pure function of the client history and
 * the backends' execution log.
 *
 * - Genuine responses: every `ok` of a `work` op names, in `served_by`, a backend that
 *   really executed that job and finished it (anomaly `fabricated-response`).
 * - Dead traffic: a `work` request that reached a crashed backend more than `deadGraceMs`
 *   after its crash (anomaly `sent-to-dead-backend`, count `deadBackendRequests`). Health
 *   checks are not counted: probing a dead backend is how a balancer learns it is back.
 * - Load: work executed per backend, `maxOverMeanLoad` = the busiest backend's count over
 *   the mean over all backends (absent when nothing executed: nothing measured never
 *   passes), `refusedCount` (requests refused at capacity, error 11).
 * - `latencyMs`: quantiles of ok work latencies (completion − invocation).
 *
 * Valid unless one of the two anomalies occurred; 'unknown' when no work completed ok.
 */


const DEAD_GRACE_MS = 1000;
const EXAMPLES_MAX = 3;
function seconds(ms) {
    return `${(ms / 1000).toFixed(2)} s`;
}
function jobOf(value) {
    return typeof value === 'object' && value !== null ? value.job : undefined;
}
/** job → the executions of it that finished (outcome ok), by backend. */
function finishedJobs(log) {
    const jobs = new Map();
    for (const e of log.executions) {
        if (e.type === 'work' && e.outcome === 'ok' && e.endMs !== undefined) {
            const set = jobs.get(e.body.job) ?? new Set();
            set.add(e.backend);
            jobs.set(e.body.job, set);
        }
    }
    return jobs;
}
function fabricated(history, log) {
    const jobs = finishedJobs(log);
    const anomalies = [];
    for (const { invoke, complete } of types_pairOps(history)) {
        if (complete?.type !== 'ok' || invoke.f !== 'work') {
            continue;
        }
        const job = jobOf(invoke.value);
        const servedBy = complete.value?.served_by;
        const ran = jobs.get(job);
        if (typeof servedBy === 'string' && ran?.has(servedBy) === true) {
            continue;
        }
        const where = ran === undefined ? 'no backend finished it' : `it ran on ${[...ran].join(', ')}`;
        anomalies.push({
            type: 'fabricated-response',
            message: `Job ${JSON.stringify(job)} was answered work_ok with served_by ${JSON.stringify(servedBy)} by ${invoke.node ?? '?'} at ${seconds(complete.time / 1e6)}, but ${where}: a balancer must return the reply of the backend that did the work.`,
            ops: [invoke.index, complete.index],
            ...(invoke.node === undefined ? {} : { nodes: [invoke.node] }),
            timeNs: [invoke.time, complete.time],
            evidence: { job, servedBy, ranOn: ran === undefined ? [] : [...ran] },
        });
    }
    return anomalies;
}
/** The crash time of the down window an arrival fell into. */
function crashBefore(log, e) {
    let crashMs;
    for (const w of log.downWindows) {
        if (w.backend === e.backend && w.crashMs <= e.arrivedMs) {
            if (w.recoverMs === undefined || e.arrivedMs <= w.recoverMs) {
                crashMs = w.crashMs;
            }
        }
    }
    return crashMs;
}
function deadTraffic(log, graceMs) {
    let count = 0;
    const anomalies = [];
    for (const e of log.executions) {
        if (e.type !== 'work' || e.outcome !== 'down') {
            continue;
        }
        const crashMs = crashBefore(log, e);
        if (crashMs === undefined || e.arrivedMs - crashMs <= graceMs) {
            continue;
        }
        count++;
        if (anomalies.length < EXAMPLES_MAX) {
            anomalies.push({
                type: 'sent-to-dead-backend',
                message: `${e.src} sent job ${JSON.stringify(e.body.job)} to ${e.backend} at ${seconds(e.arrivedMs)}, ${seconds(e.arrivedMs - crashMs)} after ${e.backend} crashed (at ${seconds(crashMs)}): a balancer must stop sending work to a backend that stopped answering within ${seconds(graceMs)}, and probe it before sending more.`,
                nodes: [e.src, e.backend],
                timeNs: [Math.round(crashMs * 1e6), Math.round(e.arrivedMs * 1e6)],
                evidence: { job: e.body.job, backend: e.backend, crashMs, arrivedMs: e.arrivedMs },
            });
        }
    }
    return { count, anomalies };
}
function loads(log) {
    const perBackend = {};
    log.backends.forEach((id) => (perBackend[id] = 0));
    let refused = 0;
    for (const e of log.executions) {
        if (e.type !== 'work') {
            continue;
        }
        if (e.outcome === 'ok' || e.outcome === 'crashed') {
            perBackend[e.backend] = (perBackend[e.backend] ?? 0) + 1;
        }
        else if (e.outcome === 'refused') {
            refused++;
        }
    }
    return { perBackend, refused };
}
function okLatencies(history) {
    return types_pairOps(history).flatMap(({ invoke, complete }) => complete?.type === 'ok' ? [(complete.time - invoke.time) / 1e6] : []);
}
function checkLoadBalance(history, log, options = {}) {
    if (log === undefined) {
        return {
            valid: 'unknown',
            reason: 'The load-balance checker needs the backends’ execution log, and this run has none.',
            anomalies: [],
        };
    }
    const graceMs = options.deadGraceMs ?? DEAD_GRACE_MS;
    const fakes = fabricated(history, log);
    const dead = deadTraffic(log, graceMs);
    const { perBackend, refused } = loads(log);
    const counts = Object.values(perBackend);
    const total = counts.reduce((a, b) => a + b, 0);
    const meanLoad = counts.length === 0 ? 0 : total / counts.length;
    const latencies = okLatencies(history);
    const anomalies = [...fakes.slice(0, EXAMPLES_MAX), ...dead.anomalies];
    const valid = anomalies.length > 0 ? false : latencies.length === 0 ? 'unknown' : true;
    return {
        valid,
        ...(valid === 'unknown' ? { reason: 'No work completed ok: there is nothing to check.' } : {}),
        anomalies,
        fabricatedCount: fakes.length,
        deadBackendRequests: dead.count,
        loads: perBackend,
        ...(meanLoad > 0 ? { maxOverMeanLoad: Math.max(...counts) / meanLoad } : {}),
        refusedCount: refused,
        ...(latencies.length === 0 ? {} : { latencyMs: set_full_quantiles(latencies) }),
    };
}

;// CONCATENATED MODULE: ./src/checkers/proxy.ts
/**
 * The proxy checker (issue 16, track 10): a pure function of the client history and the
 * backends' execution log. A request is identified by its `body.id` (unique per run).
 *
 * - Genuine responses: every `ok` names, in `served_by`, a backend that executed that request
 *   and finished it, with the status and body that execution produced (`fabricated-response`).
 * - Routing: every execution of a request ran on a backend its path's route names
 *   (`routed-outside-table`, count `misroutedCount`). Needs the run's routes table.
 * - POST twice: a POST that executed (ok or crashed mid-way) on more than one occasion
 *   (`post-executed-twice`, count `postDuplicateCount`).
 * - Truthful failures: a POST answered with a definite error (`fail`) must not have executed
 *   (`false-definite-error`).
 * - `getAvailability` / `postAvailability`: GETs / POSTs answered ok over those invoked (absent
 *   when none: nothing measured never passes); `getLatencyMs` quantiles of ok GETs.
 * - Tail: `backendMedianMs`, the median service time (arrival → end) of the requests the
 *   healthy backends executed (every backend but the slow one); `getP99BoundMs` =
 *   2 × that + 50 ms; `getP99OverBound` = GET p99 ÷ the bound (≤ 1 is within it). Absent when
 *   either side has nothing measured.
 *
 * Valid unless an anomaly occurred; 'unknown' when no request completed ok.
 */


const proxy_EXAMPLES_MAX = 3;
function proxy_seconds(ms) {
    return `${(ms / 1000).toFixed(2)} s`;
}
function proxy_valueOf(value) {
    return typeof value === 'object' && value !== null ? value : {};
}
function idOf(e) {
    const body = e.body.body;
    return typeof body === 'object' && body !== null ? body.id : undefined;
}
/** Stable JSON (sorted keys) to compare a reply with what a backend produced. */
function canonical(value) {
    if (Array.isArray(value)) {
        return `[${value.map(canonical).join(',')}]`;
    }
    if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
function routeOf(routes, path) {
    if (typeof path !== 'string') {
        return undefined;
    }
    return Object.keys(routes)
        .filter((prefix) => path === prefix || path.startsWith(`${prefix}/`))
        .sort((a, b) => b.length - a.length)[0];
}
function executionsById(log) {
    const byId = new Map();
    for (const e of log.executions) {
        if (e.type !== 'request') {
            continue;
        }
        const list = byId.get(idOf(e)) ?? [];
        list.push(e);
        byId.set(idOf(e), list);
    }
    return byId;
}
const executed = (e) => e.outcome === 'ok' || e.outcome === 'crashed';
function anomaly(type, message, invoke, complete, evidence) {
    const ops = [invoke?.index, complete?.index].filter((i) => i !== undefined);
    const times = [invoke?.time, complete?.time].filter((t) => t !== undefined);
    return {
        type,
        message,
        ...(ops.length > 0 ? { ops } : {}),
        ...(invoke?.node === undefined ? {} : { nodes: [invoke.node] }),
        ...(times.length === 2 ? { timeNs: [times[0] ?? 0, times[1] ?? 0] } : {}),
        evidence,
    };
}
function checkProxy(history, log, options = {}) {
    if (log === undefined) {
        return {
            valid: 'unknown',
            reason: 'The proxy checker needs the backends’ execution log, and this run has none.',
            anomalies: [],
        };
    }
    const byId = executionsById(log);
    const fakes = [];
    const falseDefinite = [];
    const getLatencies = [];
    let gets = 0;
    let getsOk = 0;
    const pairs = types_pairOps(history).filter(({ invoke }) => invoke.f === 'request');
    for (const { invoke, complete } of pairs) {
        const asked = proxy_valueOf(invoke.value);
        const runs = byId.get(asked.id) ?? [];
        if (asked.method === 'GET') {
            gets++;
        }
        if (complete?.type === 'ok') {
            const got = proxy_valueOf(complete.value);
            const match = runs.find((e) => e.backend === got.served_by &&
                e.outcome === 'ok' &&
                e.reply !== undefined &&
                canonical(e.reply.body) === canonical(got.body) &&
                e.reply.status === got.status);
            if (asked.method === 'GET') {
                getsOk++;
                getLatencies.push((complete.time - invoke.time) / 1e6);
            }
            if (match === undefined) {
                const ran = runs.filter((e) => e.outcome === 'ok').map((e) => e.backend);
                const where = ran.length === 0 ? 'no backend finished it' : `it ran on ${ran.join(', ')}`;
                fakes.push(anomaly('fabricated-response', `${String(asked.method)} ${String(asked.path)} (request ${JSON.stringify(asked.id)}) was answered by ${invoke.node ?? '?'} at ${proxy_seconds(complete.time / 1e6)} with status ${JSON.stringify(got.status)} and served_by ${JSON.stringify(got.served_by)}, but ${where} or its answer differs: a proxy must return the reply of the backend that executed the request, unchanged.`, invoke, complete, { id: asked.id, servedBy: got.served_by, status: got.status, body: got.body, ranOn: ran }));
            }
        }
        else if (complete?.type === 'fail' && asked.method === 'POST') {
            const ran = runs.filter(executed);
            if (ran.length > 0) {
                falseDefinite.push(anomaly('false-definite-error', `POST ${String(asked.path)} (request ${JSON.stringify(asked.id)}) was answered with a definite error ${JSON.stringify(complete.error)} at ${proxy_seconds(complete.time / 1e6)}, but ${ran[0]?.backend ?? '?'} had executed it (at ${proxy_seconds(ran[0]?.arrivedMs ?? 0)}): an error that says "not done" must be true; when you cannot know, answer an indefinite error (code 0 or 13).`, invoke, complete, { id: asked.id, error: complete.error, executedOn: ran.map((e) => e.backend) }));
            }
        }
    }
    const invokeById = new Map();
    pairs.forEach(({ invoke }) => invokeById.set(proxy_valueOf(invoke.value).id, invoke));
    const misrouted = [];
    const twice = [];
    for (const [id, runs] of byId) {
        const first = runs[0];
        if (first === undefined) {
            continue;
        }
        const routes = options.routes;
        const route = routes === undefined ? undefined : routeOf(routes, first.body.path);
        const allowed = route === undefined || routes === undefined ? undefined : routes[route];
        for (const e of runs) {
            if (routes !== undefined && (allowed === undefined || !allowed.includes(e.backend))) {
                misrouted.push(anomaly('routed-outside-table', `${e.src} sent ${String(e.body.method)} ${String(e.body.path)} (request ${JSON.stringify(id)}) to ${e.backend} at ${proxy_seconds(e.arrivedMs)}, but the routes table sends ${route ?? 'that path'} only to ${(allowed ?? []).join(', ') || 'no backend'}: a proxy may only use the backends of the request's route.`, invokeById.get(id), undefined, { id, path: e.body.path, backend: e.backend, route, allowed: allowed ?? [] }));
            }
        }
        const done = runs.filter(executed);
        if (first.body.method === 'POST' && done.length > 1) {
            twice.push(anomaly('post-executed-twice', `POST ${String(first.body.path)} (request ${JSON.stringify(id)}) executed ${done.length} times: ${done.map((e) => `on ${e.backend} at ${proxy_seconds(e.arrivedMs)}`).join(', ')}. A POST is not safe to repeat: a proxy must never retry one it may already have delivered (retry only when the backend refused it, error 11, or never received it).`, invokeById.get(id), undefined, { id, executions: done.map((e) => ({ backend: e.backend, arrivedMs: e.arrivedMs })) }));
        }
    }
    const posts = pairs.filter(({ invoke }) => proxy_valueOf(invoke.value).method === 'POST');
    const postsOk = posts.filter(({ complete }) => complete?.type === 'ok').length;
    const getLatencyMs = set_full_quantiles(getLatencies);
    const anomalies = [
        ...fakes.slice(0, proxy_EXAMPLES_MAX),
        ...misrouted.slice(0, proxy_EXAMPLES_MAX),
        ...twice.slice(0, proxy_EXAMPLES_MAX),
        ...falseDefinite.slice(0, proxy_EXAMPLES_MAX),
    ];
    const anyOk = pairs.some(({ complete }) => complete?.type === 'ok');
    const valid = anomalies.length > 0 ? false : anyOk ? true : 'unknown';
    return {
        valid,
        ...(valid === 'unknown' ? { reason: 'No request completed ok: there is nothing to check.' } : {}),
        anomalies,
        fabricatedCount: fakes.length,
        misroutedCount: misrouted.length,
        postDuplicateCount: twice.length,
        falseDefiniteCount: falseDefinite.length,
        ...(gets > 0 ? { getAvailability: getsOk / gets } : {}),
        ...(posts.length > 0 ? { postAvailability: postsOk / posts.length } : {}),
        ...(getLatencyMs === undefined ? {} : { getLatencyMs }),
        ...tailFigures(log, getLatencyMs?.['0.99']),
    };
}
/** The slow-backend bound of proxy/tail: 2 × the healthy backends' median service time + 50 ms. */
const TAIL_BOUND_FACTOR = 2;
const TAIL_BOUND_SLACK_MS = 50;
function tailFigures(log, getP99Ms) {
    const times = log.executions
        .filter((e) => e.type === 'request' && e.outcome === 'ok' && e.backend !== log.spec.slow)
        .map((e) => (e.endMs ?? e.arrivedMs) - e.arrivedMs);
    const median = set_full_quantiles(times)?.['0.5'];
    if (median === undefined) {
        return {};
    }
    const boundMs = TAIL_BOUND_FACTOR * median + TAIL_BOUND_SLACK_MS;
    return {
        backendMedianMs: median,
        getP99BoundMs: boundMs,
        ...(getP99Ms === undefined ? {} : { getP99OverBound: getP99Ms / boundMs }),
    };
}

;// CONCATENATED MODULE: ./src/checkers/mapreduce-stuck.ts

/** The share of its wait a job's compute must have been silent for to count as stuck. */
const QUIET_SHARE = 0.5;
/** Kill → restart windows from the nemesis operations of the history. */
function downWindows(history) {
    const windows = [];
    for (const op of history) {
        if (op.process !== 'nemesis' || op.type !== 'invoke') {
            continue;
        }
        const value = op.value;
        const nodes = Array.isArray(value?.nodes) ? value.nodes : [];
        const atMs = op.time / 1e6;
        for (const node of nodes.filter((n) => typeof n === 'string')) {
            if (op.f === 'kill') {
                windows.push({ node, fromMs: atMs, toMs: Infinity });
            }
            else if (op.f === 'start' && value?.kind === 'kill') {
                const open = windows.find((w) => w.node === node && w.toMs === Infinity);
                if (open !== undefined) {
                    open.toMs = atMs;
                }
            }
        }
    }
    return windows;
}
function killedDuring(down, node, fromMs, toMs) {
    return down.find((w) => w.node === node && w.fromMs >= fromMs && w.fromMs <= toMs);
}
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
/**
 * The kill that most likely took the missing part: a node killed while it was making calls of
 * that phase for this job (its last call before the kill), else any kill while the job ran
 * and compute calls were still being made.
 */
function culprit(job, ofPhase, down) {
    const lastMs = Math.max(job.invokeMs, ...ofPhase.map((c) => c.arrivedMs ?? 0));
    const during = down.filter((w) => w.fromMs <= lastMs + 1000 && w.toMs >= job.invokeMs);
    for (const w of during) {
        const before = ofPhase.filter((c) => c.src === w.node && (c.arrivedMs ?? Infinity) <= w.fromMs);
        const last = before[before.length - 1];
        if (last !== undefined && w.fromMs >= job.invokeMs) {
            return `; ${w.node}, which was running this job's ${String(last.phase)} calls (its last at ${s(last.arrivedMs ?? 0)}), was killed at ${s(w.fromMs)} and its tasks were never re-run`;
        }
    }
    const first = during[0];
    if (first === undefined) {
        return '';
    }
    const when = first.fromMs < job.invokeMs
        ? `was down (killed at ${s(first.fromMs)}) when the job began at ${s(job.invokeMs)}`
        : `was killed at ${s(first.fromMs)} while the job ran`;
    return `; ${first.node} ${when}, and a task sent to it was never re-run`;
}
/** The first part of the job never computed with its answer delivered, with its evidence. */
function missingPart(job, calls, down) {
    const delivered = (call) => call.outcome === 'ok' &&
        call.endMs !== undefined &&
        killedDuring(down, call.src, call.arrivedMs ?? 0, call.endMs) === undefined;
    const parts = [
        { phase: 'map', items: Object.keys(job.inputs), what: 'document' },
        { phase: 'reduce', items: Object.keys(sequentialResult(job.parsed, job.inputs)), what: 'key' },
    ];
    for (const { phase, items, what } of parts) {
        const ofPhase = calls.filter((c) => c.phase === phase);
        const done = new Set(ofPhase.filter(delivered).map((c) => c.item));
        const missing = items.filter((item) => !done.has(item));
        if (missing.length === 0) {
            continue;
        }
        const item = missing[0];
        const verb = phase === 'map' ? 'mapped' : 'reduced';
        const more = missing.length - 1;
        const count = more === 0 ? '' : ` (and ${more} more ${what}${more === 1 ? '' : 's'})`;
        const lost = ofPhase.find((c) => c.item === item && c.outcome === 'ok');
        const kill = lost === undefined
            ? undefined
            : killedDuring(down, lost.src, lost.arrivedMs ?? 0, lost.endMs ?? Infinity);
        if (lost !== undefined && kill !== undefined) {
            return `its ${phase} of ${what} "${item}" was running on ${lost.src}, killed at ${s(kill.fromMs)}, and was never re-run${count}`;
        }
        return `${what} "${item}" was never ${verb}${count}${culprit(job, ofPhase, down)}`;
    }
    return `every document was mapped and every key reduced, yet no job_ok was sent${lostResult(job, calls, down)}`;
}
/**
 * Every part was computed, but a worker killed after its last call of the job (before the
 * client gave up) may have taken a result with it that it never reported: name the latest such
 * call, whose result most likely died with the worker.
 */
function lostResult(job, calls, down) {
    let found;
    for (const call of calls) {
        if (call.outcome !== 'ok' || call.endMs === undefined) {
            continue;
        }
        const kill = down.find((w) => w.node === call.src &&
            w.fromMs >= call.endMs &&
            w.fromMs <= job.gaveUpMs &&
            !calls.some((c) => c.src === call.src &&
                (c.arrivedMs ?? 0) > call.endMs &&
                (c.arrivedMs ?? 0) < w.fromMs));
        if (kill !== undefined &&
            (found === undefined || call.endMs > (found.call.endMs ?? 0))) {
            found = { call, kill };
        }
    }
    if (found === undefined) {
        return '';
    }
    const { call, kill } = found;
    const item = call.item === undefined ? '' : ` of "${call.item}"`;
    return `: ${call.src} computed its ${String(call.phase)}${item} (done at ${s(call.endMs ?? 0)}) and was killed at ${s(kill.fromMs)}, so its result most likely died with it and the task was never re-run`;
}
/** Stuck jobs among those the client gave up on, each with a one-sentence anomaly. */
function stuckJobs(jobs, calls, history) {
    const down = downWindows(history);
    const anomalies = [];
    for (const job of jobs) {
        const inWindow = calls.filter((c) => (c.arrivedMs ?? -1) >= job.invokeMs && (c.arrivedMs ?? Infinity) <= job.gaveUpMs);
        const lastCallMs = Math.max(job.invokeMs, ...inWindow.map((c) => c.arrivedMs ?? 0));
        const waitedMs = job.gaveUpMs - job.invokeMs;
        const quietMs = job.gaveUpMs - lastCallMs;
        if (quietMs < QUIET_SHARE * waitedMs) {
            continue;
        }
        const evidence = missingPart(job, inWindow, down);
        anomalies.push({
            type: 'job-never-finished',
            message: `Job ${job.id} (${job.fn}) never completed: ${evidence}; its client waited ${s(waitedMs)} and no compute call was made for the last ${s(quietMs)} of it. A killed worker never answers: give each task a deadline and hand it to another worker when it passes.`,
            nodes: [],
            evidence: { job: job.id, waitedMs, quietMs },
        });
    }
    return anomalies;
}

;// CONCATENATED MODULE: ./src/checkers/mapreduce.ts
/**
 * Track 15's checks (the `mapreduce` workload): a job's output must equal the sequential
 * result exactly, and a job must finish soon after its parallel bound.
 *
 * - Output: the evidence for a wrong output is the first differing key (in sorted order) with
 *   the expected and the received value. A job never answered is not judged here (the
 *   completion figure does that); with no answered job the verdict is unknown, never valid.
 * - Completion: each job's parallel bound is the compute time it needs at the least (every
 *   document mapped once, every key reduced once: `jobWorkUnits` × ms per unit) over the nodes
 *   available while it ran — the node count less the node-time that pauses and kills (the
 *   nemesis's windows) took from the job's span: a node paused for all of it leaves four of
 *   five — re-executed and backup tasks do not raise it. `completionOverBound` is the worst
 *   job's completion time over its bound; a job never answered counts with the time its
 *   client waited (a lower bound of its completion, so a hung job always fails the target).
 *   Time-based: grading vouches for it (a starved harness makes it inconclusive, never a fail).
 * - Waiting for a paused worker: when the worst job had a stretch of at least WAIT_GAP_MS in
 *   which no node was computing anything, covered by one worker's pause and ended by its
 *   resume, the reason names it (the job waited for the paused worker's tasks). Evidence
 *   only: it changes no figure and no verdict.
 * - Spread: `maxNodeShare` is the busiest node's share of the compute service time executed.
 * - Stuck: a job never answered whose compute went silent for the second half of its client's
 *   wait (mapreduce-stuck.ts) makes the run invalid with a one-sentence reason naming the
 *   part never computed (and the worker killed while running it): not a timing verdict, so it
 *   fails whatever the machine's load. `jobsStuck` counts them.
 */



function checkJobOutputs(jobs) {
    if (jobs.length === 0) {
        return {
            valid: 'unknown',
            reason: 'No job was answered, so no output could be checked.',
            anomalies: [],
            outputMatches: 'unknown',
        };
    }
    const anomalies = [];
    for (const job of jobs) {
        const fn = parseFn(job.fn);
        if (typeof fn === 'string') {
            continue;
        }
        const expected = sequentialResult(fn, job.inputs);
        if (typeof job.output !== 'object' || job.output === null || Array.isArray(job.output)) {
            anomalies.push({
                type: 'malformed-output',
                message: `${job.node} answered job ${job.id} (${job.fn}) with output ${JSON.stringify(job.output)}, not an object from key to value.`,
                nodes: [job.node],
            });
            continue;
        }
        const difference = firstDifference(expected, job.output);
        if (difference !== null) {
            const show = (v) => (v === undefined ? 'no entry' : JSON.stringify(v));
            anomalies.push({
                type: 'wrong-output',
                message: `${job.node} answered job ${job.id} (${job.fn}) with ${show(difference.got)} for key "${difference.key}", where running the job sequentially gives ${show(difference.expected)}: a map task counted twice or not at all, or a key reduced by two reducers, changes the output.`,
                nodes: [job.node],
                evidence: { job: job.id, ...difference },
            });
        }
    }
    const valid = anomalies.length === 0;
    return { valid, anomalies, outputMatches: valid };
}
/**
 * Completion against the parallel bound. Time-based: a stage criterion on it must go through
 * the harness's vouching rule (a starved machine makes it inconclusive, never a failure).
 */
function completionFigures(calls, nodeCount, completionMs) {
    const perNode = new Map();
    let total = 0;
    for (const call of calls) {
        if (call.outcome !== 'ok') {
            continue;
        }
        total += call.serviceMs;
        perNode.set(call.src, (perNode.get(call.src) ?? 0) + call.serviceMs);
    }
    if (total <= 0 || nodeCount <= 0) {
        return { parallelBoundMs: 0, completionOverBound: null, maxNodeShare: null };
    }
    const parallelBoundMs = total / nodeCount;
    return {
        parallelBoundMs,
        completionOverBound: completionMs / parallelBoundMs,
        maxNodeShare: Math.max(...perNode.values()) / total,
    };
}
/** Faults that take a node's compute away while they last. */
const UNAVAILABLE_KINDS = new Set(['pause', 'kill']);
/**
 * The mean number of nodes not paused or down over [startNs, endNs]: the node count less the
 * node-time of the overlapping pause and kill windows over the span (at least 1).
 */
function availableNodes(windows, startNs, endNs, nodeCount) {
    const span = endNs - startNs;
    if (span <= 0) {
        return Math.max(1, nodeCount);
    }
    let lostNs = 0;
    for (const w of windows) {
        if (!UNAVAILABLE_KINDS.has(w.kind)) {
            continue;
        }
        const overlap = Math.min(endNs, w.endNs) - Math.max(startNs, w.startNs);
        if (overlap > 0) {
            lostNs += overlap * Math.max(1, w.nodes.length);
        }
    }
    return Math.max(1, Math.min(nodeCount, nodeCount - lostNs / span));
}
function jobRuns(history, input) {
    const windows = faultWindows(history);
    const runs = [];
    for (const { invoke, complete } of types_pairOps(history)) {
        if (invoke.f !== 'job' || complete === undefined) {
            continue;
        }
        const job = invoke.value;
        const fn = parseFn(job.fn);
        const units = typeof fn === 'string' ? 0 : jobWorkUnits(fn, job.inputs);
        const answered = complete.type === 'ok';
        const available = availableNodes(windows, invoke.time, complete.time, input.nodeCount);
        runs.push({
            id: job.id,
            fn: job.fn,
            inputs: job.inputs,
            node: invoke.node ?? '?',
            invokeMs: invoke.time / 1e6,
            waitedMs: (complete.time - invoke.time) / 1e6,
            answered,
            output: answered ? complete.value?.output : undefined,
            boundMs: (units * input.msPerUnit) / available,
            availableNodes: available,
        });
    }
    return runs;
}
/** The shortest compute-idle stretch of a job that names a pause it waited for. */
const WAIT_GAP_MS = 500;
/** The stretch ends at most this long after the pause's resume (the worker's answer). */
const RESUME_SLACK_MS = 250;
/**
 * The sentence naming a pause the job waited for: the longest stretch of the job's span in
 * which no node had a compute call running, when it lasted at least WAIT_GAP_MS, began while
 * one worker was paused and ended within RESUME_SLACK_MS of that worker's resume — the job
 * was not done, yet nothing was computed until the paused worker could answer. Undefined when
 * no stretch fits.
 */
function waitedForPause(job, calls, windows) {
    const endMs = job.invokeMs + job.waitedMs;
    const spans = calls
        .filter((c) => c.outcome === 'ok' && c.arrivedMs !== undefined && c.endMs !== undefined)
        .map((c) => [c.arrivedMs, c.endMs])
        .filter(([from, to]) => to > job.invokeMs && from < endMs)
        .sort((a, b) => a[0] - b[0]);
    let gap;
    let busyUntil = job.invokeMs;
    for (const [from, to] of spans) {
        if (from - busyUntil >= WAIT_GAP_MS &&
            (gap === undefined || from - busyUntil > gap.toMs - gap.fromMs)) {
            gap = { fromMs: busyUntil, toMs: from };
        }
        busyUntil = Math.max(busyUntil, to);
    }
    if (gap === undefined) {
        return undefined;
    }
    const { fromMs, toMs } = gap;
    const pause = windows.find((w) => w.kind === 'pause' &&
        w.startNs / 1e6 <= fromMs &&
        w.endNs / 1e6 <= toMs &&
        toMs - w.endNs / 1e6 <= RESUME_SLACK_MS);
    if (pause === undefined) {
        return undefined;
    }
    const who = listWorkers(pause.nodes);
    return `From ${mapreduce_seconds(fromMs)} to ${mapreduce_seconds(toMs)} no node computed anything for job ${job.id}, though it was not done: ${who} ${pause.nodes.length === 1 ? 'was' : 'were'} paused (SIGSTOP) from ${mapreduce_seconds(pause.startNs / 1e6)} holding some of its tasks, and the job went on only when ${who} resumed at ${mapreduce_seconds(pause.endNs / 1e6)}. A paused worker is slow, not dead: run its tasks on another worker (a backup copy) rather than wait for it.`;
}
function listWorkers(nodes) {
    return nodes.length <= 1
        ? (nodes[0] ?? 'a worker')
        : `${nodes.slice(0, -1).join(', ')} and ${nodes[nodes.length - 1]}`;
}
function nodesWord(available, nodeCount) {
    return available >= nodeCount
        ? `${nodeCount} nodes`
        : `the ${available.toFixed(1)} of ${nodeCount} nodes not paused or down on average while it ran`;
}
function mapreduce_seconds(ms) {
    return `${(ms / 1000).toFixed(2)} s`;
}
/** Output, completion against the parallel bound, and spread over nodes, for every job. */
function checkMapReduce(history, input) {
    const runs = jobRuns(history, input);
    const answered = runs.filter((run) => run.answered);
    const outputs = checkJobOutputs(answered.map((run) => ({
        id: run.id,
        node: run.node,
        fn: run.fn,
        inputs: run.inputs,
        output: run.output,
    })));
    const stuck = stuckJobs(runs.flatMap((run) => {
        const parsed = parseFn(run.fn);
        return run.answered || typeof parsed === 'string'
            ? []
            : [{ ...run, parsed, gaveUpMs: run.invokeMs + run.waitedMs }];
    }), input.calls ?? [], history);
    const timed = runs.filter((run) => run.boundMs > 0);
    const worst = timed.reduce((a, b) => (a === undefined || b.waitedMs / b.boundMs > a.waitedMs / a.boundMs ? b : a), undefined);
    const spread = completionFigures(input.calls ?? [], input.nodeCount, 0);
    const waited = worst === undefined
        ? undefined
        : waitedForPause(worst, input.calls ?? [], faultWindows(history));
    const ratio = worst === undefined ? null : worst.waitedMs / worst.boundMs;
    const share = spread.maxNodeShare;
    const reasons = [];
    if (worst !== undefined && ratio !== null) {
        const how = worst.answered
            ? 'was answered after'
            : 'was never answered; its client gave up after';
        reasons.push(`Job ${worst.id} (${worst.fn}, ${Object.keys(worst.inputs).length} documents) ${how} ${mapreduce_seconds(worst.waitedMs)}, ${ratio.toFixed(2)} × its parallel bound of ${mapreduce_seconds(worst.boundMs)} (its compute work over ${nodesWord(worst.availableNodes, input.nodeCount)}).`);
        if (waited !== undefined) {
            reasons.push(waited);
        }
    }
    if (share !== null) {
        reasons.push(`The busiest node made ${(share * 100).toFixed(0)} % of the compute service time (an even spread is ${(100 / Math.max(1, input.nodeCount)).toFixed(0)} %).`);
    }
    const valid = stuck.length > 0 ? false : outputs.valid;
    return {
        ...outputs,
        valid,
        anomalies: [...stuck, ...outputs.anomalies],
        reason: [...stuck.map((a) => a.message), outputs.reason, ...reasons]
            .filter((r) => r !== undefined)
            .join(' '),
        jobs: runs.length,
        jobsStuck: stuck.length,
        jobsAnswered: answered.length,
        completionOverBound: ratio,
        parallelBoundMs: worst === undefined ? null : worst.boundMs,
        completionMs: worst === undefined ? null : worst.waitedMs,
        maxNodeShare: share,
        computeCalls: (input.calls ?? []).filter((c) => c.outcome === 'ok').length,
        computeRefused: (input.calls ?? []).filter((c) => c.outcome === 'refused').length,
    };
}

;// CONCATENATED MODULE: ./src/checkers/bounded-staleness.ts
/**
 * The bounded-staleness checker (issue 16, track 9 `cache/bounded-staleness`): every read of
 * a key returns a value that was current at some instant in [invoke − Δ, complete]. A pure
 * function of a history of `read` / `write` ops on keys (`key`, `value`), values unique per
 * key (the cache workload writes fresh values), the register starting at `null`.
 *
 * Sound, never accusing a correct store: a value is charged only with what is certain.
 * - A value v written by w may be current from w's invocation on.
 * - v is certainly no longer current once an `ok` write w′ of another value that began after
 *   w completed has itself completed (real-time order puts w′ after w, and v is never written
 *   again). `fail` writes never happened; `info` writes may never have happened, so neither
 *   ever ends a value's currency. The initial `null` ends with the first `ok` write.
 * - A read of v is stale when v's currency certainly ended before `invoke − Δ`; it is a
 *   future read when v's only write began after the read completed; a read of a value nobody
 *   wrote is a garbage read. Each anomaly names the read, the write of v and the overwriting
 *   write (`ops`, times).
 * - Reads that did not complete `ok` constrain nothing. A key written twice with the same
 *   value makes the check of that key `unknown` (uniqueness is what makes it exact).
 *
 * `staleness` figures: how far before the read's invocation the returned value's currency
 * certainly ended (0 when it may still have been current), as quantiles in ms.
 */



const DEFAULT_DELTA_MS = 500;
const bounded_staleness_EXAMPLES_MAX = 5;
const MS = 1e6;
function bounded_staleness_seconds(ns) {
    return `${(ns / 1e9).toFixed(3)} s`;
}
function emptyKey() {
    return { byValue: new Map(), okWrites: [], duplicated: false };
}
function collectWrites(pairs, writeF) {
    const keys = new Map();
    for (const pair of pairs) {
        if (pair.invoke.f !== writeF || pair.complete?.type === 'fail') {
            continue;
        }
        const key = canonicalJson(pair.invoke.key);
        const entry = keys.get(key) ?? emptyKey();
        keys.set(key, entry);
        const value = canonicalJson(pair.invoke.value);
        const okEndNs = pair.complete?.type === 'ok' ? pair.complete.time : undefined;
        const write = { pair, startNs: pair.invoke.time, okEndNs };
        if (entry.byValue.has(value)) {
            entry.duplicated = true;
        }
        entry.byValue.set(value, write);
        if (okEndNs !== undefined) {
            entry.okWrites.push(write);
        }
    }
    return keys;
}
/** When v's currency certainly ended, and the write that ended it (none: never certainly). */
function currencyEnd(writes, own) {
    let best;
    const afterNs = own === undefined ? -1 : own.okEndNs;
    if (afterNs === undefined) {
        return undefined; // v's write may still be in flight for ever: nothing is certain after it
    }
    for (const w of writes.okWrites) {
        if (w === own || w.startNs <= afterNs) {
            continue;
        }
        const endNs = w.okEndNs;
        if (best === undefined || endNs < best.endNs) {
            best = { endNs, by: w };
        }
    }
    return best;
}
function describeRead(read) {
    const node = read.invoke.node === undefined ? '' : ` on ${read.invoke.node}`;
    const end = read.complete?.time ?? read.invoke.time;
    return `The read of key ${JSON.stringify(read.invoke.key)}${node} at ${bounded_staleness_seconds(read.invoke.time)}–${bounded_staleness_seconds(end)} returned ${JSON.stringify(read.complete?.value ?? null)}`;
}
function checkBoundedStaleness(history, options = {}) {
    const deltaNs = (options.deltaMs ?? DEFAULT_DELTA_MS) * MS;
    const readF = options.readF ?? 'read';
    const pairs = types_pairOps(history);
    const keys = collectWrites(pairs, options.writeF ?? 'write');
    const anomalies = [];
    const staleness = [];
    let readCount = 0;
    let staleCount = 0;
    const uncheckable = new Set();
    for (const read of pairs) {
        if (read.invoke.f !== readF || read.complete?.type !== 'ok') {
            continue;
        }
        const key = canonicalJson(read.invoke.key);
        const writes = keys.get(key) ?? emptyKey();
        if (writes.duplicated) {
            uncheckable.add(key);
            continue;
        }
        readCount++;
        const value = read.complete.value ?? null;
        const own = value === null ? undefined : writes.byValue.get(canonicalJson(value));
        const anomaly = judge(read, value, own, writes, deltaNs, staleness);
        if (anomaly !== undefined) {
            staleCount++;
            if (anomalies.length < bounded_staleness_EXAMPLES_MAX) {
                anomalies.push(anomaly);
            }
        }
    }
    const valid = anomalies.length > 0 ? false : uncheckable.size > 0 || readCount === 0 ? 'unknown' : true;
    return {
        valid,
        ...(valid === 'unknown'
            ? {
                reason: readCount === 0
                    ? 'No read completed ok: there is nothing to check.'
                    : `Keys ${[...uncheckable].slice(0, 3).join(', ')} were written twice with the same value, so which write a read saw cannot be told.`,
            }
            : {}),
        anomalies,
        deltaMs: deltaNs / MS,
        readCount,
        staleCount,
        ...(staleness.length === 0 ? {} : { stalenessMs: set_full_quantiles(staleness) }),
    };
}
function judge(read, value, own, writes, deltaNs, staleness) {
    const complete = read.complete;
    const readOps = [read.invoke.index, complete.index];
    const nodes = read.invoke.node === undefined ? {} : { nodes: [read.invoke.node] };
    if (value !== null && own === undefined) {
        return {
            type: 'garbage-read',
            message: `${describeRead(read)}, a value no client ever wrote to that key.`,
            ops: readOps,
            ...nodes,
            timeNs: [read.invoke.time, complete.time],
        };
    }
    if (own !== undefined && own.startNs > complete.time) {
        return {
            type: 'future-read',
            message: `${describeRead(read)}, but that value was only written at ${bounded_staleness_seconds(own.startNs)}, after the read completed.`,
            ops: [...readOps, own.pair.invoke.index],
            ...nodes,
            timeNs: [read.invoke.time, own.startNs],
        };
    }
    const end = currencyEnd(writes, own);
    const lateNs = end === undefined ? 0 : Math.max(0, read.invoke.time - end.endNs);
    staleness.push(lateNs / MS);
    if (end === undefined || end.endNs >= read.invoke.time - deltaNs) {
        return undefined;
    }
    const by = end.by.pair;
    const written = own === undefined ? 'the initial null' : `written at ${bounded_staleness_seconds(own.startNs)}`;
    const through = by.invoke.node === undefined ? '' : ` through ${by.invoke.node}`;
    const involved = [read.invoke.node, by.invoke.node].filter((n) => n !== undefined);
    return {
        type: 'stale-read',
        message: `${describeRead(read)} (${written}), but the write of ${JSON.stringify(by.invoke.value)}${through} had replaced it by ${bounded_staleness_seconds(end.endNs)}, ${(lateNs / MS).toFixed(0)} ms before the read began: a read may return a value at most ${(deltaNs / MS).toFixed(0)} ms stale (bounded staleness).`,
        ops: [
            ...readOps,
            ...(own === undefined ? [] : [own.pair.invoke.index]),
            by.invoke.index,
            by.complete.index,
        ],
        ...(involved.length === 0 ? {} : { nodes: [...new Set(involved)] }),
        timeNs: [end.endNs, complete.time],
        evidence: {
            read: readOps,
            overwrittenBy: [by.invoke.index, by.complete.index],
            stalenessMs: lateNs / MS,
        },
    };
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
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
/** Lanes 1 and 2 of a string's polynomial hash (h ← h·B + c, from 0). */
function stringHashes(text) {
    let h1 = 0;
    let h2 = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        h1 = (Math.imul(h1, HASH_B1) + c) | 0;
        h2 = (Math.imul(h2, HASH_B2) + c) | 0;
    }
    return [h1, h2];
}
/** B1^n and B2^n (mod 2^32): hash(s + t) = hash(s)·B^|t| + hash(t), per lane. */
function hashPowers(n) {
    let p1 = 1;
    let p2 = 1;
    for (let i = 0; i < n; i++) {
        p1 = Math.imul(p1, HASH_B1);
        p2 = Math.imul(p2, HASH_B2);
    }
    return [p1, p2];
}
function mixLanes(h1, h2) {
    let h = h1 ^ Math.imul(h2, 0x9e3779b1);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    return h;
}
/** Interns JSON values (states) to small integers; 0 is null. */
class StateTable {
    values = [null];
    /** A rough count of the memory the interned states hold (for the search's memory cap). */
    bytes = 0;
    /**
     * Per state: the length of a string state (-1 for other states) and its two hash lanes
     * (0 for other states). Read directly by the search's hot loop.
     */
    lengths = [-1];
    // -0 makes these arrays hold doubles from the start: a first hash beyond 31 bits would
    // otherwise change their element kind mid-search and discard the search's optimized code.
    hash1 = [-0];
    hash2 = [-0];
    ids = new Map([['null', 0]]);
    /** String states by hash: open addressing over (id + 1), load ≤ 0.5. */
    slots = new Int32Array(1024);
    strings = 0;
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
        const text = canonicalJson(value === undefined ? null : value);
        let id = this.ids.get(text);
        if (id === undefined) {
            id = this.push(value === undefined ? null : value, -1, 0, 0);
            this.ids.set(text, id);
        }
        return id;
    }
    push(value, length, h1, h2) {
        const id = this.values.length;
        this.values.push(value);
        this.lengths.push(length);
        this.hash1.push(h1);
        this.hash2.push(h2);
        return id;
    }
    /**
     * Strings are interned by a two-lane polynomial hash kept per state, so an append's
     * result is found from its base state's hash in O(1) — no hashing of the whole (growing)
     * string. Equal hashes are confirmed by comparing the strings.
     */
    internString(value) {
        const [h1, h2] = stringHashes(value);
        const slot = this.find(h1, h2, value.length, (id) => this.values[id] === value);
        return slot < 0 ? this.add(value, h1, h2, ~slot) : this.slots[slot] - 1;
    }
    /** The base string an append extends: a string state, or "" for null, or the text of a number. */
    baseOf(state) {
        if (this.lengths[state] >= 0) {
            return state;
        }
        const current = this.values[state];
        return this.internString(current === null ? '' : String(current));
    }
    /** The state after appending `text` to state `state` (null counts as ""). */
    appendString(state, text) {
        const [t1, t2] = stringHashes(text);
        const [p1, p2] = hashPowers(text.length);
        return this.appendHashed(state, text, t1, t2, p1, p2);
    }
    /**
     * `appendString` with the text's hash lanes (`t1`, `t2`) and B^|text| (`p1`, `p2`) given:
     * O(1) plus one string comparison when the result already exists.
     */
    appendHashed(state, text, t1, t2, p1, p2) {
        const base = this.baseOf(state);
        const h1 = (Math.imul(this.hash1[base], p1) + t1) | 0;
        const h2 = (Math.imul(this.hash2[base], p2) + t2) | 0;
        const length = this.lengths[base] + text.length;
        const prefix = this.values[base];
        const slot = this.find(h1, h2, length, (id) => {
            const v = this.values[id];
            return v.startsWith(prefix) && v.endsWith(text);
        });
        return slot < 0 ? this.add(prefix + text, h1, h2, ~slot) : this.slots[slot] - 1;
    }
    /** The slot holding an equal string, or ~(the empty slot where it belongs). */
    find(h1, h2, length, same) {
        const mask = this.slots.length - 1;
        let slot = mixLanes(h1, h2) & mask;
        for (;;) {
            const stored = this.slots[slot];
            if (stored === 0) {
                return ~slot;
            }
            const id = stored - 1;
            if (this.hash1[id] === h1 &&
                this.hash2[id] === h2 &&
                this.lengths[id] === length &&
                same(id)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }
    add(value, h1, h2, slot) {
        this.bytes += 2 * value.length + STATE_OVERHEAD_BYTES;
        const id = this.push(value, value.length, h1, h2);
        this.slots[slot] = id + 1;
        if (++this.strings * 2 > this.slots.length) {
            this.rehash();
        }
        return id;
    }
    rehash() {
        const slots = new Int32Array(this.slots.length * 2);
        const mask = slots.length - 1;
        for (let id = 0; id < this.values.length; id++) {
            if (this.lengths[id] < 0) {
                continue;
            }
            let slot = mixLanes(this.hash1[id], this.hash2[id]) & mask;
            while (slots[slot] !== 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id + 1;
        }
        this.slots = slots;
    }
    get size() {
        return this.values.length;
    }
    /** Lane 1 of a string state's hash, as `appendString` extends it (string states only). */
    stringHash(id) {
        return this.hash1[id];
    }
    /**
     * Lane 1 of the hash of every prefix of a string state (index = prefix length), or
     * undefined for other states. A string s is a prefix of this state only if
     * `prefixes[s.length]` equals s's hash: a mismatch proves it is not.
     */
    prefixHashes(id) {
        const value = this.values[id];
        if (typeof value !== 'string') {
            return undefined;
        }
        const out = new Int32Array(value.length + 1);
        let h = 0;
        for (let i = 0; i < value.length; i++) {
            h = (Math.imul(h, HASH_B1) + value.charCodeAt(i)) | 0;
            out[i + 1] = h;
        }
        return out;
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
    for (const { invoke, complete } of types_pairOps(history)) {
        const shape = shapeOf(invoke, complete, states, semantics === 'knossos');
        if (shape === 'ignored') {
            ignored++;
            continue;
        }
        if (shape === undefined) {
            dropped++;
            continue;
        }
        const keyText = invoke.key === undefined ? '' : canonicalJson(invoke.key);
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
function evidence_show(value) {
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
            return `${op.invoke.f} of ${k} returned ${evidence_show(states.values[op.arg1])}`;
        case KIND_WRITE:
            return `${op.invoke.f} of ${evidence_show(v)} to ${k}${op.optional ? ' (outcome unknown)' : ''}`;
        case KIND_CAS:
            return `cas ${evidence_show(states.values[op.arg1])}→${evidence_show(states.values[op.arg2])} on ${k}${op.optional ? ' (outcome unknown)' : ''}`;
        case KIND_CAS_FAIL:
            return `failed cas ${evidence_show(states.values[op.arg1])}→${Array.isArray(v) && v.length === 2 ? evidence_show(v[1]) : '…'} on ${k}`;
        case KIND_APPEND:
            return `append of ${evidence_show(v)} to ${k}${op.optional ? ' (outcome unknown)' : ''}`;
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
/**
 * The latest ok read of another value that completed before `read` began and began after
 * every op that could have produced the value read (the pre-pass' read barrier): the register
 * was seen at another value after every producer, and nothing brought the value back.
 */
function seenBefore(read, key, writers) {
    let found;
    for (const r of key.ops) {
        if (r.kind !== KIND_READ || r.optional || r.arg2 >= 0 || r === read) {
            continue;
        }
        if (r.arg1 === read.arg1 || r.arg1 === read.arg2 || r.returnPos >= read.callPos) {
            continue;
        }
        if (!writers.every((p) => p.returnPos < r.callPos)) {
            continue;
        }
        if (found === undefined || r.returnPos > found.returnPos) {
            found = r;
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
        return `${head}, but ${done}, and every write of ${evidence_show(states.values[op.arg1])} ended before that one started: the read returned a stale value.`;
    }
    const seen = appends || neverWritten ? undefined : seenBefore(op, key, writers);
    if (seen !== undefined) {
        const earlier = `a ${describeOp(seen, key, states)} at ${formatWhen(seen.complete ?? seen.invoke, timed)}, before this read began`;
        if (op.arg1 === 0) {
            return `${head}, but ${earlier}; nothing writes null back: a read of null after a read of a value is a violation.`;
        }
        return `${head}, but ${earlier}, and every write of ${evidence_show(states.values[op.arg1])} ended before that read started: the read returned a stale value.`;
    }
    if (appends) {
        return `${head}, but ${tail}`;
    }
    if (neverWritten) {
        return `${head}, but no operation ever wrote ${evidence_show(states.values[op.arg1])}.`;
    }
    const first = writers[0];
    if (first !== undefined && writers.every((w) => w.callPos > op.returnPos)) {
        const which = writers.length === 1 ? 'the only write' : 'the first write';
        return `${head}, but ${which} of ${evidence_show(states.values[op.arg1])} began at ${formatWhen(first.invoke, timed)}.`;
    }
    return `${head}, but ${tail}`;
}
/** One plain sentence for the anomaly. */
function sentence(key, states, dead, stateBefore, timed) {
    const op = key.ops[dead.blocking];
    const lastId = dead.partial.at(-1);
    const last = lastId === undefined ? undefined : key.ops[lastId];
    const after = last === undefined ? 'from the start' : `after ${describeOp(last, key, states)}`;
    const tail = `no order of the operations concurrent with it explains that: the longest valid order (${dead.partial.length} of ${key.ops.length} ops) leaves the value ${evidence_show(stateBefore)} ${after}.`;
    if (op.kind === KIND_READ) {
        return readSentence(op, key, states, timed, tail);
    }
    const when = formatWhen(op.complete ?? op.invoke, timed);
    if (op.kind === KIND_CAS) {
        const appends = key.ops.some((o) => o.kind === KIND_APPEND);
        const writers = producersOf(key, op.arg1).filter((w) => w !== op);
        const over = appends ? undefined : overwrittenBefore(op, key, writers, [op.arg1]);
        const from = evidence_show(states.values[op.arg1]);
        const reason = over === undefined
            ? tail
            : `${describeOp(over, key, states)} had completed at ${formatWhen(over.complete ?? over.invoke, timed)}, before the cas began, and every write of ${from} ended before that one started: the cas compared against a stale value.`;
        return `${describeOp(op, key, states)} succeeded at ${when}, so the value was ${from} then, but ${reason}`;
    }
    if (op.kind === KIND_CAS_FAIL) {
        return `${describeOp(op, key, states)} failed at ${when}, so the value was not ${evidence_show(states.values[op.arg1])} at some instant, but ${tail}`;
    }
    return `${describeOp(op, key, states)} completed at ${when}, but ${tail}`;
}
const CONCEPT = ' Linearizability requires every operation to take effect at one instant between its invocation and its completion.';
/**
 * A read of a value no operation that may have taken effect ever produced (garbage-read):
 * the minimal evidence of that key's violation, under every consistency model.
 */
function garbageReadAnomaly(op, key, states, timed) {
    const end = op.complete ?? op.invoke;
    const read = states.values[op.arg1];
    return {
        type: 'garbage-read',
        message: `${describeOp(op, key, states)} at ${formatWhen(end, timed)}, but no operation ever wrote ` +
            `${evidence_show(read)} (counting every write or cas that may have taken effect): a garbage read. A ` +
            'read returns the initial value or a value a client wrote; inventing one is wrong under every ' +
            'consistency model.',
        ops: op.complete === undefined ? [op.invoke.index] : [op.invoke.index, op.complete.index],
        ...(op.invoke.node !== undefined ? { nodes: [op.invoke.node] } : {}),
        timeNs: [op.invoke.time, end.time],
        evidence: { key: key.key ?? null, read, op: end.index },
    };
}
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
    const stale = staleness(key.ops);
    let found;
    for (const op of key.ops) {
        if (op.kind !== KIND_READ) {
            continue;
        }
        const states = op.arg2 >= 0 ? [op.arg1, op.arg2] : [op.arg1];
        const possible = states.some((s) => {
            const producer = firstProducer.get(s) ?? Infinity;
            if (producer >= op.returnPos) {
                // the initial null, while nothing has certainly changed it (nor been read otherwise)
                return s === 0 && firstChange > op.callPos && stale(0) >= op.callPos;
            }
            return stale(s) >= op.callPos;
        });
        if (!possible && (found === undefined || op.returnPos < found.returnPos)) {
            found = op;
        }
    }
    return found;
}
/**
 * For a state s: the earliest completion of an ok write or cas — or of an ok read of another
 * state — that began after every producer of s completed (Infinity if none, or if a producer's
 * outcome is unknown). A read of s that begins after that is stale: every producer of s is
 * ordered before that op, which left (or saw) the register at another state, and nothing can
 * bring s back. The reads make a read of null after a read of a value refutable in one pass,
 * however many crashed writes keep the search space huge (Figure 8's reads, docs/simulation.md).
 */
function staleness(ops) {
    const lastProducer = new Map([[0, -Infinity]]);
    for (const op of ops) {
        const state = produces(op);
        if (state >= 0) {
            lastProducer.set(state, Math.max(lastProducer.get(state) ?? -Infinity, op.returnPos));
        }
    }
    const setters = ops
        .filter((op) => !op.optional && (op.kind === KIND_WRITE || op.kind === KIND_CAS))
        .sort((a, b) => a.callPos - b.callPos);
    const calls = setters.map((op) => op.callPos);
    // earliest completion among setters[i…]
    const suffixMin = new Array(setters.length + 1).fill(Infinity);
    for (let i = setters.length - 1; i >= 0; i--) {
        suffixMin[i] = Math.min(suffixMin[i + 1], setters[i].returnPos);
    }
    const reads = ops.filter((op) => !op.optional && op.kind === KIND_READ && op.arg2 < 0);
    const readBarrier = new Map();
    const readBarrierOf = (state, after) => {
        let earliest = readBarrier.get(state);
        if (earliest === undefined) {
            earliest = Infinity;
            for (const read of reads) {
                if (read.callPos > after && read.arg1 !== state && read.returnPos < earliest) {
                    earliest = read.returnPos;
                }
            }
            readBarrier.set(state, earliest);
        }
        return earliest;
    };
    return (state) => {
        const after = lastProducer.get(state) ?? -Infinity;
        if (after === Infinity) {
            return Infinity;
        }
        return Math.min(setterBarrier(after), readBarrierOf(state, after));
    };
    function setterBarrier(after) {
        // the first setter that began after every producer of `state` completed
        let lo = 0;
        let hi = calls.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (calls[mid] > after) {
                hi = mid;
            }
            else {
                lo = mid + 1;
            }
        }
        return suffixMin[lo];
    }
}
/** Ok reads of a value no op of the key (that may have taken effect) produced, nor null. */
function garbageReads(key) {
    if (key.ops.some((op) => op.kind === KIND_APPEND)) {
        return [];
    }
    const produced = new Set([0]);
    for (const op of key.ops) {
        const state = produces(op);
        if (state >= 0) {
            produced.add(state);
        }
    }
    return key.ops.filter((op) => op.kind === KIND_READ &&
        !op.optional &&
        !produced.has(op.arg1) &&
        (op.arg2 < 0 || !produced.has(op.arg2)));
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
    /**
     * The two Zobrist lanes between `run` calls. Kept in a typed array: a plain field starts as
     * a small integer and changes representation at the first 32-bit value, which made V8
     * throw away its optimized `run` (a cold check cost 100× a warm one).
     */
    lanes = new Int32Array(2);
    /** A bounded direct-mapped cache of append transitions: (op, state) → state. */
    memoOp;
    memoState;
    memoResult;
    memoMask;
    /**
     * Append pruning (keys with appends). Appends only extend a string, reads and failed cas
     * leave it alone: so while no write or cas can come before the first read still to be
     * linearized (the one that completes first), that read's value must extend the current
     * string. If it cannot (a hash of prefixes proves it is not a prefix), the configuration
     * has no linearization and is cut at once, instead of after every order of the appends
     * concurrent with it was tried. A hash match never cuts, so a collision only costs time.
     */
    prune;
    /** Required reads by completion, and their completion positions. */
    readsByReturn;
    readReturn;
    /** Ops that may set the value (write, cas) by invocation, and their invocation positions. */
    settersByCall;
    setterCall;
    isSetter;
    /** Per read op: the prefix hashes of the value it returned (strings only). */
    readPrefixes;
    /** The first read not linearized (index into readsByReturn), per depth and now. */
    stackReadPtr;
    stackSetterPtr;
    readPtr = 0;
    setterPtr = 0;
    /** Per append op: its text's length, hash lanes and B^length (O(1) hashes of results). */
    textLength;
    textHash1;
    textHash2;
    textPow1;
    textPow2;
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
        this.prune = hasAppend;
        const reads = hasAppend ? ops.filter((op) => op.kind === KIND_READ && !op.optional) : [];
        reads.sort((a, b) => a.returnPos - b.returnPos);
        this.readsByReturn = Int32Array.from(reads, (op) => op.id);
        this.readReturn = Float64Array.from(reads, (op) => op.returnPos);
        const setters = hasAppend
            ? ops.filter((op) => op.kind === KIND_WRITE || op.kind === KIND_CAS)
            : [];
        setters.sort((a, b) => a.callPos - b.callPos);
        this.settersByCall = Int32Array.from(setters, (op) => op.id);
        this.setterCall = Float64Array.from(setters, (op) => op.callPos);
        this.isSetter = new Uint8Array(n);
        for (const op of setters) {
            this.isSetter[op.id] = 1;
        }
        this.readPrefixes = new Array(n);
        const prefixesOf = new Map();
        for (const op of reads) {
            if (!prefixesOf.has(op.arg1)) {
                prefixesOf.set(op.arg1, states.prefixHashes(op.arg1));
            }
            this.readPrefixes[op.id] = prefixesOf.get(op.arg1);
        }
        this.stackReadPtr = new Int32Array(hasAppend ? n : 0);
        this.stackSetterPtr = new Int32Array(hasAppend ? n : 0);
        const lanes = hasAppend ? n : 0;
        this.textLength = new Int32Array(lanes);
        this.textHash1 = new Int32Array(lanes);
        this.textHash2 = new Int32Array(lanes);
        this.textPow1 = new Int32Array(lanes);
        this.textPow2 = new Int32Array(lanes);
        for (const op of hasAppend ? ops : []) {
            if (op.kind === KIND_APPEND) {
                const [t1, t2] = stringHashes(op.text);
                const [p1, p2] = hashPowers(op.text.length);
                this.textLength[op.id] = op.text.length;
                this.textHash1[op.id] = t1;
                this.textHash2[op.id] = t2;
                this.textPow1[op.id] = p1;
                this.textPow2[op.id] = p2;
            }
        }
    }
    /**
     * Can the value read by `read` never be reached from string state `s` by appends alone?
     * True only when provably so (see `prune`).
     */
    unreachable(s, read) {
        const length = this.states.lengths[s];
        return length >= 0 && this.unreachableString(length, this.states.hash1[s], read);
    }
    /** `unreachable` for the string of `length` chars with hash lane 1 `h1` (interned or not). */
    unreachableString(length, h1, read) {
        // Appends to a string give strings: a read of anything else (null, a number) is out of reach.
        const prefixes = this.readPrefixes[read];
        return prefixes === undefined || length >= prefixes.length || prefixes[length] !== h1;
    }
    /** A configuration cut by the prune: note it as a dead end if it is the deepest so far. */
    recordPruned(op, read, depth) {
        this.bestDepth = depth + 1;
        const partial = [];
        for (let i = 0; i < depth; i++) {
            partial.push(this.entryOp[this.stackEntry[i]]);
        }
        partial.push(op);
        this.best = { partial, blocking: read, startState: this.initialState };
    }
    /** The state after applying an append (slow path: string states are interned). */
    append(op, state) {
        let slot = Math.imul(state, 0x9e3779b1) ^ Math.imul(op + 1, 0x85ebca6b);
        slot = (slot ^ (slot >>> 15)) & this.memoMask;
        if (this.memoOp[slot] === op && this.memoState[slot] === state) {
            return this.memoResult[slot];
        }
        const result = this.states.appendHashed(state, this.ops[op].text, this.textHash1[op], this.textHash2[op], this.textPow1[op], this.textPow2[op]);
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
        this.best = {
            partial,
            blocking: this.entryOp[returnEntry],
            startState: this.initialState,
        };
    }
    /** Advance the search by at most `maxSteps` iterations. */
    run(maxSteps) {
        if (this.status !== 'running') {
            return this.status;
        }
        return this.prune ? this.runPruned(maxSteps) : this.runPlain(maxSteps);
    }
    /** `run` for keys without appends: the loop without the append cut (measured faster). */
    runPlain(maxSteps) {
        const { next, isCall, entryOp, zA, zB, bits, cache, stackEntry, stackState } = this;
        const { kind, arg1, arg2, prev, returnEntry, enumerate, forced, stackForced } = this;
        let cursor = this.cursor;
        let state = this.state;
        let ha = this.lanes[0];
        let hb = this.lanes[1];
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
                bits[w] = bits[w] | bit;
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
                bits[w] = bits[w] & ~bit;
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
                bits[op >>> 5] = bits[op >>> 5] & ~(1 << (op & 31));
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
        this.lanes[0] = ha;
        this.lanes[1] = hb;
        this.depth = depth;
        return this.status;
    }
    /** `run` for keys with appends: the same loop, with the append cut (see `prune`). */
    runPruned(maxSteps) {
        const { next, isCall, entryOp, zA, zB, bits, cache, stackEntry, stackState } = this;
        const { kind, arg1, arg2, prev, returnEntry, enumerate, forced, stackForced } = this;
        const { prune, readsByReturn, readReturn, settersByCall, setterCall, isSetter } = this;
        const { stackReadPtr, stackSetterPtr, textLength, textHash1, textPow1 } = this;
        const { lengths, hash1 } = this.states;
        const nReads = readsByReturn.length;
        const nSetters = settersByCall.length;
        let readPtr = this.readPtr;
        let setterPtr = this.setterPtr;
        let cursor = this.cursor;
        let state = this.state;
        let ha = this.lanes[0];
        let hb = this.lanes[1];
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
                if (k === KIND_APPEND && readPtr < nReads) {
                    // Cut before interning: the result's length and hash come from the state's in O(1).
                    const base = state === 0 ? 0 : lengths[state];
                    if (base >= 0 &&
                        (setterPtr >= nSetters ||
                            setterCall[setterPtr] > readReturn[readPtr]) &&
                        this.unreachableString(base + textLength[op], (Math.imul(state === 0 ? 0 : hash1[state], textPow1[op]) +
                            textHash1[op]) |
                            0, readsByReturn[readPtr])) {
                        if (depth + 1 > this.bestDepth) {
                            this.recordPruned(op, readsByReturn[readPtr], depth);
                        }
                        cursor = next[cursor];
                        continue;
                    }
                }
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
                bits[w] = bits[w] | bit;
                let rp = readPtr;
                let sp = setterPtr;
                let alive = true;
                if (prune && k !== KIND_APPEND) {
                    if (k === KIND_READ) {
                        while (rp < nReads &&
                            (bits[readsByReturn[rp] >>> 5] &
                                (1 << (readsByReturn[rp] & 31))) !==
                                0) {
                            rp++;
                        }
                    }
                    else if (isSetter[op] === 1) {
                        while (sp < nSetters &&
                            (bits[settersByCall[sp] >>> 5] &
                                (1 << (settersByCall[sp] & 31))) !==
                                0) {
                            sp++;
                        }
                    }
                    if (rp < nReads &&
                        (sp >= nSetters || setterCall[sp] > readReturn[rp]) &&
                        this.unreachable(ns, readsByReturn[rp])) {
                        alive = false;
                        if (depth + 1 > this.bestDepth) {
                            this.recordPruned(op, readsByReturn[rp], depth);
                        }
                    }
                }
                const na = ha ^ zA[op];
                const nb = hb ^ zB[op];
                if (alive && cache.add(bits, na, nb, ns)) {
                    stackEntry[depth] = cursor;
                    stackState[depth] = state;
                    stackForced[depth] = forced[op];
                    if (prune) {
                        stackReadPtr[depth] = readPtr;
                        stackSetterPtr[depth] = setterPtr;
                        readPtr = rp;
                        setterPtr = sp;
                    }
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
                bits[w] = bits[w] & ~bit;
                if (forced[op] === 0) {
                    cursor = next[cursor];
                    continue;
                }
                // A forced op whose successor was already explored (or cut): this configuration is too.
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
                if (prune) {
                    readPtr = stackReadPtr[depth];
                    setterPtr = stackSetterPtr[depth];
                }
                const op = entryOp[e];
                bits[op >>> 5] = bits[op >>> 5] & ~(1 << (op & 31));
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
        this.lanes[0] = ha;
        this.lanes[1] = hb;
        this.depth = depth;
        this.readPtr = readPtr;
        this.setterPtr = setterPtr;
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
/**
 * The `linearizable` checker (interfaces.md §1.3): models `cas-register`, `register` and
 * `kv`, always checked per key (P-compositionality: a history is linearizable iff every
 * key's sub-history is).
 *
 * Pipeline per key: sound pre-pass (prepare.ts drops ops that cannot constrain anything;
 * prepass.ts refutes reads no order can explain, stale reads included), then one resumable
 * WGL search (search.ts; on keys with appends it cuts a configuration as soon as the next
 * read's value cannot extend the current string), or — for keys of ≥ 1000 ops — one search
 * per quiescent segment with a frontier of states (segments.ts). The memory cap defaults to
 * half the free memory (`defaultMaxCacheBytes`). All three models accept read/write/cas and
 * get/put/append; `register` and `cas-register` differ only in name (a superset).
 *
 * Scheduling: searches are interleaved round-robin with doubling step slices, so one
 * intractable key cannot hide an easy violation in another (checkers.md §6.1.4). The first
 * invalid key decides the verdict (unless `allKeys`); a search out of its step, time or
 * memory budget answers 'unknown' with the reason, never true; so does a history with no
 * operation left to check (empty, or every op ignored or dropped). Evidence (evidence.ts) comes
 * from the search's own deepest dead end, for at most 10 keys.
 */










const FIRST_SLICE_STEPS = 1024;
const MAX_SLICE_STEPS = 1 << 16;
/**
 * Steps spent on a key a pre-pass already refuted, to find a partial linearization (better
 * evidence than the proof alone): this many, or a few per op on a long key.
 */
const PREPASS_SEARCH_STEPS = 20_000;
const PREPASS_SEARCH_STEPS_PER_OP = 8;
const DEFAULT_SEGMENT_MIN_OPS = 1000;
/** Evidence for at most this many invalid keys (all of them are listed in `failures`). */
const ANOMALIES_MAX = 10;
/** Per-key results list every key up to this many keys; beyond, only keys not valid. */
const RESULTS_ALL_KEYS_MAX = 200;
const MIN_CACHE_BYTES = 256 * 1024 * 1024;
const MAX_CACHE_BYTES = 4 * 1024 * 1024 * 1024;
/**
 * The memory cap when none is given: half of what the machine (or the process' cgroup) has
 * free now, within [256 MiB, 4 GiB]. A fixed 512 MiB gave up on large histories after ~2 s
 * on machines with gigabytes free; half leaves room for the rest of the process.
 */
function defaultMaxCacheBytes() {
    const constrained = process.constrainedMemory();
    const cgroupFree = constrained > 0 && constrained < Number.MAX_SAFE_INTEGER
        ? constrained - process.memoryUsage().rss
        : Infinity;
    const free = Math.min((0,external_node_os_namespaceObject.freemem)(), cgroupFree);
    return Math.max(MIN_CACHE_BYTES, Math.min(MAX_CACHE_BYTES, Math.floor(free / 2)));
}
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
            if (budgetExpired(budget)) {
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
/** Why a history with no operation left to check is 'unknown'. */
function nothingToCheck(ignored, dropped) {
    const parts = [
        ignored > 0 ? `${ignored} operations of functions this model does not know were ignored` : '',
        dropped > 0
            ? `${dropped} operations that constrain nothing (failed, or indeterminate reads) were dropped`
            : '',
    ].filter((p) => p !== '');
    return `there is no operation to check${parts.length > 0 ? ` (${parts.join('; ')})` : ' (the history has no client operation)'}, so linearizability was not tested`;
}
/** Check a history for linearizability under `options.model`. */
function checkLinearizable(history, options, budget) {
    const model = options.model ?? 'cas-register';
    const prepared = prepareHistory(history, options.semantics);
    const maxBytes = options.maxCacheBytes ?? defaultMaxCacheBytes();
    const segmentMinOps = options.segmentMinOps ?? DEFAULT_SEGMENT_MIN_OPS;
    const jobs = prepared.keys.map((key) => {
        const segments = key.ops.length >= segmentMinOps ? splitSegments(key.ops) : [];
        const search = segments.length > 1
            ? new SegmentedSearch(segments, key.ops, prepared.states)
            : new WglSearch(key.ops, prepared.states);
        const impossible = impossibleRead(key);
        const evidenceSteps = Math.max(PREPASS_SEARCH_STEPS, PREPASS_SEARCH_STEPS_PER_OP * key.ops.length);
        if (impossible !== undefined && search.run(evidenceSteps) === 'running') {
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
            // A garbage read is the plainest evidence a key can have: name it instead of a dead end.
            const garbage = garbageReads(job.key)[0];
            anomalies.push(garbage !== undefined
                ? garbageReadAnomaly(garbage, job.key, prepared.states, timed)
                : notLinearizableAnomaly(job.key, job.search, prepared.states, model, timed));
        }
    }
    const opCount = jobs.reduce((sum, j) => sum + j.key.ops.length, 0);
    const valid = invalidKeys > 0
        ? false
        : opCount > 0 && jobs.every((j) => j.search.status === 'valid')
            ? true
            : 'unknown';
    const undecided = jobs.filter((j) => j.search.status !== 'valid' && j.search.status !== 'invalid');
    const reason = opCount === 0
        ? nothingToCheck(prepared.ignored, prepared.dropped)
        : unknownReason(outcome, undecided);
    return {
        valid,
        ...(valid === 'unknown' ? { reason } : {}),
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
/** The `--extra` keys of `dsgrade check --checker linearizable`. */
const LINEARIZABLE_EXTRAS = [
    {
        name: 'semantics',
        type: 'string',
        values: ['dsgrade', 'knossos'],
        default: 'dsgrade',
        meaning: "knossos: Maelstrom's reading (failed ops dropped, null reads always legal)",
    },
    {
        name: 'allKeys',
        aliases: ['all-keys'],
        type: 'boolean',
        default: 'false',
        meaning: 'keep checking every key after one is found invalid (diagnostics)',
    },
];
/** The registry entry (`dsgrade check --checker linearizable --model M`). */
const linearizableChecker = {
    name: 'linearizable',
    doc: 'per-key linearizability (WGL search) of read/write/cas or get/put/append ops (--model cas-register|register|kv)',
    extras: LINEARIZABLE_EXTRAS,
    check(history, options, budget) {
        const model = parseModel(options.model);
        if (model === undefined) {
            throw new errors_UsageError(`unknown --model ${JSON.stringify(options.model)} for the linearizable checker: use ${MODELS.join(', ')}`);
        }
        const semantics = options.extra?.semantics === 'knossos' ? 'knossos' : 'dsgrade';
        const allKeys = extraFlag(options.extra, LINEARIZABLE_EXTRAS[1]) === true;
        return checkLinearizable(history, { model, semantics, allKeys }, budget);
    },
};

;// CONCATENATED MODULE: ./src/metrics/contract.ts
/**
 * What a metric is: one figure a run, a workload's checker, an extra checker or grading puts
 * into results.json, named by the dotted path criteria use (`net.servers.msgsPerOp`,
 * `workload.stableLatencies.0.5`). Declared once, next to the code that produces it, and
 * collected in metrics/registry.ts.
 *
 * This file imports nothing, so any layer may declare metrics with it. It guarantees nothing
 * about values at run time; the track loader uses the declarations to reject criteria that
 * name a metric nobody produces or a threshold the metric can never meet.
 */
/** The quantile keys every latency distribution has (`0`, `0.5`, `0.95`, `0.99`, `1`). */
const QUANTILE_KEYS = ['0', '0.5', '0.95', '0.99', '1'];
const QUANTILE_NAMES = {
    '0': 'minimum',
    '0.5': 'median',
    '0.95': '95th percentile',
    '0.99': '99th percentile',
    '1': 'maximum',
};
/** One metric per quantile key: `<path>.0.5` = "median <what>". */
function quantileMetrics(path, what, unit, timeBased) {
    return QUANTILE_KEYS.map((key) => ({
        path: `${path}.${key}`,
        type: 'number',
        unit,
        meaning: `${QUANTILE_NAMES[key]} ${what}`,
        timeBased,
    }));
}
/** The same metrics under a prefix (a checker's figures under `workload.` or `checkers.x.`). */
function prefixMetrics(prefix, specs) {
    return specs.map((spec) => ({ ...spec, path: `${prefix}${spec.path}` }));
}
/** The range a numeric metric's values lie in. */
function metricRange(spec) {
    if (spec.range !== undefined) {
        return spec.range;
    }
    return spec.unit === 'fraction' ? [0, 1] : [0, Number.POSITIVE_INFINITY];
}

;// CONCATENATED MODULE: ./src/checkers/metrics.ts
/**
 * The figures each checker puts into its result, as paths relative to that result (the
 * workload's checker result lands under `workload.`, an extra checker's under
 * `checkers.<name>.`). Declared here, next to the checkers, and collected by
 * metrics/registry.ts. Add a line when a checker gains a figure that criteria may use.
 */

const VALID = {
    path: 'valid',
    type: 'validity',
    unit: '',
    meaning: "the checker's verdict: true, false or unknown",
    timeBased: false,
};
function count(path, meaning) {
    return { path, type: 'integer', unit: 'count', meaning, timeBased: false };
}
const ECHO_METRICS = [
    VALID,
    count('okCount', 'echo requests answered with the same echo'),
    count('errorCount', 'echo requests answered wrongly'),
];
const UNIQUE_IDS_METRICS = [
    VALID,
    count('attemptedCount', 'generate requests sent'),
    count('acknowledgedCount', 'generate requests answered with an id'),
    count('duplicatedCount', 'ids handed out more than once'),
];
const SET_FULL_METRICS = [
    VALID,
    count('attemptCount', 'elements added (acknowledged or not)'),
    count('stableCount', 'elements every later read contained'),
    count('lostCount', 'acknowledged elements a later read was missing for good'),
    count('neverReadCount', 'elements no read ever contained'),
    count('staleCount', 'elements that took a while to reach every read'),
    count('duplicatedCount', 'elements a read returned twice'),
    ...quantileMetrics('stableLatencies', 'time from an add to the moment every read contained it', 'ms', true),
    ...quantileMetrics('lostLatencies', 'time from an add to its loss', 'ms', true),
];
const COUNTER_METRICS = [
    VALID,
    {
        path: 'definite',
        type: 'integer',
        unit: '',
        meaning: 'the sum of the acknowledged adds',
        timeBased: false,
        range: [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
    },
];
const EXACTLY_ONCE_METRICS = [
    VALID,
    count('attemptedCount', 'appends sent'),
    count('acknowledgedCount', 'appends acknowledged'),
    count('infoCount', 'appends with an unknown outcome'),
    count('failCount', 'appends that definitely failed'),
    count('readCount', 'reads of the lists'),
    count('finalReadCount', 'final reads after recovery'),
    count('duplicatedCount', 'appended elements a read returned more than once'),
    count('lostCount', 'acknowledged appends missing from the final reads'),
];
const KAFKA_METRICS = [
    VALID,
    count('keyCount', 'logs (keys) written'),
    count('sendCount', 'send requests'),
    count('ackedSendCount', 'sends acknowledged with an offset'),
    count('pollCount', 'poll requests'),
    count('unseenCount', 'acknowledged sends no poll ever returned, though the final polls read past them'),
    count('unreachedCount', 'acknowledged sends never polled, beyond where the final polls got'),
    count('lostCommitCount', 'list_committed_offsets answers below a commit acknowledged before they were asked'),
];
const LINEARIZABLE_METRICS = [
    VALID,
    count('keyCount', 'keys checked'),
    count('steps', 'search steps the checker took'),
    count('ignoredOps', 'operations the checker ignored'),
    count('droppedOps', 'operations the checker dropped'),
];
const ELLE_METRICS = [
    VALID,
    count('txnCount', 'transactions checked'),
    count('edgeCount', 'dependency edges between transactions'),
];
/** The load-balance checker (issue 16): execution-log figures and client latencies. */
const LOAD_BALANCE_METRICS = [
    VALID,
    count('fabricatedCount', 'work_ok answers naming a backend that did not finish that job'),
    {
        path: 'deadBackendRequests',
        type: 'integer',
        unit: 'count',
        meaning: 'work requests that reached a crashed backend more than 1 s after its crash',
        timeBased: true,
    },
    {
        path: 'maxOverMeanLoad',
        type: 'number',
        unit: 'ratio',
        meaning: 'jobs executed by the busiest backend over the mean of all backends',
        timeBased: false,
        range: [1, Number.POSITIVE_INFINITY],
    },
    count('refusedCount', 'requests backends refused at capacity (error 11)'),
    ...quantileMetrics('latencyMs', 'time from a client work request to its work_ok', 'ms', true),
];
/** The proxy checker (issue 16, track 10). */
const PROXY_METRICS = [
    VALID,
    count('fabricatedCount', 'request_ok answers that no backend produced as given'),
    count('misroutedCount', 'requests executed on a backend outside their route'),
    count('postDuplicateCount', 'POST requests executed more than once'),
    count('falseDefiniteCount', 'POSTs failed with a definite error although executed'),
    {
        path: 'getAvailability',
        type: 'number',
        unit: 'fraction',
        meaning: 'GET requests answered request_ok over GET requests sent',
        timeBased: true,
        range: [0, 1],
    },
    {
        path: 'postAvailability',
        type: 'number',
        unit: 'fraction',
        meaning: 'POST requests answered request_ok over POST requests sent',
        timeBased: true,
        range: [0, 1],
    },
    ...quantileMetrics('getLatencyMs', 'time from a client GET to its request_ok', 'ms', true),
    {
        path: 'backendMedianMs',
        type: 'number',
        unit: 'ms',
        meaning: 'median service time of the requests the healthy (not slow) backends executed',
        timeBased: true,
    },
    {
        path: 'getP99BoundMs',
        type: 'number',
        unit: 'ms',
        meaning: 'the slow-backend bound on GET p99: 2 × backendMedianMs + 50 ms',
        timeBased: true,
    },
    {
        path: 'getP99OverBound',
        type: 'number',
        unit: 'ratio',
        meaning: 'GET p99 latency over getP99BoundMs (at most 1 is within the bound)',
        timeBased: true,
        range: [0, Number.POSITIVE_INFINITY],
    },
];
/** The bounded-staleness checker (issue 16): reads checked and how stale they were. */
const BOUNDED_STALENESS_METRICS = [
    VALID,
    count('readCount', 'reads checked'),
    count('staleCount', 'reads whose value had been replaced more than Δ before they began'),
    {
        path: 'deltaMs',
        type: 'number',
        unit: 'ms',
        meaning: 'Δ, the staleness a read is allowed',
        timeBased: false,
    },
    ...quantileMetrics('stalenessMs', 'how long before a read began its value had certainly been replaced', 'ms', true),
];
/** The mapreduce checker (track 15): output, completion against the parallel bound, spread. */
const MAPREDUCE_METRICS = [
    VALID,
    {
        path: 'outputMatches',
        type: 'validity',
        unit: '',
        meaning: 'every answered job_ok output equals the sequential result (unknown: none answered)',
        timeBased: false,
    },
    count('jobs', 'jobs submitted that completed or timed out'),
    count('jobsAnswered', 'jobs answered job_ok'),
    count('jobsStuck', 'jobs never answered whose compute went silent for the second half of the client’s wait (a part never computed is named)'),
    {
        path: 'completionOverBound',
        type: 'number',
        unit: 'ratio',
        meaning: "the worst job's completion time over its parallel bound (its compute work / nodes); an unanswered job counts with the time its client waited",
        timeBased: true,
    },
    {
        path: 'parallelBoundMs',
        type: 'number',
        unit: 'ms',
        meaning: "that job's parallel bound: the compute time it needs at the least, over the node count",
        timeBased: true,
    },
    {
        path: 'completionMs',
        type: 'number',
        unit: 'ms',
        meaning: "that job's completion time (or how long its client waited)",
        timeBased: true,
    },
    {
        path: 'maxNodeShare',
        type: 'number',
        unit: 'fraction',
        meaning: 'the busiest node’s share of the compute service time executed',
        timeBased: false,
        range: [0, 1],
    },
    count('computeCalls', 'compute calls executed'),
    count('computeRefused', 'compute calls refused (error 11: the node already had one running)'),
];

;// CONCATENATED MODULE: ./src/checkers/election/metrics.ts
const figure = (path, type, unit, meaning, timeBased) => ({ path, type, unit, meaning, timeBased });
const ELECTION_METRICS = [
    {
        path: 'valid',
        type: 'validity',
        unit: '',
        meaning: 'election safety and one vote per node per term held (false: two leaders in a term or a double vote)',
        timeBased: false,
    },
    figure('polls', 'integer', 'count', 'status polls answered with a well-formed belief', false),
    figure('pollsPerS', 'number', 'polls/s', 'status polls answered per second', true),
    figure('maxLeadersPerTerm', 'integer', 'count', 'most distinct nodes that claimed leadership of one term', false),
    figure('termsWithLeader', 'integer', 'count', 'terms in which some node claimed leadership', false),
    figure('firstLeaderS', 'number', 's', 'from every node answering init to the first leadership claim', true),
    figure('maxReelectionS', 'number', 's', 'worst time for a clean majority to show a leader of its highest term', true),
    figure('reelectionsAssessed', 'integer', 'count', 'clean-majority stretches judged for re-election', true),
    figure('quietTermStarts', 'integer', 'count', 'terms started while a healthy leader reached the candidate', true),
    figure('doubleVoteCount', 'integer', 'count', 'votes by one node in one term for two candidates (from the journal)', false),
    figure('voteRequestsSeen', 'integer', 'count', 'request_vote messages in the journal', false),
    figure('voteGrantsSeen', 'integer', 'count', 'request_vote_res messages granting a vote', false),
    figure('msgsPerNodeS', 'number', 'msgs/node/s', 'node-to-node messages per node per second', 
    // Heartbeats and retried vote requests follow the clock, as msgs/op do (run/metrics.ts).
    true),
];

;// CONCATENATED MODULE: ./src/checkers/election/epochs.ts
const OPENERS = new Set(['kill', 'pause']);
const CLOSERS = new Set(['start', 'resume']);
function nodesOf(op) {
    const value = op.value;
    return Array.isArray(value?.nodes) ? value.nodes.filter((n) => typeof n === 'string') : [];
}
function epochs_describe(op) {
    const value = op.value;
    return typeof value?.description === 'string' ? value.description : op.f;
}
function apply(state, op) {
    const f = op.f;
    if (f === 'start-partition') {
        const grudge = op.value?.grudge;
        state.grudge = new Map();
        for (const [dest, sources] of Object.entries(grudge ?? {})) {
            state.grudge.set(dest, new Set(Array.isArray(sources) ? sources : []));
        }
    }
    else if (f === 'stop-partition') {
        state.grudge = new Map();
    }
    else if (OPENERS.has(f)) {
        nodesOf(op).forEach((n) => state.down.add(n));
    }
    else if (CLOSERS.has(f)) {
        nodesOf(op).forEach((n) => state.down.delete(n));
    }
    else if (f.startsWith('start-')) {
        state.unknown++;
    }
    else if (f.startsWith('stop-')) {
        state.unknown = Math.max(0, state.unknown - 1);
    }
}
function hears(state, dest, source) {
    return !(state.grudge.get(dest)?.has(source) ?? false);
}
/** The clean majority of `state`, or undefined. */
function cleanMajority(state, nodeIds) {
    if (state.unknown > 0) {
        return undefined;
    }
    const up = nodeIds.filter((n) => !state.down.has(n));
    const linked = (a, b) => hears(state, a, b) && hears(state, b, a);
    for (const seed of up) {
        const group = up.filter((n) => n === seed || linked(seed, n));
        if (group.length * 2 <= nodeIds.length) {
            continue;
        }
        const clique = group.every((a) => group.every((b) => a === b || linked(a, b)));
        const isolated = group.every((a) => up.every((x) => group.includes(x) || (!hears(state, a, x) && !hears(state, x, a))));
        if (clique && isolated) {
            return [...group].sort();
        }
    }
    return undefined;
}
/**
 * Epochs from `startNs` (the first client invocation) to `endNs` (the history's end). The
 * first epoch's cause is "the test started".
 */
function connectivityEpochs(history, nodeIds, startNs, endNs) {
    const state = { grudge: new Map(), down: new Set(), unknown: 0 };
    const epochs = [];
    let openStart = startNs;
    let cause = 'the test started';
    const close = (atNs) => {
        if (openStart !== undefined && atNs > openStart) {
            const majority = cleanMajority(state, nodeIds);
            epochs.push({
                startNs: openStart,
                endNs: atNs,
                ...(majority === undefined ? {} : { majority }),
                down: [...state.down].sort(),
                cause,
            });
        }
        openStart = undefined;
    };
    let pending = 0;
    for (const op of history) {
        if (op.process !== 'nemesis') {
            continue;
        }
        if (op.type === 'invoke') {
            close(Math.max(op.time, startNs));
            pending++;
            continue;
        }
        apply(state, op);
        pending = Math.max(0, pending - 1);
        if (pending === 0) {
            openStart = Math.max(op.time, startNs);
            cause = epochs_describe(op);
        }
    }
    close(endNs);
    return epochs;
}

;// CONCATENATED MODULE: ./src/checkers/election/index.ts
/**
 * The election checker (curriculum.md track 6; issue 15). Input: the history of `status`
 * polls — each ok completion is one node's belief `{term, role, leader}` at that moment — the
 * nemesis operations, and (when the run recorded it) the VoteJournal of the run's messages.
 *
 * Verdict (`valid`) is about safety only:
 * - *election safety*: at most one node ever claims `role: "leader"` in a term (evidence: the
 *   first claim of two different nodes, with times);
 * - *one vote per term*: no node votes for two candidates in one term (evidence: both vote
 *   messages; a restart of the voter in between is named).
 * Liveness and cost are figures that stage criteria grade:
 * - `firstLeaderS`: from the moment every node had answered `init` (from the journal; the
 *   first poll when there is no journal) to the first reply that claims leadership;
 * - `maxReelectionS`: over the epochs with a clean majority (epochs.ts), the time from the
 *   epoch's start until every node of the majority has answered a poll sent after that start
 *   and one of them claims leadership in the highest term any of them reports. An epoch in
 *   which no such leader is seen counts with its whole length, if that is at least
 *   ASSESS_MIN_S; a shorter one is not judged (`reelectionsAssessed` counts the judged ones);
 * - `quietTermStarts`: terms started inside a clean-majority epoch after its leader was seen
 *   (and at least QUIET_GRACE_S after the epoch began): a node that keeps starting elections
 *   while a healthy leader exists. With vote messages in the journal, a start counts only if
 *   the leader was sending to the candidate and the candidate was sending too in the
 *   QUIET_ACTIVITY_WINDOW_S before its request_vote (a stalled process is not restless);
 * - `msgsPerNodeS`: node→node messages from the first to the last operation, per node per s.
 * Time-based figures are marked in the workload's metric declarations.
 */


/** An epoch shorter than this with no leader seen is not judged (3 s + polling slack). */
const ASSESS_MIN_S = 3.5;
/** Term starts this soon after an epoch begins are not "quiet" (a resumed node's stale timer). */
const QUIET_GRACE_S = 1;
/**
 * A term start is held against its candidate only if, in this window before its first
 * request_vote, the leader's messages were delivered to it and it was sending too: a process
 * the machine stalled (no heartbeats out, or none read) is not called restless.
 */
const QUIET_ACTIVITY_WINDOW_S = 0.3;
const ROLES = new Set(['leader', 'follower', 'candidate']);
/** Every ok `status` poll as a belief (malformed replies are skipped: the RPC check names them). */
function beliefsOf(history) {
    const beliefs = [];
    for (const { invoke, complete } of types_pairOps(history)) {
        if (invoke.f !== 'status' || complete?.type !== 'ok' || invoke.node === undefined) {
            continue;
        }
        const value = complete.value;
        if (typeof value?.term !== 'number' || typeof value.role !== 'string') {
            continue;
        }
        if (!ROLES.has(value.role)) {
            continue;
        }
        beliefs.push({
            node: invoke.node,
            term: value.term,
            role: value.role,
            invokeNs: invoke.time,
            timeNs: complete.time,
            index: complete.index,
        });
    }
    return beliefs.sort((a, b) => a.timeNs - b.timeNs);
}
const election_s = (ns) => `${(ns / 1e9).toFixed(3)} s`;
const round3 = (x) => Math.round(x * 1000) / 1000;
function twoLeaders(beliefs) {
    const byTerm = new Map();
    for (const b of beliefs) {
        if (b.role !== 'leader') {
            continue;
        }
        const claims = byTerm.get(b.term) ?? new Map();
        if (!claims.has(b.node)) {
            claims.set(b.node, b);
        }
        byTerm.set(b.term, claims);
    }
    let max = 0;
    const anomalies = [];
    for (const [term, claims] of byTerm) {
        max = Math.max(max, claims.size);
        if (claims.size > 1 && anomalies.length < 10) {
            const [a, b] = [...claims.values()].sort((x, y) => x.timeNs - y.timeNs);
            anomalies.push({
                type: 'two-leaders',
                message: `Two leaders in term ${term}: ${a.node} said it was leader at ${election_s(a.timeNs)} and ${b.node} said it was leader at ${election_s(b.timeNs)}. Election safety allows at most one leader per term: a candidate needs votes from a majority, each node votes once per term, and a leader that sees a higher term steps down.`,
                ops: [a.index, b.index],
                nodes: [a.node, b.node],
                timeNs: [a.timeNs, b.timeNs],
                evidence: {
                    term,
                    claims: [...claims.values()].map((c) => ({ node: c.node, timeNs: c.timeNs })),
                },
            });
        }
    }
    return { max, anomalies };
}
function restartsBetween(history, node, fromNs, toNs) {
    return history.filter((op) => op.process === 'nemesis' &&
        op.type === 'invoke' &&
        (op.f === 'kill' || op.f === 'start') &&
        op.time >= fromNs &&
        op.time <= toNs &&
        op.value?.nodes?.includes(node) === true);
}
function doubleVoteAnomaly(history, d) {
    const { first, second } = d;
    const who = (candidate, voter) => candidate === voter ? 'itself (it asked for votes as a candidate)' : candidate;
    const restarts = restartsBetween(history, first.voter, first.timeNs, second.timeNs);
    const kill = restarts.find((op) => op.f === 'kill');
    const restart = restarts.find((op) => op.f === 'start');
    const between = kill !== undefined
        ? ` ${first.voter} was killed at ${election_s(kill.time)}${restart === undefined ? '' : ` and restarted at ${election_s(restart.time)}`} in between: it forgot its vote.`
        : '';
    return {
        type: 'double-vote',
        message: `${first.voter} voted twice in term ${first.term}: for ${who(first.candidate, first.voter)} at ${election_s(first.timeNs)} (${first.messageType}) and for ${who(second.candidate, second.voter)} at ${election_s(second.timeNs)} (${second.messageType}).${between} A node votes at most once per term: persist currentTerm and votedFor in DSGRADE_DATA_DIR (with fsync) before answering request_vote, and load them at start.`,
        nodes: [first.voter, first.candidate, second.candidate],
        timeNs: [first.timeNs, second.timeNs],
        evidence: { first, second },
    };
}
/** Walk one clean-majority epoch's beliefs (see the header for the rules). */
function judgeEpoch(epoch, beliefs, votes) {
    const majority = new Set(epoch.majority ?? []);
    const outcome = { epoch, quiet: [] };
    const view = new Map();
    let led;
    for (const b of beliefs) {
        if (b.timeNs >= epoch.endNs) {
            break;
        }
        if (!majority.has(b.node) || b.invokeNs < epoch.startNs) {
            continue;
        }
        view.set(b.node, b);
        if (led !== undefined) {
            const quietFrom = epoch.startNs + QUIET_GRACE_S * 1e9;
            if (b.term > led.term) {
                const restless = b.timeNs >= quietFrom ? restlessCandidate(votes, led, b, majority) : null;
                if (restless !== null) {
                    outcome.quiet.push({ ...restless, leader: led.node, leaderTerm: led.term });
                }
                led = undefined;
            }
            continue;
        }
        if (view.size < majority.size) {
            continue;
        }
        const views = [...view.values()];
        const top = Math.max(...views.map((v) => v.term));
        const leader = views.find((v) => v.role === 'leader' && v.term === top);
        if (leader !== undefined) {
            led = { node: leader.node, term: top, seenNs: b.timeNs };
            if (outcome.leader === undefined) {
                outcome.leader = { node: leader.node, term: top, timeNs: b.timeNs };
                outcome.reelectionS = round3((b.timeNs - epoch.startNs) / 1e9);
            }
        }
    }
    const lengthS = (epoch.endNs - epoch.startNs) / 1e9;
    if (outcome.leader === undefined && lengthS >= ASSESS_MIN_S) {
        outcome.reelectionS = round3(lengthS);
        outcome.noLeader = true;
    }
    return outcome;
}
/**
 * Who started the term `b` reveals, if it is to be held against them: with vote messages in
 * the journal, a node of the majority that asked for votes in a term above the leader's (up to
 * b's) while the leader was sending to it and it was sending too; without any vote message
 * in the whole run, the node that reported the term (from beliefs alone).
 */
function restlessCandidate(votes, led, b, majority) {
    if (votes === undefined || votes.requestCount === 0) {
        return { node: b.node, term: b.term, timeNs: b.timeNs };
    }
    const windowNs = QUIET_ACTIVITY_WINDOW_S * 1e9;
    for (let term = led.term + 1; term <= b.term; term++) {
        for (const c of votes.candidatesOf(term)) {
            if (!majority.has(c.node) || c.node === led.node || c.timeNs > b.timeNs) {
                continue;
            }
            const heard = votes.sentWithin(led.node, c.node, c.timeNs, windowNs);
            const alive = votes.sentWithin(c.node, '*', c.timeNs, windowNs);
            if (heard && alive) {
                return { node: c.node, term, timeNs: c.timeNs };
            }
        }
    }
    return null;
}
function firstPollNs(history) {
    return history.find((op) => op.process !== 'nemesis' && op.type === 'invoke')?.time;
}
function checkElection(history, options) {
    const beliefs = beliefsOf(history);
    const startNs = firstPollNs(history);
    if (startNs === undefined || beliefs.length === 0) {
        return {
            valid: 'unknown',
            reason: 'No node answered a status poll: there is no belief to check.',
            anomalies: [],
            polls: beliefs.length,
        };
    }
    const endNs = history[history.length - 1]?.time ?? startNs;
    const safety = twoLeaders(beliefs);
    const votes = options.votes;
    const doubles = votes?.doubleVotes.map((d) => doubleVoteAnomaly(history, d)) ?? [];
    const firstLeader = beliefs.find((b) => b.role === 'leader');
    const epochs = connectivityEpochs(history, options.nodeIds, startNs, endNs);
    const judged = epochs
        .filter((e) => e.majority !== undefined)
        .map((e) => judgeEpoch(e, beliefs, votes));
    const assessed = judged.filter((o) => o.reelectionS !== undefined);
    const slowest = [...assessed].sort((a, b) => (b.reelectionS ?? 0) - (a.reelectionS ?? 0))[0];
    const quiet = judged.flatMap((o) => o.quiet);
    const spanS = (endNs - startNs) / 1e9;
    // a double vote is the cause of most two-leader terms: name it first
    const anomalies = [...doubles, ...safety.anomalies];
    return {
        valid: anomalies.length > 0 ? false : true,
        anomalies,
        polls: beliefs.length,
        pollsPerS: spanS > 0 ? round3(beliefs.length / spanS) : undefined,
        maxLeadersPerTerm: safety.max,
        termsWithLeader: new Set(beliefs.filter((b) => b.role === 'leader').map((b) => b.term)).size,
        firstLeaderS: firstLeader === undefined
            ? undefined
            : round3((firstLeader.timeNs - Math.min(votes?.allReadyNs() ?? startNs, startNs)) / 1e9),
        maxReelectionS: slowest?.reelectionS,
        reelectionsAssessed: assessed.length,
        slowestReelection: slowest === undefined ? undefined : describeOutcome(slowest),
        quietTermStarts: quiet.length,
        firstQuietTermStart: quiet[0] === undefined ? undefined : describeQuiet(quiet[0]),
        doubleVoteCount: votes === undefined || votes.requestCount === 0 ? undefined : votes.doubleVotes.length,
        voteRequestsSeen: votes?.requestCount,
        voteGrantsSeen: votes?.grantCount,
        msgsPerNodeS: votes === undefined || spanS <= 0
            ? undefined
            : round3(votes.serverMessagesBetween(startNs, endNs) / options.nodeIds.length / spanS),
        ...(votes?.requestCount === 0
            ? {
                votesNote: 'No request_vote message was seen: double votes are checked only on the vote messages of the track contract (request_vote / request_vote_res).',
            }
            : {}),
    };
}
function describeOutcome(o) {
    const base = {
        startS: round3(o.epoch.startNs / 1e9),
        endS: round3(o.epoch.endNs / 1e9),
        majority: o.epoch.majority,
        after: o.epoch.cause,
        seconds: o.reelectionS,
    };
    if (o.noLeader === true || o.leader === undefined) {
        return {
            ...base,
            message: `After ${o.epoch.cause} at ${election_s(o.epoch.startNs)}, ${(o.epoch.majority ?? []).join(', ')} could all reach each other until ${election_s(o.epoch.endNs)}, but no leader of the highest term was seen among them.`,
        };
    }
    return {
        ...base,
        leader: o.leader.node,
        term: o.leader.term,
        message: `After ${o.epoch.cause} at ${election_s(o.epoch.startNs)}, ${o.leader.node} was seen as leader of term ${o.leader.term} at ${election_s(o.leader.timeNs)} (${o.reelectionS} s later).`,
    };
}
function describeQuiet(q) {
    return {
        ...q,
        timeS: round3(q.timeNs / 1e9),
        message: `${q.node} started term ${q.term} at ${election_s(q.timeNs)} while ${q.leader}, leader of term ${q.leaderTerm}, could reach every node and its messages had reached ${q.node} within the last ${QUIET_ACTIVITY_WINDOW_S * 1000} ms: a follower that hears heartbeats must reset its election timer and not start an election.`,
    };
}

;// CONCATENATED MODULE: ./src/checkers/election/votes.ts
/**
 * What the election checker needs from the run's journal (the `election` workload's journal
 * tap), collected while the run goes, in bounded memory:
 *
 * - **votes**, from the message shapes of Maelstrom's Raft tutorial, which the track's
 *   contract requires: `request_vote {term, candidate_id, last_log_index, last_log_term}` →
 *   `request_vote_res {term, vote_granted}`. A `request_vote_res` a node *sends* with
 *   `vote_granted: true` is its vote for the message's destination in `term`; a `request_vote`
 *   it sends in `term` is its vote for itself (a Raft candidate votes for itself first).
 *   Only the first vote of each (voter, term) and the first conflicting one are kept.
 * - **readiness**: when each node first answered `init` (its `init_ok` send), so the time to
 *   the first leader counts from the moment every node was ready;
 * - **server traffic**: node→node sends (neither end a client nor a service), counted per
 *   100 ms bucket, so the checker can divide by any window of the run.
 *
 * A double vote — one node voting for two different candidates in one term — is a safety
 * bug in every Raft (it allows two leaders); the checker reports it with both messages.
 * This module never judges: it records.
 */

/** Characters of a vote message's body kept as evidence. */
const VOTE_BODY_CHARS = 160;
/** Bucket width of the server-traffic counts, in nanoseconds. */
const TRAFFIC_BUCKET_NS = 100_000_000;
/** Bucket width of the activity marks (who reached whom when), in nanoseconds. */
const ACTIVITY_BUCKET_NS = 10_000_000;
/** At most this many (voter, term) first votes are kept (memory bound). */
const MAX_VOTE_KEYS = 200_000;
class VoteJournal {
    servers;
    firstVotes = new Map();
    doubleVotes = [];
    /** Grants seen (request_vote_res with vote_granted true). */
    grantCount = 0;
    /** request_vote messages seen. */
    requestCount = 0;
    traffic = new Map();
    truncatedKeys = false;
    /** Candidacies: term → the nodes that sent request_vote in it, first send time each. */
    candidacies = new Map();
    /** Active 100 ms buckets per directed node pair `src→dest`, and per sender (`src→*`). */
    activity = new Map();
    /** Each node's first `init_ok` send time (its first incarnation became ready). */
    readyNs = new Map();
    constructor(nodeIds) {
        this.servers = new Set(nodeIds);
    }
    observe(event) {
        const { src, dest, body } = event.message;
        if (event.type === 'deliver' && this.servers.has(src) && this.servers.has(dest)) {
            this.mark(`${src}\u2192${dest}`, Math.floor(event.time / ACTIVITY_BUCKET_NS));
        }
        if (event.type !== 'send') {
            return;
        }
        if (body?.type === 'init_ok' && this.servers.has(src) && !this.readyNs.has(src)) {
            this.readyNs.set(src, event.time);
        }
        if (!this.servers.has(src) || !this.servers.has(dest)) {
            return;
        }
        const bucket = Math.floor(event.time / TRAFFIC_BUCKET_NS);
        this.traffic.set(bucket, (this.traffic.get(bucket) ?? 0) + 1);
        this.mark(`${src}\u2192*`, Math.floor(event.time / ACTIVITY_BUCKET_NS));
        if (typeof body !== 'object' || body === null || typeof body.term !== 'number') {
            return;
        }
        if (body.type === 'request_vote_res' && body.vote_granted === true) {
            this.grantCount++;
            this.vote(src, dest, body.term, event);
        }
        else if (body.type === 'request_vote') {
            this.requestCount++;
            this.vote(src, src, body.term, event);
            const started = this.candidacies.get(body.term) ?? new Map();
            if (!started.has(src) && this.candidacies.size < MAX_VOTE_KEYS) {
                started.set(src, event.time);
                this.candidacies.set(body.term, started);
            }
        }
    }
    mark(key, bucket) {
        const buckets = this.activity.get(key) ?? new Set();
        buckets.add(bucket);
        this.activity.set(key, buckets);
    }
    /** The nodes that asked for votes in `term`, with the time of their first request. */
    candidatesOf(term) {
        return [...(this.candidacies.get(term) ?? new Map())].map(([node, timeNs]) => ({
            node,
            timeNs,
        }));
    }
    /**
     * Whether a message from `src` was *delivered* to `dest` — or, with dest `*`, whether `src`
     * sent anything — in the `windowNs` before `atNs`, to the 10 ms bucket (the bucket of
     * `atNs` itself is left out, so nothing after `atNs` counts).
     */
    sentWithin(src, dest, atNs, windowNs) {
        const buckets = this.activity.get(`${src}\u2192${dest}`);
        if (buckets === undefined) {
            return false;
        }
        const last = Math.floor(atNs / ACTIVITY_BUCKET_NS) - 1;
        for (let b = Math.floor((atNs - windowNs) / ACTIVITY_BUCKET_NS); b <= last; b++) {
            if (buckets.has(b)) {
                return true;
            }
        }
        return false;
    }
    /** Node→node sends with time in [fromNs, toNs]. */
    serverMessagesBetween(fromNs, toNs) {
        let total = 0;
        const first = Math.floor(fromNs / TRAFFIC_BUCKET_NS);
        const last = Math.floor(toNs / TRAFFIC_BUCKET_NS);
        for (const [bucket, count] of this.traffic) {
            if (bucket >= first && bucket <= last) {
                total += count;
            }
        }
        return total;
    }
    /** When the last node of the cluster first answered init (undefined if one never did). */
    allReadyNs() {
        if (this.readyNs.size < this.servers.size) {
            return undefined;
        }
        return Math.max(...this.readyNs.values());
    }
    /** True when the (voter, term) table hit its bound (double votes may be missed). */
    get incomplete() {
        return this.truncatedKeys;
    }
    vote(voter, candidate, term, event) {
        const key = `${voter}\u0000${term}`;
        const record = {
            voter,
            candidate,
            term,
            timeNs: event.time,
            messageType: event.message.body.type,
            body: truncate(JSON.stringify(event.message.body), VOTE_BODY_CHARS),
        };
        const first = this.firstVotes.get(key);
        if (first === undefined) {
            if (this.firstVotes.size >= MAX_VOTE_KEYS) {
                this.truncatedKeys = true;
                return;
            }
            this.firstVotes.set(key, record);
            return;
        }
        if (first.candidate !== candidate && this.doubleVotes.length < 100) {
            const seen = this.doubleVotes.some((d) => d.first === first && d.second.candidate === candidate);
            if (!seen) {
                this.doubleVotes.push({ first, second: record });
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/checkers/basic/index.ts




const echoChecker = {
    name: 'echo',
    doc: 'echo: every ok reply carries back exactly the value sent',
    check: (history) => checkEcho(history),
};
const uniqueIdsChecker = {
    name: 'unique-ids',
    doc: 'unique-ids: no id returned by an ok generate occurs twice (JSON values)',
    check: (history) => checkUniqueIds(history),
};
const setFullChecker = {
    name: 'set-full',
    doc: 'set-full (broadcast, g-set): every acknowledged element eventually in every read; lost / stale / never-read',
    check: (history) => {
        const addF = history.some((op) => op.f === 'broadcast') ? 'broadcast' : 'add';
        return checkSetFull(history, { addF });
    },
};
const counterChecker = {
    name: 'counter',
    doc: 'counter (g-counter, pn-counter): every final read within the sums of ok adds plus any subset of uncertain adds',
    check: (history) => checkCounter(history),
};

;// CONCATENATED MODULE: ./src/checkers/elle/registered.ts


const BY_MODEL = 'on exactly when sound for every model checked (docs/checkers-rules.md)';
/** The rw-register inference switches, shared by `dsgrade check` and the workload. */
const RW_REGISTER_EXTRAS = [
    {
        name: 'wfr-keys',
        aliases: ['wfrKeys'],
        type: 'boolean',
        default: BY_MODEL,
        meaning: 'writes-follow-reads: true assumes it (recorded in assumedRules), false turns it off',
    },
    {
        name: 'sequential-keys',
        aliases: ['sequentialKeys'],
        type: 'boolean',
        default: BY_MODEL,
        meaning: "per-client order of a key's versions: true assumes it (recorded in assumedRules), false turns it off",
    },
    {
        name: 'linearizable-keys',
        aliases: ['linearizableKeys'],
        type: 'boolean',
        default: BY_MODEL,
        meaning: "real-time order of a key's versions: true assumes it (recorded in assumedRules), false turns it off",
    },
];
/** The rw-register options an `--extra` map asks for (absent keys left to the models). */
function rwRegisterExtras(extra) {
    const [wfr, sequential, linearizable] = RW_REGISTER_EXTRAS.map((spec) => extraFlag(extra, spec));
    return {
        ...(wfr === undefined ? {} : { wfrKeys: wfr }),
        ...(sequential === undefined ? {} : { sequentialKeys: sequential }),
        ...(linearizable === undefined ? {} : { linearizableKeys: linearizable }),
    };
}
const listAppendChecker = {
    name: 'list-append',
    doc: 'Elle list-append transactions: dependency cycles (G0…G2), G1a/G1b, internal, lost updates (--consistency-models)',
    check: (history, options, budget) => checkListAppend(history, { consistencyModels: options.consistencyModels ?? [] }, budget),
};
const rwRegisterChecker = {
    name: 'rw-register',
    doc: 'Elle rw-register transactions: version orders only from the rules the model grants (docs/checkers-rules.md), cycles G0…G2, garbage reads (--consistency-models)',
    extras: RW_REGISTER_EXTRAS,
    check: (history, options, budget) => checkRwRegister(history, { consistencyModels: options.consistencyModels ?? [], ...rwRegisterExtras(options.extra) }, budget),
};

;// CONCATENATED MODULE: ./src/checkers/registry.ts







const CHECKERS = {
    'bounded-staleness': {
        name: 'bounded-staleness',
        doc: 'read/write per key, unique values: every read returns a value current at some instant in [invoke − Δ, complete] (--extra deltaMs, default 500)',
        extras: [
            {
                name: 'deltaMs',
                type: 'number',
                default: '500',
                meaning: 'the staleness bound Δ: a read may return any value current in [invoke − Δ, complete]',
            },
        ],
        check: (history, options) => checkBoundedStaleness(history, {
            ...(typeof options.extra?.deltaMs === 'number' ? { deltaMs: options.extra.deltaMs } : {}),
        }),
    },
    counter: counterChecker,
    echo: echoChecker,
    'exactly-once': {
        name: 'exactly-once',
        doc: 'append/read per-key lists: every acknowledged element exactly once, reads are prefixes (--extra linearizable)',
        extras: [EXACTLY_ONCE_LINEARIZABLE],
        check: (history, options, budget) => checkExactlyOnce(history, { linearizable: extraFlag(options.extra, EXACTLY_ONCE_LINEARIZABLE) === true }, budget),
    },
    kafka: kafkaChecker,
    linearizable: linearizableChecker,
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

;// CONCATENATED MODULE: ./src/checkers/index.ts
/**
 * The public surface of src/checkers/: what other folders may import (style.md §3.1).
 */


























;// CONCATENATED MODULE: ./src/workloads/metrics.ts
/**
 * The figures each workload puts under `workload.` in results.json: its checker's figures
 * (checkers/metrics.ts) plus any the workload adds itself. Collected by metrics/registry.ts,
 * one line per workload there. A new workload declares its metrics here (or in its own file).
 */


const under = (specs) => prefixMetrics('workload.', specs);
const ECHO_WORKLOAD_METRICS = under(ECHO_METRICS);
const ECHO_ERRORS_WORKLOAD_METRICS = under([
    ...ECHO_METRICS,
    {
        path: 'unknownType.sent',
        type: 'integer',
        unit: 'count',
        meaning: 'requests of an unknown type sent',
        timeBased: false,
    },
    {
        path: 'unknownType.notSupportedCount',
        type: 'integer',
        unit: 'count',
        meaning: 'unknown-type requests answered with error 10 (not-supported)',
        timeBased: false,
    },
    {
        path: 'unknownType.timedOut',
        type: 'integer',
        unit: 'count',
        meaning: 'unknown-type requests that got no reply',
        timeBased: false,
    },
    {
        path: 'unknownType.notSupported',
        type: 'boolean',
        unit: '',
        meaning: 'every unknown-type request was answered with error 10 (not-supported)',
        timeBased: false,
    },
]);
const UNIQUE_IDS_WORKLOAD_METRICS = under(UNIQUE_IDS_METRICS);
const SET_WORKLOAD_METRICS = under(SET_FULL_METRICS);
const COUNTER_WORKLOAD_METRICS = under(COUNTER_METRICS);
const EXACTLY_ONCE_WORKLOAD_METRICS = under(EXACTLY_ONCE_METRICS);
const KAFKA_WORKLOAD_METRICS = under(KAFKA_METRICS);
const LIN_KV_WORKLOAD_METRICS = under([
    ...LINEARIZABLE_METRICS,
    {
        path: 'answeredFraction',
        type: 'number',
        unit: 'fraction',
        meaning: 'client operations answered (ok, or a definite key-missing / cas-mismatch error) over all operations',
        timeBased: true,
        range: [0, 1],
    },
    {
        path: 'answered',
        type: 'integer',
        unit: 'count',
        meaning: 'client operations answered (ok, or error 20 / 22)',
        timeBased: false,
    },
    {
        path: 'servedFraction',
        type: 'number',
        unit: 'fraction',
        meaning: '1-second windows (× time scale) in which at least one client operation was answered',
        timeBased: true,
        range: [0, 1],
    },
]);
const TXN_WORKLOAD_METRICS = under(ELLE_METRICS);
const LOAD_BALANCE_WORKLOAD_METRICS = under(LOAD_BALANCE_METRICS);
const MAPREDUCE_WORKLOAD_METRICS = under(MAPREDUCE_METRICS);
const CACHE_WORKLOAD_METRICS = under([
    ...LINEARIZABLE_METRICS,
    // with --extra stalenessMs the bounded-staleness checker decides `valid` instead
    ...BOUNDED_STALENESS_METRICS.filter((m) => m.path !== 'valid'),
    {
        path: 'backendReadsPerMiss',
        type: 'number',
        unit: 'reads/miss',
        meaning: 'store reads of the burst keys over the (key, node) pairs that read one at all (1: each node read each cold key once)',
        timeBased: false,
    },
    {
        path: 'burstStoreReads',
        type: 'integer',
        unit: 'count',
        meaning: 'store reads of the burst keys',
        timeBased: false,
    },
    {
        path: 'burstMisses',
        type: 'integer',
        unit: 'count',
        meaning: '(burst key, node) pairs that read the key from the store',
        timeBased: false,
    },
    ...quantileMetrics('readLatencies', 'time from a client read to its read_ok', 'ms', true),
    {
        path: 'backendMsgsPerOp',
        type: 'number',
        unit: 'msgs/op',
        meaning: 'requests that reached the backing store over client operations invoked',
        // Time-based: on a slow machine a write's invalidation window is longer, so more reads of
        // a correct cache reach the store (0.52–0.59 measured under load against 0.12 idle).
        timeBased: true,
    },
    {
        path: 'backendMsgs',
        type: 'integer',
        unit: 'count',
        meaning: 'requests that reached the backing store',
        timeBased: false,
    },
    {
        path: 'okOps',
        type: 'integer',
        unit: 'count',
        meaning: 'client operations answered ok',
        timeBased: false,
    },
    {
        path: 'clientOps',
        type: 'integer',
        unit: 'count',
        meaning: 'client operations invoked',
        timeBased: false,
    },
]);
const PROXY_WORKLOAD_METRICS = under(PROXY_METRICS);
/** shard-kv (track 13): per-key linearizability, lost writes, load per node. */
const SHARD_KV_WORKLOAD_METRICS = under([
    ...LINEARIZABLE_METRICS,
    {
        path: 'lostWriteCount',
        type: 'integer',
        unit: 'count',
        meaning: 'acknowledged writes that a later read does not reflect (it returned no value or a strictly older one)',
        timeBased: false,
    },
    {
        path: 'lostWriteExample',
        type: 'string',
        unit: '',
        meaning: 'the first lost write and the read that shows it',
        timeBased: false,
    },
    {
        path: 'maxOverMeanLoad',
        type: 'number',
        unit: 'ratio',
        meaning: 'messages delivered to the busiest node over the mean per node',
        timeBased: false,
        range: [1, Number.POSITIVE_INFINITY],
    },
    {
        path: 'busiestNode',
        type: 'string',
        unit: '',
        meaning: 'the node that was delivered the most messages (from clients, other nodes, the harness)',
        timeBased: false,
    },
    {
        path: 'moveAvailability',
        type: 'number',
        unit: 'fraction',
        meaning: 'main-phase client operations invoked once shards had begun to move (from the first reconfiguration on) that were answered (ok, or error 20 / 22), over all such operations sent to running nodes',
        timeBased: true,
        range: [0, 1],
    },
    {
        path: 'moveOps',
        type: 'integer',
        unit: 'count',
        meaning: 'main-phase client operations invoked from the first reconfiguration on, sent to running nodes',
        timeBased: true,
    },
]);

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
const lint_finding = {
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
class lint_WrittenAs {
    text;
    constructor(text) {
        this.text = text;
    }
}
function showValue(value) {
    if (value === undefined) {
        return 'none';
    }
    if (value instanceof lint_WrittenAs) {
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
class FindingLog {
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

;// CONCATENATED MODULE: ./src/protocol/errors.ts
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
    assert(!BY_CODE.has(info.code), `duplicate error code ${info.code}`);
    assert(!BY_NAME.has(info.name), `duplicate error name ${info.name}`);
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

;// CONCATENATED MODULE: ./src/protocol/index.ts
/**
 * The public surface of src/protocol/: what other folders may import (style.md §3.1).
 */





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
    const error = reply.text === undefined
        ? [reply.code, errorName(reply.code)]
        : [reply.code, errorName(reply.code), reply.text];
    return { type: isDefinite(reply.code) || idempotent ? 'fail' : 'info', error };
}
/** For workloads whose errors are exceptions in Maelstrom (g-set, counters): always `info`. */
function indeterminateFromReply(reply) {
    if (reply.kind === 'timeout') {
        return { type: 'info', error: 'indeterminate: timed out waiting for a reply' };
    }
    return {
        type: 'info',
        error: `indeterminate: error ${reply.code} (${errorName(reply.code)})${reply.text ? `: ${reply.text}` : ''}`,
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
        return canonicalJson(value);
    }
    return [...new Set(value.map((v) => canonicalJson(v)))].sort().join(',');
}
function sameSetProbe(field) {
    return {
        body: { type: 'read' },
        converged: (replies) => new Set(replies.map((reply) => setKey(reply[field]))).size <= 1,
    };
}
function sameValueProbe(field, settleMs = 0) {
    return {
        body: { type: 'read' },
        settleMs,
        converged: (replies) => new Set(replies.map((reply) => canonicalJson(reply[field]))).size <= 1,
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
    check: (history) => checkSetFull(history, { addF: 'broadcast' }),
};

;// CONCATENATED MODULE: ./src/workloads/cache-figures.ts
/**
 * The cache workload's own figures (issue 16, track 9), pure functions of the history and the
 * backing store's execution log: store requests per client operation, store reads per
 * (burst key, node) (coalescing), read latencies, and the nodes named in a stale-read anomaly.
 *
 * Guarantees: a figure with nothing measured is absent, never 0 (nothing measured never
 * passes). Does not judge: the track's criteria compare the figures with thresholds.
 */



/**
 * Store requests per client operation invoked (answered or not: a node that timed out still
 * sent its store requests, so a slow harness does not inflate the figure); absent when no
 * client operation was answered ok.
 */
function backendFigures(history, log) {
    const pairs = types_pairOps(history);
    const okOps = pairs.filter((p) => p.complete?.type === 'ok').length;
    const backendMsgs = log?.executions.length ?? 0;
    return {
        backendMsgs,
        okOps,
        clientOps: pairs.length,
        ...(okOps > 0 && log !== undefined ? { backendMsgsPerOp: backendMsgs / pairs.length } : {}),
    };
}
/**
 * Coalescing: store reads of the burst keys (integer keys ≥ `burstKeyFrom`, each the target
 * of one burst) over the (key, node) pairs that read such a key from the store at all. 1.0:
 * every node read each cold key once, however many clients asked it at the same instant.
 * Absent when no burst key was read from the store.
 */
function coalescingFigures(log, burstKeyFrom) {
    const misses = new Set();
    let reads = 0;
    for (const e of log?.executions ?? []) {
        const key = e.body.key;
        if (e.type !== 'read' || typeof key !== 'number' || key < burstKeyFrom) {
            continue;
        }
        reads++;
        misses.add(`${key} ${e.src}`);
    }
    return {
        burstStoreReads: reads,
        burstMisses: misses.size,
        ...(misses.size > 0 ? { backendReadsPerMiss: reads / misses.size } : {}),
    };
}
/** Latencies (ms) of the reads answered ok, as quantiles; absent when none was. */
function readLatencyFigures(history) {
    const latencies = [];
    for (const pair of types_pairOps(history)) {
        if (pair.invoke.f === 'read' && pair.complete?.type === 'ok') {
            latencies.push((pair.complete.time - pair.invoke.time) / 1e6);
        }
    }
    const q = set_full_quantiles(latencies);
    return q === undefined ? {} : { readLatencies: q };
}
/**
 * A stale read among several caches: add the node that served the read and the node the
 * overwriting write went through (the latest ok write of another value that completed before
 * the read began). Anomalies without that evidence come back unchanged.
 */
function nameCacheNodes(anomaly) {
    const ops = anomaly.evidence?.ops;
    const read = ops?.find((o) => o.index === anomaly.ops?.[0] && o.f === 'read');
    if (ops === undefined || read?.node === undefined) {
        return anomaly;
    }
    const seen = canonicalJson(read.output ?? null);
    let write;
    for (const o of ops) {
        const fits = o.f === 'write' &&
            o.type === 'ok' &&
            o.endNs < read.startNs &&
            canonicalJson(o.output ?? null) !== seen;
        if (fits && (write === undefined || o.endNs > write.endNs)) {
            write = o;
        }
    }
    if (write?.node === undefined) {
        return anomaly;
    }
    return {
        ...anomaly,
        message: `${anomaly.message} The read was served by ${read.node}; the write of ${JSON.stringify(write.output)} went through ${write.node}.`,
        nodes: [...new Set([read.node, write.node])],
    };
}

;// CONCATENATED MODULE: ./src/workloads/extras.ts
/** `options.extra[key]` when it is a finite number, else `fallback`. */
function numberExtra(options, key, fallback) {
    const value = options.extra[key];
    return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

;// CONCATENATED MODULE: ./src/workloads/load-balance.ts
/**
 * The load-balance workload (issue 16, track 11; curriculum.md §2 track 11). The harness runs
 * `backends` instances (`backend-0 …`) with a concurrency capacity (excess → error 11) and a
 * service-time distribution; one instance may be slow. After `init` each balancer node gets
 * `backends {backends: [ids]}` (like `topology`). Clients send `work {job, cost}` to any
 * balancer (worker i → node i mod n) and expect `work_ok {job, served_by}`; the balancer
 * forwards `work {job, cost}` to a backend, which answers `work_ok {job, served_by}` after
 * cost × its service time, or error 11 when it is full. Balancers share no state unless they
 * message each other.
 *
 * Options (`extra`): `backends` (4), `capacity` (2), `serviceTimeMs` (20), `serviceTimeDist`
 * (`exponential`; `constant`, `pareto`), `serviceLatencyMs` (0), `slowFactor` (none: one
 * backend, chosen by the seed, is that many times slower). Jobs are unique integers; cost
 * is 1 (three in four) or 2. The client's timeout is 1 s; work is not idempotent as far as
 * the history goes (a timeout is `info`).
 *
 * Checked by checkers/load-balance.ts over the history and the execution log.
 */



const WORK_TIMEOUT_MS = 1000;
const DISTS = ['constant', 'exponential', 'pareto'];
/** `--service-latency MS` sets this key; only workloads that declare it run harness backends. */
const SERVICE_LATENCY_EXTRA = {
    name: 'serviceLatencyMs',
    type: 'number',
    default: '0',
    meaning: 'extra reply latency of the harness backends, in ms (also --service-latency)',
};
/**
 * One helper for every workload that runs harness backends (load-balance, proxy): the same
 * keys, checks and spec, with that workload's defaults. `slowFactor` > 1 makes one backend,
 * drawn from `random`, that many times slower.
 */
function backendExtras(defaults) {
    const { minBackends } = defaults;
    const count = (options) => numberExtra(options, 'backends', defaults.backends);
    const capacity = (options) => numberExtra(options, 'capacity', defaults.capacity);
    const dist = (options) => options.extra.serviceTimeDist ?? 'exponential';
    return {
        extras: [
            {
                name: 'backends',
                type: 'number',
                default: String(defaults.backends),
                meaning: `how many harness backends (backend-0 …) run, an integer from ${minBackends} to 64`,
            },
            {
                name: 'capacity',
                type: 'number',
                default: String(defaults.capacity),
                meaning: 'requests a backend executes at once; beyond that it answers error 11',
            },
            {
                name: 'serviceTimeMs',
                type: 'number',
                default: String(defaults.serviceTimeMs),
                meaning: 'mean service time of one cost unit, in ms',
            },
            {
                name: 'serviceTimeDist',
                type: 'string',
                values: DISTS,
                default: 'exponential',
                meaning: 'distribution of service times',
            },
            SERVICE_LATENCY_EXTRA,
            {
                name: 'slowFactor',
                type: 'number',
                default: 'none',
                meaning: 'one backend, chosen by the seed, is this many times slower',
            },
        ],
        count,
        validate(options) {
            const n = count(options);
            if (!Number.isInteger(n) || n < minBackends || n > 64) {
                return `--extra backends must be an integer from ${minBackends} to 64 (got ${String(options.extra.backends)})`;
            }
            const c = capacity(options);
            if (!Number.isInteger(c) || c < 1) {
                return `--extra capacity must be a positive integer (got ${String(options.extra.capacity)})`;
            }
            if (!DISTS.includes(dist(options))) {
                return `--extra serviceTimeDist must be one of ${DISTS.join(', ')} (got ${JSON.stringify(dist(options))})`;
            }
            return null;
        },
        spec(options, random) {
            const slowFactor = numberExtra(options, 'slowFactor', 1);
            return {
                count: count(options),
                capacity: capacity(options),
                serviceTimeMs: numberExtra(options, 'serviceTimeMs', defaults.serviceTimeMs),
                serviceTimeDist: dist(options),
                serviceLatencyMs: numberExtra(options, 'serviceLatencyMs', 0),
                ...(slowFactor > 1
                    ? { slow: { index: random.int(count(options)), factor: slowFactor } }
                    : {}),
            };
        },
    };
}
const BACKENDS = backendExtras({ backends: 4, minBackends: 1, capacity: 2, serviceTimeMs: 20 });
/** The `--extra` keys of the load-balance workload. */
const LOAD_BALANCE_EXTRAS = BACKENDS.extras;
/** The backend ids a run of these options has (also sent to the balancers). */
function backendIds(options) {
    return Array.from({ length: BACKENDS.count(options) }, (_, i) => `backend-${i}`);
}
function backendSpec(options, random) {
    return {
        ...BACKENDS.spec(options, random),
        requestTypes: ['work'],
        costOf: (body) => (typeof body.cost === 'number' && body.cost > 0 ? body.cost : 1),
        handle: (backend, body) => ({ type: 'work_ok', job: body.job, served_by: backend }),
    };
}
const loadBalance = {
    name: 'load-balance',
    extras: LOAD_BALANCE_EXTRAS,
    doc: 'Clients send jobs (work {job, cost}) to any of several balancer nodes, which forward each to one of the harness backends (backend-0 …) — each with a concurrency capacity (error 11 beyond it) and a service time — and return the backend’s reply. Checked: every reply comes from the backend that did the work, no work reaches a backend more than 1 s after it crashed; load per backend and latency are reported.',
    rpcs: [
        { request: 'backends', response: 'backends_ok' },
        { request: 'work', response: 'work_ok', responseFields: { served_by: 'string' } },
    ],
    validateOptions: (options) => BACKENDS.validate(options),
    reusableClient: true,
    idempotent: [],
    clientTimeoutMs: () => WORK_TIMEOUT_MS,
    backends: backendSpec,
    async setup({ options, nodeIds, call }) {
        const backends = backendIds(options);
        await Promise.all(nodeIds.map((id) => call(id, { type: 'backends', backends })));
    },
    generator: ({ random }) => {
        let job = 0;
        return { next: () => ({ f: 'work', value: { job: job++, cost: random.chance(0.25) ? 2 : 1 } }) };
    },
    createClient: () => ({
        async invoke(invocation, io) {
            const { job, cost } = invocation.value;
            const reply = await io.call({ type: 'work', job, cost }, { timeoutMs: WORK_TIMEOUT_MS });
            if (reply.kind !== 'ok') {
                return failureFromReply(reply, false);
            }
            return { type: 'ok', value: { job: reply.body.job, cost, served_by: reply.body.served_by } };
        },
    }),
    check: (history, context) => checkLoadBalance(history, context.backends),
};

;// CONCATENATED MODULE: ./src/workloads/cache.ts
/**
 * The cache workload (issue 16, track 9; curriculum.md §2 track 9). The harness serves a
 * key-value backing store as one harness backend, `backend-0`: `read {key}` → `read_ok
 * {value}` (error 20 when the key was never written), `write {key, value}` → `write_ok`, each
 * after the store's own service time (`storeLatencyMs`, constant) plus `serviceLatencyMs`
 * (`--service-latency`). The store's state changes when a request's service time ends.
 * Clients send `read {key}` / `write {key, value}` to any cache node (worker i → node i mod
 * n); nodes answer `read_ok {value}` / `write_ok`, and reach the store however they like.
 *
 * Keys are drawn from a Zipf distribution (exponent 1) over `keys` keys, so a few keys are
 * hot; `readFraction` of operations are reads; written values are unique per run.
 *
 * Bursts (`burst` > 0, stage coalescing): every `burstEveryMs` one worker writes a fresh cold
 * key (keys ≥ `keys`, each used by one burst only), then `burst` workers are parked and all
 * read that key at one instant, `BURST_LEAD_MS` after the write was sent (the pacing needs
 * that long to hand out the parked reads). Needs `concurrency` > `burst`.
 *
 * Checked per key by the `linearizable` checker (model cas-register: read/write register) —
 * or, when `stalenessMs` is set, by the `bounded-staleness` checker with Δ = stalenessMs —
 * plus the figures of cache-figures.ts: `backendMsgsPerOp`, `backendReadsPerMiss` (bursts),
 * `readLatencies` (ms quantiles). A stale read names the reading and the writing node.
 */





const CACHE_TIMEOUT_MS = 1000;
/** The store's instance name (the one harness backend). */
const STORE_ID = 'backend-0';
/** How long before a burst fires its write is sent and its reads start to be parked. */
const BURST_LEAD_MS = 400;
/** The `--extra` keys of the cache workload. */
const CACHE_EXTRAS = [
    {
        name: 'keys',
        type: 'number',
        default: '16',
        meaning: 'how many keys the clients use (Zipf-distributed: key 0 is the hottest)',
    },
    {
        name: 'readFraction',
        type: 'number',
        default: '0.9',
        meaning: 'the share of client operations that are reads',
    },
    {
        name: 'storeLatencyMs',
        type: 'number',
        default: '5',
        meaning: 'service time of one backing-store request, in ms',
    },
    {
        name: 'stalenessMs',
        type: 'number',
        default: '(none: linearizable)',
        meaning: 'check bounded staleness instead of linearizability: every read returns a value current at some instant in [invoke − stalenessMs, complete]',
    },
    {
        name: 'burst',
        type: 'number',
        default: '0',
        meaning: 'reads of one cold key fired at one instant, every burstEveryMs (0: no bursts)',
    },
    {
        name: 'burstEveryMs',
        type: 'number',
        default: '1000',
        meaning: 'time from one burst to the next, in ms',
    },
    SERVICE_LATENCY_EXTRA,
];
function validate(options) {
    const keys = numberExtra(options, 'keys', 16);
    if (!Number.isInteger(keys) || keys < 1 || keys > 100_000) {
        return `--extra keys must be an integer from 1 to 100000 (got ${String(options.extra.keys)})`;
    }
    const reads = numberExtra(options, 'readFraction', 0.9);
    if (!(reads >= 0 && reads <= 1)) {
        return `--extra readFraction must be between 0 and 1 (got ${String(options.extra.readFraction)})`;
    }
    const staleness = options.extra.stalenessMs;
    if (staleness !== undefined && !(typeof staleness === 'number' && staleness >= 0)) {
        return `--extra stalenessMs must be a number ≥ 0 (got ${String(staleness)})`;
    }
    const burst = numberExtra(options, 'burst', 0);
    if (!Number.isInteger(burst) || burst < 0) {
        return `--extra burst must be an integer ≥ 0 (got ${String(options.extra.burst)})`;
    }
    if (burst > 0 && options.concurrency <= burst) {
        return `--extra burst ${burst} needs --concurrency above it (got ${options.concurrency}): a burst parks ${burst} client workers at once`;
    }
    if (!(numberExtra(options, 'burstEveryMs', 1000) > 0)) {
        return `--extra burstEveryMs must be > 0 (got ${String(options.extra.burstEveryMs)})`;
    }
    return null;
}
/** The backing store: one backend whose handler reads and writes a map owned by this run. */
function storeSpec(options) {
    const data = new Map();
    return {
        count: 1,
        capacity: 1_000_000,
        serviceTimeMs: numberExtra(options, 'storeLatencyMs', 5),
        serviceTimeDist: 'constant',
        serviceLatencyMs: numberExtra(options, 'serviceLatencyMs', 0),
        requestTypes: ['read', 'write'],
        handle: (_backend, body) => {
            const key = JSON.stringify(body.key ?? null);
            if (body.type === 'write') {
                data.set(key, body.value);
                return { type: 'write_ok' };
            }
            return data.has(key)
                ? { type: 'read_ok', value: data.get(key) }
                : { type: 'error', code: 20, text: `key ${key} does not exist` };
        },
    };
}
/** Zipf (exponent 1) over 0 … n-1 by inverting the cumulative weights. */
function zipfSampler(n, random) {
    const cumulative = [];
    let total = 0;
    for (let k = 1; k <= n; k++) {
        total += 1 / k;
        cumulative.push(total);
    }
    return () => {
        const u = random.float() * total;
        let low = 0;
        let high = n - 1;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (cumulative[mid] < u) {
                low = mid + 1;
            }
            else {
                high = mid;
            }
        }
        return low;
    };
}
/**
 * The main generator: Zipf reads and writes, and with `burst` > 0 a burst every burstEveryMs
 * (a write of a fresh key, then `burst` reads parked until one instant).
 */
function cacheGenerator({ random, options }) {
    const keys = numberExtra(options, 'keys', 16);
    const pick = zipfSampler(keys, random);
    const reads = numberExtra(options, 'readFraction', 0.9);
    const burstSize = numberExtra(options, 'burst', 0);
    const everyMs = numberExtra(options, 'burstEveryMs', 1000);
    let next = 1;
    let burstCount = 0;
    let nextBurstMs;
    let burst;
    const bursty = (nowMs) => {
        nextBurstMs ??= nowMs + BURST_LEAD_MS / 2;
        if (burst === undefined && nowMs >= nextBurstMs) {
            burst = { key: keys + burstCount++, fireAtMs: nowMs + BURST_LEAD_MS, parked: 0 };
            return { f: 'write', key: burst.key, value: next++ };
        }
        if (burst !== undefined && burst.parked < burstSize && nowMs < burst.fireAtMs - 1) {
            burst.parked++;
            return { waitMs: burst.fireAtMs - nowMs, then: { f: 'read', key: burst.key } };
        }
        if (burst !== undefined) {
            nextBurstMs = burst.fireAtMs + Math.max(0, everyMs - BURST_LEAD_MS);
            burst = undefined;
        }
        return undefined;
    };
    return {
        next: (_worker, _process, nowMs) => {
            const special = burstSize > 0 ? bursty(nowMs) : undefined;
            if (special !== undefined) {
                return special;
            }
            const key = pick();
            return random.chance(reads) ? { f: 'read', key } : { f: 'write', key, value: next++ };
        },
    };
}
/** Linearizable, or bounded staleness when the stage sets stalenessMs. */
function checkCache(history, options, budget) {
    const staleness = options.extra.stalenessMs;
    if (typeof staleness === 'number') {
        return checkBoundedStaleness(history, { deltaMs: staleness });
    }
    const result = checkLinearizable(history, { model: 'cas-register' }, budget);
    return { ...result, anomalies: result.anomalies.map(nameCacheNodes) };
}
const cache = {
    name: 'cache',
    extras: CACHE_EXTRAS,
    doc: `Clients read and write integer keys (Zipf: a few are hot) through cache nodes; the harness serves the backing store as ${STORE_ID} (read {key} → read_ok {value} or error 20, write {key, value} → write_ok) with its own latency. Checked: every key behaves like one linearizable register (or, with --extra stalenessMs, every read is at most that stale); store requests per client operation, store reads per (cold key, node) in bursts (--extra burst) and read latencies are reported.`,
    rpcs: [
        { request: 'read', response: 'read_ok', responseFields: { value: 'any' } },
        { request: 'write', response: 'write_ok' },
    ],
    validateOptions: validate,
    reusableClient: true,
    idempotent: ['read'],
    clientTimeoutMs: () => CACHE_TIMEOUT_MS,
    backends: (options) => storeSpec(options),
    generator: cacheGenerator,
    createClient: () => ({
        async invoke(invocation, io) {
            const { f, key, value } = invocation;
            const body = f === 'read' ? { type: 'read', key } : { type: 'write', key, value };
            const reply = await io.call(body, { timeoutMs: CACHE_TIMEOUT_MS });
            if (reply.kind !== 'ok') {
                return failureFromReply(reply, f === 'read');
            }
            return f === 'read' ? { type: 'ok', value: reply.body.value } : { type: 'ok', value };
        },
    }),
    check: (history, context, budget) => ({
        ...checkCache(history, context.options, budget),
        ...backendFigures(history, context.backends),
        ...coalescingFigures(context.backends, numberExtra(context.options, 'keys', 16)),
        ...readLatencyFigures(history),
    }),
};

;// CONCATENATED MODULE: ./src/workloads/echo.ts
/**
 * The echo workload (maelstrom-protocol.md §2.1): each op sends `echo` with the string
 * "Please echo <0..127>" and expects `echo_ok` carrying the same value. The ok op's value is
 * the whole reply body, as Maelstrom records it. No idempotent ops; client not reusable.
 * Copy this file to start a new workload.
 */


const echo = {
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
    check: (history) => checkEcho(history),
};

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
/**
 * Where most learners come from: the official Maelstrom Go library's Node.Run returns
 * `No handler for <line>` for a type with no registered handler, and the usual main then
 * calls log.Fatal, so the node exits on the first unknown type.
 */
const GO_LIBRARY_NOTE = 'If you use the official Maelstrom Go library: its Node.Run stops with "No handler for …" on a ' +
    'message type nobody registered, and a main that calls log.Fatal then exits the node. Answer ' +
    'unknown types yourself with error code 10 (maelstrom.NotSupported) — the first hint shows how.';
function checkUnknownTypes(history) {
    let sent = 0;
    let notSupported = 0;
    let timedOut = 0;
    const anomalies = [];
    for (const { invoke, complete } of types_pairOps(history)) {
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
                message: `Node ${complete.node ?? invoke.node ?? '?'} answered a "${UNKNOWN_TYPE}" request with ${truncate(JSON.stringify(complete.error), 160)}. A request of a type you do not handle must be answered with {"type": "error", "code": 10} (not-supported), so the client knows it had no effect.`,
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
            message: `${timedOut} of ${sent} "${UNKNOWN_TYPE}" requests got no reply at all. A node must answer every request, with an error if it cannot serve it. ${GO_LIBRARY_NOTE}`,
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
    ...echo,
    name: 'echo-errors',
    doc: 'The echo workload, plus requests of an unknown type that must be answered with error code 10 (not-supported).',
    generator: (context) => {
        const inner = echo.generator(context);
        let count = 0;
        return {
            next: (worker, process, nowMs) => count++ % UNKNOWN_EVERY === 0 ? { f: 'unknown' } : inner.next(worker, process, nowMs),
        };
    },
    createClient: (context) => {
        const inner = echo.createClient(context);
        return {
            invoke: (invocation, io) => invocation.f === 'unknown' ? invokeUnknown(io) : inner.invoke(invocation, io),
        };
    },
    check: (history) => {
        const echoOps = history.filter((op) => op.f !== 'unknown');
        const result = checkEcho(echoOps);
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

;// CONCATENATED MODULE: ./src/workloads/election.ts
/**
 * The election workload (curriculum.md track 6): clients poll every node with `status` and
 * record its answer `status_ok {term, role, leader}` — the node's own belief — in the history
 * (`value: {term, role, leader}`, the node in `node`). Polls are idempotent (a failed or timed
 * out poll is a `fail`: it changed nothing) and short (POLL_TIMEOUT_MS), so a paused or killed
 * node does not hold a worker long. At least MIN_POLL_RATE polls per second in total.
 *
 * After the main phase the network heals; recovery probes `status` until exactly one node is
 * leader and every node is in its term (capped as usual); a short final phase polls every
 * node FINAL_POLLS times, so every run ends with a judged, healed epoch.
 *
 * The journal tap (checkers/election/votes.ts) records votes — the contract's
 * `request_vote` / `request_vote_res {term, vote_granted}` messages — and node→node traffic.
 */


const MIN_POLL_RATE = 20;
const POLL_TIMEOUT_MS = 500;
const FINAL_POLLS = 10;
const FINAL_POLL_PACING_MS = 100;
function finalPolls() {
    const done = new Map();
    return {
        next(worker) {
            const count = done.get(worker) ?? 0;
            if (count >= FINAL_POLLS) {
                return null;
            }
            done.set(worker, count + 1);
            return { f: 'status', final: true };
        },
    };
}
const election = {
    name: 'election',
    doc: 'Clients poll every node with status; each answers status_ok {term, role, leader} with its own belief. Checked: at most one leader per term ever, one vote per node per term (request_vote / request_vote_res messages), time to elect and re-elect, terms started while a healthy leader exists, and node-to-node messages per node per second.',
    rpcs: [
        {
            request: 'status',
            response: 'status_ok',
            responseFields: { term: 'integer', role: 'string', leader: 'any' },
        },
    ],
    validateOptions: (options) => options.rate < MIN_POLL_RATE
        ? `election needs --rate ${MIN_POLL_RATE} or more (status polls per second in total); got ${options.rate}.`
        : null,
    reusableClient: true,
    idempotent: ['status'],
    generator: () => ({ next: () => ({ f: 'status' }) }),
    finalGenerator: () => ({ generator: finalPolls(), pacingMs: FINAL_POLL_PACING_MS }),
    recoveryProbe: {
        body: { type: 'status' },
        converged(replies) {
            const leaders = replies.filter((r) => r.role === 'leader');
            const term = leaders[0]?.term;
            return leaders.length === 1 && replies.every((r) => r.term === term);
        },
    },
    createClient: () => ({
        async invoke(_invocation, io) {
            const reply = await io.call({ type: 'status' }, { timeoutMs: POLL_TIMEOUT_MS });
            if (reply.kind !== 'ok') {
                return failureFromReply(reply, true);
            }
            const { term, role, leader } = reply.body;
            return { type: 'ok', value: { term, role, leader: leader ?? null } };
        },
    }),
    createJournalTap: ({ nodeIds }) => new VoteJournal(nodeIds),
    check: (history, context) => checkElection(history, {
        nodeIds: context.nodeIds,
        ...(context.journalTap instanceof VoteJournal ? { votes: context.journalTap } : {}),
    }),
};

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
    extras: [
        {
            name: 'appendRatio',
            type: 'number',
            default: String(DEFAULT_APPEND_RATIO),
            meaning: 'the fraction of operations that are appends (the rest are reads)',
        },
        {
            name: 'attemptTimeoutMs',
            type: 'number',
            default: String(DEFAULT_ATTEMPT_TIMEOUT_MS),
            meaning: 'how long a client waits for one attempt before retrying',
        },
        EXACTLY_ONCE_LINEARIZABLE,
    ],
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
        return checkExactlyOnce(history, {
            linearizable: extraFlag(context.options.extra, EXACTLY_ONCE_LINEARIZABLE) === true,
        });
    },
};

;// CONCATENATED MODULE: ./src/workloads/pn-counter.ts
/**
 * The pn-counter workload (maelstrom-protocol.md §2.5) and its g-counter variant (§2.6):
 * a 50/50 mix of `add` with delta uniform in [-5, 4] and `read`; g-counter drops the
 * negative adds (so deltas 0..4 and about two reads in three). After recovery one read per
 * worker flagged final. Errors are indeterminate. Checked by the counter checker.
 */



/** How long nodes must keep reading the same sum before recovery ends (contract.ts, settleMs). */
const COUNTER_SETTLE_MS = 1_000;
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
function counter(name, grow, doc) {
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
        // A sum can agree by coincidence while an add is still in flight: the agreement must hold
        // for a second (several gossip rounds of any sensible node) before the final reads.
        recoveryProbe: sameValueProbe('value', COUNTER_SETTLE_MS),
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
        check: (history) => checkCounter(history),
    };
}
const pnCounter = counter('pn-counter', false, 'A counter that goes up and down, replicated on every node: clients add deltas in [-5, 4] and read; after the cluster heals every read must be a sum of the acknowledged adds plus some of the uncertain ones.');
const gCounter = counter('g-counter', true, 'A grow-only counter replicated on every node: clients add non-negative deltas and read; after the cluster heals every read must count every acknowledged add exactly once.');

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
    check: (history) => checkSetFull(history, { addF: 'add' }),
};

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
 * `commit_offsets` of the highest offsets polled, in the same op; outside the final phase a
 * commit that is not acknowledged makes the poll `info`), `assign` (≈1/64 of ops,
 * and first for every new client: `list_committed_offsets` for the assigned keys; local
 * offsets become existing local, else committed, else 0; recorded as
 * `{keys, committed: {key: offset | null}}`), `crash` (no RPC, `info`, a new
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
/**
 * Recovery probe: poll every live node from the highest offset known per key (acknowledged
 * sends, polls); the nodes agree once each of them returns a message at that offset for every
 * key, i.e. each can serve every acknowledged message. No key known yet: nothing to wait for.
 */
function kafkaProbe(options) {
    const wanted = new Map(progressOf(options).maxOffset);
    return {
        body: { type: 'poll', offsets: Object.fromEntries(wanted) },
        converged: (replies) => replies.every((reply) => {
            const have = new Set(pollPairs(reply.msgs).map(([key, offset]) => `${key}\u0000${offset}`));
            return [...wanted].every(([key, offset]) => have.has(`${key}\u0000${offset}`));
        }),
    };
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
    // Paced only when a poll brought nothing new: a node that pages its answers (100 per poll)
    // is read back-to-back, or the capped phase (10 s × time scale) ends before the end of a
    // long log, and an unread acknowledged send leaves the verdict unknown.
    const progressed = new Map();
    const paced = new Map();
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
            if (step > 2 && progressed.get(worker) !== true && paced.get(worker) !== true) {
                paced.set(worker, true);
                stage.set(worker, step);
                return { waitMs: kafka_FINAL_POLL_PACING_MS };
            }
            paced.set(worker, false);
            progressed.set(worker, false);
            return { f: 'poll', final: true };
        },
        complete(worker, completed) {
            if (completed.type !== 'ok' || completed.invocation.f !== 'poll') {
                return;
            }
            const mine = read.get(worker) ?? new Map();
            for (const [key, offset] of pollPairs(completed.value)) {
                if (offset > (mine.get(key) ?? -1)) {
                    progressed.set(worker, true);
                }
                mine.set(key, Math.max(mine.get(key) ?? -1, offset));
            }
            read.set(worker, mine);
            learn(progress, completed);
        },
    };
    return { generator, pacingMs: 0 };
}
/** Pause between final polls that brought nothing new. */
const kafka_FINAL_POLL_PACING_MS = 200;
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
    const poll = async (io, final) => {
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
            const commit = await io.call({ type: 'commit_offsets', offsets: highest });
            if (commit.kind !== 'ok' && final !== true) {
                // The commit's fate is unknown, so the op is too (the checker trusts ok polls' commits).
                return { type: 'info', value: msgs, error: 'commit_offsets was not acknowledged' };
            }
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
        if (invocation.final === true) {
            return { type: 'ok', value: keys };
        }
        // Record what the node said was committed, for the durable-commit check.
        const listed = {};
        for (const key of keys) {
            const c = committed[key];
            listed[key] = typeof c === 'number' ? c : null;
        }
        return { type: 'ok', value: { keys, committed: listed } };
    };
    return {
        invoke(invocation, io) {
            switch (invocation.f) {
                case 'send':
                    return send(invocation, io);
                case 'poll':
                    return poll(io, invocation.final);
                case 'assign':
                    return assign(invocation, io);
                default:
                    return Promise.resolve({ type: 'info', error: 'crash: the client was restarted' });
            }
        },
    };
}
const kafka = {
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
    recoveryProbe: kafkaProbe,
    createClient: () => kafkaClient(),
    extras: [KAFKA_DURABLE_COMMITS],
    check: (history, context) => checkKafka(history, {
        durableCommits: extraFlag(context.options.extra, KAFKA_DURABLE_COMMITS) === true,
    }),
};

;// CONCATENATED MODULE: ./src/workloads/lin-kv.ts
/**
 * The lin-kv workload (maelstrom-protocol.md §2.7): a linearizable key-value store of
 * registers. Maelstrom's generator (Jepsen `linearizable-register` + `independent`): worker
 * threads are split into groups of 2n (n = node count); each group works on one key at a
 * time, the first n threads of a group only read, the other n write (1/3) or cas (2/3) with
 * random values 0–4. A group moves to a fresh key once 20 distinct processes have touched
 * its key (only crashes, which give a worker a new process, make that happen). With
 * `--extra valueBytes=N` (raft-persistence/compaction) each of the five values is instead a
 * string of exactly N characters, so that a log that keeps every write grows by kilobytes per
 * operation; the domain stays five values, so cas still succeeds as often.
 *
 * The client is reusable; `read` is idempotent (its failures are `fail`); the RPC timeout is
 * max(10 × latency, 1000) ms. Checked per key by the `linearizable` checker, model
 * cas-register. It does not check anything the checker does not (no timeline files).
 */





/** Distinct processes per key before its group moves on (Jepsen's process-limit). */
const PROCESSES_PER_KEY = 20;
/**
 * The `--extra` key that changes that limit. No stage sets it: `dsgrade explore` raises it on
 * the seeds where it steers Figure 8 (grading/swarm.ts), so that the clients still use the key
 * of the steered entry when the node that applied it answers (each kill of a leader gives up
 * to `concurrency` workers a new process, and a steered episode kills three).
 */
const PROCESSES_PER_KEY_EXTRA = {
    name: 'processesPerKey',
    type: 'number',
    default: String(PROCESSES_PER_KEY),
    meaning: "distinct client processes that may touch a key before its group of clients moves to a fresh key (Jepsen's process limit; a crashed operation gives its worker a new process)",
};
/** The `--extra` key that makes the five values strings of a given length. */
const VALUE_BYTES = {
    name: 'valueBytes',
    type: 'number',
    default: '0',
    meaning: 'when above 0, each of the five values 0–4 is a string of exactly this many characters ("3:" and a fixed filler), so every write carries that many bytes (2–65536)',
};
/** The largest `valueBytes` accepted (one value per message stays well under a megabyte). */
const MAX_VALUE_BYTES = 65_536;
/**
 * The value written for the digit `v` (0–4): `v` itself, or with `valueBytes` N > 0 the string
 * "v:" followed by N - 2 filler characters from a fixed generator seeded by v (the same five
 * strings on every run, different from each other at every position after the first two).
 */
function linKvValue(v, valueBytes) {
    if (valueBytes <= 0) {
        return v;
    }
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    let state = (v + 1) * 0x9e3779b1;
    const filler = [];
    for (let i = 2; i < valueBytes; i++) {
        state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6a09e667) | 0;
        filler.push(alphabet.charAt((state >>> 8) % alphabet.length));
    }
    return `${v}:${filler.join('')}`;
}
function valueBytesOf(options) {
    return numberExtra(options, VALUE_BYTES.name, 0);
}
/** The one-line error for a bad `valueBytes` or a concurrency not a multiple of 2n, or null. */
function linKvOptionsError(options) {
    const bytes = valueBytesOf(options);
    if (bytes !== 0 && !(Number.isInteger(bytes) && bytes >= 2 && bytes <= MAX_VALUE_BYTES)) {
        return `--extra valueBytes must be 0 or an integer from 2 to ${MAX_VALUE_BYTES} (got ${String(options.extra.valueBytes)})`;
    }
    const perKey = numberExtra(options, PROCESSES_PER_KEY_EXTRA.name, PROCESSES_PER_KEY);
    if (!(Number.isInteger(perKey) && perKey >= 1)) {
        return `--extra processesPerKey must be an integer of at least 1 (got ${String(options.extra.processesPerKey)})`;
    }
    return linKvConcurrencyError(options);
}
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
/** Keys the main generator of a run handed out (0 … n-1), for the optional final reads. */
const keysUsed = new WeakMap();
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
    const valueBytes = valueBytesOf(context.options);
    const values = [0, 1, 2, 3, 4].map((v) => linKvValue(v, valueBytes));
    const value = () => values[random.int(5)];
    const note = () => keysUsed.set(context.options, nextKey);
    const perKey = numberExtra(context.options, PROCESSES_PER_KEY_EXTRA.name, PROCESSES_PER_KEY);
    return {
        next(worker, process) {
            note();
            const group = groupOf(worker);
            if (!group.processes.has(process) && group.processes.size >= perKey) {
                group.key = nextKey++;
                group.processes = new Set();
            }
            group.processes.add(process);
            note();
            const key = group.key;
            if (worker % size < n) {
                return { f: 'read', key };
            }
            return random.chance(1 / 3)
                ? { f: 'write', key, value: value() }
                : { f: 'cas', key, value: [value(), value()] };
        },
    };
}
/** The `--extra` key that asks for final reads of every key (declared: see shared/extras). */
const FINAL_READS = {
    name: 'finalReads',
    type: 'boolean',
    default: 'false',
    meaning: 'after heal and recovery, read every key the run used once (a store that forgot an older key after restarts is asked again)',
};
/**
 * With `options.extra.finalReads` (the raft-persistence stages): after heal and recovery, one
 * read of every key the run used, spread over the workers. The generator moves to a fresh key
 * after crashes, so without these reads a store that forgot an older key after a restart
 * would never be asked about it again. Null (no final phase) otherwise, as in Maelstrom.
 * `keyCount` (keys 0 … keyCount-1) replaces the keys this generator handed out (shard-kv:
 * its fixed key space).
 */
function linKvFinalReads(context, keyCount) {
    if (extraFlag(context.options.extra, FINAL_READS) !== true) {
        return null;
    }
    const keys = keyCount ?? keysUsed.get(context.options) ?? 0;
    const nextOf = new Map();
    const generator = {
        next(worker) {
            const key = nextOf.get(worker) ?? worker;
            if (key >= keys) {
                return null;
            }
            nextOf.set(worker, key + context.concurrency);
            return { f: 'read', key, final: true };
        },
    };
    return { generator };
}
function rpcTimeoutMs(options) {
    return Math.max(10 * options.latencyMs, 1000);
}
const linKv = {
    name: 'lin-kv',
    extras: [FINAL_READS, VALUE_BYTES, PROCESSES_PER_KEY_EXTRA],
    doc: 'A linearizable key-value store of registers: clients read, write and compare-and-set integer keys (values 0–4) through any node; every key, checked on its own, must behave like one register that changes at a single instant within each operation. Run with --concurrency a multiple of 2n.',
    rpcs: [
        { request: 'read', response: 'read_ok', responseFields: { value: 'any' } },
        { request: 'write', response: 'write_ok' },
        { request: 'cas', response: 'cas_ok' },
    ],
    validateOptions: linKvOptionsError,
    reusableClient: true,
    idempotent: ['read'],
    generator: linKvGenerator,
    finalGenerator: linKvFinalReads,
    // Recovery is over once every node answers a read (of key 0) through the cluster.
    recoveryProbe: {
        body: { type: 'read', key: 0 },
        converged: (replies) => replies.every((body) => body.type === 'read_ok'),
    },
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
    check: (history, context, budget) => ({
        ...checkLinearizable(history, { model: 'cas-register' }, budget),
        ...answered(history, context.options.timeScale),
    }),
};
/** Errors that are the store's answer, not a refusal: key missing (20), cas mismatch (22). */
const ANSWER_CODES = new Set([20, 22]);
/**
 * How well the cluster kept serving, from the client side:
 * - `answeredFraction`: the share of client operations the cluster *answered* — ok, or a
 *   definite key-missing / cas-mismatch error (a correct store gives those: cas values are
 *   random). Unlike `availability.okFraction` it does not count a correct cas refusal as
 *   unavailability; timeouts, error 11 and other errors are unanswered.
 * - `servedFraction`: the share of 1-second windows (× time scale), from the first invocation
 *   to the last completion, in which at least one operation was answered. Progress over time,
 *   so a burst of fast refusals while no leader is known weighs no more than one quiet second.
 */
function answered(history, timeScale = 1) {
    const pairs = types_pairOps(history);
    const answeredPairs = pairs.filter(answeredPair);
    const count = answeredPairs.length;
    return {
        answeredFraction: pairs.length === 0 ? 0 : count / pairs.length,
        answered: count,
        servedFraction: servedWindows(pairs, answeredPairs, timeScale),
    };
}
/** An operation the store answered: ok, or a definite key-missing / cas-mismatch error. */
function answeredPair(p) {
    const done = p.complete;
    if (done?.type === 'ok') {
        return true;
    }
    const code = Array.isArray(done?.error) ? done.error[0] : undefined;
    return done?.type === 'fail' && typeof code === 'number' && ANSWER_CODES.has(code);
}
function servedWindows(pairs, answeredPairs, timeScale) {
    if (pairs.length === 0) {
        return 0;
    }
    const windowNs = 1e9 * (timeScale > 0 ? timeScale : 1);
    const startNs = Math.min(...pairs.map((p) => p.invoke.time));
    const endNs = Math.max(...pairs.map((p) => p.complete?.time ?? p.invoke.time));
    const windows = Math.max(1, Math.floor((endNs - startNs) / windowNs));
    const served = new Set();
    for (const pair of answeredPairs) {
        const index = Math.floor((pair.complete.time - startNs) / windowNs);
        if (index < windows) {
            served.add(index);
        }
    }
    return served.size / windows;
}

;// CONCATENATED MODULE: ./src/workloads/mapreduce.ts
/**
 * The mapreduce workload (issue 17, track 15; curriculum.md §2 track 15). The harness runs
 * the `compute` service (services/compute.ts: one call per calling node at a time, service
 * time proportional to input size). One client submits `job {id, fn, inputs, reducers}` to
 * the first node (the master), one job after another, and expects `job_ok {output}`: an
 * object from key to reduced value, equal to the sequential result.
 *
 * Options (`extra`): `jobs` (1) submitted one after the other; `chunks` (12) documents per
 * job, each 8 lines of 10 words from a small vocabulary; `reducers` (4 × nodes) sent with each
 * job; `fn` (`mixed`: each job draws word-count, inverted-index or grep:<word> from the seed);
 * `msPerUnit` (2) compute time per word mapped / value reduced, scaled by the time scale.
 * The client's timeout is generous (the job's whole compute work on one node, plus 5 s,
 * scaled): a job is never timed out while a correct master could still answer it.
 *
 * Checked by checkers/mapreduce.ts over the history and the compute call log. Jobs go to the
 * first node only, so a stage that kills or pauses nodes spares it (`faultSpare`): a job's
 * master is its single point of failure, as in the MapReduce paper.
 */




const FNS = ['word-count', 'inverted-index', 'grep', 'mixed'];
const LINES = 8;
const WORDS_PER_LINE = 10;
const TIMEOUT_FLOOR_MS = 5000;
const MAPREDUCE_EXTRAS = [
    { name: 'jobs', type: 'number', default: '1', meaning: 'jobs submitted, one after another' },
    { name: 'chunks', type: 'number', default: '12', meaning: 'input documents per job' },
    {
        name: 'reducers',
        type: 'number',
        default: '4 × nodes',
        meaning: 'the reducers field of each job (how many reduce tasks to split the keys into)',
    },
    {
        name: 'fn',
        type: 'string',
        values: FNS,
        default: 'mixed',
        meaning: 'the job function; mixed draws word-count, inverted-index or grep:<word> per job',
    },
    {
        name: 'msPerUnit',
        type: 'number',
        default: '2',
        meaning: 'compute service time per word mapped or value reduced, in ms (× time scale)',
    },
];
/** The compute service's ms per unit in a run of these options (time scale applied). */
function computeMsPerUnit(options) {
    return numberExtra(options, 'msPerUnit', 2) * options.timeScale;
}
function jobTimeoutMs(options) {
    const chunks = numberExtra(options, 'chunks', 12);
    // Map work is one unit per word; reduce work at most as much again (word-count).
    const wholeJobMs = 2 * chunks * LINES * WORDS_PER_LINE * computeMsPerUnit(options);
    return wholeJobMs + TIMEOUT_FLOOR_MS * options.timeScale;
}
function mapreduce_validate(options) {
    const integer = (key, min, max, fallback) => {
        const value = numberExtra(options, key, fallback);
        return Number.isInteger(value) && value >= min && value <= max
            ? null
            : `--extra ${key} must be an integer from ${min} to ${max} (got ${String(options.extra[key])})`;
    };
    const msPerUnit = numberExtra(options, 'msPerUnit', 2);
    if (!(msPerUnit > 0 && msPerUnit <= 100)) {
        return `--extra msPerUnit must be a number above 0 and at most 100 (got ${String(options.extra.msPerUnit)})`;
    }
    return (integer('jobs', 1, 1000, 1) ??
        integer('chunks', 1, 400, 12) ??
        integer('reducers', 1, 100, 4 * options.nodeIds.length));
}
const mapreduce = {
    name: 'mapreduce',
    extras: MAPREDUCE_EXTRAS,
    doc: 'A client submits job {id, fn, inputs, reducers} (fn: word-count, inverted-index or grep:<word>; inputs: document name → text) to the first node and expects job_ok {output} equal to the sequential result. The work is done by calling the harness compute service (compute {fn, phase, input} → compute_ok {result}), which runs one call per calling node at a time and takes time proportional to the input, so a fast job spreads its tasks over the nodes. Checked: every output exactly; each job’s completion time over its parallel bound (its compute work / nodes); the busiest node’s share of the compute time.',
    rpcs: [{ request: 'job', response: 'job_ok', responseFields: { output: 'object' } }],
    validateOptions: mapreduce_validate,
    reusableClient: true,
    idempotent: [],
    clientTimeoutMs: jobTimeoutMs,
    // One map task (a document's words): the completion figure is made of spans this long.
    timeGrainMs: (options) => LINES * WORDS_PER_LINE * computeMsPerUnit(options),
    compute: (options) => ({ msPerUnit: computeMsPerUnit(options) }),
    generator: ({ random, options }) => {
        const jobs = numberExtra(options, 'jobs', 1);
        const chunks = numberExtra(options, 'chunks', 12);
        const reducers = numberExtra(options, 'reducers', 4 * options.nodeIds.length);
        const fnOption = typeof options.extra.fn === 'string' ? options.extra.fn : 'mixed';
        let next = 0;
        return {
            next: (worker) => {
                if (worker !== 0 || next >= jobs) {
                    return null;
                }
                const kind = fnOption === 'mixed' ? random.pick(['word-count', 'inverted-index', 'grep']) : fnOption;
                const fn = kind === 'grep' ? `grep:${pickWord(random)}` : kind;
                const inputs = generateInputs(random, chunks, LINES, WORDS_PER_LINE);
                return { f: 'job', value: { id: `job-${next++}`, fn, inputs, reducers } };
            },
        };
    },
    createClient: ({ options }) => ({
        async invoke(invocation, io) {
            const job = invocation.value;
            const reply = await io.call({ type: 'job', ...job }, { timeoutMs: jobTimeoutMs(options) });
            if (reply.kind !== 'ok') {
                return failureFromReply(reply, false);
            }
            return { type: 'ok', value: { id: job.id, output: reply.body.output } };
        },
    }),
    check: (history, context) => checkMapReduce(history, {
        calls: context.compute,
        nodeCount: context.nodeIds.length,
        msPerUnit: computeMsPerUnit(context.options),
    }),
};

;// CONCATENATED MODULE: ./src/workloads/proxy.ts
/**
 * The proxy workload (issue 16, track 10; curriculum.md §2 track 10). The harness runs
 * `backends` instances (`backend-0 …`, see services/backends.ts). After `init` each proxy node
 * gets `routes {routes: {prefix: [backend ids]}}`: route k (`/users`, `/orders`, `/items`, …)
 * is served by backend-k and backend-(k+1 mod n). Clients send `request {path, method, body}`
 * (path `<prefix>/<id>`, method GET or POST, body `{id}` with a unique id) to any proxy and
 * expect `request_ok {status, body, served_by}`: the reply of the backend that executed it,
 * unchanged. GET is safe to repeat; POST is not (a client timeout of a POST is `info`).
 *
 * Options (`extra`): `backends` (3), `capacity` (8), `serviceTimeMs` (10), `serviceTimeDist`
 * (`exponential`), `serviceLatencyMs` (0), `slowFactor` (none).
 *
 * Checked by checkers/proxy.ts over the history and the execution log.
 */




const PROXY_TIMEOUT_MS = 1000;
/**
 * The deadline a proxy may give a backend: the stage pages advise "a few hundred ms", and the
 * references give each try 150 ms. The harness plays the backends, so a harness stall delays
 * every backend answer by its length: a stall of half this (the vouching rule's share) can
 * already exhaust a correct proxy's deadline. Measured in CI (stop 17): a correct proxy lost
 * two GETs of proxy/forward to a 479 ms event-loop stall, under the 500 ms that the client's
 * 1 s time-out allowed alone.
 */
const PROXY_BACKEND_DEADLINE_MS = 300;
const PREFIXES = ['/users', '/orders', '/items', '/carts'];
const SERVICE_TIME_MS = 10;
const proxy_BACKENDS = backendExtras({
    backends: 3,
    minBackends: 2,
    capacity: 8,
    serviceTimeMs: SERVICE_TIME_MS,
});
/** The `--extra` keys of the proxy workload (the harness backends' keys, other defaults). */
const PROXY_EXTRAS = proxy_BACKENDS.extras;
/** prefix → the backends that serve it (sent to every proxy as `routes`). */
function proxyRoutes(count) {
    const routes = {};
    PREFIXES.slice(0, Math.min(PREFIXES.length, count)).forEach((prefix, k) => {
        routes[prefix] = [`backend-${k}`, `backend-${(k + 1) % count}`];
    });
    return routes;
}
function proxy_backendSpec(options, random) {
    return {
        ...proxy_BACKENDS.spec(options, random),
        requestTypes: ['request'],
        handle: (backend, body) => {
            const id = body.body?.id;
            const method = body.method === 'POST' ? 'POST' : 'GET';
            return {
                type: 'request_ok',
                status: method === 'POST' ? 201 : 200,
                body: { id, path: body.path, method, by: backend },
                served_by: backend,
            };
        },
    };
}
const proxy = {
    name: 'proxy',
    extras: PROXY_EXTRAS,
    doc: 'Clients send HTTP-like requests (request {path, method, body}) to any proxy node, which routes each by its path prefix to one of the backends its routes table names (harness backends backend-0 …) and returns that backend’s request_ok {status, body, served_by} unchanged. Checked: every answer is the one the named backend produced, no request reaches a backend outside its route, no POST executes twice, a definite error means not executed; GET availability and latency are reported.',
    rpcs: [
        { request: 'routes', response: 'routes_ok' },
        { request: 'request', response: 'request_ok', responseFields: { served_by: 'string' } },
    ],
    validateOptions: (options) => proxy_BACKENDS.validate(options),
    reusableClient: true,
    idempotent: [],
    clientTimeoutMs: () => PROXY_TIMEOUT_MS,
    // With a slow backend (proxy/tail) the GET p99 is graded against ≈ 2 × the healthy backends'
    // median + 50 ms: a harness late by a fraction of that distorts it, not only one late by a
    // fraction of the client's time-out. The mean service time stands in for the median here
    // (an upper estimate, so the bound is the stricter for it).
    // Every stage: a backend's deadline (PROXY_BACKEND_DEADLINE_MS) is a time scale the node's
    // availability depends on.
    timeGrainMs: (options) => options.extra.slowFactor === undefined
        ? PROXY_BACKEND_DEADLINE_MS
        : Math.min(PROXY_BACKEND_DEADLINE_MS, TAIL_BOUND_FACTOR * numberExtra(options, 'serviceTimeMs', SERVICE_TIME_MS) +
            TAIL_BOUND_SLACK_MS),
    backends: proxy_backendSpec,
    async setup({ options, nodeIds, call }) {
        const routes = proxyRoutes(proxy_BACKENDS.count(options));
        await Promise.all(nodeIds.map((id) => call(id, { type: 'routes', routes })));
    },
    generator: ({ random, options }) => {
        const prefixes = Object.keys(proxyRoutes(proxy_BACKENDS.count(options)));
        let id = 0;
        return {
            next: () => {
                const n = id++;
                const method = random.chance(0.3) ? 'POST' : 'GET';
                const prefix = prefixes[random.int(prefixes.length)] ?? '/users';
                return { f: 'request', value: { id: n, method, path: `${prefix}/${n}` } };
            },
        };
    },
    createClient: () => ({
        async invoke(invocation, io) {
            const { id, method, path } = invocation.value;
            const reply = await io.call({ type: 'request', path, method, body: { id } }, { timeoutMs: PROXY_TIMEOUT_MS });
            if (reply.kind !== 'ok') {
                return failureFromReply(reply, method === 'GET');
            }
            const { status, body, served_by } = reply.body;
            return { type: 'ok', value: { id, method, path, status, body, served_by } };
        },
    }),
    check: (history, context) => checkProxy(history, context.backends, { routes: proxyRoutes(proxy_BACKENDS.count(context.options)) }),
};

;// CONCATENATED MODULE: ./src/workloads/shard-kv-join-leave.ts
/**
 * shard-kv's join-leave mode (track 13 stage `join-leave`, `--extra joinLeave=true`): the
 * shard controller makes nodes leave and join under load, and the figure that says how
 * available the store stayed while shards moved.
 *
 * Every `reconfigureEveryS` (× time scale) of the main phase the controller alternates:
 * - leave: a random member X gives all its shards to the other members (each to the member
 *   that holds fewest); the new shard_config goes to every running node and the controller
 *   waits for every `shard_config_ok` — X's answer means "my shards are handed over" — then
 *   stops X (SIGKILL; messages to it are dropped). Recorded as `reconfigure`, then
 *   `start-leave` (fault kind `leave`).
 * - join: X is started again (fresh process, same data directory, `init`), recorded as
 *   `stop-leave`; it is sent the current shard_config (it owns nothing in it), then a new one
 *   that moves ⌊shards / members⌋ shards onto it from the members that hold most.
 * A node still away when the main phase ends is started again (owning nothing), so the final
 * reads can go through it.
 *
 * `moveAvailability`: of the main-phase client operations invoked once the first
 * reconfiguration had begun (shards keep moving from then on: a shard whose data never reaches
 * its new owner stays unavailable after its reconfiguration has ended), the share the store
 * answered (ok, or a definite key-missing / cas-mismatch error). Final reads are not counted.
 * Operations sent to a node that was away (stopped) at any time during the operation are left
 * out: no node can answer while stopped. Time-based (client time-outs are times). Absent when
 * no operation was counted.
 *
 * Does not check that a leaving node really had nothing left when stopped: that shows as
 * unanswered requests (the new owner waits for data that never comes) or as lost writes.
 */



/** The members' shard counts, fewest first (ties by node id order). */
function byLoad(shards, members) {
    const count = new Map(members.map((id) => [id, 0]));
    Object.values(shards).forEach((id) => count.has(id) && count.set(id, (count.get(id) ?? 0) + 1));
    return [...members].sort((a, b) => (count.get(a) ?? 0) - (count.get(b) ?? 0));
}
/** Give every shard of `leaving` to the member that holds fewest at the time. */
function leaveMoves(shards, leaving, members) {
    const others = members.filter((id) => id !== leaving);
    const moves = [];
    for (const [s, owner] of Object.entries(shards)) {
        if (owner === leaving) {
            const to = byLoad(shards, others)[0];
            shards[s] = to;
            moves.push({ shard: Number(s), from: leaving, to });
        }
    }
    return moves;
}
/** Move ⌊shards / (members + 1)⌋ shards onto `joining`, each from the member holding most. */
function joinMoves(shards, joining, members) {
    const want = Math.floor(Object.keys(shards).length / (members.length + 1));
    const moves = [];
    for (let i = 0; i < want; i++) {
        const from = byLoad(shards, members).at(-1);
        const s = Object.keys(shards).find((k) => shards[k] === from);
        shards[s] = joining;
        moves.push({ shard: Number(s), from, to: joining });
    }
    return moves;
}
async function sendTo(call, nodeIds, version, shards) {
    await Promise.all(nodeIds.map((id) => call(id, { type: 'shard_config', version, shards: { ...shards } })));
}
/** Record a reconfiguration around sending it to the running nodes. */
async function reconfigure(context, running, version, shards, moves) {
    const value = { kind: 'reconfigure', version, moves };
    context.record({ type: 'invoke', f: 'reconfigure', value });
    await sendTo(context.call, running, version, shards);
    const list = moves.map((m) => `shard ${m.shard} ${m.from}→${m.to}`).join(', ');
    context.record({
        type: 'info',
        f: 'reconfigure',
        value: { ...value, description: `shard_config version ${version}: ${list}` },
    });
}
/** Record a membership fault (kind `leave`) around stopping or starting a node. */
async function membership(context, f, node, action) {
    const description = f === 'start-leave'
        ? `${node} left: it answered the shard_config that took its shards, then was stopped (SIGKILL)`
        : `${node} joined: started again (fresh process, same data directory, init), owning no shard yet`;
    const value = { kind: 'leave', nodes: [node], description };
    context.record({ type: 'invoke', f, value });
    await action();
    context.record({ type: 'info', f, value });
}
/** The join-leave controller, started from a version-1 map `shards` (mutated). */
function joinLeaveController(context, shards) {
    const { options, nodeIds, random } = context;
    const everyMs = numberExtra(options, 'reconfigureEveryS', 4) * 1000 * options.timeScale;
    let members = [...nodeIds];
    let away;
    let version = 1;
    const join = async (node, withShards) => {
        await membership(context, 'stop-leave', node, () => context.startNode(node));
        away = undefined;
        await sendTo(context.call, [node], version, shards);
        if (withShards) {
            const moves = joinMoves(shards, node, members);
            members = [...members, node];
            await reconfigure(context, members, ++version, shards, moves);
        }
    };
    const leave = async () => {
        const node = random.pick(members);
        const moves = leaveMoves(shards, node, members);
        await reconfigure(context, members, ++version, shards, moves);
        members = members.filter((id) => id !== node);
        await membership(context, 'start-leave', node, () => context.stopNode(node));
        away = node;
    };
    const loop = async () => {
        while (true) {
            await context.sleep(everyMs);
            if (context.stopped()) {
                break;
            }
            if (away === undefined) {
                await leave();
            }
            else {
                await join(away, true);
            }
        }
        if (away !== undefined) {
            await join(away, false);
        }
    };
    return { done: loop() };
}
/** When the first reconfiguration began (ns), if there was one. */
function firstMoveNs(history) {
    return history.find((op) => op.process === 'nemesis' && op.f === 'reconfigure' && op.type === 'invoke')?.time;
}
/** True when `node` was away (left, not yet joined) at some time in [fromNs, toNs]. */
function awayDuring(history) {
    const windows = faultWindows(history).filter((w) => w.kind === 'leave');
    return (node, fromNs, toNs) => windows.some((w) => w.nodes.includes(node) && w.startNs <= toNs && w.endNs >= fromNs);
}
/** The move-availability figures (see the header); empty when no operation fell in a move. */
function moveAvailability(history) {
    const fromNs = firstMoveNs(history);
    if (fromNs === undefined) {
        return {};
    }
    const away = awayDuring(history);
    const lastNs = history.at(-1)?.time ?? 0;
    const inMove = (p) => p.invoke.process !== 'nemesis' &&
        p.invoke.final !== true &&
        p.invoke.time >= fromNs &&
        !away(p.invoke.node ?? '', p.invoke.time, p.complete?.time ?? lastNs);
    const pairs = types_pairOps(history).filter(inMove);
    if (pairs.length === 0) {
        return {};
    }
    return {
        moveAvailability: pairs.filter(answeredPair).length / pairs.length,
        moveOps: pairs.length,
    };
}

;// CONCATENATED MODULE: ./src/workloads/shard-kv.ts
/**
 * The shard-kv workload (issue 17, track 13; curriculum.md §2 track 13): lin-kv operations
 * (`read {key}`, `write {key, value}`, `cas {key, from, to}`) over `keys` integer keys (100)
 * that fall into `shards` shards (16; `shard = key mod shards`). A shard controller run by the
 * harness tells every node who owns each shard with `shard_config {version, shards}` (`shards`
 * maps each shard number, as a string, to a node id), answered by `shard_config_ok`: once in
 * setup (version 1, shard s → node s mod n) and, with `reconfigureEveryS`, every that many
 * seconds (× time scale) during the main phase, where each reconfiguration moves
 * `movesPerReconfigure` random shards to another node and raises the version by one. Nodes
 * move the data themselves (node-to-node messages of their own design). Each reconfiguration
 * is recorded in the history as a `reconfigure` op of process "nemesis". With `joinLeave`
 * the controller instead makes nodes leave (shards handed over, then the node is stopped) and
 * join (started again, then given shards) under load: shard-kv-join-leave.ts. With
 * `finalReads`, after the main phase every key is read once (lin-kv's final reads).
 *
 * With `groups` G ≥ 1 (stage replicated) the nodes are split, in order, into G replica groups
 * `g0` … (n0-n2 = g0, n3-n5 = g1, … for 9 nodes and 3 groups; sizes differ by at most one) and
 * the one shard_config, sent in setup, is `{version: 1, groups: {g: [node ids]}, shards:
 * {shard: g}}` with shard s → group s mod G. Every member of a group is to hold the group's
 * shards (replication is the nodes' business: nothing checks how). Groups come with a static
 * map: combining them with `reconfigureEveryS` or `joinLeave` is refused.
 *
 * Clients send any key to any node (worker i → node i mod n); keys are uniform, half the ops
 * are reads, a quarter writes of values unique in the run, a quarter cas from the last value
 * the generator saw for that key to a unique value. A read answered with error 20 (key does
 * not exist) is recorded as `ok` with value null: "no value" is an answer, so a write that
 * vanished in a move is caught. Client time-out 1 s.
 *
 * Checked: per key by the `linearizable` checker (model cas-register: keys are independent);
 * `lostWriteCount` (see lostWrites); `maxOverMeanLoad` (messages delivered to the busiest
 * node over the mean per node, from the journal tap); `moveAvailability` (requests answered
 * during moves, shard-kv-join-leave.ts). Does not check where a key was
 * executed (placement): nodes report nothing that would show it.
 */







const SHARD_KV_TIMEOUT_MS = 1000;
const GROUPS = {
    name: 'groups',
    type: 'number',
    default: '0 (no groups: each shard is owned by one node)',
    meaning: 'split the nodes, in order, into this many replica groups (g0 = the first n/G nodes, …); shard_config then carries groups {g: [node ids]} and maps each shard to a group',
};
const JOIN_LEAVE = {
    name: 'joinLeave',
    type: 'boolean',
    default: 'false',
    meaning: 'every reconfigureEveryS (default 4) a node leaves (its shards handed over, then it is stopped) or the node away joins again (started, then given shards)',
};
/** The `--extra` keys of the shard-kv workload. */
const SHARD_KV_EXTRAS = [
    {
        name: 'keys',
        type: 'number',
        default: '100',
        meaning: 'how many keys the clients use (0 … keys-1, uniform)',
    },
    {
        name: 'shards',
        type: 'number',
        default: '16',
        meaning: 'how many shards (shard = key mod shards)',
    },
    {
        name: 'reconfigureEveryS',
        type: 'number',
        default: '0 (never)',
        meaning: 'the controller moves shards every this many seconds (× time scale) of the main phase',
    },
    {
        name: 'movesPerReconfigure',
        type: 'number',
        default: '4',
        meaning: 'shards moved to another node at each reconfiguration',
    },
    JOIN_LEAVE,
    GROUPS,
    FINAL_READS,
];
function joinLeave(options) {
    return extraFlag(options.extra, JOIN_LEAVE) === true;
}
function shard_kv_validate(options) {
    const keys = numberExtra(options, 'keys', 100);
    if (!Number.isInteger(keys) || keys < 1 || keys > 100_000) {
        return `--extra keys must be an integer from 1 to 100000 (got ${String(options.extra.keys)})`;
    }
    const shards = numberExtra(options, 'shards', 16);
    if (!Number.isInteger(shards) || shards < 1 || shards > 1024) {
        return `--extra shards must be an integer from 1 to 1024 (got ${String(options.extra.shards)})`;
    }
    if (!(numberExtra(options, 'reconfigureEveryS', 0) >= 0)) {
        return `--extra reconfigureEveryS must be ≥ 0 (got ${String(options.extra.reconfigureEveryS)})`;
    }
    const moves = numberExtra(options, 'movesPerReconfigure', 4);
    if (!Number.isInteger(moves) || moves < 1) {
        return `--extra movesPerReconfigure must be a positive integer (got ${String(options.extra.movesPerReconfigure)})`;
    }
    if (joinLeave(options) && options.nodeIds.length < 3) {
        return `--extra joinLeave needs at least 3 nodes (got ${options.nodeIds.length})`;
    }
    return validateGroups(options);
}
function validateGroups(options) {
    const groups = numberExtra(options, 'groups', 0);
    if (groups === 0) {
        return null;
    }
    const nodeCount = options.nodeIds.length;
    if (!Number.isInteger(groups) || groups < 1 || groups > nodeCount) {
        return `--extra groups must be an integer from 1 to the node count ${nodeCount} (got ${String(options.extra.groups)}): every group needs at least one node`;
    }
    if (joinLeave(options) || numberExtra(options, 'reconfigureEveryS', 0) > 0) {
        return '--extra groups gives a static shard map: it cannot be combined with reconfigureEveryS or joinLeave';
    }
    return null;
}
/**
 * The replica groups: `groups` consecutive runs of the node ids, in order, sizes differing by
 * at most one (9 nodes, 3 groups: g0 = n0 n1 n2, g1 = n3 n4 n5, g2 = n6 n7 n8).
 */
function replicaGroups(groups, nodeIds) {
    const out = {};
    for (let g = 0; g < groups; g++) {
        const from = Math.floor((g * nodeIds.length) / groups);
        const to = Math.floor(((g + 1) * nodeIds.length) / groups);
        out[`g${g}`] = nodeIds.slice(from, to);
    }
    return out;
}
/** The version-1 map: shard s → node s mod n (as sent, shard numbers as strings). */
function initialShardMap(shardCount, nodeIds) {
    const shards = {};
    for (let s = 0; s < shardCount; s++) {
        shards[String(s)] = nodeIds[s % nodeIds.length];
    }
    return shards;
}
async function sendConfig(call, nodeIds, version, shards, groups) {
    await Promise.all(nodeIds.map((id) => call(id, {
        type: 'shard_config',
        version,
        ...(groups === undefined ? {} : { groups: structuredClone(groups) }),
        shards: { ...shards },
    })));
}
/** The setup config: shard → node, or with `groups` shard → group and the groups' members. */
function initialConfig(options, nodeIds) {
    const shardCount = numberExtra(options, 'shards', 16);
    const groupCount = numberExtra(options, 'groups', 0);
    if (groupCount <= 0) {
        return { shards: initialShardMap(shardCount, nodeIds) };
    }
    const groups = replicaGroups(groupCount, nodeIds);
    return { shards: initialShardMap(shardCount, Object.keys(groups)), groups };
}
/** The controller: every `reconfigureEveryS` (× time scale), move some shards and tell everyone. */
function shardController(context) {
    const { options, nodeIds, random } = context;
    const shardCount = numberExtra(options, 'shards', 16);
    if (joinLeave(options)) {
        return joinLeaveController(context, initialShardMap(shardCount, nodeIds));
    }
    const everyS = numberExtra(options, 'reconfigureEveryS', 0);
    if (everyS <= 0 || nodeIds.length < 2 || numberExtra(options, 'groups', 0) > 0) {
        return null;
    }
    const moveCount = Math.min(numberExtra(options, 'movesPerReconfigure', 4), shardCount);
    const shards = initialShardMap(shardCount, nodeIds);
    const loop = async () => {
        for (let version = 2;; version++) {
            await context.sleep(everyS * 1000 * options.timeScale);
            if (context.stopped()) {
                return;
            }
            const moved = random
                .shuffle(Array.from({ length: shardCount }, (_, s) => s))
                .slice(0, moveCount);
            const moves = moved.map((s) => {
                const from = shards[String(s)];
                const others = nodeIds.filter((id) => id !== from);
                const to = others[random.int(others.length)];
                shards[String(s)] = to;
                return { shard: s, from, to };
            });
            const description = moves.map((m) => `shard ${m.shard} ${m.from}→${m.to}`).join(', ');
            context.record({
                type: 'invoke',
                f: 'reconfigure',
                value: { kind: 'reconfigure', version, moves },
            });
            await sendConfig((id, body) => context.call(id, body), nodeIds, version, shards);
            context.record({
                type: 'info',
                f: 'reconfigure',
                value: {
                    kind: 'reconfigure',
                    version,
                    moves,
                    description: `shard_config version ${version}: ${description}`,
                },
            });
        }
    };
    return { done: loop() };
}
/** Uniform keys; read ½, write ¼, cas ¼ (from the last value seen for the key). */
function shardKvGenerator(context) {
    const { random, options } = context;
    const keys = numberExtra(options, 'keys', 100);
    const lastSeen = new Map();
    let nextValue = 1;
    return {
        next() {
            const key = random.int(keys);
            const roll = random.float();
            if (roll < 0.5) {
                return { f: 'read', key };
            }
            if (roll < 0.75 || !lastSeen.has(key)) {
                return { f: 'write', key, value: nextValue++ };
            }
            return { f: 'cas', key, value: [lastSeen.get(key), nextValue++] };
        },
        complete(_worker, completed) {
            const { invocation } = completed;
            if (completed.type !== 'ok' || typeof invocation.key !== 'number') {
                return;
            }
            if (invocation.f === 'read' && completed.value !== null && completed.value !== undefined) {
                lastSeen.set(invocation.key, completed.value);
            }
            else if (invocation.f === 'write') {
                lastSeen.set(invocation.key, invocation.value);
            }
            else if (invocation.f === 'cas') {
                lastSeen.set(invocation.key, invocation.value[1]);
            }
        },
    };
}
/** Counts messages delivered to each node (from clients, other nodes and the harness). */
class NodeLoadTap {
    delivered = new Map();
    constructor(nodeIds) {
        nodeIds.forEach((id) => this.delivered.set(id, 0));
    }
    observe(event) {
        const count = this.delivered.get(event.message.dest);
        if (event.type === 'deliver' && count !== undefined) {
            this.delivered.set(event.message.dest, count + 1);
        }
    }
}
/** The busiest node's delivered messages over the mean; absent when nothing was delivered. */
function loadFigures(tap) {
    if (!(tap instanceof NodeLoadTap)) {
        return {};
    }
    const counts = [...tap.delivered.values()];
    const mean = counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length);
    return mean > 0
        ? {
            maxOverMeanLoad: Math.max(...counts) / mean,
            busiestNode: [...tap.delivered].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '',
        }
        : {};
}
/** The value an ok write or cas put into its key. */
function writtenValue(op) {
    return op.f === 'cas' ? op.value?.[1] : op.value;
}
/**
 * Acknowledged writes that a later read does not reflect: a write or cas W answered ok, and a
 * read invoked after W's ok that returned no value (null) or a value whose own write was
 * answered ok before W was invoked (strictly older than W). Written values are unique per
 * run, so a correct store can never give such a read: sound for any shard map or schedule.
 * Writes that timed out (info) are never counted, nor used as the older write.
 */
function lostWrites(history) {
    const pairs = types_pairOps(history).filter((p) => p.complete?.type === 'ok');
    const writesByKey = new Map();
    const writerOf = new Map();
    for (const { invoke, complete } of pairs) {
        if (invoke.f !== 'write' && invoke.f !== 'cas') {
            continue;
        }
        const k = JSON.stringify(invoke.key);
        const value = writtenValue(invoke);
        const entry = { invokeNs: invoke.time, okNs: complete.time, op: invoke, value };
        writesByKey.set(k, [...(writesByKey.get(k) ?? []), entry]);
        writerOf.set(`${k}/${JSON.stringify(value)}`, entry);
    }
    const lost = new Map();
    for (const { invoke, complete } of pairs) {
        if (invoke.f !== 'read') {
            continue;
        }
        const k = JSON.stringify(invoke.key);
        const value = complete.value ?? null;
        const writer = value === null ? undefined : writerOf.get(`${k}/${JSON.stringify(value)}`);
        if (value !== null && writer === undefined) {
            continue; // a value no acknowledged write produced: the linearizable checker's business
        }
        for (const w of writesByKey.get(k) ?? []) {
            const older = writer === undefined || writer.okNs < w.invokeNs;
            if (w.okNs < invoke.time && older && !lost.has(w.op.index)) {
                lost.set(w.op.index, {
                    key: invoke.key,
                    value: w.value,
                    writeIndex: w.op.index,
                    readIndex: invoke.index,
                    readValue: value,
                    readNode: invoke.node,
                });
            }
        }
    }
    return [...lost.values()].sort((a, b) => a.writeIndex - b.writeIndex);
}
/** Shard moves recorded between two times (the controller's `reconfigure` ops). */
function movesBetween(history, fromNs, toNs) {
    return history.filter((op) => op.process === 'nemesis' &&
        op.f === 'reconfigure' &&
        op.type === 'invoke' &&
        op.time >= fromNs &&
        op.time <= toNs).length;
}
/**
 * The lost-write figures, and one anomaly naming the first lost write (the write, the read that
 * shows it, the node that answered the read, and whether a reconfiguration came between).
 */
function lostWriteFigures(history, grouped) {
    const lost = lostWrites(history);
    const first = lost[0];
    if (first === undefined) {
        return { lostWriteCount: 0 };
    }
    const timeOf = (index) => history[index]?.time ?? 0;
    const at = (index) => `${(timeOf(index) / 1e9).toFixed(2)} s`;
    const okIndex = history.findIndex((op) => op.index > first.writeIndex && op.process === history[first.writeIndex]?.process);
    const moves = movesBetween(history, timeOf(first.writeIndex), timeOf(first.readIndex));
    const why = moves > 0
        ? `${moves} reconfiguration(s) came between them: the shard moved without this write`
        : grouped
            ? 'no reconfiguration came between them: the read was answered from a copy the write had not reached (does every read go through its group’s log, or does one member answer from its own copy, behind or cut off?)'
            : 'no reconfiguration came between them: the read reached a copy the write never reached (is every request answered by the owner of its shard?)';
    const message = `acknowledged write lost: write of ${JSON.stringify(first.value)} to key ${JSON.stringify(first.key)} was acknowledged at ${at(okIndex >= 0 ? okIndex : first.writeIndex)}, ` +
        `but a read that began at ${at(first.readIndex)} (through ${first.readNode ?? 'a node'}) returned ${JSON.stringify(first.readValue)}, an older state; ${why}.` +
        (lost.length > 1 ? ` ${lost.length} acknowledged writes were lost in all.` : '');
    return {
        lostWriteCount: lost.length,
        lostWriteExample: message,
        anomaly: {
            type: 'lost-write',
            message,
            ops: [first.writeIndex, first.readIndex],
            ...(first.readNode === undefined ? {} : { nodes: [first.readNode] }),
            timeNs: [timeOf(first.writeIndex), timeOf(first.readIndex)],
        },
    };
}
/** Per-key linearizability, with a lost write (a sound proof of non-linearizability) named first. */
function checkShardKv(history, context, budget) {
    const linearizable = checkLinearizable(history, { model: 'cas-register' }, budget);
    const grouped = numberExtra(context.options, 'groups', 0) > 0;
    const { anomaly, ...lost } = lostWriteFigures(history, grouped);
    return {
        ...linearizable,
        ...(anomaly === undefined
            ? {}
            : { valid: false, anomalies: [anomaly, ...linearizable.anomalies] }),
        ...lost,
        ...loadFigures(context.journalTap),
        ...moveAvailability(history),
    };
}
const shardKv = {
    name: 'shard-kv',
    extras: SHARD_KV_EXTRAS,
    doc: 'Clients read, write and compare-and-set integer keys (100 keys in 16 shards, shard = key mod 16) through any node; the harness shard controller sends every node shard_config {version, shards: {shard: node}} at the start and at reconfigurations, and a node forwards a request for a shard it does not own to its owner, moving a shard’s data itself when the shard changes owner; with --extra groups the nodes form replica groups (shard_config carries groups {g: [nodes]} and maps shards to groups) and every member of a group replicates its shards. Checked: every key behaves like one linearizable register; no acknowledged write is lost; messages per node are reported.',
    rpcs: [
        { request: 'shard_config', response: 'shard_config_ok' },
        { request: 'read', response: 'read_ok', responseFields: { value: 'any' } },
        { request: 'write', response: 'write_ok' },
        { request: 'cas', response: 'cas_ok' },
    ],
    validateOptions: shard_kv_validate,
    reusableClient: true,
    idempotent: ['read'],
    clientTimeoutMs: () => SHARD_KV_TIMEOUT_MS,
    async setup({ options, nodeIds, call }) {
        const { shards, groups } = initialConfig(options, nodeIds);
        await sendConfig(call, nodeIds, 1, shards, groups);
    },
    controller: shardController,
    generator: shardKvGenerator,
    finalGenerator: (context) => linKvFinalReads(context, numberExtra(context.options, 'keys', 100)),
    // Recovery is over once every node answers a read of key 0 (a value, or "no such key").
    recoveryProbe: {
        body: { type: 'read', key: 0 },
        converged: (replies) => replies.every((body) => body.type === 'read_ok' || (body.type === 'error' && body.code === 20)),
    },
    createClient: () => ({
        async invoke(invocation, io) {
            const { f, key, value } = invocation;
            const body = f === 'read'
                ? { type: 'read', key }
                : f === 'write'
                    ? { type: 'write', key, value }
                    : { type: 'cas', key, from: value[0], to: value[1] };
            const reply = await io.call(body, { timeoutMs: SHARD_KV_TIMEOUT_MS });
            if (f === 'read' && reply.kind === 'error' && reply.code === 20) {
                return { type: 'ok', value: null };
            }
            if (reply.kind !== 'ok') {
                return failureFromReply(reply, f === 'read');
            }
            return f === 'read' ? { type: 'ok', value: reply.body.value ?? null } : { type: 'ok', value };
        },
    }),
    createJournalTap: ({ nodeIds }) => new NodeLoadTap(nodeIds),
    check: checkShardKv,
};

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
    check: (history, context, budget) => checkListAppend(history, { consistencyModels: context.options.consistencyModels }, budget),
};

;// CONCATENATED MODULE: ./src/workloads/txn-rw-register.ts
/**
 * The txn-rw-register workload (maelstrom-protocol.md §2.9): transactions of reads
 * `["r", k, null]` and writes `["w", k, v]` over integer keys (Elle's generator defaults,
 * values unique per key). Reply `txn_ok` with reads filled in (null if absent). Client
 * reusable, nothing idempotent. Checked by Elle's rw-register inference using only the
 * inference rules sound for the requested models (src/checkers/elle/rw-register.ts,
 * docs/checkers-rules.md): under read-uncommitted no register history can show G0, so a
 * stage that must expose G0 uses txn-list-append.
 */



const txnRwRegister = {
    ...txnWorkloadBase('w'),
    name: 'txn-rw-register',
    doc: 'A transactional key-value store of registers: clients send transactions of reads and writes; the node must execute them with the requested isolation (read-uncommitted, read-committed, … strict-serializable) and return what it read.',
    extras: RW_REGISTER_EXTRAS,
    createClient: () => txnClient(),
    check: (history, context, budget) => checkRwRegister(history, {
        consistencyModels: context.options.consistencyModels,
        ...rwRegisterExtras(context.options.extra),
    }, budget),
};

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
    check: (history) => checkUniqueIds(history),
};

;// CONCATENATED MODULE: ./src/workloads/registry.ts


















const WORKLOADS = {
    broadcast: broadcast,
    cache: cache,
    echo: echo,
    'echo-errors': echoErrors,
    election: election,
    'exactly-once': exactlyOnceWorkload,
    'g-counter': gCounter,
    'g-set': gSet,
    kafka: kafka,
    'lin-kv': linKv,
    'load-balance': loadBalance,
    mapreduce: mapreduce,
    'pn-counter': pnCounter,
    proxy: proxy,
    'shard-kv': shardKv,
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

;// CONCATENATED MODULE: ./src/workloads/index.ts



;// CONCATENATED MODULE: ./src/report/limits.ts
/**
 * Every GitHub limit the renderers and the publisher depend on, each with its source
 * (github-actions.md §2–§3 and style.md §3.5 model 8). Renderers trim *below* these
 * themselves, in documented steps, rather than letting GitHub refuse or cut the text.
 */
/** Job summary per step: the runner drops a larger file with an error annotation
 * ("supports content up to a size of 1024k"). [src: actions/runner, FileCommandManager] */
const limits_SUMMARY_MAX_BYTES = 1_048_576;
/** Issue / PR / commit comment body: "Body is too long (maximum is 65536 characters)". [docs] */
const limits_COMMENT_MAX_CHARS = 65_536;
/** Check run `output.summary`: 65,535 characters and 65,535 UTF-8 bytes; over → 422. [docs,
 * 3rd-party measured: Sluiceway] */
const limits_CHECK_RUN_SUMMARY_MAX = 65_535;
/** Check run `output.text`: 65,535 characters; over 65,535 bytes silently truncated.
 * [3rd-party measured: Sluiceway; dorny/test-reporter trims to 65,535 bytes] */
const limits_CHECK_RUN_TEXT_MAX = 65_535;
/** Annotations per check-run create/update request; more need follow-up PATCHes (which
 * append). 51 → 422 "No more than 50 items are allowed". [docs; Sluiceway] */
const ANNOTATIONS_PER_REQUEST = 50;
/** Annotation title length. [dorny/test-reporter trims to 255] */
const limits_ANNOTATION_TITLE_MAX = 255;
/** Annotation message / raw_details: 64 KB each. [EnricoMi abbreviates to 64,000 bytes] */
const limits_ANNOTATION_MESSAGE_MAX_BYTES = 64_000;
/** Workflow-command annotations recorded per type per step. [src: runner
 * ExecutionContext.cs `_maxCountPerIssueType = 10`] */
const WORKFLOW_ANNOTATIONS_PER_TYPE = 10;
/** `core.error` annotations we emit ourselves: one of the 10 slots is kept for setFailed. */
const WORKFLOW_ERROR_BUDGET = WORKFLOW_ANNOTATIONS_PER_TYPE - 1;
/** Workflow-command annotation messages are cut to this many characters. [src: runner] */
const WORKFLOW_ANNOTATION_MESSAGE_MAX = 4_096;
/** Annotations we send through the Checks API in one run (a bound on requests: the token's
 * secondary limit is 80 content-creating requests per minute). [docs via Sluiceway] */
const CHECK_RUN_ANNOTATIONS_MAX = 200;
/** Lines of learner output (build, node stderr) we carry into any report. Ours. */
const LEARNER_TAIL_LINES = 40;
/** Characters per learner line we carry into any report. Ours. */
const limits_LEARNER_LINE_MAX_CHARS = 300;

;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Making learner-controlled text safe in Markdown/HTML (job summary, comments, check runs):
 * HTML escaped, `@` mentions and `#123` references defused, table pipes escaped, code fenced
 * with a fence longer than any backtick run inside. Plus trimming to character and UTF-8 byte
 * limits at a line boundary with open fences closed and a visible notice.
 */

const ZERO_WIDTH_SPACE = '\u200b';
/** Strips ANSI escape sequences and other control characters except tab. */
/* eslint-disable no-control-regex -- control characters are exactly what this removes */
const ANSI_ESCAPE = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/* eslint-enable no-control-regex */
function escape_stripControl(text) {
    return text.replace(ANSI_ESCAPE, '').replace(CONTROL, '');
}
function escape_escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
/** Learner text inline in Markdown: one line, HTML and Markdown escaped, mentions defused. */
function escape_inlineText(text, maxChars = LEARNER_LINE_MAX_CHARS) {
    const oneLine = escape_stripControl(text.replace(/\r\n|\r|\n/g, ' '));
    const short = oneLine.length > maxChars ? `${oneLine.slice(0, maxChars - 1)}…` : oneLine;
    return defuseReferences(escape_escapeHtml(short).replace(/([\\`*_[\]|~])/g, '\\$1'));
}
/** `@name` and `#123` would notify people / link issues: insert a zero-width space. */
function defuseReferences(text) {
    return text
        .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZERO_WIDTH_SPACE}`)
        .replace(/(?<!&)#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`);
}
/** A fenced code block that no line inside can close. Mentions inside code never notify. */
function escape_codeBlock(lines, maxLineChars = LEARNER_LINE_MAX_CHARS) {
    const body = lines.map((line) => {
        const clean = escape_stripControl(line);
        return clean.length > maxLineChars ? `${clean.slice(0, maxLineChars - 1)}…` : clean;
    });
    const longestRun = Math.max(0, ...body.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}text\n${body.join('\n')}\n${fence}`;
}
/** Inline code for our own commands (replay lines); backticks inside get a longer fence. */
function escape_inlineCode(text, inTable = false) {
    const clean = escape_stripControl(text.replace(/\r\n|\r|\n/g, ' '));
    const longestRun = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${inTable ? clean.replace(/\|/g, '\\|') : clean}${pad}${fence}`;
}
function utf8Bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * Cuts `text` at a line boundary so that it, plus a closing fence if one is open and the
 * notice, fits in `maxChars` characters and `maxBytes` UTF-8 bytes.
 */
function escape_trimToLimit(text, maxChars, maxBytes, notice) {
    if (text.length <= maxChars && utf8Bytes(text) <= maxBytes) {
        return text;
    }
    const tail = `\n\n${notice}\n`;
    const budgetChars = maxChars - tail.length - 16;
    const budgetBytes = maxBytes - utf8Bytes(tail) - 64;
    const lines = text.split('\n');
    const kept = [];
    let chars = 0;
    let bytes = 0;
    for (const line of lines) {
        const lineBytes = utf8Bytes(line) + 1;
        if (chars + line.length + 1 > budgetChars || bytes + lineBytes > budgetBytes) {
            break;
        }
        kept.push(line);
        chars += line.length + 1;
        bytes += lineBytes;
    }
    const fence = openFence(kept);
    return `${kept.join('\n')}${fence !== null ? `\n${fence}` : ''}${tail}`;
}
/** The fence that is still open at the end of these lines, if any. */
function openFence(lines) {
    let open = null;
    for (const line of lines) {
        const match = /^(`{3,})/.exec(line);
        if (match === null) {
            continue;
        }
        if (open === null) {
            open = match[1];
        }
        else if (line.trim() === open) {
            open = null;
        }
    }
    return open;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/util.js

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function util_assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function util_assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            util_assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        util_assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function util_isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const util_allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function util_isPlainObject(o) {
    if (util_isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (util_isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (util_isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!util_isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!util_isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function util_issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const memoizer_NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : memoizer_NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = memoizer_NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = memoizer_NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : memoizer_NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = rawShape(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== memoizer_NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === memoizer_NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ regexes_anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...prefixIssues(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ $constructor("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    hide(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes_boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ $constructor("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ $constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = _null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ $constructor("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    util_assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = util_isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = util_isObject;
    const jit = !globalConfig.jitless;
    const allowsEval = util_allowsEval;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
(/* unused pure expression or super */ null && (core.$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    util.defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    util.assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = util.rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = util.cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
})));
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (util_isPlainObject(a) && util_isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ $constructor("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = aborted(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (aborted(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util_isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(util_issue(_iss));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
var registries_a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_null(Class, params) {
    return new Class({
        type: "null",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new $ZodCheckProperties({
        check: "properties",
        shape,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(util_issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function api_describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                util_assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            util_assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                util_assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        util_assignProp(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            util_assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = parsedType(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
                return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer);
const $ZodRealError = $constructor("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const parse_validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
        config(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
        config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return clone(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return schemas_default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return schemas_catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return hide(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        own(this, "spa", value);
    },
    validate(data, params) {
        return parse_validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function schemas_string(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return core._url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function schemas_cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function schemas_hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function schemas_hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function schemas_number(params) {
    return _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return _int(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function schemas_boolean(params) {
    return _boolean(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ $constructor("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    positive(params) {
        return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
        return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
}));
function schemas_bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function schemas_undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ $constructor("ZodNull", (inst, def) => {
    $ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullProcessor(inst, ctx, json, params);
});
function schemas_null(params) {
    return api_null(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function schemas_void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ $constructor("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
}, 
/*@__PURE__*/ derived({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function schemas_date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return schemas_enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return schemas_enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(mergeDefs(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return extend(this, incoming);
    },
    safeExtend(incoming) {
        return safeExtend(this, incoming);
    },
    merge(other) {
        return merge(this, other);
    },
    pick(mask) {
        return pick(this, mask);
    },
    omit(mask) {
        return omit(this, mask);
    },
    partial(...args) {
        return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return required(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...normalizeParams(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...util.normalizeParams(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodDiscriminatedUnion.init(inst, def);
})));
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ $constructor("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof $ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...normalizeParams(params),
    });
}
const ZodRecord = /*@__PURE__*/ $constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
});
function schemas_record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...normalizeParams(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...normalizeParams(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
});
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...normalizeParams(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(util_issue(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function schemas_nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function schemas_default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function schemas_catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodPreprocess.init(inst, def);
})));
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function schemas_check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}
// Re-export describe and meta from core
const schemas_describe = api_describe;
const schemas_meta = meta;
const ZodInstanceOf = /*@__PURE__*/ $constructor("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(_properties(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([schemas_string(params), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), schemas_record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}

;// CONCATENATED MODULE: ./src/results/schema.ts
/**
 * The one results schema (zod): a run's results.json (interfaces.md §1.2) with the stage block
 * grading adds, a stage's and a track's grade, and the combined grade report of an Action run
 * (the `results` output). Every results type in dsgrade is `z.infer` of these; the Action
 * parses result files from other jobs with `gradeReportSchema`; docs/results.schema.json is
 * generated from them (`npm run schema`) and a test keeps it current.
 *
 * Guarantees: plain JSON values only, so every shape round-trips through a file. Open-ended
 * parts (a checker's own figures, the options of a run, the harness block) keep unknown keys.
 * Optional fields from the fair-under-load work: the `harness` block and the status
 * `inconclusive` (a criterion's `pass`, a stage's `status`, a seed's or the stage block's
 * `valid`); the run's own `valid` stays true / false / unknown.
 */

/** A checker's verdict. */
const validitySchema = union([schemas_boolean(), literal('unknown')]);
/** A grade that the harness could not vouch for (slow or overloaded machine). */
const INCONCLUSIVE = literal('inconclusive');
/** Quantile key (`0`, `0.5`, `0.95`, `0.99`, `1`) → value. */
const quantilesSchema = schemas_record(schemas_string(), schemas_number());
const faultWindowSchema = object({
    kind: schemas_string(),
    nodes: array(schemas_string()),
    /** Nanoseconds since the test started, like history times. */
    startNs: schemas_number(),
    endNs: schemas_number(),
    description: schemas_string(),
    /** False when the history ended with the fault still active. */
    healed: schemas_boolean(),
});
const anomalySchema = object({
    type: schemas_string(),
    message: schemas_string(),
    ops: array(schemas_number()).optional(),
    nodes: array(schemas_string()).optional(),
    timeNs: tuple([schemas_number(), schemas_number()]).optional(),
    evidence: unknown().optional(),
    /** The faults active while the anomaly's evidence happened. */
    activeFaults: array(faultWindowSchema).optional(),
});
/** A checker's result: verdict, reason, anomalies, plus the checker's own figures. */
const checkResultSchema = looseObject({
    valid: validitySchema,
    reason: schemas_string().optional(),
    anomalies: array(anomalySchema),
});
const opCountsSchema = object({
    count: schemas_number(),
    okCount: schemas_number(),
    failCount: schemas_number(),
    infoCount: schemas_number(),
});
const netPartSchema = object({
    sendCount: schemas_number(),
    recvCount: schemas_number(),
    msgCount: schemas_number(),
    msgsPerOp: schemas_number().nullable().optional(),
});
const findingSchema = object({
    code: schemas_string(),
    node: schemas_string(),
    message: schemas_string(),
    fix: schemas_string(),
    line: schemas_string().optional(),
    atMs: schemas_number().optional(),
    count: schemas_number().optional(),
});
const crashSchema = object({
    node: schemas_string(),
    code: schemas_number().nullable(),
    signal: schemas_string().nullable(),
    atMs: schemas_number(),
    stderrTail: array(schemas_string()),
    message: schemas_string(),
    /** A crash the nemesis caused on purpose. */
    expected: schemas_boolean().optional(),
});
/** `okFraction` is null when there was no client operation to count. */
const figureSetSchema = object({ ops: schemas_number(), okFraction: schemas_number().nullable() });
const criterionResultSchema = object({
    /** Stable id, e.g. `valid`, `net.servers.msgsPerOp`, `stableLatency.p50`. */
    id: schemas_string(),
    /** Human label: "servers msgs/op". */
    label: schemas_string(),
    /** "< 30", "≤ 400 ms", "= true". */
    threshold: schemas_string(),
    measured: union([schemas_number(), schemas_string(), schemas_boolean(), schemas_null()]),
    /** Unit of the measured value and the threshold (`ms`), when it has one. */
    unit: schemas_string().optional(),
    pass: union([schemas_boolean(), literal('unknown'), INCONCLUSIVE]),
});
/** Learner replies checked against the track's RPC schemas (metric `rpc.mismatchCount`). */
const replyCheckSchema = object({
    checkedCount: schemas_number(),
    mismatchCount: schemas_number().nullable(),
    mismatches: array(object({ node: schemas_string(), message: schemas_string(), line: schemas_string() })),
});
const stageStatusSchema = schemas_enum([
    'pass',
    'fail',
    'unknown',
    'error',
    'skipped',
    'inconclusive',
]);
/** What the vouching rule said of one run (grading/vouch.ts). */
const vouchSchema = object({
    kind: schemas_string(),
    sentence: schemas_string(),
    latenessP99Ms: schemas_number().nullable(),
    boundMs: schemas_number(),
});
/** What grading adds to a run's results.json under `stage` (interfaces.md §1.2). */
const stageBlockSchema = object({
    track: schemas_string(),
    stage: schemas_string(),
    number: schemas_string(),
    title: schemas_string(),
    seed: schemas_number(),
    status: stageStatusSchema,
    valid: union([validitySchema, INCONCLUSIVE]).optional(),
    criteria: array(criterionResultSchema),
    /** Results of the stage's extra checkers, by checker name. */
    checkers: schemas_record(schemas_string(), checkResultSchema),
    rpc: replyCheckSchema.optional(),
    replay: schemas_string(),
    /** What the vouching rule said of this run (grading/vouch.ts). */
    vouch: vouchSchema.optional(),
    /** 1 for the first run of this seed, 2… for automatic reruns. */
    attempt: schemas_number().optional(),
    /** The fault parameters this seed drew (`--swarm`, `dsgrade explore`; grading/swarm.ts). */
    swarm: schemas_record(schemas_string(), unknown()).optional(),
});
/** How healthy the harness was during the run (the fair-under-load work fills it in). */
const harnessSchema = schemas_record(schemas_string(), unknown());
/** Requests one harness backend saw, by outcome (history/executions.ts). */
const backendCountsSchema = object({
    /** Executed and answered. */
    ok: schemas_number(),
    /** Over capacity: answered error 11, not executed. */
    refused: schemas_number(),
    /** Arrived while the backend was crashed: not executed, never answered. */
    down: schemas_number(),
    /** Executing when the backend crashed: took effect, no answer. */
    crashed: schemas_number(),
});
/**
 * The harness backends of a workload that runs them (issue 16): their spec, per-backend
 * request counts and when each was down (ms since the test started). The full log is
 * `executions.jsonl` beside the history.
 */
const backendsSummarySchema = object({
    spec: object({
        capacity: schemas_number(),
        serviceTimeMs: schemas_number(),
        serviceTimeDist: schemas_enum(['constant', 'exponential', 'pareto']),
        /** The slow instance and its service-time factor, if any. */
        slow: schemas_string().optional(),
        slowFactor: schemas_number().optional(),
    }),
    perBackend: schemas_record(schemas_string(), backendCountsSchema),
    downWindows: array(object({
        backend: schemas_string(),
        crashMs: schemas_number(),
        /** Absent: down until the end of the run. */
        recoverMs: schemas_number().optional(),
    })),
});
/** One full restart's service resumption (raft-persistence/full-restart; run/resumption.ts). */
const restartResumptionSchema = object({
    round: schemas_number(),
    /** Seconds since the test started at which every node was running again. */
    restartedAtS: schemas_number(),
    /** Seconds from then to the first ok completion of an op invoked after it; null if none. */
    resumeS: schemas_number().nullable(),
    /**
     * Present when the next full restart began before any op succeeded: seconds from this restart
     * to that one (the resumption took at least this long; not measured).
     */
    interruptedAfterS: schemas_number().optional(),
});
/** Service resumption after the run's full restarts; absent when none ran. */
const recoverySchema = object({
    restarts: array(restartResumptionSchema),
    /** The slowest resumption in seconds; null when a restart never resumed. */
    maxResumeS: schemas_number().nullable(),
    unresumed: schemas_number(),
});
/** The nodes' data directories after every node stopped (process nodes only). */
const nodesSchema = object({
    /** Node id → bytes of regular files under its data directory. */
    dataDirBytes: schemas_record(schemas_string(), schemas_number()),
    /** The largest of them; null when there is no node. */
    maxDataDirBytes: schemas_number().nullable(),
    /** Bytes of the values of non-read operations answered ok or with error 20 / 22 (JSON). */
    writtenValueBytes: schemas_number().optional(),
    /** maxDataDirBytes / writtenValueBytes (4 decimals); null under 256 KiB written. */
    maxDataDirShare: schemas_number().nullable().optional(),
});
/** The options of the run (TestOptions); open, so new options need no schema change. */
const runOptionsSchema = looseObject({
    workload: schemas_string(),
    nodeIds: array(schemas_string()),
    command: array(schemas_string()),
    /** `--bin` and the arguments after `--` as the learner typed them (replay lines). */
    typedCommand: object({ bin: schemas_string(), args: array(schemas_string()) }).optional(),
    seed: schemas_number(),
    timeScale: schemas_number(),
});
/**
 * A run's results.json. A run that could not start has only the first fields and `error`.
 * Open at the top level, so a field another part adds is kept until it is declared here.
 */
const runResultsSchema = looseObject({
    valid: validitySchema,
    /** One plain sentence: why the run passed, failed, was unknown or could not run. */
    reason: schemas_string(),
    seed: schemas_number(),
    /** Why the run could not start (exit 255); absent when it ran. */
    error: schemas_string().optional(),
    workload: checkResultSchema.optional(),
    stats: checkResultSchema
        .and(opCountsSchema.extend({ byF: schemas_record(schemas_string(), opCountsSchema) }))
        .optional(),
    availability: checkResultSchema
        .and(object({
        okFraction: schemas_number().nullable().optional(),
        duringFaults: figureSetSchema,
        outsideFaults: figureSetSchema,
    }))
        .optional(),
    latencyMs: object({
        all: quantilesSchema.optional(),
        duringFaults: quantilesSchema.optional(),
        outsideFaults: quantilesSchema.optional(),
    })
        .optional(),
    net: object({
        valid: literal(true),
        all: netPartSchema,
        clients: netPartSchema,
        servers: netPartSchema,
        deliveryLatenessMs: schemas_record(schemas_string(), schemas_number()).optional(),
    })
        .optional(),
    lint: object({ count: schemas_number(), findings: array(findingSchema) }).optional(),
    /** The stage's service bans (`forbidServices`); absent when none is forbidden. */
    serviceBans: object({
        valid: schemas_boolean(),
        forbidden: array(schemas_string()),
        messageCount: schemas_number(),
        first: object({
            node: schemas_string(),
            service: schemas_string(),
            type: schemas_string(),
            body: schemas_string(),
            timeMs: schemas_number(),
        })
            .optional(),
        byNode: schemas_record(schemas_string(), schemas_number()),
    })
        .optional(),
    crashes: array(crashSchema).optional(),
    faults: array(faultWindowSchema).optional(),
    /** The workload's harness backends; absent when it runs none. */
    backends: backendsSummarySchema.optional(),
    /** Service resumption after full restarts (metric `recovery.maxResumeS`). */
    recovery: recoverySchema.optional(),
    /** Data directory sizes (metric `nodes.maxDataDirBytes`); process nodes only. */
    nodes: nodesSchema.optional(),
    options: runOptionsSchema,
    /** The exact local command that replays this run. */
    replay: schemas_string(),
    durationMs: schemas_number(),
    stage: stageBlockSchema.optional(),
    harness: harnessSchema.optional(),
});
const seedRunSchema = object({
    seed: schemas_number(),
    valid: union([validitySchema, INCONCLUSIVE]),
    /** dsgrade test exit code for this seed (0, 1, 2, 255). */
    exitCode: schemas_number(),
    /** One plain sentence. */
    reason: schemas_string(),
    /** The run directory (holds results.json, history.jsonl, report.html). */
    runDir: schemas_string(),
    /** The exact local command that replays this seed. */
    replay: schemas_string(),
    criteria: array(criterionResultSchema),
    /** What the vouching rule said of this run (grading/vouch.ts); absent when it ran nothing. */
    vouch: vouchSchema.optional(),
    /** 1 for the first run of this seed, 2… for automatic reruns. */
    attempt: schemas_number().optional(),
});
/** One stage's grade: what the report, the comment and the annotations show. */
const stageResultSchema = object({
    trackId: schemas_string(),
    /** Full id: `broadcast/partitions`. */
    stageId: schemas_string(),
    /** Learner-facing number: `4.3`. */
    number: schemas_string(),
    title: schemas_string(),
    status: stageStatusSchema,
    /** One plain sentence: why it passed or failed. */
    reason: schemas_string(),
    /** Criteria of the worst seed (or the only seed). */
    criteria: array(criterionResultSchema),
    seeds: array(seedRunSchema),
    /** Short paragraphs explaining the failure (anomaly, evidence, concept). */
    explanation: array(schemas_string()),
    /** The hint to show (first hint after the first failure). */
    hint: schemas_string().optional(),
    /** Link or path to the stage's concept page. */
    docsPath: schemas_string().optional(),
    /** Replay command of the first failing seed (or the first seed). */
    replay: schemas_string(),
    durationMs: schemas_number(),
    /** Automatic reruns of inconclusive seeds (same seed, alone on the machine). */
    reruns: schemas_number().optional(),
});
const trackResultSchema = object({
    trackId: schemas_string(),
    title: schemas_string(),
    /** Stages in order; those after the first failure are `skipped`. */
    stages: array(stageResultSchema),
    passed: schemas_number(),
    total: schemas_number(),
});
const REPORT_FORMAT_VERSION = 1;
/** One build command (the top-level `build:` or a track's). */
const buildReportSchema = object({
    /** `null` for the top-level build, else the track id. */
    trackId: schemas_string().nullable(),
    command: schemas_string(),
    exitCode: schemas_number().nullable(),
    timedOut: schemas_boolean(),
    /** Last lines of the build's output (learner text; escape before rendering). */
    outputTail: array(schemas_string()),
    durationMs: schemas_number(),
});
/** The combined grade report of one Action run (the `results` output path). */
const gradeReportSchema = object({
    formatVersion: literal(REPORT_FORMAT_VERSION),
    /** dsgrade version and the action ref it ran from (GITHUB_ACTION_REF). */
    grader: object({ version: schemas_string(), ref: schemas_string().nullable() }),
    repository: schemas_string().nullable(),
    /** The commit graded (PR head SHA on pull requests). */
    sha: schemas_string().nullable(),
    /** The config file, relative to the repository root. */
    configPath: schemas_string(),
    /** sha256 of the config file's text, hex. */
    configHash: schemas_string(),
    /** 1-based line of each track's key in the config (and `build`), for annotations. */
    configLines: schemas_record(schemas_string(), schemas_number().int().positive()).optional(),
    /** The seed given to every stage, when one was fixed. */
    seed: schemas_number().nullable(),
    timeScale: schemas_number(),
    builds: array(buildReportSchema),
    tracks: array(trackResultSchema),
    /** Configured track ids that were not graded here (a matrix job graded them elsewhere). */
    notGraded: array(schemas_string()),
    /** Stage id → last stderr lines of the failing seed's nodes (learner text). */
    stageLogs: schemas_record(schemas_string(), array(schemas_string())),
    /** Problems that did not fail the job (missing permissions, skipped parts). */
    warnings: array(schemas_string()),
    harness: harnessSchema.optional(),
});
/** The JSON Schema of every results file, for people who script against them. */
function resultsJsonSchema() {
    const registry = z.registry();
    const named = [
        ['RunResults', runResultsSchema],
        ['StageResult', stageResultSchema],
        ['GradeReport', gradeReportSchema],
    ];
    for (const [id, schema] of named) {
        registry.add(schema, { id });
    }
    const generated = z.toJSONSchema(registry, {
        unrepresentable: 'any',
        uri: (id) => `#/$defs/${id}`,
    });
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: 'dsgrade results files',
        description: 'results.json of a run (RunResults), one graded stage (StageResult) and the combined report of an Action run, the `results` output (GradeReport). Generated from src/results/schema.ts by `npm run schema`.',
        $defs: Object.fromEntries(Object.entries(generated.schemas).map(([id, schema]) => {
            const { $schema: _dialect, ...rest } = schema;
            return [id, rest];
        })),
    };
}

;// CONCATENATED MODULE: ./src/results/index.ts


;// CONCATENATED MODULE: ./src/report/model.ts

function model_scoreOf(report) {
    let score = 0;
    let maxScore = 0;
    let tracksPassed = 0;
    for (const track of report.tracks) {
        const passedStages = track.stages.filter((stage) => stage.status === 'pass').length;
        score += passedStages;
        maxScore += track.stages.length;
        if (track.stages.length > 0 && passedStages === track.stages.length) {
            tracksPassed += 1;
        }
    }
    const buildFailed = report.builds.some((build) => build.exitCode !== 0 || build.timedOut);
    return {
        score,
        maxScore,
        passed: !buildFailed && maxScore > 0 && score === maxScore,
        tracksPassed,
        tracksTotal: report.tracks.length,
    };
}

;// CONCATENATED MODULE: ./src/report/summary.ts




const DETAIL_STEPS = [
    { logLines: 40, figuresOnPassing: true, explainedPerTrack: Infinity },
    { logLines: 10, figuresOnPassing: true, explainedPerTrack: Infinity },
    { logLines: 0, figuresOnPassing: false, explainedPerTrack: 1 },
];
const summary_STATUS_ICON = {
    pass: '✅',
    fail: '❌',
    unknown: '❔',
    inconclusive: '🔁',
    error: '⚠️',
    skipped: '⏭️',
};
function renderSummary(report, options = {}) {
    const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
    for (const detail of DETAIL_STEPS) {
        const text = renderAtDetail(report, options, detail);
        if (Buffer.byteLength(text, 'utf8') <= maxBytes) {
            return text;
        }
    }
    const smallest = renderAtDetail(report, options, DETAIL_STEPS[DETAIL_STEPS.length - 1]);
    return trimToLimit(smallest, Infinity, maxBytes, "**Trimmed:** the summary reached GitHub's 1 MiB limit; the full results are in the results file (`results` output).");
}
function renderAtDetail(report, options, detail) {
    const parts = [summary_headline(report)];
    const buildFailures = report.builds.filter((build) => build.exitCode !== 0 || build.timedOut);
    for (const build of buildFailures) {
        parts.push(renderBuildFailure(build, detail.logLines));
    }
    for (const track of report.tracks) {
        parts.push(renderTrack(report, track, detail));
    }
    if (report.notGraded.length > 0) {
        parts.push(`Not graded in this job: ${report.notGraded.map((id) => inlineText(id)).join(', ')}.`);
    }
    if (report.warnings.length > 0) {
        parts.push(`### Warnings\n\n${report.warnings.map((warning) => `- ${inlineText(warning, 1000)}`).join('\n')}`);
    }
    if (options.badge) {
        parts.push(renderBadgeSnippet(options.badge));
    }
    parts.push(summary_footer(report, options.runUrl));
    return `${parts.join('\n\n')}\n`;
}
function summary_headline(report) {
    const score = scoreOf(report);
    const icon = score.passed ? '✅' : '❌';
    return `## ${icon} dsgrade: ${score.score}/${score.maxScore} stages passed · ${score.tracksPassed}/${score.tracksTotal} tracks`;
}
function renderTrack(report, track, detail) {
    const lines = [
        `### ${inlineText(track.title)} — ${track.passed}/${track.total} stages`,
        '',
        '| | stage | result | figures (measured vs target) | seed | replay locally |',
        '|---|---|---|---|---|---|',
    ];
    for (const stage of track.stages) {
        const figures = stage.status === 'skipped' ? false : detail.figuresOnPassing || stage.status !== 'pass';
        lines.push(stageRow(stage, figures));
    }
    const explained = track.stages.filter((stage) => stage.status !== 'pass' && stage.status !== 'skipped');
    for (const stage of explained.slice(0, detail.explainedPerTrack)) {
        lines.push('', summary_renderExplanation(stage, report.stageLogs[stage.stageId] ?? [], detail.logLines));
    }
    return lines.join('\n');
}
function stageRow(stage, withFigures) {
    const measured = stage.criteria.some((criterion) => criterion.measured !== null);
    const figures = withFigures && measured
        ? stage.criteria.map((criterion) => inlineText(formatCriterion(criterion))).join('<br>')
        : '';
    const seed = stage.seeds.find((run) => run.replay === stage.replay)?.seed ?? stage.seeds[0]?.seed;
    const replay = stage.status === 'skipped' || stage.replay === '' ? '' : inlineCode(stage.replay, true);
    return `| ${summary_STATUS_ICON[stage.status]} | ${inlineText(`${stage.number} ${stage.title}`)} | ${inlineText(stage.reason)} | ${figures} | ${seed ?? ''} | ${replay} |`;
}
/** A failing stage's paragraphs as Markdown (used by the summary and the check run text). */
function summary_renderExplanation(stage, logTail, logLines) {
    const lines = [
        `#### ${summary_STATUS_ICON[stage.status]} ${inlineText(`${stage.number} ${stage.title}`)}`,
        '',
    ];
    for (const paragraph of explainStage(stage)) {
        if (paragraph.kind === 'replay') {
            lines.push(`Replay locally: ${inlineCode(paragraph.text)}`, '');
        }
        else if (paragraph.kind === 'hint') {
            lines.push(`> 💡 ${inlineText(paragraph.text, 2000)}`, '');
        }
        else {
            lines.push(inlineText(paragraph.text, 2000), '');
        }
    }
    if (logLines > 0 && logTail.length > 0) {
        lines.push("<details><summary>Last lines of the nodes' stderr</summary>", '', codeBlock(logTail.slice(-logLines)), '', '</details>', '');
    }
    return lines.join('\n').trimEnd();
}
function renderBuildFailure(build, logLines) {
    const what = build.trackId === null ? 'The build' : `The build of track ${inlineText(build.trackId)}`;
    const why = build.timedOut ? 'timed out' : `exited with code ${build.exitCode ?? 'none (killed)'}`;
    const lines = [
        `### ❌ ${what} failed`,
        '',
        `${inlineCode(build.command)} ${why}; no stage of ${build.trackId === null ? 'any track' : 'this track'} could run.`,
    ];
    if (logLines > 0 && build.outputTail.length > 0) {
        lines.push('', codeBlock(build.outputTail.slice(-logLines)));
    }
    return lines.join('\n');
}
function renderBadgeSnippet(badge) {
    return [
        '### Badge',
        '',
        'Paste this into your README:',
        '',
        '```markdown',
        `[![dsgrade progress](${badge.imageUrl})](${badge.linkUrl})`,
        '```',
    ].join('\n');
}
/** What graded it: version, commit, config hash, seed (and a link to the run). */
function summary_footer(report, runUrl) {
    const parts = [
        `dsgrade ${inlineText(report.grader.version)}${report.grader.ref !== null ? ` (${inlineText(report.grader.ref)})` : ''}`,
        report.sha !== null ? `commit ${inlineText(report.sha.slice(0, 12))}` : null,
        `config ${inlineText(report.configPath)} sha256:${report.configHash.slice(0, 12)}`,
        report.seed !== null ? `seed ${report.seed}` : 'random seeds (each shown above)',
        report.timeScale !== 1 ? `time scale ${report.timeScale}` : null,
        runUrl !== undefined ? `[run](${runUrl})` : null,
    ];
    return `<sub>${parts.filter((part) => part !== null).join(' · ')}</sub>`;
}

;// CONCATENATED MODULE: ./src/report/comment.ts



/** The hidden marker that identifies our comment (together with the bot author). */
const comment_COMMENT_MARKER = '<!-- dsgrade:sticky-comment -->';
const comment_DETAIL_STEPS = [
    { logLines: 15, allRows: true },
    { logLines: 0, allRows: true },
    { logLines: 0, allRows: false },
];
function comment_renderComment(report, options = {}) {
    const maxChars = (options.maxChars ?? COMMENT_MAX_CHARS) - 1;
    for (const detail of comment_DETAIL_STEPS) {
        const body = render(report, options, detail);
        if (body.length <= maxChars) {
            return body;
        }
    }
    const smallest = render(report, options, comment_DETAIL_STEPS[comment_DETAIL_STEPS.length - 1]);
    const cut = trimToLimit(smallest, maxChars - comment_COMMENT_MARKER.length - 1, Infinity, "**Trimmed:** this comment reached GitHub's size limit; see the job summary for everything.");
    return `${cut}${comment_COMMENT_MARKER}\n`;
}
function render(report, options, detail) {
    const parts = [headline(report)];
    for (const build of report.builds.filter((b) => b.exitCode !== 0 || b.timedOut)) {
        parts.push(`❌ Build failed: ${inlineCode(build.command)} ${build.timedOut ? 'timed out' : `exited with code ${build.exitCode ?? 'none'}`}.`);
    }
    for (const track of report.tracks) {
        parts.push(comment_renderTrack(report, track, detail));
    }
    if (report.warnings.length > 0) {
        parts.push(report.warnings.map((warning) => `> ⚠️ ${inlineText(warning, 1000)}`).join('\n>\n'));
    }
    if (options.runUrl !== undefined) {
        parts.push(`Full report: [job summary](${options.runUrl})`);
    }
    parts.push(footer(report));
    parts.push(comment_COMMENT_MARKER);
    return `${parts.join('\n\n')}\n`;
}
function comment_renderTrack(report, track, detail) {
    const rows = track.stages.filter((stage) => detail.allRows || stage.status !== 'pass');
    const lines = [
        `**${inlineText(track.title)}** — ${track.passed}/${track.total} stages`,
        '',
        '| | stage | result |',
        '|---|---|---|',
    ];
    for (const stage of rows) {
        lines.push(`| ${STATUS_ICON[stage.status]} | ${inlineText(`${stage.number} ${stage.title}`)} | ${inlineText(stage.reason)} |`);
    }
    const firstFailure = track.stages.find((stage) => stage.status !== 'pass' && stage.status !== 'skipped');
    if (firstFailure !== undefined) {
        lines.push('', renderExplanation(firstFailure, report.stageLogs[firstFailure.stageId] ?? [], detail.logLines));
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/checkrun.ts
/**
 * The output of the `dsgrade` check run: title, summary (the comment's content without its
 * marker) and text (every failing stage explained). Each part stays below 65,535 characters
 * and UTF-8 bytes, cut at a line boundary with fences closed. Pure.
 */





const NOTICE = "**Trimmed** at GitHub's check-run limit; the job summary has everything.";
function renderCheckRun(report, options = {}) {
    const score = scoreOf(report);
    const summary = renderComment(report, { ...options, maxChars: CHECK_RUN_SUMMARY_MAX })
        .replace(COMMENT_MARKER, '')
        .trimEnd();
    const explained = report.tracks.flatMap((track) => track.stages.filter((stage) => stage.status !== 'pass' && stage.status !== 'skipped'));
    const text = explained
        .map((stage) => renderExplanation(stage, report.stageLogs[stage.stageId] ?? [], 20))
        .join('\n\n');
    return {
        title: `${score.score}/${score.maxScore} stages passed`,
        summary: trimToLimit(summary, CHECK_RUN_SUMMARY_MAX, CHECK_RUN_SUMMARY_MAX, NOTICE),
        text: trimToLimit(text, CHECK_RUN_TEXT_MAX, CHECK_RUN_TEXT_MAX, NOTICE),
        conclusion: score.passed ? 'success' : conclusionOf(report),
    };
}
function conclusionOf(report) {
    const statuses = report.tracks.flatMap((track) => track.stages.map((stage) => stage.status));
    const failed = statuses.some((s) => s === 'fail' || s === 'error' || s === 'unknown');
    return !failed && statuses.includes('inconclusive') ? 'neutral' : 'failure';
}

;// CONCATENATED MODULE: ./src/report/annotations.ts



const PYTHON_FRAME = /^\s*File "([^"]+)", line (\d+)/;
const NODE_FRAME = /^\s*at (?:.*? \()?(?:file:\/\/)?([^\s()]+?):(\d+):\d+\)?\s*$/;
const NODE_THROW_SITE = /^((?:file:\/\/)?\/[^\s:]+|[A-Za-z]:\\[^:]+):(\d+)$/;
const GO_FRAME = /^\s+(\S+\.go):(\d+)(?: \+0x[0-9a-f]+)?\s*$/;
const JAVA_FRAME = /^\s*at ([\w$.]+)\.[\w$<>]+\(([\w$]+\.(?:java|kt|scala)):(\d+)\)/;
const RUST_PANIC = /panicked at (?:'.*?', )?([^\s:]+\.rs):(\d+):\d+/;
const RUST_FRAME = /^\s+at (\S+\.rs):(\d+):\d+/;
const COMPILER = /^(?:\.\/)?([\w./-]+\.(?:go|rs|py|js|mjs|cjs|ts|java|kt|c|cc|cpp|h|hpp|rb|ex|exs|hs|ml|scala|zig|cs)):(\d+)(?::\d+)?:/;
/** The innermost frame in learner code, if the output holds a crash trace naming one. */
function findCrashLocation(lines, options) {
    const clean = lines.map(stripControl);
    const python = clean.map((line) => PYTHON_FRAME.exec(line)).filter((m) => m !== null);
    if (python.length > 0) {
        // Python prints the innermost frame last.
        const frames = python.map((m) => ({ raw: m[1], line: Number(m[2]) })).reverse();
        return firstResolved(frames, options);
    }
    const candidates = [];
    for (const line of clean) {
        const rust = RUST_PANIC.exec(line) ?? RUST_FRAME.exec(line);
        const java = JAVA_FRAME.exec(line);
        const other = NODE_FRAME.exec(line) ?? NODE_THROW_SITE.exec(line) ?? GO_FRAME.exec(line);
        if (rust !== null) {
            candidates.push({ raw: rust[1], line: Number(rust[2]) });
        }
        else if (java !== null) {
            const packagePath = java[1].split('.').slice(0, -1).join('/');
            candidates.push({
                raw: packagePath === '' ? java[2] : `${packagePath}/${java[2]}`,
                line: Number(java[3]),
            });
            candidates.push({ raw: java[2], line: Number(java[3]) });
        }
        else if (other !== null) {
            candidates.push({ raw: other[1], line: Number(other[2]) });
        }
    }
    return firstResolved(candidates, options);
}
/** The first `file:line:` of a compiler message naming a repository file. */
function findCompilerLocation(lines, options) {
    const candidates = [];
    for (const line of lines.map(stripControl)) {
        const match = COMPILER.exec(line.trim());
        if (match !== null) {
            candidates.push({ raw: match[1], line: Number(match[2]) });
        }
    }
    return firstResolved(candidates, options);
}
function firstResolved(candidates, options) {
    for (const candidate of candidates) {
        const path = resolveFile(candidate.raw, options);
        if (path !== null && candidate.line > 0) {
            return { path, line: candidate.line };
        }
    }
    return null;
}
/** A trace path as a repository path: absolute under the root, relative, or a unique suffix. */
function resolveFile(raw, options) {
    let path = raw.replace(/^file:\/\//, '').replace(/\\/g, '/');
    const root = options.repoRoot.replace(/\\/g, '/').replace(/\/$/, '');
    if (path.startsWith(`${root}/`)) {
        path = path.slice(root.length + 1);
    }
    path = path.replace(/^\.\//, '');
    if (options.files.includes(path)) {
        return path;
    }
    if (path.startsWith('/')) {
        return null;
    }
    const matches = options.files.filter((file) => file.endsWith(`/${path}`));
    return matches.length === 1 ? matches[0] : null;
}
function clip(text, maxBytes) {
    if (Buffer.byteLength(text, 'utf8') <= maxBytes) {
        return text;
    }
    return `${Buffer.from(text, 'utf8')
        .subarray(0, maxBytes - 3)
        .toString('utf8')
        .replace(/\uFFFD$/, '')}…`;
}
function stageAnnotation(stage, report, options) {
    const location = findCrashLocation(report.stageLogs[stage.stageId] ?? [], options);
    const path = location?.path ?? options.configPath;
    const line = location?.line ?? options.configLines[stage.trackId] ?? 1;
    return {
        path,
        startLine: line,
        endLine: line,
        level: 'failure',
        title: clip(`dsgrade ${stage.number} ${stage.title}: ${stage.status}`, ANNOTATION_TITLE_MAX),
        message: clip(explainStageText(stage).join('\n\n'), ANNOTATION_MESSAGE_MAX_BYTES),
    };
}
/** One annotation per failed build and per failing stage, in report order. */
function renderAnnotations(report, options) {
    const annotations = [];
    for (const build of report.builds) {
        if (build.exitCode === 0 && !build.timedOut) {
            continue;
        }
        const location = findCompilerLocation(build.outputTail, options);
        const configLine = options.configLines[build.trackId === null ? 'build' : build.trackId] ?? 1;
        const line = location?.line ?? configLine;
        annotations.push({
            path: location?.path ?? options.configPath,
            startLine: line,
            endLine: line,
            level: 'failure',
            title: clip(`dsgrade: build failed: ${build.command}`, ANNOTATION_TITLE_MAX),
            message: clip([
                `${build.command} ${build.timedOut ? 'timed out' : `exited with code ${build.exitCode ?? 'none'}`}.`,
                ...build.outputTail.slice(-20).map(stripControl),
            ].join('\n'), ANNOTATION_MESSAGE_MAX_BYTES),
        });
    }
    for (const track of report.tracks) {
        for (const stage of track.stages) {
            if (stage.status === 'fail' || stage.status === 'error' || stage.status === 'unknown') {
                annotations.push(stageAnnotation(stage, report, options));
            }
        }
    }
    return annotations;
}

;// CONCATENATED MODULE: ./src/report/badge.ts
/**
 * progress.svg: `dsgrade | 23/62 stages · 5/15 tracks`, coloured by the share of stages
 * passed. Rendered here (no third-party badge service: it works for private repositories and
 * offline). Text width is estimated from per-character widths of 11 px Verdana, as shields
 * does, so the label never overflows. Pure.
 */

/** Share passed → colour, from red to bright green (shields' palette). */
function badgeColor(share) {
    if (share >= 1) {
        return '#4c1';
    }
    if (share >= 0.75) {
        return '#97ca00';
    }
    if (share >= 0.5) {
        return '#a4a61d';
    }
    if (share >= 0.25) {
        return '#dfb317';
    }
    if (share > 0) {
        return '#fe7d37';
    }
    return '#e05d44';
}
function badgeMessage(totals) {
    return `${totals.stagesPassed}/${totals.stagesTotal} stages · ${totals.tracksPassed}/${totals.tracksTotal} tracks`;
}
/** Approximate width in px of text in 11 px Verdana. */
function textWidthPx(text) {
    let width = 0;
    for (const char of text) {
        if ("il.,:;|!'`".includes(char)) {
            width += 3.5;
        }
        else if ('fjrt()[]/ '.includes(char)) {
            width += 4.6;
        }
        else if ('mwMW'.includes(char)) {
            width += 10;
        }
        else if (char === '·') {
            width += 4.5;
        }
        else if (/[A-Z0-9]/.test(char)) {
            width += 7.4;
        }
        else {
            width += 6.6;
        }
    }
    return Math.ceil(width);
}
function renderBadge(totals, label = 'dsgrade') {
    const message = badgeMessage(totals);
    const share = totals.stagesTotal > 0 ? totals.stagesPassed / totals.stagesTotal : 0;
    const color = badgeColor(share);
    const labelWidth = textWidthPx(label) + 10;
    const messageWidth = textWidthPx(message) + 10;
    const width = labelWidth + messageWidth;
    const safeLabel = escapeHtml(label);
    const safeMessage = escapeHtml(message);
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${safeLabel}: ${safeMessage}">`,
        `<title>${safeLabel}: ${safeMessage}</title>`,
        '<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>',
        `<clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>`,
        `<g clip-path="url(#r)"><rect width="${labelWidth}" height="20" fill="#555"/><rect x="${labelWidth}" width="${messageWidth}" height="20" fill="${color}"/><rect width="${width}" height="20" fill="url(#s)"/></g>`,
        '<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">',
        `<text x="${labelWidth / 2}" y="14">${safeLabel}</text>`,
        `<text x="${labelWidth + messageWidth / 2}" y="14">${safeMessage}</text>`,
        '</g></svg>',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/progress.ts
/**
 * progress.json (curriculum.md §4), kept on the badge branch across runs: per stage its
 * status, first-pass commit and date, attempts, failures, best figures and the hint level
 * reached. `updateProgress` folds one run's report into the previous file; pure (the commit
 * and the date come in). `parseProgress` accepts only a well-formed file (it is read back from
 * a branch anyone with write access can edit) and otherwise starts afresh.
 */

const PROGRESS_SCHEMA_VERSION = 1;
/** Hints unlock one per failure of the stage, up to this many (curriculum §0 rule 5). */
const MAX_HINT_LEVEL = 4;
const commitAt = object({ commit: schemas_string().nullable(), date: schemas_string() });
const stageSchema = object({
    number: schemas_string(),
    title: schemas_string(),
    status: schemas_enum(['pass', 'fail', 'unknown', 'inconclusive', 'error', 'skipped', 'not-run']),
    firstPass: commitAt.nullable(),
    lastRun: commitAt.nullable(),
    attempts: schemas_number().int().nonnegative(),
    failures: schemas_number().int().nonnegative(),
    best: schemas_record(schemas_string(), union([schemas_number(), schemas_string(), schemas_boolean()])),
    hintLevel: schemas_number().int().nonnegative(),
});
const progressSchema = object({
    schemaVersion: literal(PROGRESS_SCHEMA_VERSION),
    updatedAt: schemas_string(),
    commit: schemas_string().nullable(),
    grader: object({ version: schemas_string(), ref: schemas_string().nullable() }),
    tracks: schemas_record(schemas_string(), object({ title: schemas_string(), stages: schemas_record(schemas_string(), stageSchema) })),
});
function parseProgress(text) {
    if (text === null) {
        return null;
    }
    try {
        const parsed = progressSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : null;
    }
    catch {
        return null;
    }
}
function updateProgress(previous, report, at) {
    const tracks = structuredClone(previous?.tracks ?? {});
    for (const track of report.tracks) {
        tracks[track.trackId] = {
            title: track.title,
            stages: updateTrack(tracks[track.trackId]?.stages ?? {}, track, at),
        };
    }
    return {
        schemaVersion: PROGRESS_SCHEMA_VERSION,
        updatedAt: at.date,
        commit: at.commit,
        grader: report.grader,
        tracks,
    };
}
function updateTrack(stages, track, at) {
    const next = { ...stages };
    for (const stage of track.stages) {
        const old = stages[stage.stageId];
        const ran = stage.status !== 'skipped';
        // Inconclusive (the grading machine was overloaded) is no fail and unlocks no hint.
        const failed = ran && stage.status !== 'pass' && stage.status !== 'inconclusive';
        const failures = (old?.failures ?? 0) + (failed ? 1 : 0);
        const everPassed = old?.firstPass ?? null;
        next[stage.stageId] = {
            number: stage.number,
            title: stage.title,
            status: ran ? stage.status : (old?.status ?? 'not-run'),
            firstPass: everPassed ?? (stage.status === 'pass' ? at : null),
            lastRun: ran ? at : (old?.lastRun ?? null),
            attempts: (old?.attempts ?? 0) + (ran ? 1 : 0),
            failures,
            best: ran ? bestFigures(old?.best ?? {}, stage.criteria) : (old?.best ?? {}),
            hintLevel: Math.min(MAX_HINT_LEVEL, failures),
        };
    }
    return next;
}
/** Lower is better for `<`/`≤` targets, higher for `>`/`≥`; others keep the latest. */
function bestFigures(best, criteria) {
    const next = { ...best };
    for (const criterion of criteria) {
        const measured = criterion.measured;
        if (measured === null) {
            continue;
        }
        const old = next[criterion.id];
        if (typeof measured === 'number' && typeof old === 'number') {
            const threshold = criterion.threshold.trim();
            if (/^[<≤]/.test(threshold)) {
                next[criterion.id] = Math.min(old, measured);
                continue;
            }
            if (/^[>≥]/.test(threshold)) {
                next[criterion.id] = Math.max(old, measured);
                continue;
            }
        }
        next[criterion.id] = measured;
    }
    return next;
}
/** Totals for the badge: passed over the course's size when known, else over what was graded. */
function progressTotals(progress, curriculum) {
    let stagesPassed = 0;
    let stagesTotal = 0;
    let tracksPassed = 0;
    const trackIds = Object.keys(progress.tracks);
    for (const id of trackIds) {
        const stages = Object.values(progress.tracks[id].stages);
        const passed = stages.filter((stage) => stage.status === 'pass').length;
        stagesPassed += passed;
        stagesTotal += stages.length;
        if (stages.length > 0 && passed === stages.length) {
            tracksPassed += 1;
        }
    }
    return {
        stagesPassed,
        stagesTotal: Math.max(curriculum?.stages ?? 0, stagesTotal),
        tracksPassed,
        tracksTotal: Math.max(curriculum?.tracks ?? 0, trackIds.length),
    };
}

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
function explain_formatCriterion(criterion) {
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
function explain_explainStage(stage) {
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
            text: `Missed: ${missed.map(explain_formatCriterion).join('; ')}.`,
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
function explain_explainStageText(stage) {
    return explain_explainStage(stage).map((paragraph) => paragraph.kind === 'replay' ? `Replay locally: ${paragraph.text}` : paragraph.text);
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
  var unfold = document.getElementById('lamport-unfold');
  function messages() { return document.querySelectorAll('svg.lamport .msg'); }
  if (unfold) {
    unfold.addEventListener('change', function () {
      var folded = document.getElementById('lamport');
      var each = document.getElementById('lamport-unfolded');
      if (folded && each) {
        folded.parentNode.hidden = unfold.checked;
        each.parentNode.hidden = !unfold.checked;
      }
    });
  }
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
function html_escape_escapeHtml(text) {
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
/** The unit an axis over `spanNs` is labelled in: ms up to 2 s, s beyond (never µs at 0). */
function axisUnit(spanNs) {
    return spanNs > 2e9 ? 's' : 'ms';
}
/**
 * A tick on an axis that spans `spanNs`: every tick in the same unit, chosen by the span
 * (`0 ms`, `250 ms`, `1.5 s`), so a seconds-long run never reads "0 µs".
 */
function formatTick(ns, spanNs) {
    const unit = axisUnit(spanNs);
    const value = unit === 's' ? ns / 1e9 : ns / 1e6;
    const span = unit === 's' ? spanNs / 1e9 : spanNs / 1e6;
    const decimals = value === 0 ? 0 : span >= 20 ? 0 : span >= 2 ? 1 : 2;
    return `${value.toFixed(decimals)} ${unit}`;
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
    return types_pairOps(history);
}
/** Error completions grouped by code and name, most frequent first (capped). */
function readErrors(history, cap) {
    const rows = new Map();
    for (const op of history) {
        if (op.process === NEMESIS ||
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
        const line = findings_text(f.line) === '' ? '' : `<pre>${html_escape_escapeHtml(findings_text(f.line).slice(0, 300))}</pre>`;
        return (`<tr><td><code>${html_escape_escapeHtml(findings_text(f.code))}</code>${count}</td><td>${html_escape_escapeHtml(findings_text(f.node))}</td>` +
            `<td>${html_escape_escapeHtml(findings_text(f.message))}${line}</td><td>${html_escape_escapeHtml(findings_text(f.fix))}</td></tr>`);
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
        const stderr = tail.length === 0 ? '' : `<pre>${html_escape_escapeHtml(tail.join('\n'))}</pre>`;
        return `<div class="crash"><p><strong>${html_escape_escapeHtml(findings_text(c.node))}</strong>: ${html_escape_escapeHtml(findings_text(c.message))}</p>${stderr}</div>`;
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
    // Server lanes first (n0…), then services, then the clients.
    return [...nodeIds, ...services, ...clients];
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
        : `<text x="${px((x0 + x1) / 2)}" y="${px((y0 + y1) / 2 - 2)}">${html_escape_escapeHtml(bodyLabel(message))}</text>`;
    const cross = dropped ? `<text class="x" x="${px(xEnd)}" y="${px(yEnd + 4)}">×</text>` : '';
    return (`<g class="${classes}" data-src="${html_escape_escapeHtml(message.src)}" data-dest="${html_escape_escapeHtml(message.dest)}" data-info="${html_escape_escapeHtml(title)}">` +
        `<line x1="${px(x0)}" y1="${px(y0)}" x2="${px(xEnd)}" y2="${px(yEnd)}" marker-end="url(#arrowhead)"/>${label}${cross}<title>${html_escape_escapeHtml(title)}</title></g>`);
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
/** The lane every client shares when clients are folded (the default view). */
const CLIENTS_LANE = 'clients';
/** Lane of each endpoint: its own, or the one shared clients lane when folded. */
function laneOf(order, folded) {
    const isClient = (id) => /^c\d+$/.test(id);
    const lanes = new Map();
    let next = 0;
    let clientsLane;
    for (const id of order) {
        if (folded && isClient(id)) {
            clientsLane ??= next++;
            lanes.set(id, clientsLane);
        }
        else {
            lanes.set(id, next++);
        }
    }
    return lanes;
}
function lamportSvg(events, order, servers, folded) {
    const columns = laneOf(order, folded);
    const labels = new Map();
    for (const [id, lane] of columns) {
        labels.set(lane, labels.has(lane) ? CLIENTS_LANE : id);
    }
    const laneCount = labels.size;
    const widthPx = laneCount * COLUMN_PX;
    const heightPx = TOP_PX + events.length * STEP_PX + 20;
    const lanes = [...labels]
        .map(([i, label]) => {
        const x = i * COLUMN_PX + COLUMN_PX / 2;
        return `<g class="lifeline" data-node="${html_escape_escapeHtml(label)}"><text x="${x}" y="16">${html_escape_escapeHtml(label)}</text><line x1="${x}" y1="24" x2="${x}" y2="${heightPx}"/></g>`;
    })
        .join('');
    const arrows = pairEvents(events).map(([send, end]) => arrow(send, end, columns, servers));
    const id = folded ? 'lamport' : 'lamport-unfolded';
    return (`<div class="scroll"${folded ? '' : ' hidden'}><svg id="${id}" class="lamport" width="${widthPx}" height="${heightPx}" viewBox="0 0 ${widthPx} ${heightPx}">` +
        (folded
            ? '<defs><marker id="arrowhead" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z"/></marker></defs>'
            : '') +
        `${lanes}${arrows.join('')}</svg></div>`);
}
/**
 * The diagram twice: clients folded into one lane (shown; server lanes stay readable at any
 * client count) and one lane per client (hidden until the page's checkbox asks for it).
 */
function renderLamport(journal, nodeIds) {
    const relevant = journal.filter((e) => e.message.body.type !== 'init' && e.message.body.type !== 'init_ok' && e.type !== 'duplicate');
    const events = relevant.slice(0, MAX_LAMPORT_EVENTS);
    if (events.length === 0) {
        return '<p class="empty">No messages were recorded.</p>';
    }
    const order = endpointOrder(events, nodeIds);
    const servers = new Set(nodeIds);
    const notice = relevant.length > events.length
        ? `<p class="notice">Additional network events not shown: ${relevant.length - events.length} (the diagram shows the first ${MAX_LAMPORT_EVENTS}).</p>`
        : '';
    const options = order
        .map((id) => `<option value="${html_escape_escapeHtml(id)}">${html_escape_escapeHtml(id)}</option>`)
        .join('');
    const hasClients = order.some((id) => /^c\d+$/.test(id));
    const unfold = hasClients
        ? ' <label><input type="checkbox" id="lamport-unfold"> one lane per client</label>'
        : '';
    return (`<label>Show messages of <select id="lamport-filter"><option value="">every node</option>${options}</select></label>${unfold}` +
        lamportSvg(events, order, servers, true) +
        (hasClients ? lamportSvg(events, order, servers, false) : '') +
        notice);
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
        return `<circle class="${p.complete?.type ?? 'info'}" cx="${px(x(p.invoke.time))}" cy="${px(y(ms))}" r="2"><title>op ${p.invoke.index} ${html_escape_escapeHtml(p.invoke.f)}: ${ms.toFixed(1)} ms</title></circle>`;
    })
        .join('');
    const axis = `<text class="tick" x="4" y="${px(y(maxMs) + 4)}">${maxMs.toFixed(0)} ms</text>` +
        `<text class="tick" x="4" y="${px(y(0))}">0</text>` +
        `<text class="tick" x="${WIDTH_PX - 70}" y="${HEIGHT_PX - 4}">${html_escape_escapeHtml(formatTick(end, end))}</text>`;
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
function timeline_describeOp(pair) {
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
/** A fault window is never drawn thinner than this (an 82 ms partition in a 60 s run stays visible). */
const FAULT_MIN_WIDTH_PX = 6;
function faultBands(options, x, heightPx) {
    return options.faults
        .map((fault) => {
        const width = Math.max(FAULT_MIN_WIDTH_PX, x(fault.endNs) - x(fault.startNs));
        const label = html_escape_escapeHtml(`${fault.description} (${formatNs(fault.startNs)} – ${formatNs(fault.endNs)})`);
        return (`<g class="fault fault-${html_escape_escapeHtml(fault.kind.replace(/[^a-z0-9-]/gi, ''))}">` +
            `<rect x="${px(x(fault.startNs))}" y="14" width="${px(width)}" height="${px(heightPx)}"><title>${label}</title></rect>` +
            `<text x="${px(x(fault.startNs) + 2)}" y="11">${html_escape_escapeHtml(`${fault.kind} ${formatNs(fault.endNs - fault.startNs)}`)}</text></g>`);
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
        ? `<text class="lp" x="${px(x0 + 3)}" y="${px(y + 14)}">${html_escape_escapeHtml(clipped)}</text>`
        : '';
    const node = invoke.node === undefined ? '' : ` data-node="${html_escape_escapeHtml(invoke.node)}"`;
    return `<g class="${classes.join(' ')}" data-op="${invoke.index}"${node}><rect x="${px(x0)}" y="${px(y + 3)}" width="${px(widthPx)}" height="${LANE_HEIGHT_PX - 6}" rx="2"><title>${html_escape_escapeHtml(timeline_describeOp(pair))}</title></rect>${label}</g>`;
}
function axis(endNs, x, yPx) {
    const ticks = [];
    for (let i = 0; i <= 10; i++) {
        const ns = (endNs * i) / 10;
        const anchor = i === 0 ? 'start' : i === 10 ? 'end' : 'middle';
        ticks.push(`<text class="tick" text-anchor="${anchor}" x="${px(x(ns))}" y="${px(yPx)}">${html_escape_escapeHtml(formatTick(ns, endNs))}</text>`);
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
        parts.push(`<text class="lane" x="4" y="${px(y + 15)}">p${html_escape_escapeHtml(name)}</text>`);
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
    return (`<svg id="${html_escape_escapeHtml(options.id)}" class="timeline" width="${timeline_WIDTH_PX}" height="${heightPx}" viewBox="0 0 ${timeline_WIDTH_PX} ${heightPx}">` +
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
        : `<p>After those ${steps} operations the value is <code>${html_escape_escapeHtml(shortJson(failure.stateBefore, 80))}</code>. What could have come next:</p><ul id="lin-candidates">` +
            failure.candidates
                .slice(0, 20)
                .map((c) => `<li>${html_escape_escapeHtml(c)}</li>`)
                .join('') +
            '</ul>';
    return (`<section id="linearizability"><h2>Linearizability: ${html_escape_escapeHtml(keyText)}</h2>` +
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
        return `<span class="verdict ${cls}" id="verdict">${html_escape_escapeHtml(text)}</span>`;
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
        .map((row) => `<tr><td>${html_escape_escapeHtml(row.label)}</td><td>${html_escape_escapeHtml(escape_formatMeasured(row.measured))}${typeof row.measured === 'number' && row.unit !== undefined ? ` ${html_escape_escapeHtml(row.unit)}` : ''}</td><td>${html_escape_escapeHtml(row.threshold || '—')}</td>${passCell(row.pass)}</tr>`)
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
    return explain_explainStage(stage)
        // The criteria table, the hint line and the concept link already show these.
        .filter((p) => !['replay', 'hint', 'criteria', 'docs'].includes(p.kind))
        .map((p) => `<p class="${p.kind}">${html_escape_escapeHtml(p.text)}</p>`);
}
/** The error replies the nodes gave, grouped (the first text of each kind shown). */
function errorTable(history) {
    const rows = readErrors(history, 10);
    if (rows.length === 0) {
        return '';
    }
    const body = rows
        .map((row) => `<tr><td>${html_escape_escapeHtml(row.code)}</td><td>${html_escape_escapeHtml(row.name)}</td><td>${row.count}</td><td>op ${row.firstOp}</td><td>${html_escape_escapeHtml(row.text.slice(0, 300))}</td></tr>`)
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
            : ` <span class="hint">(ops ${html_escape_escapeHtml(anomaly.ops.slice(0, 12).join(', '))})</span>`;
        parts.push(`<p><strong>${html_escape_escapeHtml(anomaly.type)}</strong> (${html_escape_escapeHtml(anomaly.source)}): ${html_escape_escapeHtml(anomaly.message)}${ops}</p>`);
    }
    if (total > anomalies.length) {
        parts.push(`<p class="notice">${total - anomalies.length} more anomalies are listed in results.json.</p>`);
    }
    const reason = typeof results.reason === 'string' ? results.reason : getPath(results, 'workload.reason');
    if (parts.length === 0 && typeof reason === 'string') {
        parts.push(`<p>${html_escape_escapeHtml(reason)}</p>`);
    }
    const hint = getPath(results, 'stage.hint');
    const docs = getPath(results, 'stage.docsPath');
    const hintHtml = (typeof hint === 'string' ? `<p class="hint" id="hint">Hint: ${html_escape_escapeHtml(hint)}</p>` : '') +
        (typeof docs === 'string' && docs !== ''
            ? `<p id="concept">Concept: <a href="${html_escape_escapeHtml(docs)}" rel="noreferrer">${html_escape_escapeHtml(docs)}</a></p>`
            : '');
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
    return (`<h1>${html_escape_escapeHtml(title)}</h1><p class="meta">${html_escape_escapeHtml(meta.join(' · '))}</p>` +
        `<p>${verdictBadge(readVerdict(results), stageOf(results))}${typeof reason === 'string' ? ' ' + html_escape_escapeHtml(reason) : ''}</p>` +
        (typeof replay === 'string'
            ? `<p>Replay locally: <code id="replay">${html_escape_escapeHtml(replay)}</code></p>`
            : ''));
}
const LEGEND = '<p class="legend"><span><i style="background:var(--ok)"></i>ok</span><span><i style="background:var(--fail)"></i>fail (no effect)</span>' +
    '<span><i style="background:var(--info)"></i>info (unknown outcome)</span><span><i style="background:var(--fault);border:1px dashed var(--fail)"></i>fault window</span></p>';
function rawResults(results) {
    let text = JSON.stringify(results, null, 2) ?? '';
    if (text.length > MAX_RAW_RESULTS_CHARS) {
        text = `${text.slice(0, MAX_RAW_RESULTS_CHARS)}\n… (trimmed: ${text.length - MAX_RAW_RESULTS_CHARS} more characters in results.json)`;
    }
    return `<details><summary>results.json</summary><pre>${html_escape_escapeHtml(text)}</pre></details>`;
}
function renderReportHtml(input) {
    const { results, history } = input;
    const endNs = history.reduce((max, op) => Math.max(max, op.time), 0);
    const pairs = clientPairs(history);
    const recorded = readFaultWindows(results) ?? [];
    // The windows results.json recorded, else the same derivation from the history (one source).
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
        `<title>${html_escape_escapeHtml(input.title ?? 'dsgrade report')}</title><style>${REPORT_CSS}</style></head><body>` +
        body.join('\n') +
        `<div id="tip"></div><script type="application/json" id="dsgrade-summary">${jsonForScript(summary)}</script>` +
        `<script>${REPORT_JS}</script></body></html>\n`);
}

;// CONCATENATED MODULE: ./src/report/index.ts
/**
 * The Action's renderers (pure: data in, strings out). The HTML page is report/html.ts (the
 * templates' work); everything else the Action publishes is rendered here.
 */













;// CONCATENATED MODULE: ./src/run/check-job.ts



/**
 * Histories a worker holds at most: a run that never wrote its results (an error on the way)
 * never releases its history, so the oldest is forgotten past this many; a job that still
 * refers to it then runs on the harness thread.
 */
const MAX_HELD_HISTORIES = 64;
/** The histories a worker holds, by reference (check-worker.ts). */
class HeldHistories {
    held = new Map();
    /** Append a chunk (the first chunk of a reference creates it, even when empty). */
    append(ref, ops) {
        if (!this.held.has(ref) && this.held.size >= MAX_HELD_HISTORIES) {
            const oldest = this.held.keys().next().value;
            if (oldest !== undefined) {
                this.held.delete(oldest);
            }
        }
        const history = this.held.get(ref) ?? [];
        for (const op of ops) {
            history.push(op);
        }
        this.held.set(ref, history);
    }
    release(ref) {
        this.held.delete(ref);
    }
    /** The operations of `arg`; undefined for a reference not held. */
    resolve(arg) {
        return 'ref' in arg ? this.held.get(arg.ref) : arg;
    }
    get size() {
        return this.held.size;
    }
}
/**
 * Run a job on this thread; undefined when its workload or checker is not registered here.
 * Throws when the job names a history `held` does not hold.
 */
function runWorkerJob(job, held = new HeldHistories()) {
    const history = held.resolve(job.kind === 'report' ? job.input.history : job.history);
    if (history === undefined) {
        throw new Error('the history this job refers to is not held by the check worker');
    }
    if (job.kind === 'report') {
        return renderReportHtml({ ...job.input, history });
    }
    const budget = { deadlineMs: performance.now() + job.budgetMs };
    if (job.kind === 'workload') {
        return findWorkload(job.name)?.check(history, job.context, budget);
    }
    return findChecker(job.name)?.check(history, job.options, budget);
}
/** Run a check on this thread; undefined when its workload or checker is not registered here. */
function runCheckJob(job) {
    return runWorkerJob(job);
}

;// CONCATENATED MODULE: ./src/run/check-worker.ts
/**
 * The check worker's entry point (bundled to dist/check-worker/index.js): runs the checks the
 * harness sends it and renders report pages, one job at a time, on its own thread, so a long
 * linearizability or cycle search (or a 4 MB report) never stalls the event loop that delivers
 * the messages of the runs still in progress beside it. See check-pool.ts.
 */


const port = external_node_worker_threads_namespaceObject.parentPort;
const held = new HeldHistories();
if (port !== null) {
    port.on('message', (message) => {
        if ('share' in message) {
            held.append(message.share, message.ops);
            return;
        }
        if ('release' in message) {
            held.release(message.release);
            return;
        }
        const { id, job } = message;
        let reply;
        try {
            const result = runWorkerJob(job, held);
            reply =
                result === undefined
                    ? {
                        id,
                        error: `no ${job.kind} named "${'name' in job ? job.name : ''}" in the check worker`,
                    }
                    : { id, result };
        }
        catch (error) {
            reply = { id, error: error instanceof Error ? error.message : String(error) };
        }
        try {
            port.postMessage(reply);
        }
        catch (error) {
            port.postMessage({ id, error: `the result cannot be sent back: ${String(error)}` });
        }
    });
}

