// Package maelstrom is a small Maelstrom node library (standard library only).
//
// Messages are JSON lines on stdin/stdout; logs go to stderr (Log). Handlers, RPC callbacks
// and timers all run one at a time on the goroutine that called Run, so a node needs no
// locks. Never block inside them: use RPC callbacks and timers instead.
//
//	n := maelstrom.NewNode("messenger")
//	n.Handle("echo", func(msg maelstrom.Message) error {
//		return n.Reply(msg, maelstrom.Body{"type": "echo_ok", "echo": msg.Body["echo"]})
//	})
//	n.Run()
//
// Simulated time (`dsgrade test --sim`, docs/simulation.md in the dsgrade repository): when
// DSGRADE_SIM=1, After, Every and RPC timeouts are asked of dsgrade instead of the OS, Now
// returns the simulated time, Rand is seeded from DSGRADE_SEED and DSGRADE_NODE_ID, and the
// library tells dsgrade when each input is handled. Use n.After / n.Every, maelstrom.Now and
// maelstrom.Rand (never goroutines of your own, time.Sleep, time.Now or time.AfterFunc) and
// your node runs in simulated time unchanged. Without DSGRADE_SIM nothing changes.
package maelstrom

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sync"
	"time"
)

// DocsBase is where the track pages live.
const DocsBase = "https://github.com/dsgrade/dsgrade/blob/v1/tracks"

// Body is a message body: a JSON object with a string "type".
type Body map[string]any

// Type returns the body's type ("" if absent).
func (b Body) Type() string { s, _ := b["type"].(string); return s }

// Int returns an integer field (JSON numbers decode as float64).
func (b Body) Int(field string) (int, bool) {
	f, ok := b[field].(float64)
	return int(f), ok
}

// Message is one envelope.
type Message struct {
	Src  string `json:"src"`
	Dest string `json:"dest"`
	Body Body   `json:"body"`
}

// HandlerFunc handles one message. Returning an *RPCError answers the request with it.
type HandlerFunc func(msg Message) error

// Node is one Maelstrom node.
type Node struct {
	ID       string
	NodeIDs  []string
	Track    string
	handlers map[string]HandlerFunc
	inits    []func()
	pending  map[int64]pendingRPC
	// Msg ids never repeat across this node's processes (kill + restart): a late reply to the
	// old process's RPC must not be taken for a new RPC's answer. Real time: ids continue from
	// the wall clock at start-up in ms × 1000 (below 2^53: exact as a JSON number); simulated
	// time: from init's virtual time in µs × 1000 (0 for the first process, so its ids start
	// at 1). A reply that matches no RPC is ignored.
	nextID int64
	events chan func()
	outMu  sync.Mutex
	// holding: in simulated time an input is being handled; its lines are flushed once,
	// with its idle line (one wake-up of dsgrade instead of one per line)
	holding bool
	out     *bufio.Writer
	// simulated time: timers asked of dsgrade, by id
	simTimers map[int]*simTimer
	nextTimer int
}

type pendingRPC struct {
	callback func(Body, *RPCError)
	timer    *Timer
}

// NewNode makes a node; track names the track page shown in not-supported errors.
func NewNode(track string) *Node {
	return &Node{
		Track:    track,
		handlers: map[string]HandlerFunc{},
		pending:  map[int64]pendingRPC{},
		nextID:   firstMsgID(),
		events:   make(chan func(), 1024),
		out:      bufio.NewWriter(os.Stdout),

		simTimers: map[int]*simTimer{},
		nextTimer: 1,
	}
}

// firstMsgID is where a new process's msg ids start (see Node.nextID).
func firstMsgID() int64 {
	if simMode {
		return 1 // moved to init's virtual time when init arrives
	}
	return time.Now().UnixMilli()*1000 + 1
}

// Log writes one line to stderr (stdout is reserved for messages).
func Log(format string, args ...any) {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
}

// Handle registers fn for messages whose body type is typ.
func (n *Node) Handle(typ string, fn HandlerFunc) {
	if _, ok := n.handlers[typ]; ok {
		panic("a handler for " + typ + " already exists")
	}
	n.handlers[typ] = fn
}

// OnInit registers fn to run once the node knows its id.
func (n *Node) OnInit(fn func()) { n.inits = append(n.inits, fn) }

// Send sends a body to dest.
func (n *Node) Send(dest string, body Body) error {
	return n.writeLine(Message{Src: n.ID, Dest: dest, Body: body})
}

// writeLine writes value as one JSON line on stdout.
func (n *Node) writeLine(value any) error {
	line, err := json.Marshal(value)
	if err != nil {
		return err
	}
	n.outMu.Lock()
	defer n.outMu.Unlock()
	n.out.Write(line)
	n.out.WriteByte('\n')
	if n.holding {
		return nil
	}
	return n.out.Flush()
}

// Reply answers request with body (in_reply_to is set for you).
func (n *Node) Reply(request Message, body Body) error {
	reply := Body{}
	for k, v := range body {
		reply[k] = v
	}
	reply["in_reply_to"] = request.Body["msg_id"]
	return n.Send(request.Src, reply)
}

// RPC sends a request and later calls callback with the reply body, or with an *RPCError
// for an error reply or a timeout (code 0).
func (n *Node) RPC(dest string, body Body, timeout time.Duration, callback func(Body, *RPCError)) error {
	id := n.nextID
	n.nextID++
	request := Body{}
	for k, v := range body {
		request[k] = v
	}
	request["msg_id"] = id
	timer := n.startTimer(timeout, false, func() {
		if p, ok := n.pending[id]; ok {
			delete(n.pending, id)
			p.callback(nil, NewRPCError(Timeout, fmt.Sprintf("no reply from %s in %v", dest, timeout)))
		}
	})
	n.pending[id] = pendingRPC{callback: callback, timer: timer}
	return n.Send(dest, request)
}

// RPCWithCancel is RPC with a way to give up: calling cancel (from a handler, callback or
// timer, like everything else) forgets the request, so neither its reply nor its timeout
// calls callback. Several RPCs may be outstanding at once; a hedged request cancels the
// copies it no longer needs once one answer is in.
func (n *Node) RPCWithCancel(dest string, body Body, timeout time.Duration, callback func(Body, *RPCError)) (cancel func(), err error) {
	id := n.nextID
	err = n.RPC(dest, body, timeout, callback)
	cancel = func() {
		if p, ok := n.pending[id]; ok {
			p.timer.Stop()
			delete(n.pending, id)
		}
	}
	return cancel, err
}

// Timer is a timer made by After: Stop cancels it.
type Timer struct {
	stop func() bool
}

// Stop cancels the timer; it returns false if the timer had already fired or been stopped.
func (t *Timer) Stop() bool {
	if t == nil || t.stop == nil {
		return false
	}
	return t.stop()
}

// After runs fn once after d, on the node's goroutine. Stop the returned timer to cancel.
func (n *Node) After(d time.Duration, fn func()) *Timer {
	return n.startTimer(d, false, fn)
}

// Every runs fn every d, on the node's goroutine, until the returned function is called.
func (n *Node) Every(d time.Duration, fn func()) (stop func()) {
	timer := n.startTimer(d, true, fn)
	return func() { timer.Stop() }
}

// startTimer runs fn after d (and then every d when repeat) on the node's goroutine: an OS
// timer, or in simulated time a timer asked of dsgrade.
func (n *Node) startTimer(d time.Duration, repeat bool, fn func()) *Timer {
	if simMode {
		return n.startSimTimer(d, repeat, fn)
	}
	if !repeat {
		t := time.AfterFunc(d, func() { n.events <- fn })
		return &Timer{stop: t.Stop}
	}
	ticker := time.NewTicker(d)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-ticker.C:
				n.events <- fn
			case <-done:
				return
			}
		}
	}()
	var once sync.Once
	return &Timer{stop: func() bool {
		stopped := false
		once.Do(func() { ticker.Stop(); close(done); stopped = true })
		return stopped
	}}
}

// Run reads messages until stdin closes.
func (n *Node) Run() error {
	if simMode {
		return n.runSim()
	}
	lines := make(chan []byte, 1024)
	go func() {
		scanner := bufio.NewScanner(os.Stdin)
		scanner.Buffer(make([]byte, 1024*1024), 64*1024*1024)
		for scanner.Scan() {
			line := append([]byte(nil), scanner.Bytes()...)
			lines <- line
		}
		close(lines)
	}()
	for {
		select {
		case line, ok := <-lines:
			if !ok {
				return nil
			}
			n.receive(line)
		case fn := <-n.events:
			fn()
		}
	}
}

func (n *Node) receive(line []byte) {
	if len(line) == 0 {
		return
	}
	var msg Message
	if err := json.Unmarshal(line, &msg); err != nil {
		Log("ignoring a line that is not JSON: %.200s", line)
		return
	}
	if f, ok := msg.Body["in_reply_to"].(float64); ok {
		replyTo := int64(f)
		if p, found := n.pending[replyTo]; found {
			delete(n.pending, replyTo)
			p.timer.Stop()
			if msg.Body.Type() == "error" {
				code, _ := msg.Body.Int("code")
				text, _ := msg.Body["text"].(string)
				p.callback(nil, NewRPCError(code, text))
			} else {
				p.callback(msg.Body, nil)
			}
		}
		return
	}
	if msg.Body.Type() == "init" {
		n.init(msg)
		return
	}
	n.dispatch(msg)
}

func (n *Node) init(msg Message) {
	n.ID, _ = msg.Body["node_id"].(string)
	if simMode && n.nextID == 1 {
		n.nextID = int64(math.Round(simNowMs*1000))*1000 + 1
	}
	n.NodeIDs = nil
	if ids, ok := msg.Body["node_ids"].([]any); ok {
		for _, id := range ids {
			n.NodeIDs = append(n.NodeIDs, fmt.Sprint(id))
		}
	}
	n.Reply(msg, Body{"type": "init_ok"})
	Log("node %s initialised; cluster %v", n.ID, n.NodeIDs)
	for _, fn := range n.inits {
		fn()
	}
}

func (n *Node) notSupported(typ string) string {
	if n.Track == "" {
		return fmt.Sprintf("'%s' is not implemented yet: add a handler for it", typ)
	}
	return fmt.Sprintf("'%s' is not implemented yet: the %s track is still the template stub. Add a handler for it; see %s/%s/docs/index.md",
		typ, n.Track, DocsBase, n.Track)
}

func (n *Node) dispatch(msg Message) {
	_, isRequest := msg.Body["msg_id"]
	fn, ok := n.handlers[msg.Body.Type()]
	if !ok {
		if isRequest {
			n.Reply(msg, NewRPCError(NotSupported, n.notSupported(msg.Body.Type())).Body())
		}
		return
	}
	err := n.safely(fn, msg)
	if err == nil || !isRequest {
		return
	}
	rpcErr, ok := err.(*RPCError)
	if !ok {
		Log("handler for %s failed: %v", msg.Body.Type(), err)
		rpcErr = NewRPCError(Crash, err.Error())
	}
	n.Reply(msg, rpcErr.Body())
}

func (n *Node) safely(fn HandlerFunc, msg Message) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return fn(msg)
}
