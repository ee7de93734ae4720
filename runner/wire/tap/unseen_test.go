package tap

import (
	"testing"

	"github.com/socklab/socklab/runner/hint"
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
