package diagram

import (
	"fmt"
	"io"
	"strings"

	"github.com/mattn/go-runewidth"
	"github.com/socklab/socklab/runner/wire"
)

// Options shape the terminal diagram.
type Options struct {
	Width   int // characters per line; 100 when zero
	MaxRows int // rows drawn before the rest is only counted; 500 when zero
}

const timeWidth = 13 // "    12.345 c2 "

// A Layout places the diagram's columns on a line of text.
type Layout struct {
	names []string
	pos   []int // the character position of each column's line
	width int
}

// NewLayout lays out columns for programs named names.
func NewLayout(names []string, o Options) *Layout {
	if o.Width == 0 {
		o.Width = 100
	}
	l := &Layout{names: names, width: o.Width}
	margin := 30 // room for notes beside the last column
	gap := 40
	if len(names) > 1 {
		gap = max(24, min(48, (o.Width-timeWidth-margin-4)/(len(names)-1)))
	}
	for i := range names {
		l.pos = append(l.pos, timeWidth+2+i*gap)
	}
	l.width = max(l.width, l.pos[len(l.pos)-1]+margin)
	return l
}

// Add adds a column at the right for a program that appears late (live).
func (l *Layout) Add(name string) int {
	gap := 40
	if len(l.pos) > 1 {
		gap = l.pos[1] - l.pos[0]
	}
	l.names = append(l.names, name)
	l.pos = append(l.pos, timeWidth+2+(len(l.pos))*gap)
	l.width = max(l.width, l.pos[len(l.pos)-1]+30)
	return len(l.pos) - 1
}

// Header writes the programs' names over their columns.
func (l *Layout) Header(w io.Writer) {
	line := l.blank(false)
	for i, name := range l.names {
		put(line, l.pos[i]-runewidth.StringWidth(name)/2, name)
	}
	fmt.Fprintln(w, text(line))
	bars := l.blank(true)
	put(bars, 0, fmt.Sprintf("%10s", "ms"))
	fmt.Fprintln(w, text(bars))
}

// blank returns an empty line, with the columns' lines when bars is true.
func (l *Layout) blank(bars bool) []rune {
	line := []rune(strings.Repeat(" ", l.width+60)) // notes beside the last column may run past the width
	if bars {
		for _, x := range l.pos {
			line[x] = '│'
		}
	}
	return line
}

// put writes s into line from cell x. A wide character (中) takes two
// cells: the second holds cont, which text leaves out.
func put(line []rune, x int, s string) {
	for _, r := range s {
		w := runewidth.RuneWidth(r)
		if x >= 0 && x+w <= len(line) {
			line[x] = r
			if w == 2 {
				line[x+1] = cont
			}
		}
		x += max(w, 1)
	}
}

// cont marks the second cell of a wide character.
const cont = -1

// text returns line as text, without trailing spaces.
func text(line []rune) string {
	out := make([]rune, 0, len(line))
	for _, r := range line {
		if r != cont {
			out = append(out, r)
		}
	}
	return strings.TrimRight(string(out), " ")
}

// quote writes b as wire.Quote does, cut to at most max cells.
func quote(b []byte, max int) string {
	q := wire.Quote(b)
	if runewidth.StringWidth(q) <= max || max < 3 {
		return q
	}
	return runewidth.Truncate(q, max, `…"`)
}

// Row writes one row, start being the trace's first time and conns the
// number of connections (rows name theirs only when there are several).
func (l *Layout) Row(w io.Writer, r Row, start int64, conns int) {
	line := l.blank(true)
	t := fmt.Sprintf("%10.3f", float64(r.Time-start)/1e6)
	if conns > 1 {
		t += fmt.Sprintf(" c%d", r.Conn)
	}
	put(line, 0, t)
	if !r.Arrow() {
		x := l.pos[r.From]
		note := r.Label
		if r.Data != nil {
			note = fmt.Sprintf("%s %s %d", r.Verb(), quote(r.Data, l.room(r.From)-12), len(r.Data))
		}
		put(line, x, "├ "+note)
	} else {
		l.arrow(line, r)
	}
	s := text(line)
	if r.Note != "" {
		s += "   (" + r.Note + ")"
	}
	fmt.Fprintln(w, s)
}

// room is how many characters a note at column i has before the next
// column, or before the line's end.
func (l *Layout) room(i int) int {
	if i+1 < len(l.pos) {
		return l.pos[i+1] - l.pos[i] - 3
	}
	return 50
}

func (l *Layout) arrow(line []rune, r Row) {
	x1, x2 := l.pos[r.From], l.pos[r.To]
	left := x2 < x1
	if left {
		x1, x2 = x2, x1
	}
	for x := x1 + 1; x < x2; x++ {
		line[x] = '─'
	}
	if left {
		line[x1+1] = '◀'
	} else {
		line[x2-1] = '▶'
	}
	label := r.Label
	room := x2 - x1 - 7
	if r.Data != nil {
		n := fmt.Sprintf(" %d", len(r.Data))
		label = quote(r.Data, room-len(n)) + n
	}
	label = " " + label + " "
	if n := runewidth.StringWidth(label); n <= x2-x1-3 {
		put(line, x1+1+(x2-x1-n)/2, label)
	} else {
		put(line, x1+2, runewidth.Truncate(label, x2-x1-3, ""))
	}
}

// Render writes t's diagram: a line that sums it up, the programs, and a
// row per event.
func Render(w io.Writer, t *wire.Trace, o Options) {
	if o.MaxRows == 0 {
		o.MaxRows = 500
	}
	fmt.Fprintf(w, "socklab trace: %s\n", t.Summary())
	for _, p := range t.Programs {
		if p.Faults != "" {
			fmt.Fprintf(w, "  %s ran with --faults %s\n", p.Name, p.Faults)
		}
		if p.Unseen != "" {
			fmt.Fprintf(w, "  %s: %s\n", p.Name, p.Unseen)
		}
	}
	if len(t.Conns) == 0 {
		return
	}
	var names []string
	for _, p := range t.Programs {
		names = append(names, p.Name)
	}
	l := NewLayout(names, o)
	l.Header(w)
	rows := Rows(t)
	for i, r := range rows {
		if i == o.MaxRows {
			fmt.Fprintf(w, "%*s… %d more rows (see them all with --trace=FILE.html or --pcap FILE)\n", timeWidth, "", len(rows)-i)
			break
		}
		l.Row(w, r, t.Start(), len(t.Conns))
	}
}
