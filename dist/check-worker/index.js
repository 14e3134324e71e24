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
function writeJsonLines(path, items) {
    return new Promise((resolve, reject) => {
        const out = createWriteStream(path);
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
function parse(history) {
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
    const parsed = parse(history);
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
    const ratio = worst === undefined ? null : worst.waitedMs / worst.boundMs;
    const share = spread.maxNodeShare;
    const reasons = [];
    if (worst !== undefined && ratio !== null) {
        const how = worst.answered
            ? 'was answered after'
            : 'was never answered; its client gave up after';
        reasons.push(`Job ${worst.id} (${worst.fn}, ${Object.keys(worst.inputs).length} documents) ${how} ${mapreduce_seconds(worst.waitedMs)}, ${ratio.toFixed(2)} × its parallel bound of ${mapreduce_seconds(worst.boundMs)} (its compute work over ${nodesWord(worst.availableNodes, input.nodeCount)}).`);
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
                // the initial null, while nothing has certainly changed it
                return s === 0 && firstChange > op.callPos;
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
 * For a state s: the earliest completion of an ok write or cas that began after every
 * producer of s completed (Infinity if none, or if a producer's outcome is unknown). A read
 * of s that begins after that is stale.
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
    return (state) => {
        const after = lastProducer.get(state) ?? -Infinity;
        if (after === Infinity) {
            return Infinity;
        }
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
    };
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
function sameValueProbe(field) {
    return {
        body: { type: 'read' },
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
    return {
        next(worker, process) {
            note();
            const group = groupOf(worker);
            if (!group.processes.has(process) && group.processes.size >= PROCESSES_PER_KEY) {
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
    extras: [FINAL_READS, VALUE_BYTES],
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
    timeGrainMs: (options) => options.extra.slowFactor === undefined
        ? undefined
        : TAIL_BOUND_FACTOR * numberExtra(options, 'serviceTimeMs', SERVICE_TIME_MS) +
            TAIL_BOUND_SLACK_MS,
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



;// CONCATENATED MODULE: ./src/run/check-job.ts


/** Run a job on this thread; undefined when its workload or checker is not registered here. */
function runCheckJob(job) {
    const budget = { deadlineMs: performance.now() + job.budgetMs };
    if (job.kind === 'workload') {
        return findWorkload(job.name)?.check(job.history, job.context, budget);
    }
    return findChecker(job.name)?.check(job.history, job.options, budget);
}

;// CONCATENATED MODULE: ./src/run/check-worker.ts
/**
 * The check worker's entry point (bundled to dist/check-worker/index.js): runs the checks the
 * harness sends it, one at a time, on its own thread, so a long linearizability search or
 * cycle search never stalls the event loop that delivers the messages of the runs still in
 * progress beside it. See check-pool.ts.
 */


const port = external_node_worker_threads_namespaceObject.parentPort;
if (port !== null) {
    port.on('message', ({ id, job }) => {
        let reply;
        try {
            const result = runCheckJob(job);
            reply =
                result === undefined
                    ? { id, error: `no ${job.kind} named "${job.name}" in the check worker` }
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

