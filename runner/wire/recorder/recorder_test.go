package recorder_test

import (
	"testing"

	"github.com/socklab/socklab/runner/wire"
	"github.com/socklab/socklab/runner/wire/internal/wiretest"
)

// TestRecordsBothEnds records a loopback exchange as two processes would,
// each end in a file of its own, and reads it back as one trace.
func TestRecordsBothEnds(t *testing.T) {
	tr := wiretest.Exchange(t, []string{"Hello from server\n", "bye\x00"})
	if len(tr.Programs) != 2 || len(tr.Conns) != 1 {
		t.Fatalf("%s", tr.Summary())
	}
	kinds := map[wire.Kind]int{}
	var received string
	for _, s := range tr.Steps {
		kinds[s.Kind]++
		if s.Kind == wire.Recv {
			received += string(s.Data)
		}
	}
	if received != "Hello from server\nbye\x00" {
		t.Errorf("received %q", received)
	}
	if kinds[wire.Send] != 2 || kinds[wire.Open] != 2 || kinds[wire.EOF] != 1 || kinds[wire.Close] != 2 {
		t.Errorf("events %v", kinds)
	}
	if first := tr.ClosedFirst(tr.Conns[0]); first == nil || first.Program.Name != "server.go" {
		t.Errorf("closed first: %v", first)
	}
}
