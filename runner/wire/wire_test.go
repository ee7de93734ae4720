package wire

import (
	"strings"
	"testing"
)

func TestQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hello from server\n", `"Hello from server\n"`},
		{"bye\x00", `"bye\0"`},
		{"a\tb\r\n", `"a\tb\r\n"`},
		{`say "hi" \ `, `"say \"hi\" \\ "`},
		{"中", `"中"`},
		{"\x01\xff", `"\x01\xff"`},
		{"", `""`},
	}
	for _, tt := range tests {
		if got := Quote([]byte(tt.in)); got != tt.want {
			t.Errorf("Quote(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	if got := QuoteShort([]byte("Hello from server\n"), 10); got != `"Hello f…"` {
		t.Errorf("QuoteShort = %s", got)
	}
}

func TestDecoderLeavesAPartialLine(t *testing.T) {
	r := strings.NewReader(`{"t":1,"k":"hello","p":"a.go"}` + "\n" + `{"t":2,"k":"op`)
	d := NewDecoder(r)
	events, err := d.More()
	if err != nil || len(events) != 1 || events[0].Program != "a.go" {
		t.Fatalf("More = %v, %v; want the hello event alone", events, err)
	}
	d.r = strings.NewReader(`en","c":1}` + "\n")
	events, err = d.More()
	if err != nil || len(events) != 1 || events[0].Kind != Open {
		t.Fatalf("More = %v, %v; want the open event completed", events, err)
	}
}

// TestBuildMatchesEnds puts a server's and a client's files together, and a
// second client whose server was not traced.
func TestBuildMatchesEnds(t *testing.T) {
	server := []Event{
		{Time: 10, Kind: Hello, Program: "server.go"},
		{Time: 30, Kind: Open, Conn: 1, Accepted: true, Local: "127.0.0.1:12345", Remote: "127.0.0.1:50000"},
		{Time: 40, Kind: Send, Conn: 1, Data: []byte("hi\n")},
		{Time: 60, Kind: Close, Conn: 1},
	}
	client := []Event{
		{Time: 20, Kind: Hello, Program: "client.go"},
		{Time: 35, Kind: Open, Conn: 1, Local: "127.0.0.1:50000", Remote: "127.0.0.1:12345"},
		{Time: 50, Kind: Recv, Conn: 1, Data: []byte("hi\n")},
		{Time: 70, Kind: EOF, Conn: 1},
		{Time: 80, Kind: Open, Conn: 2, Local: "127.0.0.1:50001", Remote: "127.0.0.1:9999", ShowRemote: "127.0.0.1:9999"},
		{Time: 90, Kind: Recv, Conn: 2, Data: []byte("py")},
	}
	tr := Build([][]Event{client, server})
	var names []string
	for _, p := range tr.Programs {
		names = append(names, p.Name)
	}
	if got := strings.Join(names, ","); got != "server.go,client.go,127.0.0.1:9999" {
		t.Fatalf("programs %s", got)
	}
	if len(tr.Conns) != 2 {
		t.Fatalf("%d connections, want 2", len(tr.Conns))
	}
	c := tr.Conns[0]
	if c.Client.Program.Name != "client.go" || c.Server.Program.Name != "server.go" {
		t.Errorf("connection 1 is %s -> %s", c.Client.Program.Name, c.Server.Program.Name)
	}
	if tr.Steps[0].Kind != Open || tr.Steps[0].Time != 30 {
		t.Errorf("first step %v at %d: the connection opens when the server accepts it", tr.Steps[0].Kind, tr.Steps[0].Time)
	}
	if first := tr.ClosedFirst(c); first == nil || first.Program.Name != "server.go" {
		t.Errorf("closed first: %v, want server.go", first)
	}
	if tr.Conns[1].Server.Program.Traced {
		t.Errorf("the second server is traced")
	}
	if got, want := tr.Summary(), "3 programs, 2 connections, 5 bytes sent (server.go, client.go, 127.0.0.1:9999)"; got != want {
		t.Errorf("Summary = %q, want %q", got, want)
	}
}

// TestEventsRoundTrip writes events of every kind and reads them back.
func TestEventsRoundTrip(t *testing.T) {
	dir := t.TempDir()
	w, err := Create(dir, 7)
	if err != nil {
		t.Fatal(err)
	}
	in := []Event{
		{Time: 1, Kind: Hello, Program: "server.go", Pid: 7, Faults: "fragment=1"},
		{Time: 2, Kind: Open, Conn: 1, Accepted: true, Local: "[::1]:5", Remote: "[::1]:6", ShowLocal: "[::1]:5"},
		{Time: 3, Kind: Send, Conn: 1, Data: []byte("Hello\n\x00中")},
		{Time: 4, Kind: Recv, Conn: 1, Data: []byte{0xff}},
		{Time: 5, Kind: EOF, Conn: 1},
		{Time: 6, Kind: Fail, Conn: 1, Err: `write: "broken" pipe`},
		{Time: 7, Kind: Close, Conn: 1},
		{Time: 8, Kind: Unseen, Note: "no accepted connection shown: server.go:9:2 asserts a listener's type (*net.TCPListener)"},
	}
	for i := range in {
		w.Write(in[i])
	}
	w.Close()
	out, err := ReadFile(dir + "/7" + FileExt)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != len(in) {
		t.Fatalf("read %d events, wrote %d", len(out), len(in))
	}
	for i := range in {
		a, b := in[i], out[i]
		if a.Time != b.Time || a.Kind != b.Kind || a.Conn != b.Conn || string(a.Data) != string(b.Data) ||
			a.Err != b.Err || a.Program != b.Program || a.Local != b.Local || a.Accepted != b.Accepted || a.Note != b.Note {
			t.Errorf("event %d: wrote %+v, read %+v", i, a, b)
		}
	}
}
