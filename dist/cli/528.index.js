export const id = 528;
export const ids = [528];
export const modules = {

/***/ 4528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkTrackNames: () => (/* binding */ checkTrackNames),
  listTracks: () => (/* binding */ listTracks),
  runDemo: () => (/* binding */ runDemo),
  runTrackTest: () => (/* binding */ runTrackTest)
});

// UNUSED EXPORTS: DEMO_NODES, trackExitCode

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/paths.ts + 1 modules
var paths = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/shared/suggest.ts
var suggest = __webpack_require__(427);
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
        throw new errors/* UsageError */.eb(`there is no track "${name}".${(0,suggest/* didYouMean */.au)(name, tracks.map((t) => t.id))} Tracks: ${known}; run "dsgrade tracks" to list them.`);
    }
    return found;
}
function findStage(track, name) {
    const found = track.stages.find((s) => s.fullId === name || s.id === name || s.number === name);
    if (found === undefined) {
        const known = track.stages.map((s) => `${s.number} ${s.id}`).join(', ');
        const names = track.stages.flatMap((s) => [s.id, s.fullId]);
        throw new errors/* UsageError */.eb(`track "${track.id}" has no stage "${name}".${(0,suggest/* didYouMean */.au)(name, names)} Stages: ${known}.`);
    }
    return found;
}
/** A stage named without its track (`broadcast/partitions`, `4.3`): the track it belongs to. */
function findTrackOfStage(tracks, name) {
    return tracks.find((t) => t.stages.some((s) => s.fullId === name || s.number === name));
}

// EXTERNAL MODULE: ./src/network/random.ts
var random = __webpack_require__(7555);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./src/shared/json.ts
var json = __webpack_require__(8451);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/tracks/types.ts
/**
 * The typed, frozen value of a loaded track (tracks/<id>/track.yml after validation).
 * Tracks are data (style.md §3.3): these types mirror tracks/schema/track.schema.json and
 * carry no engine types, so `src/tracks/` depends on `shared/` only.
 */
const TRACK_SCHEMA_VERSION = 1;

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
        throw new errors/* TrackError */.iz(display(file), '', `is not valid JSON: ${String(error)}`, { cause: error });
    }
}
function display(file) {
    return (0,external_node_path_.relative)((0,paths/* packageRoot */.Zl)(), file) || file;
}
function manifestValidator(root) {
    if (cachedValidator !== undefined && root === (0,paths/* tracksDir */.w9)()) {
        return cachedValidator;
    }
    const ajv = new dist_ajv.Ajv({ allErrors: false, strict: true, allowUnionTypes: true });
    for (const name of ['criterion', 'stage']) {
        ajv.addSchema(readJson((0,external_node_path_.join)(root, 'schema', `${name}.schema.json`)));
    }
    const validator = ajv.compile(readJson((0,external_node_path_.join)(root, 'schema', 'track.schema.json')));
    if (root === (0,paths/* tracksDir */.w9)()) {
        cachedValidator = validator;
    }
    return validator;
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
        throw new errors/* TrackError */.iz(display(file), '', `is not valid YAML: ${first?.message ?? ''}`);
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
            throw new errors/* TrackError */.iz(display(file), '', `is not a valid JSON Schema: ${String(error)}`);
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
function buildStage(track, raw, index, dirRel, known, file) {
    const missing = known === undefined ? [] : unknownNames(raw, index, known);
    const planned = raw.status === 'planned';
    if (missing.length > 0 && !planned) {
        const [pointer, message] = missing[0];
        throw new errors/* TrackError */.iz(display(file), pointer, `${message}; mark the stage "status: planned" if it is not built yet`);
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
            throw new errors/* TrackError */.iz(display(file), `/stages/${i}/id`, `duplicate stage id "${stage.id}"`);
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
            throw new errors/* TrackError */.iz(display(file), pointer, `the page "${path}" does not exist in ${display(dir)}`);
        }
    }
}
/** Load and validate one track directory. `known` absent ⇒ names are not resolved. */
function loadTrackDir(dir, known, root = (0,paths/* tracksDir */.w9)()) {
    const file = (0,external_node_path_.join)(dir, 'track.yml');
    if (!(0,external_node_fs_.existsSync)(file)) {
        throw new errors/* TrackError */.iz(display(dir), '', 'has no track.yml');
    }
    const data = parseManifest(file);
    const version = data?.schemaVersion;
    if (version !== TRACK_SCHEMA_VERSION) {
        throw new errors/* TrackError */.iz(display(file), '/schemaVersion', `schemaVersion ${JSON.stringify(version)} is not supported; this dsgrade reads schemaVersion ${TRACK_SCHEMA_VERSION}`);
    }
    const validate = manifestValidator(root);
    if (!validate(data)) {
        const error = (validate.errors ?? [])[0];
        throw new errors/* TrackError */.iz(display(file), error.instancePath || '/', describeAjvError(error, data));
    }
    const raw = data;
    const dirName = dir.split(/[\\/]/).pop();
    if (raw.id !== dirName) {
        throw new errors/* TrackError */.iz(display(file), '/id', `the id "${raw.id}" must equal the directory name "${dirName ?? ''}"`);
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
        stages: raw.stages.map((stage, i) => buildStage(raw, stage, i, dirRel, known, file)),
        rpcSchemas: loadRpcSchemas(dir),
    };
    if (raw.docs !== undefined) {
        track.docsPath = `${dirRel}/${raw.docs}`;
    }
    return deepFreeze(track);
}
/** Every track under `root` (default: the package's tracks/), ordered by number. */
function loadAllTracks(known, root = (0,paths/* tracksDir */.w9)()) {
    const tracks = (0,external_node_fs_.readdirSync)(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && entry.name !== 'schema')
        .map((entry) => loadTrackDir((0,external_node_path_.join)(root, entry.name), known, root))
        .sort((a, b) => a.number - b.number);
    const numbers = new Map();
    for (const track of tracks) {
        const other = numbers.get(track.number);
        if (other !== undefined) {
            throw new errors/* TrackError */.iz(display((0,external_node_path_.join)(track.dir, 'track.yml')), '/number', `track number ${track.number} is also used by "${other}"`);
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
    const shown = (0,json/* truncate */.xv)(JSON.stringify(found) ?? 'nothing', 80);
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

// EXTERNAL MODULE: ./src/checkers/registry.ts + 2 modules
var registry = __webpack_require__(3945);
// EXTERNAL MODULE: ./src/network/journal.ts
var journal = __webpack_require__(8353);
// EXTERNAL MODULE: ./src/report/html.ts + 9 modules
var report_html = __webpack_require__(5680);
// EXTERNAL MODULE: ./src/run/index.ts + 34 modules
var src_run = __webpack_require__(4132);
// EXTERNAL MODULE: ./src/run/replay.ts
var replay = __webpack_require__(2634);
// EXTERNAL MODULE: ./src/shared/invocation.ts
var invocation = __webpack_require__(3639);
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
        ...(spec.unit ? { unit: spec.unit } : {}),
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
    const note = result.pass === 'inconclusive' ? ' inconclusive' : '';
    return `${result.label} ${measuredText(result)} (${result.threshold}) ${mark}${note}`;
}
/** The measured value with its unit: `1032 ms`, `17.2`, `false`, `not measured`. */
function measuredText(result) {
    if (result.measured === null) {
        return 'not measured';
    }
    const unit = result.unit && typeof result.measured === 'number' ? ` ${result.unit}` : '';
    return `${formatMeasured(result.measured)}${unit}`;
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
    const failing = failingCriteria(worst.criteria);
    const first = failing[0];
    if (first === undefined) {
        return `Seed ${worst.seed}: ${worst.reason.replace(/\.$/, '')}${seedPart}.`;
    }
    const correct = worst.valid === true && failing.every((c) => !isValidity(c));
    // "valid is false" says less than the run's own sentence (the anomaly or the crash).
    const runSays = isValidity(first) && first.measured === false && worst.reason !== '';
    const what = correct
        ? correctButText(failing)
        : runSays
            ? worst.reason.replace(/\.$/, '')
            : describeCriterion(first);
    return `Seed ${worst.seed}: ${what}${seedPart}.`;
}
function isValidity(c) {
    return c.id === 'valid' || c.id.endsWith('.valid');
}
/** What kind of target a criterion is: speed, cost or something else. */
function shortfall(c) {
    if (c.unit === 'ms' || c.unit === 's' || /latenc/i.test(c.id)) {
        return 'too slow';
    }
    if (/msgs|messages/i.test(c.id)) {
        return 'it sends too many messages';
    }
    return 'it misses a target';
}
/** "the history is correct, but too slow: stable latency median is 1032 ms (target < 400 ms)" */
function correctButText(failing) {
    const kinds = [...new Set(failing.map(shortfall))];
    const details = failing.map(describeCriterion).join('; ');
    return `the history is correct, but ${kinds.join(' and ')}: ${details}`;
}
/** One criterion in words, never contradicting its verdict. */
function describeCriterion(c) {
    if (c.pass === 'inconclusive') {
        return `${c.label} is ${measuredText(c)} on a late harness (inconclusive)`;
    }
    if (c.pass === 'unknown') {
        return c.measured === null
            ? `${c.label} could not be measured (it counts as not passed)`
            : `${c.label} is unknown (the checker could not decide; unknown never passes)`;
    }
    if (typeof c.measured === 'boolean' && c.threshold.startsWith('=')) {
        if (isValidity(c) && c.measured === false) {
            return 'the checker found the history invalid';
        }
        return `${c.label} is ${String(c.measured)} (it must be ${c.threshold.slice(1).trim()})`;
    }
    return `${c.label} is ${measuredText(c)} (target ${c.threshold})`;
}
function anomalyMessages(outcome) {
    const workload = outcome?.results.workload;
    const messages = [];
    for (const anomaly of workload?.anomalies ?? []) {
        if (typeof anomaly.message === 'string') {
            messages.push((0,json/* truncate */.xv)(anomaly.message, 600));
        }
    }
    if (messages.length === 0 && typeof workload?.reason === 'string') {
        messages.push(workload.reason);
    }
    return messages;
}
const TRACE_LINES = 8;
/**
 * Crashes grouped by what the nodes printed: one paragraph per distinct stderr tail, naming
 * every node it hit and showing the traceback once, line by line.
 */
function crashParagraphs(crashes) {
    const groups = new Map();
    for (const crash of crashes) {
        const tail = (crash.stderrTail ?? []).filter((l) => l.trim() !== '').slice(-TRACE_LINES);
        const key = tail.join('\n');
        groups.set(key, [...(groups.get(key) ?? []), crash]);
    }
    const paragraphs = [];
    for (const [trace, group] of groups) {
        if (trace === '' && group.every((c) => typeof c.message === 'string')) {
            paragraphs.push(...group.map((c) => c.message));
            continue;
        }
        const nodes = group.map((c) => c.node ?? '?').sort();
        const times = group.map((c) => (c.atMs ?? 0) / 1000);
        const [from, to] = [Math.min(...times).toFixed(1), Math.max(...times).toFixed(1)];
        const span = from === to ? `${from} s` : `${from}–${to} s`;
        const first = group[0];
        const status = first.code !== null && first.code !== undefined
            ? `exit code ${first.code}`
            : `signal ${first.signal ?? '?'}`;
        const who = nodes.length === 1 ? `Node ${nodes[0]}` : `Nodes ${nodes.join(', ')}`;
        const printed = nodes.length === 1 ? 'Its last stderr lines' : 'Each printed';
        const lines = trace === ''
            ? ' It printed nothing on stderr.'
            : ` ${printed}:\n${trace
                .split('\n')
                .map((l) => `    ${l}`)
                .join('\n')}`;
        paragraphs.push(`${who} crashed at ${span} (${status}).${lines}`);
    }
    return paragraphs;
}
function findingMessages(outcome, withLint) {
    const results = outcome?.results;
    const crashes = (Array.isArray(results?.crashes) ? results.crashes : []);
    const crashLines = crashParagraphs(crashes.filter((c) => c.expected !== true));
    const lists = [
        results?.findings,
        results?.protocol?.findings,
        results?.lint?.findings,
    ];
    const list = lists.find(Array.isArray);
    const lint = withLint
        ? (list ?? []).map((f) => `${f.node ?? '?'}: ${f.message ?? ''} ${f.fix ?? ''}`.trim())
        : [];
    return [...crashLines, ...lint].slice(0, MAX_ANOMALIES);
}
function replyMismatches(outcome) {
    const stage = outcome?.results.stage;
    return (stage?.rpc?.mismatches ?? [])
        .slice(0, MAX_ANOMALIES)
        .map((m) => `${m.node}: ${m.message} (sent ${m.line})`);
}
/** "2049 operations checked" out of "The broadcast test passed: 2049 operations checked and …". */
function runFacts(reason) {
    const after = reason.includes(':') ? reason.slice(reason.indexOf(':') + 1).trim() : reason;
    return after.replace(/\.$/, '').replace(/ and every check was valid$/, '');
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
    if (failing.length > 0 || worst.exitCode !== 0) {
        paragraphs.push(...findingMessages(outcome, failing.some((c) => c.id.startsWith('lint'))));
    }
    if (failing.some((c) => c.id.startsWith('rpc.'))) {
        paragraphs.push(...replyMismatches(outcome));
    }
    const crashMessages = (outcome?.results?.crashes ?? []).map((c) => c.message);
    const told = paragraphs.some((p) => p.includes(worst.reason)) ||
        (crashMessages.includes(worst.reason) && paragraphs.some((p) => / crashed at /.test(p)));
    if (worst.reason && !told) {
        // A run whose history checked out says "passed": under a failing stage that sentence
        // would contradict the verdict, so it is said the other way round.
        if (worst.exitCode === 0 && failing.length > 0) {
            paragraphs.push(`The history is correct (${runFacts(worst.reason)}), but ${failing.map(describeCriterion).join('; ')}.`);
        }
        else {
            paragraphs.push(`The run says: ${worst.reason}`);
        }
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

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/grading/rpc-check.ts
/**
 * Learner replies checked against the track's RPC schemas (tracks/<id>/rpc/*.schema.json):
 * every message a server node sent to a client, read back from the run's journal.jsonl, whose
 * body type has a schema. A mismatch is a value with one teaching sentence (which field, what
 * was expected, what came) and the node and line; the count is the metric `rpc.mismatchCount`.
 * Reads the journal line by line; a missing journal means nothing was checked (null count).
 */




const MAX_KEPT = 5;
function isClient(id) {
    return typeof id === 'string' && /^c\d+$/.test(id);
}
async function checkJournalReplies(runDir, validate) {
    const file = (0,external_node_path_.join)(runDir, 'journal.jsonl');
    if (!(0,external_node_fs_.existsSync)(file)) {
        return { checkedCount: 0, mismatchCount: null, mismatches: [] };
    }
    const result = { checkedCount: 0, mismatchCount: 0, mismatches: [] };
    const lines = (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_.createReadStream)(file, 'utf8'), crlfDelay: Infinity });
    for await (const text of lines) {
        if (!text.includes('"send"')) {
            continue;
        }
        let event;
        try {
            event = JSON.parse(text);
        }
        catch {
            continue;
        }
        const message = event.message;
        if (event.type !== 'send' ||
            message?.body === undefined ||
            !isClient(message.dest) ||
            isClient(message.src)) {
            continue;
        }
        result.checkedCount++;
        const mismatch = validate(message.body);
        if (mismatch !== null) {
            result.mismatchCount = (result.mismatchCount ?? 0) + 1;
            if (result.mismatches.length < MAX_KEPT) {
                result.mismatches.push({
                    node: String(message.src),
                    message: mismatch.message,
                    line: (0,json/* truncate */.xv)(JSON.stringify(message.body), 160),
                });
            }
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/grading/vouch.ts
const MIN_BOUND_MS = 25;
/** Share of the smallest time threshold a p99 lateness may reach. */
const THRESHOLD_SHARE = 0.2;
/** A stall longer than this share of the smallest time threshold can break a max by itself. */
const STALL_SHARE = 0.5;
/** p99 bound when the stage has neither a network latency nor a time threshold. */
const DEFAULT_BOUND_MS = 100;
/** Stall bound when the stage grades no time threshold (client timeouts are ≥ 1 s). */
const DEFAULT_STALL_MS = 1000;
/** A node using this share of the CPU a runnable process gets is spinning. */
const NODE_FAIR_SHARE = 0.6;
/** The nodes together using this share of all cores saturate the machine. */
const NODES_MACHINE_SHARE = 0.5;
/**
 * PROVISIONAL (replace with the metric registry's `timeBased` flag when i14 lands): metrics
 * whose value depends on timing — latencies, availability and timeouts, durations, and
 * messages per op (retries and batching follow the clock).
 */
const TIME_BASED_PATTERNS = [
    /latenc/i,
    /availability|okFraction/i,
    /^stats\./,
    /msgsPer/,
    /OverBound$/,
    /(?:^|\.)(?:first|max|min|mean)[A-Za-z]*S$/,
    /Ms$/,
];
/** True when a metric's value depends on timing (PROVISIONAL list, see above). */
function isTimeBased(metric) {
    return TIME_BASED_PATTERNS.some((pattern) => pattern.test(metric));
}
/** Time thresholds of a stage in ms (criteria in ms or s on time-based metrics). */
function timeThresholdsMs(specs) {
    const values = [];
    for (const spec of specs) {
        if (typeof spec.value !== 'number' || !isTimeBased(spec.metric)) {
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
function latenessBounds(latencyMs, specs) {
    const smallest = Math.min(...timeThresholdsMs(specs));
    const candidates = [latencyMs > 0 ? latencyMs : Infinity, THRESHOLD_SHARE * smallest];
    const p99 = Math.min(...candidates);
    return {
        p99: Number.isFinite(p99) ? Math.max(MIN_BOUND_MS, p99) : DEFAULT_BOUND_MS,
        stall: Number.isFinite(smallest) ? STALL_SHARE * smallest : DEFAULT_STALL_MS,
    };
}
/** The fair share of a core a runnable process got (cores ÷ runnable processes, ≤ 1). */
function fairShare(health) {
    const machine = health.main.machine;
    if (machine === null) {
        return 1;
    }
    return Math.min(1, machine.cores / Math.max(machine.cores, machine.runnable));
}
/** The rule: can this run's time-based figures be vouched for? */
function vouchFor(health, latencyMs, specs) {
    const boundMs = latenessBounds(latencyMs, specs);
    if (health === undefined) {
        return { kind: 'not-measured', boundMs, lateness: null, sentence: '' };
    }
    const lateness = health.lateness;
    const late = lateness.p99Ms > boundMs.p99 || lateness.maxMs > boundMs.stall;
    if (!late) {
        return { kind: 'vouched', boundMs, lateness, sentence: '' };
    }
    const nodes = health.main.nodesCpu;
    const cores = health.main.machine?.cores ?? 1;
    if (nodes !== null &&
        (nodes.maxNodeCores >= NODE_FAIR_SHARE * fairShare(health) ||
            nodes.totalCores >= NODES_MACHINE_SHARE * cores)) {
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
function applyVouch(criteria, specs, vouch, results) {
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
    const metricOf = new Map(specs.map((s) => [s.id, s.metric]));
    return criteria.map((c) => {
        const metric = metricOf.get(c.id) ?? c.id;
        const timed = isTimeBased(metric) || (metric === 'valid' && validIsTimed(results));
        return timed && c.pass !== 'unknown' ? { ...c, pass: 'inconclusive' } : c;
    });
}
/** `valid` is false (or true) only through the timing checks: availability or stats. */
function validIsTimed(results) {
    const workload = results.workload;
    const crashes = results.crashes;
    return workload?.valid !== false && !(Array.isArray(crashes) && crashes.length > 0);
}
function fmt(value, digits = 2) {
    return value.toFixed(digits);
}

// EXTERNAL MODULE: ./src/run/parallelism.ts
var parallelism = __webpack_require__(8791);
;// CONCATENATED MODULE: ./src/grading/stage.ts
/**
 * One stage of a track: its seeds run (in parallel up to `parallelism`), each seed's criteria
 * evaluated against the stage thresholds and written into that run's results.json under
 * `stage` (interfaces.md §1.2), then one StageResult: status, reason, the worst seed's
 * criteria, the explanation, the first hint and the replay command.
 *
 * Guarantees: "unknown" never passes; a seed that could not run makes the stage `error`;
 * a learner mistake is never an exception here.
 */















/** Automatic reruns of a seed whose time-based figures could not be vouched for. */
const MAX_RERUNS = 2;
/**
 * The exact local command that replays one seed of a stage, and only that seed (`--seeds 1`
 * on a stage that runs several). `typedBin` is the node's command line as the learner wrote
 * it (`--bin`, or `run:` in dsgrade.yml), never the absolute path it resolved to.
 */
function stageReplayCommand(stage, command, seed, timeScale, typedBin) {
    const bin = typedBin ?? command.map(replay/* shellQuote */.ZL).join(' ');
    const scale = timeScale === 1 ? '' : ` --time-scale ${timeScale}`;
    const one = stage.seeds > 1 ? ' --seeds 1' : '';
    return `${invocation/* DSGRADE_INVOCATION */.e} test --track ${stage.trackId} --stage ${stage.fullId} --bin ${(0,replay/* shellQuote */.ZL)(bin)} --seed ${seed}${one}${scale}`;
}
function extraCheckerResults(stage, outcome) {
    const results = {};
    for (const spec of stage.checkers) {
        const checker = (0,registry/* findChecker */.Dh)(spec.name);
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
/** Journal events drawn in a report's Lamport diagram (the runner uses the same head). */
const REPORT_JOURNAL_EVENTS = 5000;
function writeStageField(outcome, field, logger) {
    outcome.results.stage = field;
    const file = (0,external_node_path_.join)(outcome.runDir, 'results.json');
    try {
        const stored = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        stored.stage = field;
        (0,external_node_fs_.writeFileSync)(file, `${JSON.stringify(stored, null, 2)}\n`);
        rewriteReport(outcome, stored);
    }
    catch (error) {
        logger.warn(`could not add the stage criteria to ${file}: ${String(error)}`);
    }
}
/** The runner wrote report.html before the stage criteria existed: render it again with them. */
function rewriteReport(outcome, results) {
    const page = (0,external_node_path_.join)(outcome.runDir, 'report.html');
    if (!(0,external_node_fs_.existsSync)(page)) {
        return;
    }
    const options = results.options;
    const html = (0,report_html/* renderReportHtml */.Y)({
        results,
        history: outcome.history,
        journal: (0,journal/* readJournalHead */.YQ)((0,external_node_path_.join)(outcome.runDir, 'journal.jsonl'), REPORT_JOURNAL_EVENTS),
        nodeIds: options?.nodeIds ?? [],
        title: `dsgrade ${options?.workload ?? ''} — seed ${String(results.seed)}`,
    });
    (0,external_node_fs_.writeFileSync)(page, html);
}
async function runSeed(request, seed, attempt = 1) {
    const { stage } = request;
    const replay = stageReplayCommand(stage, request.command, seed, request.timeScale, request.typedBin);
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
        outcome = await (0,parallelism/* withRunSlot */.gG)({ nodeCount: options.nodeIds.length, rate: options.rate }, () => (0,src_run.runTest)({
            options,
            storeDir: request.storeDir,
            logger: request.logger,
            ...(engine === undefined
                ? {}
                : { nodes: engine.nodes, clock: 'virtual', writeReport: false }),
            ...(lag === undefined ? {} : { clockLagMs: lag }),
        }), { exclusive: attempt > 1 });
    }
    catch (error) {
        const reason = (0,errors/* isDsgradeError */.v4)(error) ? error.message : `internal error: ${String(error)}`;
        return {
            run: { seed, valid: 'unknown', exitCode: 255, reason, runDir: '', replay, criteria: [] },
        };
    }
    const checkers = extraCheckerResults(stage, outcome);
    const rpc = request.validateReply === undefined
        ? undefined
        : await checkJournalReplies(outcome.runDir, request.validateReply);
    const measured = evaluateCriteria({ ...outcome.results, checkers, rpc }, stage.criteria);
    const vouch = vouchFor(outcome.results.harness, options.latencyMs, stage.criteria);
    const criteria = applyVouch(measured, stage.criteria, vouch, outcome.results);
    const run = {
        seed,
        valid: outcome.valid,
        exitCode: outcome.exitCode,
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
    writeStageField(outcome, {
        track: stage.trackId,
        stage: stage.fullId,
        number: stage.number,
        title: stage.title,
        seed,
        status,
        criteria,
        checkers,
        rpc,
        replay,
        vouch: run.vouch,
        attempt,
    }, request.logger);
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

// EXTERNAL MODULE: ./src/nemesis/registry.ts + 5 modules
var nemesis_registry = __webpack_require__(716);
// EXTERNAL MODULE: ./src/workloads/registry.ts + 18 modules
var workloads_registry = __webpack_require__(3982);
;// CONCATENATED MODULE: ./src/grading/tracks.ts
/**
 * The tracks as the engine sees them: tracks/ loaded by src/tracks/ and every workload,
 * nemesis and checker name resolved against the registries (an unknown name in a ready
 * stage is a TrackError). Kept apart from the runner so `dsgrade tracks` and validation do
 * not load it.
 */




/** The engine's registered names, for resolving track references. */
function engineNames() {
    return { workloads: (0,workloads_registry/* workloadNames */.oj)(), nemeses: (0,nemesis_registry/* nemesisNames */.jb)(), checkers: (0,registry/* checkerNames */.Os)() };
}
/** Every track, validated and resolved against the registries. */
function loadTracks() {
    return loadAllTracks(engineNames());
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
    // `--seeds K` sets the seeds of fault stages; any stage can be narrowed to fewer (a replay
    // line's `--seeds 1` reruns exactly one seed).
    const override = seedsOverride !== undefined && (stage.faults.length > 0 || seedsOverride < stage.seeds);
    const count = override ? seedsOverride : stage.seeds;
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
    const baseSeed = request.seed ?? (0,random/* randomSeed */.vo)();
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
        logger: request.logger,
        validateReply: createRpcValidator(track),
        ...(request.typedBin === undefined ? {} : { typedBin: request.typedBin }),
    });
}
function logStage(logger, result) {
    const seconds = (result.durationMs / 1000).toFixed(1);
    logger.info(`${result.number} ${result.stageId}: ${result.status} in ${seconds} s — ${result.reason}`);
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

;// CONCATENATED MODULE: ./src/grading/cli.ts
/**
 * What the `dsgrade` command line calls for tracks (src/cli/ imports these lazily):
 * `dsgrade tracks`, `dsgrade test --track T [--stage S]` and `npm run demo`. Each prints
 * through the logger and returns the exit code (interfaces.md §1.1: 0 valid, 1 invalid,
 * 2 unknown, 255 could not run). Bad names throw UsageError (the CLI maps it to 254).
 */







/** `dsgrade tracks`: every track and its stages, with numbers and titles. */
function listTracks(logger) {
    const tracks = loadTracks();
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
/** A track (or stage) whose first stage to run is planned cannot be graded: one line, exit 254. */
function refusePlanned(tracks, track, stageId) {
    const first = stageId === undefined ? track.stages[0] : track.stages.find((s) => s.fullId === stageId);
    if (first === undefined || first.status !== 'planned') {
        return;
    }
    const ready = tracks.filter((t) => t.stages[0]?.status === 'ready').map((t) => t.id);
    const what = stageId === undefined ? `track ${track.id}` : `stage ${first.number} ${first.fullId}`;
    throw new errors/* UsageError */.eb(`${what} is ${first.plannedReason ?? 'not available yet'}. Tracks you can run now: ${ready.join(', ')}.`);
}
/**
 * Checks the track and stage names (and refuses a planned one) before anything else, so a
 * typo is reported before the node's command line is even looked at.
 */
function checkTrackNames(track, stage) {
    const tracks = loadTracks();
    const found = resolveTrack(tracks, { track, ...(stage === undefined ? {} : { stage }) });
    const stages = stage === undefined ? undefined : [findStage(found, stage).fullId];
    refusePlanned(tracks, found, stages?.[0]);
}
/** `dsgrade test --track T [--stage S]`: prints the per-stage table, returns the exit code. */
async function runTrackTest(args) {
    const tracks = loadTracks();
    const track = resolveTrack(tracks, args);
    const stages = args.stage === undefined ? undefined : [findStage(track, args.stage).fullId];
    refusePlanned(tracks, track, stages?.[0]);
    const result = await gradeTrack({
        trackId: track.id,
        command: args.command,
        ...(args.typedBin === undefined ? {} : { typedBin: args.typedBin }),
        cwd: args.cwd,
        ...(args.seed === undefined ? {} : { seed: args.seed }),
        ...(args.seeds === undefined ? {} : { seeds: args.seeds }),
        ...(stages === undefined ? {} : { stages }),
        storeDir: args.storeDir,
        timeScale: args.timeScale,
        logger: args.logger,
    }, { tracks });
    for (const line of renderTrackTable(result)) {
        args.logger.info(line);
    }
    return trackExitCode(result);
}
/** The bundled reference node of each demo track (Python 3 standard library only). */
const DEMO_NODES = {
    messenger: 'test/fixtures/nodes/python/echo.py',
    rpc: 'test/fixtures/nodes/python/exactly_once.py',
    'unique-ids': 'test/fixtures/nodes/python/unique_ids.py',
    broadcast: 'test/fixtures/nodes/python/broadcast.py',
    crdt: 'test/fixtures/nodes/python/crdt.py',
};
/**
 * `npm run demo`: grade the reference nodes on tracks 1–5 (all tracks at once: runs mostly
 * wait on their nodes) and print, in track order, the same per-stage table a learner gets.
 */
async function runDemo(args) {
    const tracks = loadTracks();
    const root = (0,paths/* packageRoot */.Zl)();
    const started = performance.now();
    const results = await Promise.all(Object.entries(DEMO_NODES).map(([trackId, node]) => gradeTrack({
        trackId,
        command: ['python3', (0,external_node_path_.join)(root, node)],
        cwd: root,
        storeDir: args.storeDir,
        timeScale: args.timeScale,
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
