package watch

import (
	"fmt"
	"os"
)

// A feed is one version's input: the lines typed at watch, other than the
// empty ones that ask for a rerun, pass through a pipe of its own. A
// program that does not read its input never holds up watch. Send and Close
// are called from one goroutine.
type feed struct {
	r, w   *os.File
	lines  chan string
	closed bool
}

func newFeed() (*feed, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("creating a pipe for the program's input: %w", err)
	}
	f := &feed{r: r, w: w, lines: make(chan string, 256)}
	go f.copy()
	return f, nil
}

func (f *feed) copy() {
	defer f.w.Close()
	for line := range f.lines {
		if _, err := f.w.WriteString(line); err != nil {
			for range f.lines { // the program has ended: drop the rest
			}
			return
		}
	}
}

// Send passes line on; it reports false when the program has too many lines
// waiting that it did not read.
func (f *feed) Send(line string) bool {
	if f.closed {
		return false
	}
	select {
	case f.lines <- line:
		return true
	default:
		return false
	}
}

// Started closes watch's copy of the reading end, which the program now
// holds.
func (f *feed) Started() { f.r.Close() }

// Close ends the input: the program sees the end of its input once it has
// read what was sent.
func (f *feed) Close() {
	if !f.closed {
		f.closed = true
		close(f.lines)
		f.r.Close()
	}
}
