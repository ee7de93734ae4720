package stall

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRecordFollowsReceive checks that a receive that waited is recorded,
// and that its line is gone from the record as soon as the receive
// returns, before the program can act on what it got: a record that still
// said it waits could make a test that goes on look stalled.
func TestRecordFollowsReceive(t *testing.T) {
	dir := t.TempDir()
	tr := &tracker{dir: dir, pid: "1", waiting: map[*Conn]time.Time{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	peer, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer peer.Close()
	raw, err := ln.Accept()
	if err != nil {
		t.Fatal(err)
	}
	c := tr.wrap(raw).(*Conn)
	defer c.Close()
	path := filepath.Join(dir, "wait-1")
	for round := range 3 {
		after := make(chan string)
		go func() {
			c.Read(make([]byte, 1))
			data, _ := os.ReadFile(path) // at once, as the program goes on
			after <- string(data)
		}()
		for giveUp := time.Now().Add(10 * time.Second); ; time.Sleep(Settle / 5) {
			if data, _ := os.ReadFile(path); strings.Contains(string(data), " "+KindRecv) {
				break
			}
			if time.Now().After(giveUp) {
				t.Fatalf("round %d: the waiting receive was not recorded", round)
			}
		}
		if _, err := peer.Write([]byte("x")); err != nil {
			t.Fatal(err)
		}
		if rec := <-after; rec != "" {
			t.Fatalf("round %d: the record still says, once the receive returned:\n%s", round, rec)
		}
	}
}
