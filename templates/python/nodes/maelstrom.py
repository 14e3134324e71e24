"""A small Maelstrom node library (standard library only, Python 3.9+).

Messages are JSON lines on stdin/stdout; logs go to stderr. Everything (handlers, RPC
callbacks, timers) runs one at a time on a single thread, so your node needs no locks.
Never block inside a handler: use callbacks and timers instead.

    node = Node(track='messenger')

    @node.handler('echo')
    def echo(msg):
        node.reply(msg, {'type': 'echo_ok', 'echo': msg['body']['echo']})

    node.run()

Simulated time (`dsgrade test --sim`, docs/simulation.md in the dsgrade repository): when
DSGRADE_SIM=1, timers are asked of dsgrade instead of the OS, time.monotonic() and time.time()
return the simulated time, `random` is seeded from DSGRADE_SEED and DSGRADE_NODE_ID, and the
library tells dsgrade when each input is handled. Use node.after/node.every (never threads or
time.sleep) and your node runs in simulated time unchanged. Without DSGRADE_SIM nothing changes.
"""
import heapq
import itertools
import json
import os
import random
import selectors
import sys
import time
import traceback

SIM = os.environ.get('DSGRADE_SIM') == '1'
_SIM_BASE_S = 1000.0  # simulated seconds are offset so 0 can still mean "never"
_sim_now_s = _SIM_BASE_S
_sim_now_ms = 0  # the same instant as dsgrade stamped it (ms since the test started)

if SIM:
    time.monotonic = lambda: _sim_now_s
    time.time = lambda: 1.7e9 + _sim_now_s
    random.seed(f"{os.environ.get('DSGRADE_SEED', '0')}/{os.environ.get('DSGRADE_NODE_ID', '')}")

DOCS_BASE = 'https://github.com/dsgrade/dsgrade/blob/v1/tracks'

# Maelstrom's error codes (maelstrom-protocol.md §1.5).
TIMEOUT = 0
NODE_NOT_FOUND = 1
NOT_SUPPORTED = 10
TEMPORARILY_UNAVAILABLE = 11
MALFORMED_REQUEST = 12
CRASH = 13
ABORT = 14
KEY_DOES_NOT_EXIST = 20
KEY_ALREADY_EXISTS = 21
PRECONDITION_FAILED = 22
TXN_CONFLICT = 30


class RPCError(Exception):
    """Raise inside a handler to answer with an error body; also what failed RPCs carry."""

    def __init__(self, code, text=''):
        super().__init__(f'error {code}: {text}')
        self.code = code
        self.text = text

    def to_body(self):
        return {'type': 'error', 'code': self.code, 'text': self.text}


def log(*parts):
    """Write one line to stderr (stdout is reserved for messages)."""
    print(*parts, file=sys.stderr, flush=True)


class Node:
    def __init__(self, track=None):
        self.track = track
        self.node_id = None
        self.node_ids = []
        self._handlers = {}
        self._callbacks = {}  # msg_id -> (callback, timer id)
        self._init_hooks = []
        # Msg ids never repeat across this node's processes (kill + restart): a late reply to
        # the old process's RPC must not be taken for a new RPC's answer. Real time: ids
        # continue from the wall clock at start-up in ms × 1000; simulated time: from init's
        # virtual time in µs × 1000 (0 for the first process, so its ids start at 1). A reply
        # that matches no RPC is ignored.
        self._next_msg_id = itertools.count(1 if SIM else int(time.time() * 1000) * 1000 + 1)
        self._msg_ids_used = False
        self._timers = []  # heap of (due, seq, fn, interval)
        self._timer_seq = itertools.count()
        self._cancelled = set()
        self._buffer = b''
        self._sim_timers = {}  # timer id -> (fn, interval) in simulated time
        self._in_inputs = False  # simulated time: a read's inputs are being handled (writes wait)

    # ---- registering behaviour -------------------------------------------------------
    def handler(self, msg_type):
        """Decorator: call fn(msg) for every message whose body type is msg_type."""
        def register(fn):
            self.on(msg_type, fn)
            return fn
        return register

    def on(self, msg_type, fn):
        if msg_type in self._handlers:
            raise ValueError(f'a handler for {msg_type!r} already exists')
        self._handlers[msg_type] = fn

    def on_init(self, fn):
        """Call fn() once this node knows its id (after init)."""
        self._init_hooks.append(fn)
        return fn

    # ---- sending ---------------------------------------------------------------------
    def send(self, dest, body):
        self._write({'src': self.node_id, 'dest': dest, 'body': body})

    def _write(self, value):
        sys.stdout.write(json.dumps(value, separators=(',', ':')) + '\n')
        if not self._in_inputs:
            sys.stdout.flush()  # while inputs are handled: once, after their idle lines

    def reply(self, request, body):
        body = dict(body)
        body['in_reply_to'] = request['body']['msg_id']
        self.send(request['src'], body)

    def error(self, request, code, text=''):
        self.reply(request, {'type': 'error', 'code': code, 'text': text})

    def rpc(self, dest, body, callback, timeout_s=1.0):
        """Send a request; later call callback(reply_body). A timeout calls it with an error
        body of code 0. Error replies arrive as bodies of type 'error'."""
        msg_id = next(self._next_msg_id)
        self._msg_ids_used = True
        body = dict(body)
        body['msg_id'] = msg_id

        def expire():
            entry = self._callbacks.pop(msg_id, None)
            if entry is not None:
                entry[0]({'type': 'error', 'code': TIMEOUT, 'text': f'no reply from {dest} in {timeout_s} s'})

        timer = self.after(timeout_s, expire)
        self._callbacks[msg_id] = (callback, timer)
        self.send(dest, body)
        return msg_id

    def cancel_rpc(self, msg_id):
        """Forget an outstanding RPC (the id rpc() returned): neither its reply nor its timeout
        will call the callback. Several RPCs may be outstanding at once, so this is how a
        hedged request stops the copies it no longer needs once one answer is in."""
        entry = self._callbacks.pop(msg_id, None)
        if entry is not None:
            self.cancel(entry[1])

    # ---- timers ----------------------------------------------------------------------
    def after(self, delay_s, fn):
        """Call fn() once after delay_s seconds. Returns an id for cancel()."""
        return self._schedule(delay_s, fn, None)

    def every(self, interval_s, fn):
        """Call fn() every interval_s seconds. Returns an id for cancel()."""
        return self._schedule(interval_s, fn, interval_s)

    def cancel(self, timer_id):
        if SIM:
            if self._sim_timers.pop(timer_id, None) is not None:
                self._write({'dsgrade': 'cancel', 'timer': timer_id})
            return
        self._cancelled.add(timer_id)

    def _schedule(self, delay_s, fn, interval_s):
        seq = next(self._timer_seq)
        if SIM:
            self._sim_timers[seq] = (fn, interval_s)
            self._write({'dsgrade': 'timer', 'timer': seq, 'delay_ms': delay_s * 1000})
            return seq
        heapq.heappush(self._timers, (time.monotonic() + delay_s, seq, fn, interval_s))
        return seq

    def _run_due_timers(self):
        now = time.monotonic()
        while self._timers and self._timers[0][0] <= now:
            due, seq, fn, interval_s = heapq.heappop(self._timers)
            if seq in self._cancelled:
                self._cancelled.discard(seq)
                continue
            if interval_s is not None:
                heapq.heappush(self._timers, (due + interval_s, seq, fn, interval_s))
            self._guard(fn)

    # ---- receiving -------------------------------------------------------------------
    def _guard(self, fn, *args):
        try:
            fn(*args)
        except Exception:  # keep the node alive: a bug in one handler is not a crash
            log(traceback.format_exc())

    def _handle_init(self, msg):
        body = msg['body']
        self.node_id = body['node_id']
        self.node_ids = list(body['node_ids'])
        if SIM and not self._msg_ids_used:
            self._next_msg_id = itertools.count(round(_sim_now_ms * 1000) * 1000 + 1)
        self.reply(msg, {'type': 'init_ok'})
        log(f'node {self.node_id} initialised; cluster {self.node_ids}')
        for hook in self._init_hooks:
            self._guard(hook)

    def _not_supported(self, msg_type):
        where = f'{DOCS_BASE}/{self.track}/docs/index.md' if self.track else 'your track page'
        track = f'the {self.track} track' if self.track else 'this node'
        return (f'{msg_type!r} is not implemented yet: {track} is still the template stub. '
                f'Add a handler for it; see {where}')

    def _dispatch(self, msg):
        body = msg.get('body', {})
        msg_type = body.get('type')
        reply_to = body.get('in_reply_to')
        if reply_to is not None:
            entry = self._callbacks.pop(reply_to, None)
            if entry is not None:
                self.cancel(entry[1])
                self._guard(entry[0], body)
            return
        if msg_type == 'init':
            self._handle_init(msg)
            return
        fn = self._handlers.get(msg_type)
        if fn is None:
            if 'msg_id' in body:
                self.error(msg, NOT_SUPPORTED, self._not_supported(msg_type))
            return
        try:
            fn(msg)
        except RPCError as err:
            if 'msg_id' in body:
                self.reply(msg, err.to_body())
        except Exception as err:
            log(traceback.format_exc())
            if 'msg_id' in body:
                self.error(msg, CRASH, f'{type(err).__name__}: {err}')

    def _read_lines(self):
        chunk = os.read(sys.stdin.fileno(), 65536)
        if not chunk:
            return None
        self._buffer += chunk
        *lines, self._buffer = self._buffer.split(b'\n')
        return [line for line in lines if line.strip()]

    def _sim_input(self, msg):
        """One input in simulated time (a message or a fired timer), then say idle."""
        global _sim_now_s, _sim_now_ms
        stamp = msg.get('dsgrade_time_ms')
        if isinstance(stamp, (int, float)):
            _sim_now_s = _SIM_BASE_S + stamp / 1000.0
            _sim_now_ms = stamp
        if msg.get('dsgrade') == 'timer':
            seq = msg.get('timer')
            entry = self._sim_timers.pop(seq, None)
            if entry is not None:
                fn, interval_s = entry
                if interval_s is not None:
                    self._sim_timers[seq] = entry
                    self._write({'dsgrade': 'timer', 'timer': seq, 'delay_ms': interval_s * 1000})
                self._guard(fn)
        else:
            self._dispatch(msg)
        self._write({'dsgrade': 'idle'})

    def run(self):
        """Process messages and timers until stdin closes."""
        selector = selectors.DefaultSelector()
        selector.register(sys.stdin.fileno(), selectors.EVENT_READ)
        while True:
            timeout = None
            if self._timers:
                timeout = max(0.0, self._timers[0][0] - time.monotonic())
            if selector.select(timeout):
                lines = self._read_lines()
                if lines is None:
                    return
                self._in_inputs = SIM
                for line in lines:
                    try:
                        msg = json.loads(line)
                    except ValueError:
                        log(f'ignoring a line that is not JSON: {line[:200]!r}')
                        continue
                    if SIM:
                        self._sim_input(msg)
                    else:
                        self._dispatch(msg)
                if SIM:
                    self._in_inputs = False
                    sys.stdout.flush()  # what every input of the chunk caused, in one write
            if not SIM:
                self._run_due_timers()


class KV:
    """A client for Maelstrom's key-value services: 'lin-kv', 'seq-kv' or 'lww-kv'.

    Each call takes a callback(value, error): error is None or an RPCError
    (KEY_DOES_NOT_EXIST, PRECONDITION_FAILED, TIMEOUT, ...)."""

    def __init__(self, node, service='lin-kv', timeout_s=1.0):
        self.node = node
        self.service = service
        self.timeout_s = timeout_s

    def _call(self, body, ok_fn, callback):
        def done(reply):
            if reply.get('type') == 'error':
                callback(None, RPCError(reply.get('code'), reply.get('text', '')))
            else:
                callback(ok_fn(reply), None)
        self.node.rpc(self.service, body, done, self.timeout_s)

    def read(self, key, callback):
        self._call({'type': 'read', 'key': key}, lambda r: r.get('value'), callback)

    def write(self, key, value, callback):
        self._call({'type': 'write', 'key': key, 'value': value}, lambda r: None, callback)

    def cas(self, key, from_value, to_value, callback, create_if_not_exists=False):
        body = {'type': 'cas', 'key': key, 'from': from_value, 'to': to_value}
        if create_if_not_exists:
            body['create_if_not_exists'] = True
        self._call(body, lambda r: None, callback)


# ---- consensus helpers (tracks 6-8): jittered timers, durable state ------------------------
# Kept in their own block; see tracks/leader-election/docs/index.md for how they are used.
import json as _json  # noqa: E402
import os as _os  # noqa: E402
import random as _random  # noqa: E402


def jitter(low_s, high_s):
    """A random duration in [low_s, high_s): randomized timeouts keep candidates apart."""
    return _random.uniform(low_s, high_s)


class ElectionTimer:
    """A one-shot timer with a random delay in [low_s, high_s), re-armed by reset(): a
    follower resets it on every message from the current leader and on every vote it grants;
    when it fires, on_timeout() runs on the node's thread (start an election there)."""

    def __init__(self, node, low_s, high_s, on_timeout):
        self.node, self.low_s, self.high_s, self.on_timeout = node, low_s, high_s, on_timeout
        self._timer = None

    def reset(self):
        self.stop()
        self._timer = self.node.after(jitter(self.low_s, self.high_s), self._fire)

    def stop(self):
        if self._timer is not None:
            self.node.cancel(self._timer)
            self._timer = None

    def _fire(self):
        self._timer = None
        self.on_timeout()


def data_dir():
    """The node's own directory that survives kill + restart (DSGRADE_DATA_DIR)."""
    return _os.environ.get('DSGRADE_DATA_DIR', '.')


def save_state(name, value):
    """Durably replace data_dir()/name with value as JSON: temporary file, fsync, rename,
    fsync the directory. After it returns, a SIGKILL leaves the old or the new value, whole.
    Call it before any message that depends on the new value leaves the node."""
    path = _os.path.join(data_dir(), name)
    temporary = path + '.tmp'
    with open(temporary, 'w') as handle:
        _json.dump(value, handle)
        handle.flush()
        _os.fsync(handle.fileno())
    _os.replace(temporary, path)
    descriptor = _os.open(data_dir(), _os.O_RDONLY)
    try:
        _os.fsync(descriptor)
    finally:
        _os.close(descriptor)


def load_state(name, default):
    """The value save_state(name, ...) last wrote, or default when there is none. Call it when
    the process starts, before handling any message."""
    try:
        with open(_os.path.join(data_dir(), name)) as handle:
            return _json.load(handle)
    except (OSError, ValueError):
        return default
