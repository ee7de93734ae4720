package lesson

import (
	"bytes"
	"fmt"
	"io"
	"sync"
)

// A Mux interleaves the output of several programs on one terminal, line by
// line, each line marked with the program's name ("server | ").
//
// A partial line (a prompt such as "Enter guess: ") is shown at once. When
// another program writes while such a line is unfinished, the Mux ends it
// first, so that every line on the screen carries exactly one name; the
// first program's next output then starts a fresh marked line.
type Mux struct {
	mu    sync.Mutex
	width int
	open  *Stream // the stream whose line is unfinished on the screen
}

// NewMux returns a Mux that pads names to the longest of names, so that the
// programs' text lines up.
func NewMux(names ...string) *Mux {
	m := &Mux{}
	for _, n := range names {
		m.width = max(m.width, len(n))
	}
	return m
}

// Stream returns a writer for the program name whose lines go to w. An empty
// name marks nothing: the Mux then only keeps the writer's lines whole (for
// socklab's own messages).
func (m *Mux) Stream(name string, w io.Writer) *Stream {
	s := &Stream{m: m, w: w}
	if name != "" {
		s.prefix = []byte(fmt.Sprintf("%-*s | ", m.width, name))
	}
	return s
}

// LineBreak tells the Mux that the terminal's cursor is at the start of a
// line although no program ended its line: the person pressed Enter, and
// the terminal echoed it.
func (m *Mux) LineBreak() {
	m.mu.Lock()
	m.open = nil
	m.mu.Unlock()
}

// A Stream is one program's output through a Mux.
type Stream struct {
	m      *Mux
	w      io.Writer
	prefix []byte
}

var newline = []byte("\n")

// Write writes p, marking each line that starts with the stream's name.
func (s *Stream) Write(p []byte) (int, error) {
	m := s.m
	m.mu.Lock()
	defer m.mu.Unlock()
	n := len(p)
	for len(p) > 0 {
		if m.open != s {
			if m.open != nil {
				if _, err := m.open.w.Write(newline); err != nil {
					return 0, err
				}
			}
			if _, err := s.w.Write(s.prefix); err != nil {
				return 0, err
			}
			m.open = s
		}
		line := p
		if i := bytes.IndexByte(p, '\n'); i >= 0 {
			line = p[:i+1]
		}
		if _, err := s.w.Write(line); err != nil {
			return 0, err
		}
		if line[len(line)-1] == '\n' {
			m.open = nil
		}
		p = p[len(line):]
	}
	return n, nil
}
