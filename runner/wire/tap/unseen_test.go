package tap

import (
	"net"
	"testing"

	"github.com/socklab/socklab/runner/hint"
	"github.com/socklab/socklab/runner/wire"
	"github.com/socklab/socklab/runner/wire/recorder"
)

// TestUnseen checks the note a script process gives the user whose wire
// flags do not see its connections.
func TestUnseen(t *testing.T) {
	conn := hint.Look{At: "main.go:14:9", What: "asserts a connection's type (*net.TCPConn)"}
	ln := hint.Look{At: "main.go:9:2", What: "hands a listener to fmt.Printf"}
	tests := []struct {
		name  string
		flags []string
		sites *hint.Sites
		want  string
	}{
		{"no flag shown", nil, &hint.Sites{Concrete: conn}, ""},
		{"no look", []string{"--trace"}, &hint.Sites{}, ""},
		{"no sites", []string{"--trace"}, nil, ""},
		{"--trace, a connection", []string{"--trace"}, &hint.Sites{Concrete: conn},
			"socklab: --trace sees no connection of this script: main.go:14:9 asserts a connection's type (*net.TCPConn), so the script gets Go's own connections, which --trace does not wrap; it runs as Go runs it"},
		{"--faults, a connection and a listener", []string{"--faults"}, &hint.Sites{Concrete: conn, Listeners: ln},
			"socklab: --faults sees no connection of this script: main.go:14:9 asserts a connection's type (*net.TCPConn), so the script gets Go's own connections, which --faults does not wrap; it runs as Go runs it"},
		{"three flags, a listener", []string{"--trace", "--pcap", "--faults"}, &hint.Sites{Listeners: ln},
			"socklab: --trace, --pcap and --faults see no connection that this script accepts: main.go:9:2 hands a listener to fmt.Printf, so the script gets Go's own listeners, whose connections --trace, --pcap and --faults do not wrap; it runs as Go runs it"},
	}
	defer func(s []string) { userFlags = s }(userFlags)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			userFlags = tt.flags
			if got := Unseen(tt.sites); got != tt.want {
				t.Errorf("Unseen:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestRecordUnseen checks what a recording process writes into its trace
// of the connections it does not show.
func TestRecordUnseen(t *testing.T) {
	conn := hint.Look{At: "main.go:14:9", What: "asserts a connection's type (*net.TCPConn)"}
	ln := hint.Look{At: "main.go:9:2", What: "hands a listener to fmt.Printf"}
	tests := []struct {
		name  string
		sites *hint.Sites
		want  string // the note of the trace's program
	}{
		{"no look", &hint.Sites{}, ""},
		{"a connection", &hint.Sites{Concrete: conn, Listeners: ln},
			"no connection shown: main.go:14:9 asserts a connection's type (*net.TCPConn), so the script gets Go's own connections, which the trace does not wrap"},
		{"a listener", &hint.Sites{Listeners: ln},
			"no accepted connection shown: main.go:9:2 hands a listener to fmt.Printf, so the script gets Go's own listeners, whose connections the trace does not wrap"},
	}
	defer func(r *recorder.Recorder) { recording = r }(recording)
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			w, err := wire.Create(dir, i+1)
			if err != nil {
				t.Fatal(err)
			}
			recording = recorder.New(w, "main.go", "", func(a net.Addr) string { return a.String() })
			RecordUnseen(tt.sites)
			w.Close()
			tr, err := wire.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(tr.Programs) != 1 || tr.Programs[0].Unseen != tt.want {
				t.Errorf("programs %+v, want one whose Unseen is %q", tr.Programs, tt.want)
			}
		})
	}
}
