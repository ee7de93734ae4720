// Package diagram draws a wire.Trace as a sequence diagram in the terminal:
// one column per program, one arrow per send, a note where each receive cut
// the stream, and who closed first. Rows is the picture's content, which
// package html draws as a web page.
package diagram

import (
	"fmt"

	"github.com/socklab/socklab/runner/wire"
)

// A Row is one line of the diagram: an arrow from one column to another
// (a send, a connect, a close), or a note at one column (a receive).
type Row struct {
	Time     int64 // Unix nanoseconds
	Conn     int   // the connection's number
	From, To int   // columns; To is -1 for a note at From
	Kind     wire.Kind
	Data     []byte // what was sent or received
	Label    string // what to write when there is no Data
	Note     string // a remark after the row ("closes first")
	Step     [2]int // the step it shows (wire.Step.ID)
}

// Arrow reports whether the row is an arrow between two columns.
func (r Row) Arrow() bool { return r.To >= 0 }

// Columns returns the trace's programs in the order of the diagram's
// columns: in order of their first event.
func Columns(t *wire.Trace) []*wire.Program { return t.Programs }

// Rows returns the rows of t's diagram, in time order.
func Rows(t *wire.Trace) []Row {
	col := map[*wire.Program]int{}
	for i, p := range t.Programs {
		col[p] = i
	}
	closed := map[*wire.Conn]bool{}
	var rows []Row
	for _, s := range t.Steps {
		end, peer := s.End, s.End.Peer()
		a, b := col[end.Program], col[peer.Program]
		row := Row{Time: s.Time, Conn: end.Conn.N, From: a, To: b, Kind: s.Kind, Step: s.ID}
		switch s.Kind {
		case wire.Open:
			// One connect arrow per connection, from the client: at its own
			// step when it is traced, else at the server's.
			if end.Accepted && peer.Program.Traced {
				continue
			}
			row.Label = "connect"
			if end.Accepted {
				row.From, row.To = b, a
			}
		case wire.Send:
			row.Data = s.Data
		case wire.Recv:
			row.Data = s.Data
			if peer.Program.Traced {
				row.To = -1
			} else {
				row.From, row.To = b, a // all we know of an untraced peer's send
			}
		case wire.EOF:
			if peer.Program.Traced {
				row.To, row.Label = -1, "recv: end of stream"
			} else {
				row.From, row.To, row.Label = b, a, "FIN"
			}
		case wire.Close, wire.CloseWrite, wire.Reset:
			row.Label = map[wire.Kind]string{wire.Close: "close: FIN", wire.CloseWrite: "close send: FIN", wire.Reset: "reset: RST"}[s.Kind]
			if !closed[end.Conn] {
				closed[end.Conn] = true
				row.Note = fmt.Sprintf("%s closes first", end.Program.Name)
			}
		case wire.Fail:
			row.To, row.Label = -1, "✗ "+s.Err
		default:
			continue
		}
		if row.To == row.From {
			row.To = -1 // a program talking to itself: a note at its column
		}
		rows = append(rows, row)
	}
	return rows
}

// Verb is how a note names what its row's Data went through.
func (r Row) Verb() string {
	if r.Kind == wire.Send {
		return "send"
	}
	return "recv"
}
