package diagram

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/socklab/socklab/runner/wire"
)

// settle is how long Live holds an event back, so that the events of the
// other programs, written to files of their own, can be put in order
// before it.
const settle = 100 * time.Millisecond

// Live draws the diagram of a run while it happens, by following the event
// files in its folder.
type Live struct {
	dir    string
	w      io.Writer
	layout *Layout
	cols   map[string]int // program name -> layout column
	files  []*liveFile
	byName map[string]bool
	shown  map[[2]int]bool
	stop   chan struct{}
	done   chan struct{}
}

type liveFile struct {
	f      *os.File
	dec    *wire.Decoder
	events []wire.Event
}

// Follow starts drawing the run whose processes write to dir, on w.
func Follow(dir string, w io.Writer) *Live {
	l := &Live{dir: dir, w: w, cols: map[string]int{}, byName: map[string]bool{}, shown: map[[2]int]bool{},
		stop: make(chan struct{}), done: make(chan struct{})}
	go l.loop()
	return l
}

// Stop draws what is left and stops following.
func (l *Live) Stop() {
	close(l.stop)
	<-l.done
}

func (l *Live) loop() {
	defer close(l.done)
	tick := time.NewTicker(25 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-l.stop:
			l.poll(true)
			for _, f := range l.files {
				f.f.Close()
			}
			return
		case <-tick.C:
			l.poll(false)
		}
	}
}

// poll reads what the processes wrote since the last poll and draws the
// rows that have settled (all of them when final).
func (l *Live) poll(final bool) {
	names, _ := filepath.Glob(filepath.Join(l.dir, "*"+wire.FileExt))
	sort.Strings(names)
	for _, name := range names {
		if l.byName[name] {
			continue
		}
		f, err := os.Open(name)
		if err != nil {
			continue
		}
		l.byName[name] = true
		l.files = append(l.files, &liveFile{f: f, dec: wire.NewDecoder(bufio.NewReader(f))})
	}
	for _, f := range l.files {
		events, _ := f.dec.More()
		f.events = append(f.events, events...)
	}
	files := make([][]wire.Event, len(l.files))
	for i, f := range l.files {
		files[i] = f.events
	}
	t := wire.Build(files)
	horizon := time.Now().Add(-settle).UnixNano()
	for _, r := range Rows(t) {
		if l.shown[r.Step] || !final && r.Time > horizon {
			continue
		}
		l.shown[r.Step] = true
		l.draw(t, r)
	}
}

// draw draws one row, first adding columns for programs it has not drawn
// before.
func (l *Live) draw(t *wire.Trace, r Row) {
	added := false
	if l.layout == nil {
		fmt.Fprintln(l.w, "socklab trace (live):")
	}
	// Columns in the trace's order, up to the last one the row needs.
	last := max(r.From, r.To)
	for _, p := range t.Programs[:last+1] {
		if _, ok := l.cols[p.Name]; ok {
			continue
		}
		if l.layout == nil {
			l.layout = NewLayout([]string{p.Name}, Options{})
			l.cols[p.Name] = 0
		} else {
			l.cols[p.Name] = l.layout.Add(p.Name)
		}
		added = true
	}
	col := func(i int) int {
		if i < 0 {
			return i
		}
		return l.cols[t.Programs[i].Name]
	}
	r.From, r.To = col(r.From), col(r.To)
	if added {
		l.layout.Header(l.w)
	}
	l.layout.Row(l.w, r, t.Start(), len(t.Conns))
}
