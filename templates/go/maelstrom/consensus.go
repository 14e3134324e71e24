package maelstrom

// Consensus helpers (tracks 6–8): jittered timers and durable state in DSGRADE_DATA_DIR.
// Kept in their own file; see tracks/leader-election/docs/index.md for how they are used.

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"time"
)

// Jitter returns a random duration in [low, high): randomized timeouts keep candidates apart.
// It draws from Rand (seeded in simulated time, so a seed replays).
func Jitter(low, high time.Duration) time.Duration {
	if high <= low {
		return low
	}
	return low + time.Duration(Rand.Int63n(int64(high-low)))
}

// ElectionTimer is a one-shot timer with a random delay in [Low, High), re-armed by Reset: a
// follower resets it on every message from the current leader and on every vote it grants;
// when it fires, OnTimeout runs on the node's goroutine (start an election there). Use it
// only from handlers, callbacks and timers (the node's goroutine).
type ElectionTimer struct {
	node       *Node
	Low, High  time.Duration
	OnTimeout  func()
	timer      *Timer
	generation int
}

// NewElectionTimer makes a stopped timer; call Reset to arm it.
func NewElectionTimer(n *Node, low, high time.Duration, onTimeout func()) *ElectionTimer {
	return &ElectionTimer{node: n, Low: low, High: high, OnTimeout: onTimeout}
}

// Reset (re)arms the timer with a fresh random delay.
func (t *ElectionTimer) Reset() {
	t.Stop()
	generation := t.generation
	t.timer = t.node.After(Jitter(t.Low, t.High), func() {
		if generation == t.generation { // a Reset or Stop since then cancels this firing
			t.timer = nil
			t.OnTimeout()
		}
	})
}

// Stop disarms the timer.
func (t *ElectionTimer) Stop() {
	t.generation++
	if t.timer != nil {
		t.timer.Stop()
		t.timer = nil
	}
}

// DataDir is the node's own directory that survives kill + restart (DSGRADE_DATA_DIR).
func DataDir() string {
	if dir := os.Getenv("DSGRADE_DATA_DIR"); dir != "" {
		return dir
	}
	return "."
}

// SaveState durably replaces DataDir()/name with value as JSON: temporary file, fsync,
// rename, fsync the directory. After it returns, a SIGKILL leaves the old or the new value,
// whole. Call it before any message that depends on the new value leaves the node.
func SaveState(name string, value any) error {
	data, err := json.Marshal(value)
	if err != nil {
		return err
	}
	path := filepath.Join(DataDir(), name)
	file, err := os.Create(path + ".tmp")
	if err != nil {
		return err
	}
	if _, err = file.Write(data); err == nil {
		err = file.Sync()
	}
	if closeErr := file.Close(); err == nil {
		err = closeErr
	}
	if err != nil {
		return err
	}
	if err = os.Rename(path+".tmp", path); err != nil {
		return err
	}
	dir, err := os.Open(DataDir())
	if err != nil {
		return err
	}
	defer dir.Close()
	return dir.Sync()
}

// LoadState reads what SaveState(name, …) last wrote into value. It returns false (and
// leaves value alone) when there is nothing saved yet. Call it at start, before Run.
func LoadState(name string, value any) (bool, error) {
	data, err := os.ReadFile(filepath.Join(DataDir(), name))
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return true, json.Unmarshal(data, value)
}
