package hint

import (
	"bufio"
	"net"
	"strings"
	"testing"

	"github.com/socklab/socklab/stdlib/frame"
)

// TestPending checks what a waiting receive is shown to have in hand: the
// bytes after the last delimiter, of the last 64 received.
func TestPending(t *testing.T) {
	tests := []struct {
		name    string
		reads   []string
		delim   string
		want    string
		wantCut bool
	}{
		{"nothing yet", nil, "\n", "", false},
		{"no delimiter at all", []string{"GU", "ESS"}, "\n", "GUESS", false},
		{"after a whole line", []string{"LOW\nGUE", "SS"}, "\n", "GUESS", false},
		{"a line ended", []string{"LOW\n"}, "\n", "", false},
		{"a NUL delimiter", []string{"a\x00bc"}, "\x00", "bc", false},
		{"a two-byte delimiter split", []string{"x\x00", "\x00rest"}, "\x00\x00", "rest", false},
		{"more than the tail", []string{strings.Repeat("x", 100)}, "\n", strings.Repeat("x", 64), true},
		{"many small reads", []string{strings.Repeat("ab", 40), "\nhi"}, "\n", "hi", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &Conn{}
			for _, r := range tt.reads {
				c.keep([]byte(r))
			}
			got, cut := c.pending(tt.delim)
			if string(got) != tt.want || cut != tt.wantCut {
				t.Errorf("pending = %q, %v; want %q, %v", got, cut, tt.want, tt.wantCut)
			}
		})
	}
}

// wrapper embeds its connection, as the wire's recorder does.
type wrapper struct{ net.Conn }

// TestConnUnder checks that a receiver leads to its connection through the
// readers and wrappers between them.
func TestConnUnder(t *testing.T) {
	a, b := net.Pipe()
	defer a.Close()
	defer b.Close()
	c := &Conn{Conn: a}
	tests := []struct {
		name string
		recv any
		want *Conn
	}{
		{"the connection", c, c},
		{"a wrapper", &wrapper{c}, c},
		{"a bufio.Reader", bufio.NewReader(&wrapper{c}), c},
		{"a bufio.Scanner", bufio.NewScanner(bufio.NewReader(c)), c},
		{"a frame.Reader", frame.NewReader(c), c},
		{"a connection the hints do not watch", bufio.NewReader(a), nil},
		{"something else", strings.NewReader("x"), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := connUnder(tt.recv); got != tt.want {
				t.Errorf("connUnder = %p, want %p", got, tt.want)
			}
		})
	}
}
