export const id = 122;
export const ids = [122];
export const modules = {

/***/ 9122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkTrackFiles: () => (/* binding */ checkTrackFiles),
  listTracks: () => (/* binding */ listTracks),
  runDemo: () => (/* binding */ runDemo),
  runTrackTest: () => (/* binding */ runTrackTest)
});

// UNUSED EXPORTS: DEMO_NODES, trackExitCode

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/shared/index.ts + 8 modules
var shared = __webpack_require__(9586);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/tracks/types.ts
/**
 * The typed, frozen value of a loaded track (tracks/<id>/track.yml after validation).
 * Tracks are data (style.md §3.3): these types mirror tracks/schema/track.schema.json and
 * carry no engine types, so `src/tracks/` depends on `shared/` only.
 */
const TRACK_SCHEMA_VERSION = 1;

;// CONCATENATED MODULE: ./src/tracks/check.ts
/** Every problem of one ready stage (index `index` in its manifest). */
function checkStage(stage, index, known) {
    const base = `/stages/${index}`;
    const problems = [];
    const checkers = (stage.checkers ?? []).map((c) => c.name);
    const metrics = known.metrics?.(stage.workload, checkers);
    stage.criteria.forEach((criterion, i) => {
        const pointer = `${base}/criteria/${i}`;
        if (metrics === undefined) {
            return;
        }
        const metric = metrics.get(criterion.metric);
        if (metric === undefined) {
            problems.push({
                pointer: `${pointer}/metric`,
                message: `unknown metric "${criterion.metric}": no part of workload "${stage.workload}"${checkers.length > 0 ? ` or checkers ${checkers.join(', ')}` : ''} produces it${suggest(criterion.metric, [...metrics.keys()])}`,
            });
            return;
        }
        problems.push(...thresholdProblems(criterion, metric, pointer));
    });
    problems.push(...extraProblems(stage, base, known));
    (stage.faults ?? []).forEach((fault, i) => {
        if (fault.ratio !== undefined && known.ratioFaults !== undefined) {
            if (!known.ratioFaults.includes(fault.kind)) {
                problems.push({
                    pointer: `${base}/faults/${i}/ratio`,
                    message: `the fault "${fault.kind}" takes no ratio (only ${known.ratioFaults.join(', ')} do)`,
                });
            }
        }
    });
    return problems;
}
function thresholdProblems(c, metric, pointer) {
    const at = `${pointer}/value`;
    const numeric = metric.type === 'integer' || metric.type === 'number';
    if (!numeric) {
        if (c.op !== '=') {
            return [
                {
                    pointer: `${pointer}/op`,
                    message: `"${c.metric}" is a ${metric.type}: compare it with "=", not "${c.op}"`,
                },
            ];
        }
        const fits = metric.type === 'string' ? typeof c.value === 'string' : typeof c.value === 'boolean';
        return fits
            ? []
            : [
                {
                    pointer: at,
                    message: `"${c.metric}" is a ${metric.type}, so ${JSON.stringify(c.value)} can never match it`,
                },
            ];
    }
    if (typeof c.value !== 'number') {
        return [
            {
                pointer: at,
                message: `"${c.metric}" is a number (${metric.unit}); the threshold ${JSON.stringify(c.value)} is not`,
            },
        ];
    }
    const problems = [];
    const [min, max] = metric.range ?? [0, Number.POSITIVE_INFINITY];
    const v = c.value;
    const never = (c.op === '<' && v <= min) ||
        (c.op === '<=' && v < min) ||
        (c.op === '>' && v >= max) ||
        (c.op === '>=' && v > max) ||
        (c.op === '=' && (v < min || v > max || (metric.type === 'integer' && !Number.isInteger(v))));
    if (never) {
        problems.push({
            pointer: at,
            message: `the threshold "${c.op} ${v}" can never be met: "${c.metric}" (${metric.unit || metric.type}) lies in [${min}, ${max === Number.POSITIVE_INFINITY ? '∞' : max}]${metric.type === 'integer' ? ' and is a whole number' : ''}`,
        });
    }
    if (c.unit !== undefined && metric.unit !== '' && c.unit !== metric.unit) {
        problems.push({
            pointer: `${pointer}/unit`,
            message: `the unit "${c.unit}" does not match the metric's unit "${metric.unit}"`,
        });
    }
    return problems;
}
function extraProblems(stage, base, known) {
    const problems = [];
    const check = (extra, allowed, pointer, owner) => {
        if (extra === undefined || allowed === undefined) {
            return;
        }
        for (const key of Object.keys(extra)) {
            if (!allowed.includes(key)) {
                problems.push({
                    pointer: `${pointer}/${key}`,
                    message: `unknown extra "${key}": ${owner} reads ${allowed.length > 0 ? allowed.map((k) => `"${k}"`).join(', ') : 'no extras'}${suggest(key, allowed)}`,
                });
            }
        }
    };
    check(stage.options.extra, known.workloadExtras?.[stage.workload] ?? (known.workloadExtras ? [] : undefined), `${base}/options/extra`, `workload "${stage.workload}"`);
    (stage.checkers ?? []).forEach((checker, i) => {
        check(checker.extra, known.checkerExtras?.[checker.name] ?? (known.checkerExtras ? [] : undefined), `${base}/checkers/${i}/extra`, `checker "${checker.name}"`);
    });
    return problems;
}
/** `; did you mean "x"?` for a close name (edit distance ≤ 3), else ''. */
function suggest(name, candidates) {
    let best;
    let bestDistance = 4;
    for (const candidate of candidates) {
        const d = distance(name, candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best === undefined ? '' : `; did you mean "${best}"?`;
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}

;// CONCATENATED MODULE: ./src/tracks/load.ts
/**
 * The only loader of `tracks/` (style.md §3.3). Reads every `tracks/<id>/track.yml`, validates
 * it against `tracks/schema/*.schema.json` with ajv, loads the RPC body schemas of
 * `tracks/<id>/rpc/`, resolves the engine names a stage references (workloads, nemeses,
 * checkers) against the names the caller passes in, and returns frozen typed values.
 *
 * Guarantees: any invalid field or unknown name is a TrackError naming the file and the JSON
 * pointer, what was expected and what was found. A stage marked `status: planned` may name
 * parts that are not built yet; it is returned with `plannedReason`, never dropped.
 * Does not import the registries (tracks/ depends on shared/ only): callers pass KnownNames.
 */








let cachedValidator;
function readJson(file) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        throw new shared/* TrackError */.iz(display(file), '', `is not valid JSON: ${String(error)}`, { cause: error });
    }
}
function display(file) {
    return (0,external_node_path_.relative)((0,shared/* packageRoot */.Zl)(), file) || file;
}
/** The manifest schema is always the package's (a course author's tracks need no copy). */
function manifestValidator() {
    const root = (0,shared/* tracksDir */.w9)();
    if (cachedValidator !== undefined) {
        return cachedValidator;
    }
    const ajv = new dist_ajv.Ajv({ allErrors: false, strict: true, allowUnionTypes: true });
    for (const name of ['criterion', 'stage']) {
        ajv.addSchema(readJson((0,external_node_path_.join)(root, 'schema', `${name}.schema.json`)));
    }
    cachedValidator = ajv.compile(readJson((0,external_node_path_.join)(root, 'schema', 'track.schema.json')));
    return cachedValidator;
}
/** One sentence from an ajv error: where, what was expected, what came. */
function describeAjvError(error, data) {
    const found = valueAt(data, error.instancePath);
    const shown = found === undefined ? 'nothing' : JSON.stringify(found);
    if (error.keyword === 'additionalProperties') {
        const extra = error.params.additionalProperty;
        return `unknown field "${extra}" (allowed: see the schema)`;
    }
    if (error.keyword === 'required') {
        return `missing required field "${error.params.missingProperty}"`;
    }
    if (error.keyword === 'enum' || error.keyword === 'const') {
        const allowed = error.params;
        const list = allowed.allowedValues ?? [allowed.allowedValue];
        return `expected one of ${list.map((v) => JSON.stringify(v)).join(', ')}, found ${shown}`;
    }
    return `expected a value that ${error.message ?? 'matches the schema'}, found ${shown}`;
}
/** The value at a JSON pointer (`/stages/0/options`), or undefined. */
function valueAt(data, pointer) {
    let current = data;
    for (const raw of pointer.split('/').slice(1)) {
        const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
        if (current === null || typeof current !== 'object') {
            return undefined;
        }
        current = current[key];
    }
    return current;
}
function parseManifest(file) {
    const document = (0,dist/* parseDocument */.Tp)((0,external_node_fs_.readFileSync)(file, 'utf8'));
    if (document.errors.length > 0) {
        const first = document.errors[0];
        throw new shared/* TrackError */.iz(display(file), '', `is not valid YAML: ${first?.message ?? ''}`);
    }
    return document.toJS();
}
function loadRpcSchemas(dir) {
    const rpcDir = (0,external_node_path_.join)(dir, 'rpc');
    const schemas = {};
    if (!(0,external_node_fs_.existsSync)(rpcDir)) {
        return schemas;
    }
    const ajv = new dist_ajv.Ajv({ strict: true, strictRequired: false, allowUnionTypes: true });
    for (const name of (0,external_node_fs_.readdirSync)(rpcDir).sort()) {
        if (!name.endsWith('.schema.json')) {
            continue;
        }
        const file = (0,external_node_path_.join)(rpcDir, name);
        const schema = readJson(file);
        try {
            ajv.compile(schema);
        }
        catch (error) {
            throw new shared/* TrackError */.iz(display(file), '', `is not a valid JSON Schema: ${String(error)}`);
        }
        schemas[name.slice(0, -'.schema.json'.length)] = schema;
    }
    return schemas;
}
/** Names a stage references that the engine does not know, as [pointer, message] pairs. */
function unknownNames(stage, index, known) {
    const base = `/stages/${index}`;
    const missing = [];
    if (!known.workloads.includes(stage.workload)) {
        missing.push([
            `${base}/workload`,
            `unknown workload "${stage.workload}" (known: ${known.workloads.join(', ') || 'none'})`,
        ]);
    }
    ;
    (stage.faults ?? []).forEach((fault, i) => {
        if (!known.nemeses.includes(fault.kind)) {
            missing.push([
                `${base}/faults/${i}/kind`,
                `unknown nemesis "${fault.kind}" (known: ${known.nemeses.join(', ') || 'none'})`,
            ]);
        }
    });
    (stage.checkers ?? []).forEach((checker, i) => {
        if (!known.checkers.includes(checker.name)) {
            missing.push([
                `${base}/checkers/${i}/name`,
                `unknown checker "${checker.name}" (known: ${known.checkers.join(', ') || 'none'})`,
            ]);
        }
    });
    return missing;
}
function buildStage(track, raw, index, dirRel, known, file, problems) {
    const missing = known === undefined ? [] : unknownNames(raw, index, known);
    const planned = raw.status === 'planned';
    if (!planned && known !== undefined) {
        const found = [
            ...missing.map(([pointer, message]) => ({
                pointer,
                message: `${message}; mark the stage "status: planned" if it is not built yet`,
            })),
            ...(missing.length > 0 ? [] : checkStage(raw, index, known)),
        ].map((p) => new shared/* TrackError */.iz(display(file), p.pointer, p.message));
        if (found.length > 0 && problems === undefined) {
            throw found[0];
        }
        problems?.push(...found);
    }
    const faults = raw.faults ?? [];
    const stage = {
        trackId: track.id,
        id: raw.id,
        fullId: `${track.id}/${raw.id}`,
        number: `${track.number}.${index + 1}`,
        title: raw.title,
        status: planned ? 'planned' : 'ready',
        workload: raw.workload,
        options: raw.options,
        faults,
        seeds: raw.seeds ?? (faults.length > 0 ? 3 : 1),
        checkers: raw.checkers ?? [],
        criteria: raw.criteria,
        hints: raw.hints,
    };
    if (planned) {
        stage.plannedReason =
            missing.length > 0
                ? `not available yet: ${missing.map((m) => m[1].split(' (')[0]).join('; ')}`
                : 'not available yet (marked planned)';
    }
    if (raw.docs !== undefined) {
        stage.docsPath = `${dirRel}/${raw.docs}`;
    }
    if (raw.summary !== undefined) {
        stage.summary = raw.summary;
    }
    return stage;
}
function checkStageIds(raw, file) {
    const seen = new Set();
    raw.stages.forEach((stage, i) => {
        if (seen.has(stage.id)) {
            throw new shared/* TrackError */.iz(display(file), `/stages/${i}/id`, `duplicate stage id "${stage.id}"`);
        }
        seen.add(stage.id);
    });
}
function checkDocs(raw, dir, file) {
    const paths = [
        ['/docs', raw.docs],
        ...raw.stages.map((s, i) => [`/stages/${i}/docs`, s.docs]),
    ];
    for (const [pointer, path] of paths) {
        if (path !== undefined && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, path))) {
            throw new shared/* TrackError */.iz(display(file), pointer, `the page "${path}" does not exist in ${display(dir)}`);
        }
    }
}
/**
 * Load and validate one track directory. `known` absent ⇒ names are not resolved. With
 * `problems`, the problems of ready stages are collected there instead of thrown.
 */
function loadTrackDir(dir, known, _root = (0,shared/* tracksDir */.w9)(), problems) {
    const file = (0,external_node_path_.join)(dir, 'track.yml');
    if (!(0,external_node_fs_.existsSync)(file)) {
        throw new shared/* TrackError */.iz(display(dir), '', 'has no track.yml');
    }
    const data = parseManifest(file);
    const version = data?.schemaVersion;
    if (version !== TRACK_SCHEMA_VERSION) {
        throw new shared/* TrackError */.iz(display(file), '/schemaVersion', `schemaVersion ${JSON.stringify(version)} is not supported; this dsgrade reads schemaVersion ${TRACK_SCHEMA_VERSION}`);
    }
    const validate = manifestValidator();
    if (!validate(data)) {
        const error = (validate.errors ?? [])[0];
        throw new shared/* TrackError */.iz(display(file), error.instancePath || '/', describeAjvError(error, data));
    }
    const raw = data;
    const dirName = dir.split(/[\\/]/).pop();
    if (raw.id !== dirName) {
        throw new shared/* TrackError */.iz(display(file), '/id', `the id "${raw.id}" must equal the directory name "${dirName ?? ''}"`);
    }
    checkStageIds(raw, file);
    checkDocs(raw, dir, file);
    const dirRel = display(dir);
    const track = {
        schemaVersion: raw.schemaVersion,
        id: raw.id,
        number: raw.number,
        title: raw.title,
        category: raw.category,
        teaches: raw.teaches,
        dir,
        stages: raw.stages.map((stage, i) => buildStage(raw, stage, i, dirRel, known, file, problems)),
        rpcSchemas: loadRpcSchemas(dir),
    };
    if (raw.docs !== undefined) {
        track.docsPath = `${dirRel}/${raw.docs}`;
    }
    return deepFreeze(track);
}
/** Every track under `root` (default: the package's tracks/), ordered by number. */
function loadAllTracks(known, root = (0,shared/* tracksDir */.w9)()) {
    const tracks = (0,external_node_fs_.readdirSync)(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && entry.name !== 'schema')
        .map((entry) => loadTrackDir((0,external_node_path_.join)(root, entry.name), known, root))
        .sort((a, b) => a.number - b.number);
    const numbers = new Map();
    for (const track of tracks) {
        const other = numbers.get(track.number);
        if (other !== undefined) {
            throw new shared/* TrackError */.iz(display((0,external_node_path_.join)(track.dir, 'track.yml')), '/number', `track number ${track.number} is also used by "${other}"`);
        }
        numbers.set(track.number, track.id);
    }
    return tracks;
}
function deepFreeze(value) {
    if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const child of Object.values(value)) {
            deepFreeze(child);
        }
    }
    return value;
}
/**
 * Every problem of a tracks directory (`dsgrade tracks --check`): a manifest that does not
 * load is one problem; in manifests that load, every problem of every ready stage.
 */
function checkTracksDir(root, known) {
    const problems = [];
    if (!(0,external_node_fs_.existsSync)(root)) {
        return [new shared/* TrackError */.iz(display(root), '', 'does not exist')];
    }
    const dirs = (0,external_node_fs_.readdirSync)(root, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'schema');
    for (const entry of dirs) {
        try {
            loadTrackDir((0,external_node_path_.join)(root, entry.name), known, root, problems);
        }
        catch (error) {
            if (!(error instanceof shared/* TrackError */.iz)) {
                throw error;
            }
            problems.push(error);
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/tracks/find.ts
/**
 * Naming a track or a stage the way a learner types it: a track by id (`broadcast`) or
 * number (`4`); a stage by full id (`broadcast/partitions`), short id (`partitions`) or
 * number (`4.3`). Unknown names are UsageErrors that list what exists.
 */

function findTrack(tracks, name) {
    const found = tracks.find((t) => t.id === name || String(t.number) === name);
    if (found === undefined) {
        const known = tracks.map((t) => `${t.number} ${t.id}`).join(', ');
        throw new shared/* UsageError */.eb(`there is no track "${name}" (tracks: ${known}); run "dsgrade tracks" to list them`);
    }
    return found;
}
function findStage(track, name) {
    const found = track.stages.find((s) => s.fullId === name || s.id === name || s.number === name);
    if (found === undefined) {
        const known = track.stages.map((s) => `${s.number} ${s.id}`).join(', ');
        throw new shared/* UsageError */.eb(`track "${track.id}" has no stage "${name}" (stages: ${known})`);
    }
    return found;
}
/** A stage named without its track (`broadcast/partitions`, `4.3`): the track it belongs to. */
function findTrackOfStage(tracks, name) {
    return tracks.find((t) => t.stages.some((s) => s.fullId === name || s.number === name));
}

;// CONCATENATED MODULE: ./src/tracks/rpc.ts
/**
 * Validation of RPC bodies against a track's schemas (tracks/<id>/rpc/<type>.schema.json),
 * the single source of truth for the shape of every message (style.md §3.3). A mismatch is
 * a value with a teaching sentence: which field, what was expected, what came.
 */



function fieldName(pointer) {
    return pointer === '' ? 'the body' : `field "${pointer.slice(1).replaceAll('/', '.')}"`;
}
function describe(error, body, type) {
    const params = error.params;
    if (error.keyword === 'required') {
        const field = String(params.missingProperty);
        return {
            type,
            pointer: `${error.instancePath}/${field}`,
            message: `a "${type}" message must carry ${fieldName(`${error.instancePath}/${field}`)}, but it is missing`,
        };
    }
    if (error.keyword === 'additionalProperties') {
        const field = String(params.additionalProperty);
        return {
            type,
            pointer: `${error.instancePath}/${field}`,
            message: `a "${type}" message has no ${fieldName(`${error.instancePath}/${field}`)}; remove it`,
        };
    }
    const found = valueAt(body, error.instancePath);
    const shown = (0,shared/* truncate */.xv)(JSON.stringify(found) ?? 'nothing', 80);
    return {
        type,
        pointer: error.instancePath,
        message: `in a "${type}" message, ${fieldName(error.instancePath)} ${error.message ?? 'is invalid'}, but it was ${shown}`,
    };
}
/** A validator for every body type the track has a schema for; other types pass. */
function createRpcValidator(track) {
    const ajv = new dist_ajv.Ajv({
        strict: true,
        strictRequired: false,
        allErrors: false,
        allowUnionTypes: true,
    });
    const validators = new Map();
    for (const [type, schema] of Object.entries(track.rpcSchemas)) {
        validators.set(type, ajv.compile(structuredClone(schema)));
    }
    return (body) => {
        const type = typeof body.type === 'string' ? body.type : '';
        const validate = validators.get(type);
        if (validate === undefined || validate(body)) {
            return null;
        }
        return describe((validate.errors ?? [])[0], body, type);
    };
}

;// CONCATENATED MODULE: ./src/tracks/docs.ts
const RPC_SECTION_MARKER = '<!-- generated from rpc/*.schema.json: do not edit by hand -->';
const PROTOCOL_FIELDS = new Set(['type', 'msg_id', 'in_reply_to']);
function row(name, schema) {
    const required = new Set(schema.required ?? []);
    const fields = Object.keys(schema.properties ?? {})
        .filter((field) => !PROTOCOL_FIELDS.has(field))
        .map((field) => `\`${field}\`${required.has(field) ? '' : ' (optional)'}`);
    const title = schema.title ?? '';
    const colon = title.indexOf(': ');
    const meaning = colon >= 0 ? title.slice(colon + 2) : title;
    return `| \`${name}\` | ${fields.length > 0 ? fields.join(', ') : '—'} | ${meaning} |`;
}
/** The `## RPCs` section: one row per schema, in file-name order. */
function renderRpcSection(track) {
    const names = Object.keys(track.rpcSchemas).sort();
    const rows = names.map((name) => row(name, track.rpcSchemas[name]));
    return [
        '## RPCs',
        '',
        RPC_SECTION_MARKER,
        '',
        '| type | fields | meaning |',
        '|---|---|---|',
        ...rows,
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/tracks/index.ts
/**
 * The tracks loader's public surface: load and validate course data, find tracks and stages
 * by the names learners type, validate RPC bodies against a track's schemas.
 */






// EXTERNAL MODULE: ./src/network/index.ts + 5 modules
var network = __webpack_require__(2999);
// EXTERNAL MODULE: ./src/checkers/index.ts + 37 modules
var checkers = __webpack_require__(3165);
// EXTERNAL MODULE: ./src/run/index.ts + 58 modules
var src_run = __webpack_require__(7749);
// EXTERNAL MODULE: ./src/workloads/index.ts + 23 modules
var workloads = __webpack_require__(8401);
;// CONCATENATED MODULE: ./src/grading/criteria.ts
/** Paths where the runner may put protocol lint findings. */
const FINDING_PATHS = ['protocol.findings', 'lint.findings', 'findings', 'protocolFindings'];
/**
 * The value at a dotted path. Keys may themselves contain dots (`stableLatencies.0.5`):
 * at each level the longest key that exists wins.
 */
function valueAtPath(data, path) {
    return resolveSegments(data, path.split('.'));
}
function resolveSegments(data, segments) {
    if (segments.length === 0) {
        return data;
    }
    if (data === null || typeof data !== 'object') {
        return undefined;
    }
    const record = data;
    for (let length = segments.length; length >= 1; length--) {
        const key = segments.slice(0, length).join('.');
        if (Object.hasOwn(record, key)) {
            const found = resolveSegments(record[key], segments.slice(length));
            if (found !== undefined) {
                return found;
            }
        }
    }
    return undefined;
}
function findings(results) {
    for (const path of FINDING_PATHS) {
        const value = valueAtPath(results, path);
        if (Array.isArray(value)) {
            return value;
        }
    }
    return undefined;
}
/** The measured value of a criterion's metric, or null when it cannot be measured. */
function measure(results, metric) {
    if (metric === 'lint.findingCount') {
        const list = findings(results);
        return list === undefined ? null : list.filter((f) => f.code !== 'NODE_STDERR_TRUNCATED').length;
    }
    if (metric === 'nodes.crashCount') {
        const crashes = valueAtPath(results, 'crashes');
        if (Array.isArray(crashes)) {
            return crashes.filter((c) => c.expected !== true).length;
        }
        const list = findings(results);
        return list === undefined ? null : list.filter((f) => f.code === 'NODE_EXITED').length;
    }
    const value = valueAtPath(results, metric);
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
        return value;
    }
    return null;
}
function compare(measured, spec) {
    if (spec.op === '=') {
        if (measured === 'unknown' && spec.value !== 'unknown') {
            return 'unknown';
        }
        return measured === spec.value;
    }
    if (typeof measured !== 'number' || typeof spec.value !== 'number' || Number.isNaN(measured)) {
        return 'unknown';
    }
    switch (spec.op) {
        case '<':
            return measured < spec.value;
        case '<=':
            return measured <= spec.value;
        case '>=':
            return measured >= spec.value;
        case '>':
            return measured > spec.value;
    }
}
const OP_TEXT = {
    '<': '<',
    '<=': '≤',
    '=': '=',
    '>=': '≥',
    '>': '>',
};
/** "< 30", "≤ 400 ms", "= true". */
function thresholdText(spec) {
    const unit = spec.unit ? ` ${spec.unit}` : '';
    return `${OP_TEXT[spec.op]} ${String(spec.value)}${unit}`;
}
function evaluateCriterion(results, spec) {
    const measured = measure(results, spec.metric);
    const pass = measured === null ? 'unknown' : compare(measured, spec);
    return {
        id: spec.id,
        label: spec.label,
        threshold: thresholdText(spec),
        measured: round(measured),
        pass,
    };
}
function evaluateCriteria(results, specs) {
    return specs.map((spec) => evaluateCriterion(results, spec));
}
function round(value) {
    if (typeof value === 'number' && !Number.isInteger(value)) {
        return Math.round(value * 1e6) / 1e6;
    }
    return value;
}
/** `servers msgs/op 17.2 < 30 ✓` — measured vs target, as every report shows it. */
function criterionLine(result) {
    const mark = result.pass === true ? '✓' : result.pass === false ? '✗' : '?';
    const measured = result.measured === null ? 'not measured' : formatMeasured(result.measured);
    const note = result.pass === 'inconclusive' ? ' inconclusive' : '';
    return `${result.label} ${measured} (${result.threshold}) ${mark}${note}`;
}
/** Two decimals, or more when two would round a fraction onto a whole number (0.9996 ≠ 1). */
function formatMeasured(value) {
    if (typeof value !== 'number' || Number.isInteger(value)) {
        return String(value);
    }
    if (Math.abs(value) >= 100) {
        return value.toFixed(0);
    }
    let decimals = 2;
    while (decimals < 6 && Number.isInteger(Number(value.toFixed(decimals)))) {
        decimals++;
    }
    return value.toFixed(decimals);
}
/**
 * Merge criterion verdicts: any false → false, else any inconclusive → inconclusive, else any
 * unknown → unknown, else true.
 */
function mergePasses(passes) {
    if (passes.includes(false)) {
        return false;
    }
    if (passes.includes('inconclusive')) {
        return 'inconclusive';
    }
    return passes.includes('unknown') ? 'unknown' : true;
}

;// CONCATENATED MODULE: ./src/grading/explain.ts


const MAX_ANOMALIES = 3;
/** A seed passes only if it ran and every criterion passed; unknown never passes. */
function seedStatus(run) {
    if (run.exitCode === 255) {
        return 'error';
    }
    const merged = mergePasses(run.criteria.map((c) => c.pass));
    if (merged === false) {
        return 'fail';
    }
    if (merged === 'unknown' || merged === 'inconclusive') {
        return merged;
    }
    return 'pass';
}
function failingCriteria(criteria) {
    return criteria.filter((c) => c.pass !== true);
}
/** One plain sentence for the stage. */
function stageReason(stage, status, runs, worst) {
    const seedsPassed = runs.filter((r) => seedStatus(r) === 'pass').length;
    const seedPart = runs.length > 1 ? ` (${seedsPassed}/${runs.length} seeds passed)` : '';
    if (status === 'pass') {
        return `Every criterion of ${stage.number} ${stage.title} passed${seedPart}.`;
    }
    if (status === 'error') {
        return `The test could not run on seed ${worst.seed}: ${worst.reason}`;
    }
    if (status === 'inconclusive') {
        const sentence = worst.vouch?.sentence ?? 'the grading machine was overloaded';
        return `Inconclusive on seed ${worst.seed}: ${sentence}${seedPart}.`;
    }
    if (worst.vouch?.kind === 'nodes-busy' && status === 'fail') {
        return `Seed ${worst.seed}: ${worst.vouch.sentence}${seedPart}.`;
    }
    const first = failingCriteria(worst.criteria)[0];
    const what = first === undefined ? worst.reason : describeCriterion(first);
    return `Seed ${worst.seed}: ${what}${seedPart}.`;
}
function describeCriterion(c) {
    if (c.pass === 'inconclusive') {
        return `${c.label} measured ${String(c.measured)} on a late harness (inconclusive)`;
    }
    if (c.pass === 'unknown') {
        return c.measured === null
            ? `${c.label} could not be measured (it counts as not passed)`
            : `${c.label} is unknown (the checker could not decide; unknown never passes)`;
    }
    return `${c.label} measured ${String(c.measured)}, the threshold is ${c.threshold}`;
}
function anomalyMessages(outcome) {
    const workload = outcome?.results.workload;
    const messages = [];
    for (const anomaly of workload?.anomalies ?? []) {
        if (typeof anomaly.message === 'string') {
            messages.push((0,shared/* truncate */.xv)(anomaly.message, 600));
        }
    }
    if (messages.length === 0 && typeof workload?.reason === 'string') {
        messages.push(workload.reason);
    }
    return messages;
}
function findingMessages(outcome) {
    const results = outcome?.results;
    const crashes = (Array.isArray(results?.crashes) ? results.crashes : []);
    const crashLines = crashes
        .filter((c) => c.expected !== true && typeof c.message === 'string')
        .map((c) => c.message);
    const lists = [
        results?.findings,
        results?.protocol?.findings,
        results?.lint?.findings,
    ];
    const list = lists.find(Array.isArray);
    const lint = (list ?? []).map((f) => `${f.node ?? '?'}: ${f.message ?? ''} ${f.fix ?? ''}`.trim());
    return [...crashLines, ...lint].slice(0, MAX_ANOMALIES);
}
function replyMismatches(outcome) {
    const stage = outcome?.results.stage;
    return (stage?.rpc?.mismatches ?? [])
        .slice(0, MAX_ANOMALIES)
        .map((m) => `${m.node}: ${m.message} (sent ${m.line})`);
}
/** The paragraphs of a failure: criteria, evidence, the run's reason, how to replay. */
function explainStage(worst, outcome) {
    const paragraphs = [];
    const failing = failingCriteria(worst.criteria);
    if (failing.length > 0) {
        paragraphs.push(`Failed criteria on seed ${worst.seed}: ${failing.map(criterionLine).join('; ')}.`);
    }
    const anomalies = anomalyMessages(outcome);
    if (anomalies.length > 0) {
        paragraphs.push(...anomalies.slice(0, MAX_ANOMALIES));
        if (anomalies.length > MAX_ANOMALIES) {
            paragraphs.push(`… and ${anomalies.length - MAX_ANOMALIES} more anomalies in ${worst.runDir}/results.json.`);
        }
    }
    if (failing.some((c) => c.id.startsWith('lint') || c.id.startsWith('nodes'))) {
        paragraphs.push(...findingMessages(outcome));
    }
    if (failing.some((c) => c.id.startsWith('rpc.'))) {
        paragraphs.push(...replyMismatches(outcome));
    }
    if (worst.reason && !paragraphs.some((p) => p.includes(worst.reason))) {
        paragraphs.push(`The run says: ${worst.reason}`);
    }
    paragraphs.push(`Replay this seed: ${worst.replay}`);
    return paragraphs;
}

;// CONCATENATED MODULE: ./src/grading/options.ts
const RATIO_FIELDS = {
    loss: 'lossRatio',
    duplicate: 'duplicateRatio',
    reorder: 'reorderRatio',
    'client-loss': 'clientLossRatio',
    'client-duplicate': 'clientDuplicateRatio',
};
/** The fault kinds that take a `ratio` in a track manifest. */
const RATIO_FAULTS = Object.keys(RATIO_FIELDS);
/** Maelstrom's node ids: n0…n(N-1) when a node count is given (every stage gives one). */
function nodeIdsFor(nodeCount) {
    return Array.from({ length: nodeCount }, (_, i) => `n${i}`);
}
function concurrencyFor(value, nodeCount) {
    if (value === undefined) {
        return nodeCount;
    }
    if (typeof value === 'number') {
        return value;
    }
    return Number.parseInt(value, 10) * nodeCount;
}
/** The full options of one run of `stage` with `seed`. */
function stageTestOptions(stage, settings) {
    const o = stage.options;
    const options = {
        workload: stage.workload,
        nodeIds: nodeIdsFor(o.nodeCount),
        command: [...settings.command],
        timeLimitS: o.timeLimitS,
        rate: o.rate ?? 5,
        concurrency: concurrencyFor(o.concurrency, o.nodeCount),
        latencyMs: o.latencyMs ?? 0,
        latencyDist: o.latencyDist ?? 'constant',
        nemesis: stage.faults.map((f) => f.kind),
        nemesisIntervalS: 10,
        topology: o.topology ?? 'grid',
        availability: o.availability,
        consistencyModels: o.consistencyModels ? [...o.consistencyModels] : ['strict-serializable'],
        keyCount: o.keyCount,
        maxTxnLength: o.maxTxnLength ?? 4,
        maxWritesPerKey: o.maxWritesPerKey ?? 16,
        lossRatio: 0,
        duplicateRatio: 0,
        reorderRatio: 0,
        clientLossRatio: 0,
        clientDuplicateRatio: 0,
        logStderr: false,
        logNetSend: false,
        logNetRecv: false,
        seed: settings.seed,
        timeScale: settings.timeScale,
        cwd: settings.cwd,
        extra: { ...(o.extra ?? {}) },
        forbidServices: [...(o.forbidServices ?? [])],
    };
    applyFaults(options, stage);
    return options;
}
function applyFaults(options, stage) {
    const intervals = stage.faults.flatMap((f) => (f.intervalS === undefined ? [] : [f.intervalS]));
    if (intervals.length > 0) {
        options.nemesisIntervalS = Math.min(...intervals);
    }
    for (const fault of stage.faults) {
        const field = RATIO_FIELDS[fault.kind];
        if (field !== undefined) {
            ;
            options[field] = fault.ratio ?? 0.1;
        }
    }
}

// EXTERNAL MODULE: ./src/metrics/contract.ts
var contract = __webpack_require__(1339);
;// CONCATENATED MODULE: ./src/metrics/registry.ts
/**
 * Every metric, by producer (a literal map, like the other registries): the harness, each
 * workload (figures under `workload.`) and each checker a stage may add (figures under
 * `checkers.<name>.`). Producers declare their metrics next to their code; add one line here
 * per workload or checker. The track loader, `dsgrade tracks --check`, grading (time-based
 * metrics) and the stage pages (meanings) read this.
 *
 * Guarantees: a path is declared at most once per producer; `metricsForStage` gives exactly the
 * metrics a stage of that workload and those extra checkers can measure.
 */




/** Figures every run has. */
const HARNESS = 'harness';
/** Figures under `workload.`, by workload name (keep alphabetical). */
const WORKLOAD_METRICS = {
    broadcast: workloads/* SET_WORKLOAD_METRICS */.J5,
    echo: workloads/* ECHO_WORKLOAD_METRICS */.m1,
    'echo-errors': workloads/* ECHO_ERRORS_WORKLOAD_METRICS */.gV,
    election: (0,contract/* prefixMetrics */.CR)('workload.', checkers/* ELECTION_METRICS */.O0),
    'exactly-once': workloads/* EXACTLY_ONCE_WORKLOAD_METRICS */.ZW,
    'g-counter': workloads/* COUNTER_WORKLOAD_METRICS */.n6,
    'g-set': workloads/* SET_WORKLOAD_METRICS */.J5,
    kafka: workloads/* KAFKA_WORKLOAD_METRICS */.Zw,
    'lin-kv': workloads/* LIN_KV_WORKLOAD_METRICS */.gM,
    'load-balance': workloads/* LOAD_BALANCE_WORKLOAD_METRICS */.m8,
    'pn-counter': workloads/* COUNTER_WORKLOAD_METRICS */.n6,
    proxy: workloads/* PROXY_WORKLOAD_METRICS */.pR,
    'txn-list-append': workloads/* TXN_WORKLOAD_METRICS */.rJ,
    'txn-rw-register': workloads/* TXN_WORKLOAD_METRICS */.rJ,
    'unique-ids': workloads/* UNIQUE_IDS_WORKLOAD_METRICS */.H_,
};
/** Figures of an extra checker (a stage's `checkers:` entry), relative to its result. */
const CHECKER_METRICS = {
    'bounded-staleness': checkers/* BOUNDED_STALENESS_METRICS */.FY,
    counter: checkers/* COUNTER_METRICS */.bp,
    echo: checkers/* ECHO_METRICS */.mh,
    'exactly-once': checkers/* EXACTLY_ONCE_METRICS */.NJ,
    kafka: checkers/* KAFKA_METRICS */.ND,
    linearizable: checkers/* LINEARIZABLE_METRICS */.b9,
    'list-append': checkers/* ELLE_METRICS */.D$,
    'rw-register': checkers/* ELLE_METRICS */.D$,
    'set-full': checkers/* SET_FULL_METRICS */.P_,
    'unique-ids': checkers/* UNIQUE_IDS_METRICS */.fh,
};
/** Every metric a stage of this workload with these extra checkers can measure, by path. */
function metricsForStage(scope) {
    const found = new Map();
    const add = (specs) => {
        for (const spec of specs) {
            found.set(spec.path, spec);
        }
    };
    add(src_run.HARNESS_METRICS);
    add(lookup(WORKLOAD_METRICS, scope.workload) ?? []);
    for (const checker of scope.checkers) {
        add((0,contract/* prefixMetrics */.CR)(`checkers.${checker}.`, lookup(CHECKER_METRICS, checker) ?? []));
    }
    return found;
}
/** The declaration of one metric in a stage's scope, or undefined. */
function findMetric(scope, path) {
    return metricsForStage(scope).get(path);
}
/** Every declared metric of every producer (for docs and `dsgrade tracks`). */
function allMetrics() {
    const out = [];
    HARNESS_METRICS.forEach((spec) => out.push({ producer: HARNESS, spec }));
    for (const [name, specs] of Object.entries(WORKLOAD_METRICS)) {
        specs.forEach((spec) => out.push({ producer: `workload:${name}`, spec }));
    }
    for (const [name, specs] of Object.entries(CHECKER_METRICS)) {
        prefixMetrics(`checkers.${name}.`, specs).forEach((spec) => out.push({ producer: `checker:${name}`, spec }));
    }
    return out;
}
/** Whether a failure on this metric can be the harness's fault when the harness was slow. */
function isTimeBased(scope, path) {
    return findMetric(scope, path)?.timeBased ?? false;
}
function lookup(map, name) {
    return Object.hasOwn(map, name) ? map[name] : undefined;
}

;// CONCATENATED MODULE: ./src/metrics/index.ts




;// CONCATENATED MODULE: ./src/grading/vouch.ts
/**
 * The one rule for which figures a run can vouch for (issue 12). A run whose harness was late
 * — its event loop, its network deliveries or its client pacing behind schedule — measured
 * every time-based figure on a wrong clock. Then:
 *
 * - the learner's nodes were the cause (the nodes together used ≥ half the machine's cores):
 *   a real failure, with the per-node figure and a hint about busy loops and blocking calls
 *   (`nodes-busy`);
 * - otherwise the seed's time-based criteria are `inconclusive` — never a pass, never a fail
 *   (`harness-late`); criteria that do not depend on timing stay graded as they are.
 *
 * A node that never waits — one of its threads running or ready to run ≥ 90 % of the main
 * phase's wall time, whatever CPU share the machine gave it — is a busy loop and fails the
 * same way, late harness or not: a correct node waits on its input or a timer.
 *
 * The harness can be on time while the learner's nodes are not: other work on a saturated
 * machine (≥ 90 % busy) left a node ready to run but without a CPU ≥ 25 % of the main phase,
 * and the nodes themselves used under half the cores. Its latencies and availability then
 * measure the machine, not the node: time-based criteria are `inconclusive`
 * (`harness-late`, the sentence names the node and the figures), as for a late harness.
 *
 * "Late" is stated relative to the stage: the harness lateness p99 (the largest of event-loop
 * delay, delivery lateness and client pacing lateness) above
 * max(25 ms, min(the stage's network latency, 20 % of its smallest time scale)), or the
 * largest single stall above half its smallest time scale, where the time scales are its
 * time thresholds and the client's RPC time-out (which decides availability): 5 s, or the
 * workload's own (`clientTimeoutMs`, e.g. load-balance's 1 s).
 *
 * Pure functions of values. Which metrics are time-based: the metric registry's `timeBased`
 * flag (src/metrics/registry.ts); `valid` is time-based only when timing checks alone decided
 * it (see `applyVouch`).
 */


const MIN_BOUND_MS = 25;
/** Share of the smallest time threshold a p99 lateness may reach. */
const THRESHOLD_SHARE = 0.2;
/** A stall longer than this share of the smallest time threshold can break a max by itself. */
const STALL_SHARE = 0.5;
/** A node with a thread running or runnable this share of the main phase is spinning. */
const SPIN_SHARE = 0.9;
/** The nodes together using this share of all cores saturate the machine. */
const NODES_MACHINE_SHARE = 0.5;
/** A node ready to run but left without a CPU this share of the main phase was starved… */
const WAIT_SHARE = 0.25;
/** …when the machine was at least this busy (other work, the harness and the nodes). */
const MACHINE_BUSY_SHARE = 0.9;
/** The registry's answer for the metrics of one stage (its workload and extra checkers). */
function stageTimeBased(stage) {
    const scope = { workload: stage.workload, checkers: stage.checkers.map((c) => c.name) };
    return (metric) => isTimeBased(scope, metric);
}
/** Time thresholds of a stage in ms (criteria in ms or s on time-based metrics). */
function timeThresholdsMs(specs, timed) {
    const values = [];
    for (const spec of specs) {
        if (typeof spec.value !== 'number' || !timed(spec.metric)) {
            continue;
        }
        if (spec.unit === 'ms' || /Ms$/.test(spec.metric)) {
            values.push(spec.value);
        }
        else if (spec.unit === 's' || /S$/.test(spec.metric)) {
            values.push(spec.value * 1000);
        }
    }
    return values.filter((v) => v > 0);
}
/** The lateness bounds of a stage (see the header). */
function latenessBounds(latencyMs, specs, timed, rpcTimeoutMs = src_run.DEFAULT_RPC_TIMEOUT_MS) {
    // The client's RPC time-out is a time scale every stage grades (availability, timeouts).
    const smallest = Math.min(rpcTimeoutMs, ...timeThresholdsMs(specs, timed));
    const p99 = Math.min(latencyMs > 0 ? latencyMs : Infinity, THRESHOLD_SHARE * smallest);
    return { p99: Math.max(MIN_BOUND_MS, p99), stall: STALL_SHARE * smallest };
}
/** The rule: can this run's time-based figures be vouched for? */
function vouchFor(health, latencyMs, specs, timed, couldNotRun = false, rpcTimeoutMs = src_run.DEFAULT_RPC_TIMEOUT_MS) {
    const boundMs = latenessBounds(latencyMs, specs, timed, rpcTimeoutMs);
    if (health === undefined) {
        return { kind: 'not-measured', boundMs, lateness: null, sentence: '' };
    }
    const starved = health.starvedInit;
    if (starved !== undefined) {
        return {
            kind: 'harness-late',
            boundMs,
            lateness: health.lateness,
            starvedInit: true,
            sentence: `the grading machine was overloaded: node ${starved.node} waited for a CPU ` +
                `${Math.round(starved.runnableShare * 100)}% of its init time-out; this is not your ` +
                `node — rerun`,
        };
    }
    const lateness = health.lateness;
    const late = lateness.p99Ms > boundMs.p99 || lateness.maxMs > boundMs.stall;
    if (couldNotRun && lateness.maxMs > boundMs.stall) {
        // Start-up timed out (init) while the harness itself stalled: its own timers, not the
        // node, may have run out first.
        return {
            kind: 'harness-late',
            boundMs,
            lateness,
            starvedInit: true,
            sentence: `the grading machine was overloaded: the harness stalled ${fmt(lateness.maxMs, 0)} ms ` +
                `while the nodes started; this is not your node — rerun`,
        };
    }
    const nodes = health.main.nodesCpu;
    const cores = health.main.machine?.cores ?? 1;
    if (nodes !== null && nodes.spinShare >= SPIN_SHARE) {
        return {
            kind: 'nodes-busy',
            boundMs,
            lateness,
            nodes: {
                node: nodes.spinNode,
                cores: nodes.perNode[nodes.spinNode] ?? 0,
                totalCores: nodes.totalCores,
                machineCores: cores,
            },
            sentence: `Node ${nodes.spinNode} never waited: one of its threads was running or ready to run ` +
                `${Math.round(nodes.spinShare * 100)}% of the main phase (it got ` +
                `${fmt(nodes.perNode[nodes.spinNode] ?? 0)} cores; all nodes ${fmt(nodes.totalCores)} ` +
                `of ${cores}), which starves the other nodes and the harness; look for a busy loop`,
        };
    }
    const machine = health.main.machine;
    if (nodes !== null &&
        machine !== null &&
        nodes.waitShare >= WAIT_SHARE &&
        machine.busyShare >= MACHINE_BUSY_SHARE &&
        nodes.totalCores < NODES_MACHINE_SHARE * cores) {
        return {
            kind: 'harness-late',
            boundMs,
            lateness,
            sentence: `the grading machine was overloaded: node ${nodes.waitNode} was ready to run but ` +
                `waited for a CPU ${Math.round(nodes.waitShare * 100)}% of the main phase (machine ` +
                `${Math.round(machine.busyShare * 100)}% busy; all your nodes used ` +
                `${fmt(nodes.totalCores)} of ${cores} cores); this is not your node — rerun`,
        };
    }
    if (!late) {
        return { kind: 'vouched', boundMs, lateness, sentence: '' };
    }
    if (nodes !== null && nodes.totalCores >= NODES_MACHINE_SHARE * cores) {
        return {
            kind: 'nodes-busy',
            boundMs,
            lateness,
            nodes: {
                node: nodes.maxNode,
                cores: nodes.maxNodeCores,
                totalCores: nodes.totalCores,
                machineCores: cores,
            },
            sentence: `Your nodes kept the CPU busy: ${nodes.maxNode} used ${fmt(nodes.maxNodeCores)} cores ` +
                `(all nodes ${fmt(nodes.totalCores)} of ${cores}) and the harness ran ` +
                `${fmt(lateness.p99Ms, 0)} ms late (p99), so every timing of this run suffered; ` +
                `look for a busy loop or a blocking call`,
        };
    }
    const busy = health.main.machine;
    const machinePart = busy === null ? '' : `, machine ${Math.round(busy.busyShare * 100)}% busy`;
    return {
        kind: 'harness-late',
        boundMs,
        lateness,
        sentence: `the grading machine was overloaded: harness lateness p99 ${fmt(lateness.p99Ms, 0)} ms, ` +
            `max ${fmt(lateness.maxMs, 0)} ms (bound ${fmt(boundMs.p99, 0)} ms${machinePart}); ` +
            `this is not your node — rerun`,
    };
}
/** The hint for nodes that saturate the CPU. */
const BUSY_NODE_HINT = 'A node should wait in a blocking read of stdin or on a timer, never spin: look for loops ' +
    'that poll without sleeping, sleeps of 0, and slow or blocking calls (sleep, big ' +
    'computations, synchronous I/O) inside a message handler.';
/** The criterion a nodes-busy run fails (its figure is the busiest node's cores). */
const NODES_CPU_CRITERION = 'harness.nodesCpu';
/**
 * The criteria of one seed under the rule: unchanged when vouched; time-based ones
 * `inconclusive` when the harness was late; one more failing criterion when the nodes were
 * the cause. `valid` stays graded when the workload's own checker decided it (lost or
 * duplicated values do not depend on timing); when only timing checks made it false, it is
 * time-based too.
 */
function applyVouch(criteria, specs, vouch, results, timed) {
    if (vouch.kind === 'vouched' || vouch.kind === 'not-measured') {
        return [...criteria];
    }
    if (vouch.kind === 'nodes-busy') {
        return [
            ...criteria,
            {
                id: NODES_CPU_CRITERION,
                label: `busiest node CPU (${vouch.nodes?.node ?? '?'})`,
                threshold: 'no saturation',
                measured: vouch.nodes?.cores ?? null,
                pass: false,
            },
        ];
    }
    if (vouch.starvedInit === true) {
        return criteria.map((c) => ({ ...c, pass: 'inconclusive' }));
    }
    const metricOf = new Map(specs.map((s) => [s.id, s.metric]));
    return criteria.map((c) => {
        const metric = metricOf.get(c.id) ?? c.id;
        const byTime = timed(metric) || (metric === 'valid' && validIsTimed(results));
        return byTime && c.pass !== 'unknown' ? { ...c, pass: 'inconclusive' } : c;
    });
}
/**
 * `valid` is false (or true) only through the timing checks: availability or stats. A message
 * to a forbidden service is no timing matter either.
 */
function validIsTimed(results) {
    const workload = results.workload;
    const bans = results.serviceBans;
    const crashes = results.crashes;
    return (workload?.valid !== false &&
        bans?.valid !== false &&
        !(Array.isArray(crashes) && crashes.length > 0));
}
function fmt(value, digits = 2) {
    return value.toFixed(digits);
}

;// CONCATENATED MODULE: ./src/grading/stage.ts
/**
 * One stage of a track: its seeds run (in parallel up to `parallelism`), each graded in memory
 * (extra checkers, the RPC reply check done during the run, criteria against the stage
 * thresholds), the `stage` block added (interfaces.md §1.2) and results.json and report.html
 * written once by the run's one writer; then one StageResult: status, reason, the worst seed's
 * criteria, the explanation, the first hint and the replay command.
 *
 * Guarantees: "unknown" never passes; a seed that could not run makes the stage `error`;
 * a learner mistake is never an exception here.
 */










/** Automatic reruns of a seed whose time-based figures could not be vouched for. */
const MAX_RERUNS = 2;
/** The exact local command that replays one seed of a stage. */
function stageReplayCommand(stage, command, seed, timeScale) {
    const bin = command.map(src_run.shellQuote).join(' ');
    const scale = timeScale === 1 ? '' : ` --time-scale ${timeScale}`;
    return `npx dsgrade test --track ${stage.trackId} --stage ${stage.fullId} --bin ${(0,src_run.shellQuote)(bin)} --seed ${seed}${scale}`;
}
function extraCheckerResults(stage, outcome) {
    const results = {};
    for (const spec of stage.checkers) {
        const checker = (0,checkers/* findChecker */.Dh)(spec.name);
        if (checker === undefined) {
            results[spec.name] = {
                valid: 'unknown',
                reason: `checker "${spec.name}" is not built`,
                anomalies: [],
            };
            continue;
        }
        const options = {
            ...(spec.model ? { model: spec.model } : {}),
            ...(spec.consistencyModels ? { consistencyModels: spec.consistencyModels } : {}),
            extra: spec.extra ?? {},
        };
        results[spec.name] = checker.check(outcome.history, options, {
            deadlineMs: performance.now() + 30_000,
        });
    }
    return results;
}
async function runSeed(request, seed, attempt = 1) {
    const { stage } = request;
    const replay = stageReplayCommand(stage, request.command, seed, request.timeScale);
    const options = stageTestOptions(stage, {
        command: request.command,
        cwd: request.cwd,
        seed,
        timeScale: request.timeScale,
    });
    const engine = request.engine;
    const lag = engine?.clockLagMs?.(attempt);
    let outcome;
    try {
        outcome = await (0,src_run.withRunSlot)({ nodeCount: options.nodeIds.length, rate: options.rate }, () => (0,src_run.runTest)({
            options,
            storeDir: request.storeDir,
            logger: request.logger,
            env: request.env,
            writeResults: false,
            ...(request.validateReply === undefined ? {} : { validateReply: request.validateReply }),
            ...(engine === undefined
                ? {}
                : { nodes: engine.nodes, clock: 'virtual', writeReport: false }),
            ...(lag === undefined ? {} : { clockLagMs: lag }),
        }), { exclusive: attempt > 1 });
    }
    catch (error) {
        const reason = (0,shared/* isDsgradeError */.v4)(error) ? error.message : `internal error: ${String(error)}`;
        return {
            run: { seed, valid: 'unknown', exitCode: 255, reason, runDir: '', replay, criteria: [] },
        };
    }
    const checkers = extraCheckerResults(stage, outcome);
    const rpc = outcome.replies;
    const measured = evaluateCriteria({ ...outcome.results, checkers, rpc }, stage.criteria);
    const timed = stageTimeBased(stage);
    const vouch = vouchFor(outcome.results.harness, options.latencyMs, stage.criteria, timed, outcome.exitCode === 255, (0,workloads/* findWorkload */.pH)(options.workload)?.clientTimeoutMs?.(options));
    const criteria = applyVouch(measured, stage.criteria, vouch, outcome.results, timed);
    const run = {
        seed,
        valid: outcome.valid,
        // A run that could not start because the machine starved a node is inconclusive (2).
        exitCode: vouch.starvedInit === true ? 2 : outcome.exitCode,
        reason: outcome.reason,
        runDir: outcome.runDir,
        replay,
        criteria,
        vouch: {
            kind: vouch.kind,
            sentence: vouch.sentence,
            latenessP99Ms: vouch.lateness?.p99Ms ?? null,
            boundMs: vouch.boundMs.p99,
        },
        attempt,
    };
    const status = seedStatus(run);
    outcome.results.stage = {
        track: stage.trackId,
        stage: stage.fullId,
        number: stage.number,
        title: stage.title,
        seed,
        status,
        criteria,
        checkers,
        ...(rpc === undefined ? {} : { rpc }),
        replay,
        ...(run.vouch === undefined ? {} : { vouch: run.vouch }),
        attempt,
    };
    (0,src_run.writeRunResults)(outcome);
    return { run, outcome };
}
const STATUS_RANK = {
    pass: 0,
    skipped: 0,
    unknown: 1,
    inconclusive: 2,
    error: 3,
    fail: 4,
};
/** A seed worth running again: the harness was late and nothing timing-independent failed. */
function needsRerun(run) {
    const status = seedStatus(run);
    return run.vouch?.kind === 'harness-late' && (status === 'inconclusive' || status === 'unknown');
}
/** One seed, rerun alone on the machine while the harness could not vouch for it. */
async function runSeedUntilVouched(request, seed) {
    let result = await runSeed(request, seed);
    let reruns = 0;
    while (needsRerun(result.run) && reruns < MAX_RERUNS) {
        reruns++;
        request.logger.info(`${request.stage.number} seed ${seed}: ${result.run.vouch?.sentence ?? ''}; rerunning it alone (rerun ${reruns} of at most ${MAX_RERUNS}).`);
        result = await runSeed(request, seed, reruns + 1);
    }
    return { ...result, reruns };
}
/** Run every seed of a stage and grade it. */
async function runStage(request) {
    const started = performance.now();
    const { stage, logger } = request;
    logger.info(`${stage.number} ${stage.fullId}: ${request.seeds.length} seed(s) (${request.seeds.join(', ')})`);
    const results = new Array(request.seeds.length);
    let next = 0;
    const lane = async () => {
        while (next < request.seeds.length) {
            const i = next++;
            results[i] = await runSeedUntilVouched(request, request.seeds[i]);
        }
    };
    // Every run takes its cost from the one machine budget (run/parallelism.ts); `parallelism`
    // only caps the lanes of this stage further.
    const lanes = Math.max(1, Math.min(request.parallelism, request.seeds.length));
    await Promise.all(Array.from({ length: lanes }, lane));
    const reruns = results.reduce((sum, r) => sum + r.reruns, 0);
    const statuses = results.map((r) => seedStatus(r.run));
    const worstIndex = statuses.reduce((worst, s, i) => (STATUS_RANK[s] > STATUS_RANK[statuses[worst]] ? i : worst), 0);
    const worst = results[worstIndex];
    const status = statuses[worstIndex];
    const result = {
        trackId: stage.trackId,
        stageId: stage.fullId,
        number: stage.number,
        title: stage.title,
        status,
        reason: stageReason(stage, status, results.map((r) => r.run), worst.run),
        criteria: worst.run.criteria,
        seeds: results.map((r) => r.run),
        explanation: status === 'pass' || status === 'inconclusive' ? [] : explainStage(worst.run, worst.outcome),
        replay: worst.run.replay,
        durationMs: Math.round(performance.now() - started),
        reruns,
    };
    if (worst.run.vouch?.kind === 'nodes-busy' && status === 'fail') {
        result.hint = BUSY_NODE_HINT;
    }
    else if (status !== 'pass' && status !== 'inconclusive' && stage.hints[0] !== undefined) {
        result.hint = stage.hints[0];
    }
    if (stage.docsPath !== undefined) {
        result.docsPath = stage.docsPath;
    }
    return result;
}
/** A stage that cannot run (planned) or was not reached. */
function notRunStage(stage, status, reason) {
    const criteria = stage.criteria.map((c) => ({
        id: c.id,
        label: c.label,
        threshold: thresholdText(c),
        measured: null,
        pass: 'unknown',
    }));
    const result = {
        trackId: stage.trackId,
        stageId: stage.fullId,
        number: stage.number,
        title: stage.title,
        status,
        reason,
        criteria,
        seeds: [],
        explanation: [],
        replay: '',
        durationMs: 0,
    };
    if (stage.docsPath !== undefined) {
        result.docsPath = stage.docsPath;
    }
    return result;
}

// EXTERNAL MODULE: ./src/nemesis/index.ts + 8 modules
var nemesis = __webpack_require__(7596);
;// CONCATENATED MODULE: ./src/grading/tracks.ts
/**
 * The tracks as the engine sees them: tracks/ (or a course author's tracks directory) loaded
 * by src/tracks/ and every workload, nemesis, checker, metric, extra and fault option of a
 * ready stage resolved against the engine's registries (a problem is a TrackError naming the
 * file and the JSON pointer). Kept apart from the runner so `dsgrade tracks` and validation do
 * not load it.
 */







/** An extra's accepted spellings (its name and aliases), as `--extra` takes them. */
function extraKeys(extras) {
    return extras.flatMap((e) => [e.name, ...(e.aliases ?? [])]);
}
/**
 * `options.extra` keys each workload reads: the extras its registry entry declares plus the
 * fault packages' (the same set `dsgrade test --extra` accepts for it).
 */
function workloadExtras() {
    const byWorkload = {};
    for (const name of (0,workloads/* workloadNames */.oj)()) {
        byWorkload[name] = extraKeys([...((0,workloads/* findWorkload */.pH)(name)?.extras ?? []), ...nemesis/* NEMESIS_EXTRAS */.LO]);
    }
    return byWorkload;
}
/** `extra` keys each checker reads: the extras its registry entry declares (`dsgrade check --extra`). */
function checkerExtras() {
    const byChecker = {};
    for (const name of (0,checkers/* checkerNames */.Os)()) {
        byChecker[name] = extraKeys((0,checkers/* findChecker */.Dh)(name)?.extras ?? []);
    }
    return byChecker;
}
function stageMetrics(workload, checkers) {
    const found = new Map();
    for (const [path, spec] of metricsForStage({ workload, checkers })) {
        found.set(path, { type: spec.type, unit: spec.unit, range: (0,contract/* metricRange */.Q4)(spec) });
    }
    return found;
}
/** The engine's registered names and declarations, for resolving track references. */
function engineNames() {
    return {
        workloads: (0,workloads/* workloadNames */.oj)(),
        nemeses: (0,nemesis/* nemesisNames */.jb)(),
        checkers: (0,checkers/* checkerNames */.Os)(),
        metrics: stageMetrics,
        workloadExtras: workloadExtras(),
        checkerExtras: checkerExtras(),
        ratioFaults: RATIO_FAULTS,
    };
}
/** Every track, validated and resolved: ours, or those in `dir` (`--tracks-dir`). */
function loadTracks(dir) {
    return dir === undefined ? loadAllTracks(engineNames()) : loadAllTracks(engineNames(), dir);
}
/** Every problem of a tracks directory (ours by default), for `dsgrade tracks --check`. */
function checkTracks(dir) {
    return checkTracksDir(dir ?? (0,shared/* tracksDir */.w9)(), engineNames());
}

;// CONCATENATED MODULE: ./src/grading/table.ts

const STATUS_TEXT = {
    pass: 'pass',
    fail: 'FAIL',
    unknown: 'UNKNOWN',
    inconclusive: 'INCONCL',
    error: 'ERROR',
    skipped: 'skipped',
};
function seedsText(stage) {
    if (stage.seeds.length === 0) {
        return '-';
    }
    const passed = stage.seeds.filter((s) => s.criteria.length > 0 && s.criteria.every((c) => c.pass === true) && s.exitCode !== 255).length;
    return `${passed}/${stage.seeds.length}`;
}
function pad(text, width) {
    return text.length >= width ? text : text + ' '.repeat(width - text.length);
}
function criteriaText(stage) {
    if (stage.status === 'skipped' || stage.seeds.length === 0) {
        return stage.status === 'error' ? stage.reason : '';
    }
    return stage.criteria.map(criterionLine).join(' · ');
}
/** The table of one graded track. */
function renderTrackTable(track) {
    const idWidth = Math.max(8, ...track.stages.map((s) => s.stageId.length)) + 2;
    const lines = [`${track.title} (${track.trackId}): ${track.passed}/${track.total} stages passed`];
    lines.push(`  ${pad('stage', 6)}${pad('id', idWidth)}${pad('status', 9)}${pad('seeds', 7)}${pad('time', 8)}criteria`);
    for (const stage of track.stages) {
        const time = stage.durationMs > 0 ? `${(stage.durationMs / 1000).toFixed(1)}s` : '-';
        const reruns = stage.reruns !== undefined && stage.reruns > 0
            ? ` (${stage.reruns} rerun${stage.reruns > 1 ? 's' : ''})`
            : '';
        lines.push(`  ${pad(stage.number, 6)}${pad(stage.stageId, idWidth)}${pad(STATUS_TEXT[stage.status], 9)}${pad(seedsText(stage), 7)}${pad(time, 8)}${criteriaText(stage)}${reruns}`.trimEnd());
    }
    const failed = track.stages.find((s) => s.status !== 'pass' && s.status !== 'skipped');
    if (failed !== undefined) {
        lines.push('', ...renderFailure(failed));
    }
    return lines;
}
/** What failed, the evidence, the first hint and the replay command. */
function renderFailure(stage) {
    const lines = [
        `${stage.number} ${stage.stageId} — ${stage.title}: ${STATUS_TEXT[stage.status]}`,
        `  ${stage.reason}`,
    ];
    for (const paragraph of stage.explanation) {
        lines.push(`  ${paragraph}`);
    }
    const failingSeeds = stage.seeds.filter((s) => s.criteria.some((c) => c.pass !== true) || s.exitCode === 255);
    if (stage.seeds.length > 1 && failingSeeds.length > 0) {
        lines.push(`  Failing seeds: ${failingSeeds.map((s) => s.seed).join(', ')}`);
        for (const seed of failingSeeds) {
            lines.push(`    ${seed.replay}`);
        }
    }
    if (stage.hint !== undefined) {
        lines.push(`  Hint: ${stage.hint}`);
    }
    if (stage.docsPath !== undefined) {
        lines.push(`  Concept: ${stage.docsPath}`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/grading/index.ts
/**
 * `gradeTrack`: the stages of a track in order, each as one or more seeded runs, criteria
 * against thresholds, stopping at the first stage that does not pass (the rest `skipped`).
 * The Action and `dsgrade test --track` call this; renderers take the TrackResult.
 *
 * Guarantees: the track data is loaded and every engine name resolved before anything runs
 * (a TrackError otherwise); a planned stage (engine part not built) is an `error` stage that
 * says so, never silently skipped; seeds are printed and derive from `request.seed` or one
 * random base.
 */






function selectStages(track, names) {
    if (names === undefined || names.length === 0) {
        return [...track.stages];
    }
    const chosen = new Set(names.map((name) => findStage(track, name).fullId));
    return track.stages.filter((s) => chosen.has(s.fullId));
}
/** The seeds of one stage: fault stages run `request.seeds` (or the manifest's) seeds. */
function stageSeeds(stage, baseSeed, seedsOverride) {
    const count = stage.faults.length > 0 ? (seedsOverride ?? stage.seeds) : stage.seeds;
    return Array.from({ length: count }, (_, i) => baseSeed + i);
}
/**
 * Seeds of one stage started at once. Runs themselves wait for their share of the one machine
 * budget (run/parallelism.ts), so this is no limit unless a caller asks for one.
 */
function defaultParallelism() {
    return Number.POSITIVE_INFINITY;
}
async function gradeTrack(request, gradeOptions = {}) {
    const tracks = gradeOptions.tracks ?? loadTracks();
    const track = findTrack(tracks, request.trackId);
    const stages = selectStages(track, request.stages);
    const baseSeed = request.seed ?? (0,network/* randomSeed */.vo)();
    request.logger.info(`Track ${track.number} · ${track.id} — ${track.title}: ${stages.length} stage(s), seed ${baseSeed}`);
    const results = [];
    let stopped;
    for (const stage of stages) {
        if (stopped !== undefined) {
            results.push(notRunStage(stage, 'skipped', `Not run: stage ${stopped.number} did not pass.`));
            continue;
        }
        const result = await gradeStage(stage, request, baseSeed, gradeOptions.parallelism ?? defaultParallelism(), track);
        results.push(result);
        logStage(request.logger, result);
        if (result.status !== 'pass') {
            stopped = result;
        }
    }
    const passed = results.filter((r) => r.status === 'pass').length;
    return { trackId: track.id, title: track.title, stages: results, passed, total: results.length };
}
function gradeStage(stage, request, baseSeed, parallelism, track) {
    if (stage.status === 'planned') {
        const reason = `Stage ${stage.number} ${stage.fullId} is ${stage.plannedReason ?? 'not available yet'}.`;
        return Promise.resolve(notRunStage(stage, 'error', reason));
    }
    return runStage({
        stage,
        command: request.command,
        cwd: request.cwd,
        seeds: stageSeeds(stage, baseSeed, request.seeds),
        storeDir: request.storeDir,
        timeScale: request.timeScale ?? 1,
        parallelism,
        env: request.env,
        logger: request.logger,
        validateReply: createRpcValidator(track),
    });
}
function logStage(logger, result) {
    const seconds = (result.durationMs / 1000).toFixed(1);
    logger.info(`${result.number} ${result.stageId}: ${result.status} in ${seconds} s — ${result.reason}`);
}



;// CONCATENATED MODULE: ./src/cli/commands/tracks.ts
/**
 * What the `dsgrade` command line calls for tracks (src/cli/ imports these lazily):
 * `dsgrade tracks`, `dsgrade test --track T [--stage S]` and `npm run demo`. Each prints
 * through the logger and returns the exit code (interfaces.md §1.1: 0 valid, 1 invalid,
 * 2 unknown, 255 could not run). Bad names throw UsageError (the CLI maps it to 254).
 */






/** `dsgrade tracks`: every track and its stages, with numbers and titles. */
function listTracks(logger, dir) {
    const tracks = loadTracks(dir);
    for (const track of tracks) {
        logger.info(`${track.number}. ${track.id} — ${track.title} (${track.category}): ${track.teaches}`);
        for (const stage of track.stages) {
            const planned = stage.status === 'planned' ? `  [${stage.plannedReason ?? 'planned'}]` : '';
            logger.info(`   ${stage.number.padEnd(6)}${stage.fullId.padEnd(36)}${stage.title}${planned}`);
        }
    }
    return Promise.resolve(0);
}
/**
 * `dsgrade tracks --check [DIR]`: every problem of a tracks directory (ours by default), each
 * with its file and JSON pointer; exit 1 when there is any, else 0.
 */
function checkTrackFiles(logger, dir) {
    const problems = checkTracks(dir);
    const where = dir ?? 'tracks/';
    if (problems.length === 0) {
        logger.info(`${where}: every track loads and every ready stage checks out.`);
        return Promise.resolve(0);
    }
    for (const problem of problems) {
        logger.info(problem.message);
    }
    logger.info(`${where}: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
    return Promise.resolve(1);
}
/**
 * The exit code of a graded track: fail 1 > error 255 > unknown or inconclusive 2 > pass 0
 * (inconclusive: the grading machine was overloaded; rerun).
 */
function trackExitCode(result) {
    const statuses = result.stages.map((s) => s.status);
    if (statuses.includes('fail')) {
        return 1;
    }
    if (statuses.includes('error')) {
        return 255;
    }
    return statuses.includes('unknown') || statuses.includes('inconclusive') ? 2 : 0;
}
function resolveTrack(tracks, args) {
    if (args.track === '' && args.stage !== undefined) {
        const owner = findTrackOfStage(tracks, args.stage);
        if (owner !== undefined) {
            return owner;
        }
    }
    return findTrack(tracks, args.track);
}
/** `dsgrade test --track T [--stage S]`: prints the per-stage table, returns the exit code. */
async function runTrackTest(args) {
    const tracks = loadTracks(args.tracksDir);
    const track = resolveTrack(tracks, args);
    const stages = args.stage === undefined ? undefined : [findStage(track, args.stage).fullId];
    const result = await gradeTrack({
        trackId: track.id,
        command: args.command,
        cwd: args.cwd,
        ...(args.seed === undefined ? {} : { seed: args.seed }),
        ...(args.seeds === undefined ? {} : { seeds: args.seeds }),
        ...(stages === undefined ? {} : { stages }),
        storeDir: args.storeDir,
        timeScale: args.timeScale,
        env: args.env,
        logger: args.logger,
    }, { tracks });
    for (const line of renderTrackTable(result)) {
        args.logger.info(line);
    }
    return trackExitCode(result);
}
/**
 * The bundled reference node of each demo track (Python 3 standard library only): tracks 1–5,
 * the quick start's few minutes. The later tracks' references are graded by the test suite
 * (test/e2e/stages-*.test.ts) and by `dsgrade test --track T --bin …`.
 */
const DEMO_NODES = {
    messenger: 'test/fixtures/nodes/python/echo.py',
    rpc: 'test/fixtures/nodes/python/exactly_once.py',
    'unique-ids': 'test/fixtures/nodes/python/unique_ids.py',
    broadcast: 'test/fixtures/nodes/python/broadcast.py',
    crdt: 'test/fixtures/nodes/python/crdt.py',
};
/**
 * `npm run demo`: grade the reference nodes of DEMO_NODES (all tracks at once: runs mostly
 * wait on their nodes) and print, in track order, the same per-stage table a learner gets.
 */
async function runDemo(args) {
    const tracks = loadTracks();
    const root = (0,shared/* packageRoot */.Zl)();
    const started = performance.now();
    const results = await Promise.all(Object.entries(DEMO_NODES).map(([trackId, node]) => gradeTrack({
        trackId,
        command: ['python3', (0,external_node_path_.join)(root, node)],
        cwd: root,
        storeDir: args.storeDir,
        timeScale: args.timeScale,
        env: args.env,
        logger: args.logger,
    }, { tracks })));
    for (const result of results) {
        args.logger.info('');
        for (const line of renderTrackTable(result)) {
            args.logger.info(line);
        }
    }
    const passed = results.reduce((sum, r) => sum + r.passed, 0);
    const total = results.reduce((sum, r) => sum + r.total, 0);
    args.logger.info(`\nDemo: ${passed}/${total} stages passed in ${((performance.now() - started) / 1000).toFixed(1)} s (time scale ${args.timeScale}).`);
    return Math.max(0, ...results.map(trackExitCode));
}


/***/ })

};
