package maelstrom

// Simulated time (`dsgrade test --sim`; docs/simulation.md in the dsgrade repository).
//
// When DSGRADE_SIM=1, dsgrade owns the clock: every line it writes carries the virtual time
// (dsgrade_time_ms), timers are asked of it ({"dsgrade":"timer",...}) and fired by it
// ({"dsgrade":"timer","timer":id}), and after each input the library writes
// {"dsgrade":"idle"} once everything the input caused has been written. Handlers, callbacks
// and timers run one at a time on the goroutine that called Run, as in real time. Without
// DSGRADE_SIM nothing here is used: OS clock, OS timers.
//
// What this cannot do: time.Now, time.Sleep, time.AfterFunc and goroutines of your own still
// use the OS. Use Now, n.After / n.Every and Rand instead; a node that prints from a goroutine
// of its own is detected by dsgrade, which then runs the test in real time.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"hash/fnv"
	"math/rand"
	"os"
	"time"
)

var simMode = os.Getenv("DSGRADE_SIM") == "1"

// simNowMs is the virtual time of the input being handled (ms since the test started).
var simNowMs float64

// simEpoch is what Now returns at virtual time 0 (a fixed date, so runs replay).
var simEpoch = time.UnixMilli(1_700_000_000_000)

// Rand is the node's random generator: seeded from DSGRADE_SEED and DSGRADE_NODE_ID in
// simulated time (so a seed replays), from the OS clock otherwise. Jitter and ElectionTimer
// use it. Use it only on the node's goroutine (handlers, callbacks, timers).
var Rand = newRand()

func newRand() *rand.Rand {
	if !simMode {
		return rand.New(rand.NewSource(time.Now().UnixNano()))
	}
	h := fnv.New64a()
	h.Write([]byte(os.Getenv("DSGRADE_SEED") + "/" + os.Getenv("DSGRADE_NODE_ID")))
	return rand.New(rand.NewSource(int64(h.Sum64())))
}

// Now is the current time: the OS clock, or in simulated time the virtual time of the input
// being handled (it does not move while a handler runs).
func Now() time.Time {
	if !simMode {
		return time.Now()
	}
	return simEpoch.Add(time.Duration(simNowMs * float64(time.Millisecond)))
}

// Since is Now().Sub(t).
func Since(t time.Time) time.Duration { return Now().Sub(t) }

// Simulated reports whether the node runs in simulated time (DSGRADE_SIM=1).
func Simulated() bool { return simMode }

type simTimer struct {
	fn       func()
	interval time.Duration // 0: once
}

func delayMs(d time.Duration) float64 {
	if d < 0 {
		d = 0
	}
	return float64(d) / float64(time.Millisecond)
}

// startSimTimer asks dsgrade to fire a timer after d of virtual time; a repeating timer is
// asked for again each time it fires.
func (n *Node) startSimTimer(d time.Duration, repeat bool, fn func()) *Timer {
	id := n.nextTimer
	n.nextTimer++
	timer := &simTimer{fn: fn}
	if repeat {
		timer.interval = d
	}
	n.simTimers[id] = timer
	n.writeLine(map[string]any{"dsgrade": "timer", "timer": id, "delay_ms": delayMs(d)})
	return &Timer{stop: func() bool {
		if _, ok := n.simTimers[id]; !ok {
			return false
		}
		delete(n.simTimers, id)
		n.writeLine(map[string]any{"dsgrade": "cancel", "timer": id})
		return true
	}}
}

func (n *Node) fireSimTimer(id int) {
	timer, ok := n.simTimers[id]
	if !ok {
		return // cancelled since
	}
	if timer.interval > 0 {
		n.writeLine(map[string]any{"dsgrade": "timer", "timer": id, "delay_ms": delayMs(timer.interval)})
	} else {
		delete(n.simTimers, id)
	}
	timer.fn()
}

// runSim handles one input at a time, on this goroutine, and says idle after each.
func (n *Node) runSim() error {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1024*1024), 64*1024*1024)
	for scanner.Scan() {
		line := scanner.Bytes()
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		n.simInput(line)
	}
	return scanner.Err()
}

func (n *Node) simInput(line []byte) {
	n.outMu.Lock()
	n.holding = true
	n.outMu.Unlock()
	var control struct {
		Dsgrade string   `json:"dsgrade"`
		Timer   int      `json:"timer"`
		TimeMs  *float64 `json:"dsgrade_time_ms"`
	}
	// A line that is not JSON is logged by receive below.
	if json.Unmarshal(line, &control) == nil && control.TimeMs != nil {
		simNowMs = *control.TimeMs
	}
	if control.Dsgrade == "timer" {
		n.fireSimTimer(control.Timer)
	} else {
		n.receive(line)
	}
	n.writeLine(map[string]string{"dsgrade": "idle"})
	n.outMu.Lock()
	n.holding = false
	n.out.Flush() // what the input caused and its idle line, in one write
	n.outMu.Unlock()
}
