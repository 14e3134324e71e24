package maelstrom

import "time"

// KV is a client for Maelstrom's key-value services: "lin-kv", "seq-kv" or "lww-kv".
// Callbacks run on the node's goroutine; err is nil or an *RPCError (KeyDoesNotExist,
// PreconditionFailed, Timeout, ...).
type KV struct {
	node    *Node
	Service string
	Timeout time.Duration
}

// NewKV makes a client of service with a 1 s timeout.
func NewKV(node *Node, service string) *KV {
	return &KV{node: node, Service: service, Timeout: time.Second}
}

// Read reads key.
func (kv *KV) Read(key any, callback func(value any, err *RPCError)) {
	kv.node.RPC(kv.Service, Body{"type": "read", "key": key}, kv.Timeout, func(b Body, err *RPCError) {
		if err != nil {
			callback(nil, err)
			return
		}
		callback(b["value"], nil)
	})
}

// Write sets key to value.
func (kv *KV) Write(key, value any, callback func(err *RPCError)) {
	kv.node.RPC(kv.Service, Body{"type": "write", "key": key, "value": value}, kv.Timeout, func(_ Body, err *RPCError) {
		callback(err)
	})
}

// CAS sets key to to if it holds from.
func (kv *KV) CAS(key, from, to any, createIfNotExists bool, callback func(err *RPCError)) {
	body := Body{"type": "cas", "key": key, "from": from, "to": to}
	if createIfNotExists {
		body["create_if_not_exists"] = true
	}
	kv.node.RPC(kv.Service, body, kv.Timeout, func(_ Body, err *RPCError) { callback(err) })
}
