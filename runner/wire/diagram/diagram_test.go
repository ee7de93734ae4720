package diagram_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"
	"github.com/socklab/socklab/runner/wire"
	"github.com/socklab/socklab/runner/wire/diagram"
	"github.com/socklab/socklab/runner/wire/internal/wiretest"
)

func TestRender(t *testing.T) {
	tr := wiretest.Exchange(t, []string{"Hello from server\n", "bye\x00"})
	var b strings.Builder
	diagram.Render(&b, tr, diagram.Options{})
	out := b.String()
	for _, re := range []string{
		`(?m)^socklab trace: 2 programs, 1 connection, 22 bytes sent \(server\.go, client\.go\)$`,
		`(?m)^\s+server\.go\s+client\.go$`,
		`(?m)│◀─+ connect ─+│$`,
		`(?m)│─+ "Hello from server\\n" 18 ─+▶│$`,
		`(?m)│─+ "bye\\0" 4 ─+▶│$`,
		`(?m)close: FIN ─+▶│\s+\(server\.go closes first\)$`,
		`(?m)├ recv "Hello from server\\n`,
		`(?m)├ recv: end of stream$`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("no match for %s in\n%s", re, out)
		}
	}
}

// TestRowsOfAnUntracedPeer draws what a traced client received from a
// server socklab did not run as arrows from that server.
func TestRowsOfAnUntracedPeer(t *testing.T) {
	tr := wire.Build([][]wire.Event{{
		{Time: 1, Kind: wire.Hello, Program: "client.go"},
		{Time: 2, Kind: wire.Open, Conn: 1, Local: "127.0.0.1:5", Remote: "127.0.0.1:6", ShowRemote: "127.0.0.1:6"},
		{Time: 3, Kind: wire.Recv, Conn: 1, Data: []byte("Hello fr")},
		{Time: 4, Kind: wire.EOF, Conn: 1},
	}})
	rows := diagram.Rows(tr)
	if len(rows) != 3 {
		t.Fatalf("%d rows, want connect, a receive, a FIN", len(rows))
	}
	for i, r := range rows {
		if !r.Arrow() {
			t.Errorf("row %d is not an arrow", i)
		}
	}
	if rows[1].From != 1 || rows[1].To != 0 || string(rows[1].Data) != "Hello fr" || rows[2].Label != "FIN" {
		t.Errorf("rows %+v", rows)
	}
}

// TestWideCharactersKeepColumns checks that the columns' lines stay put
// when the bytes hold characters two cells wide.
func TestWideCharactersKeepColumns(t *testing.T) {
	tr := wiretest.Exchange(t, []string{"中 is 3 bytes\n", strings.Repeat("中", 40)})
	var b strings.Builder
	diagram.Render(&b, tr, diagram.Options{})
	want := -1
	for _, line := range strings.Split(b.String(), "\n") {
		i := strings.LastIndex(line, "│")
		if i < 0 || strings.Contains(line, "├") {
			continue // a note stands in for the column's line
		}
		if w := runewidth.StringWidth(line[:i]); want < 0 {
			want = w
		} else if w != want {
			t.Errorf("the last column is at cell %d, not %d, in\n%s", w, want, line)
		}
	}
}

// TestRenderUnseen names, under the summary, what a program's trace does
// not show, with or without a connection to draw.
func TestRenderUnseen(t *testing.T) {
	const note = "no connection shown: tcp.go:9:5 asserts a connection's type (*net.TCPConn)"
	tests := []struct {
		name   string
		events []wire.Event
		want   []string
	}{{
		name:   "no connection",
		events: []wire.Event{{Time: 1, Kind: wire.Hello, Program: "tcp.go"}, {Time: 2, Kind: wire.Unseen, Note: note}},
		want:   []string{`(?m)^socklab trace: 1 program, 0 connections`, `(?m)^  tcp\.go: no connection shown: tcp\.go:9:5 asserts a connection's type \(\*net\.TCPConn\)$`},
	}, {
		name: "a connection it dialed",
		events: []wire.Event{
			{Time: 1, Kind: wire.Hello, Program: "tcp.go"},
			{Time: 2, Kind: wire.Unseen, Note: "no accepted connection shown"},
			{Time: 3, Kind: wire.Open, Conn: 1, Local: "127.0.0.1:5", Remote: "127.0.0.1:6", ShowRemote: "127.0.0.1:6"},
		},
		want: []string{`(?m)^  tcp\.go: no accepted connection shown$`, `connect`},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			diagram.Render(&b, wire.Build([][]wire.Event{tt.events}), diagram.Options{})
			for _, re := range tt.want {
				if !regexp.MustCompile(re).MatchString(b.String()) {
					t.Errorf("no match for %s in\n%s", re, b.String())
				}
			}
		})
	}
}
