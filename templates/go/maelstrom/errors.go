package maelstrom

import "fmt"

// Maelstrom's error codes (maelstrom-protocol.md §1.5).
const (
	Timeout                = 0
	NodeNotFound           = 1
	NotSupported           = 10
	TemporarilyUnavailable = 11
	MalformedRequest       = 12
	Crash                  = 13
	Abort                  = 14
	KeyDoesNotExist        = 20
	KeyAlreadyExists       = 21
	PreconditionFailed     = 22
	TxnConflict            = 30
)

// RPCError is an error reply: return it from a handler to answer with it.
type RPCError struct {
	Code int
	Text string
}

// NewRPCError makes an error with a code and a text.
func NewRPCError(code int, text string) *RPCError { return &RPCError{Code: code, Text: text} }

func (e *RPCError) Error() string { return fmt.Sprintf("error %d: %s", e.Code, e.Text) }

// Body is the error as a message body.
func (e *RPCError) Body() Body { return Body{"type": "error", "code": e.Code, "text": e.Text} }
