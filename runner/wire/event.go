// Package wire records what passes on the TCP connections of socklab's
// script processes and reads it back for the supervisor: every send and
// receive with its bytes and time, who connected and who closed.
//
// Recording happens in each script process, where the network gate hands
// out connections (see package netgate and wire/tap): each process appends
// events, one JSON object per line, to a file of its own in a folder that
// the supervisor creates and names in the environment (EnvDir). The
// supervisor reads every file of the folder into one Trace, in which the two
// ends of each connection are matched by their addresses, so that a lesson's
// server and client appear in one picture. The subpackages draw it
// (diagram, html), write it as a capture (pcap), and shake the wire (faults).
package wire

import "time"

// Environment variables through which a supervisor turns recording and
// faults on in the script processes it starts, and in their children.
const (
	EnvDir    = "SOCKLAB_WIRE_DIR"    // the folder for the processes' event files
	EnvFaults = "SOCKLAB_WIRE_FAULTS" // a fault spec (see package faults)
	EnvSeed   = "SOCKLAB_WIRE_SEED"   // the seed that makes faults repeat
	// EnvFlags holds the flags, as the user wrote them ("--trace --faults"),
	// of a command that shows the wire to the user as it runs the scripts
	// (run, watch): a script process whose connections the taps cannot
	// wrap says so on standard error, naming them. A lesson test sets none,
	// so that its programs' standard error is the same whatever it records.
	EnvFlags = "SOCKLAB_WIRE_FLAGS"
)

// Kind says what an Event is.
type Kind string

// The kinds of events.
const (
	Hello      Kind = "hello"      // first in each file: the program (Program, Pid)
	Open       Kind = "open"       // a connection was dialed or accepted
	Send       Kind = "send"       // Data went out
	Recv       Kind = "recv"       // a receive returned Data
	EOF        Kind = "eof"        // a receive found the end of the stream
	CloseWrite Kind = "closewrite" // this end will send no more (FIN)
	Close      Kind = "close"      // this end closed the connection (FIN)
	Reset      Kind = "reset"      // this end aborted the connection (RST)
	Fail       Kind = "error"      // a send or receive failed (Err)
	Unseen     Kind = "unseen"     // what the process's trace does not show, and why (Note)
)

// An Event is one thing that happened on one end of a connection, as the
// process at that end saw it.
type Event struct {
	Time int64  `json:"t"`           // Unix nanoseconds
	Kind Kind   `json:"k"`           // what happened
	Conn int    `json:"c,omitempty"` // the connection's number in its process (from 1)
	Data []byte `json:"d,omitempty"` // Send, Recv: the bytes

	// Open: how the connection came, and its addresses, both as the system
	// has them (to match the ends) and as the script sees them (to show).
	Accepted   bool   `json:"a,omitempty"`
	Local      string `json:"l,omitempty"`
	Remote     string `json:"r,omitempty"`
	ShowLocal  string `json:"sl,omitempty"`
	ShowRemote string `json:"sr,omitempty"`

	Err  string `json:"e,omitempty"` // Fail: the error
	Note string `json:"n,omitempty"` // Unseen: what is not shown, and why

	// Hello: the program, its process, and the faults applied to it.
	Program string `json:"p,omitempty"`
	Pid     int    `json:"pid,omitempty"`
	Faults  string `json:"f,omitempty"`
}

// At is the event's time.
func (e *Event) At() time.Time { return time.Unix(0, e.Time) }
