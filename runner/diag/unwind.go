package diag

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// A placement is where a panic started, as Unwind found it: a marked
// statement, with the expressions in it that can fail and, for those
// whose saved values show that they fail, Go's own message; or only the
// position the interpreter gave (the start of the function) when the
// function that panicked keeps no marker.
type placement struct {
	Pos   string       `json:"pos"` // "file.go:LINE:COL" as shown
	Exact bool         `json:"exact,omitempty"`
	Cands []placedCand `json:"cands,omitempty"`
}

// A placedCand is one expression of a placed statement that can fail.
type placedCand struct {
	Kind kind   `json:"k"`
	Name string `json:"n,omitempty"`
	Pkg  string `json:"p,omitempty"`
	Pos  string `json:"pos"`
	Go   string `json:"go,omitempty"` // Go's runtime error, when the saved values show this expression fails
	err  any    // that error, in the script process
}

// Unwind is told each position the interpreter reports as a panic passes
// through a function of the script ("/path/x.go:12:2", the function's
// first statement), innermost first. For the innermost, it places the
// panic: the marker that the function's deferred Exit noted just before
// names the statement, and its saved values the expression. It returns
// the note to hand to the supervisor, or "" for a function that an inner
// one's panic passes through.
func Unwind(raw string) string {
	depth := handlerDepth()
	s, r := current()
	defer s.Unlock()
	if r.unwinding && (depth == r.depth+1 || r.frames >= maxFrames) {
		// The interpreter's handler for the frame reported before is
		// still running, one level below: the same panic, a caller.
		r.depth = depth
		r.frames++
		return ""
	}
	shown := rename(raw)
	if appended(shown) {
		// A function the rewrite appended (a library function written
		// out) places no panic: the script's caller of it does, as Go's
		// report names the caller of a library function.
		return ""
	}
	r.unwinding, r.depth, r.frames = true, depth, 1
	p := &placement{Pos: shown}
	if file, line, ok := splitPos(raw); ok && len(r.marks) > 0 {
		if st := lookup(r.marks[0]); st != nil && st.file == file && st.fnLine == line {
			p = st.place(r.values, r.marks[1:])
		}
	}
	r.placed = p
	return p.note()
}

// maxFrames bounds the frames Unwind tells apart by depth: past it, a
// deep recursion's panic on its way out costs no walk of the stack.
const maxFrames = 64

// splitPos splits "file:LINE:COL".
func splitPos(pos string) (file string, line int, ok bool) {
	m := posRE().FindStringSubmatch(pos)
	if m == nil {
		return "", 0, false
	}
	line, _ = strconv.Atoi(m[2])
	return m[1], line, true
}

// place returns the placement of a panic in st, given the values st
// saved.
func (st *statement) place(values []any, ints []int) *placement {
	at := func(p posLC) string { return rename(fmt.Sprintf("%s:%d:%d", st.file, p.Line, p.Column)) }
	p := &placement{Pos: at(posLC{st.pos.Line, st.pos.Column}), Exact: true}
	for i := range st.cands {
		c := &st.cands[i]
		pc := placedCand{Kind: c.kind, Name: c.name, Pkg: c.pkg, Pos: at(posLC{c.pos.Line, c.pos.Column})}
		if err := c.fails(values, ints); err != nil {
			pc.Go, pc.err = fmt.Sprint(err), err
		}
		p.Cands = append(p.Cands, pc)
	}
	return p
}

type posLC struct{ Line, Column int }

func (p *placement) note() string {
	if !p.Exact {
		return p.Pos
	}
	b, err := json.Marshal(p)
	if err != nil {
		return p.Pos
	}
	return p.Pos + exactMark + " " + string(b)
}

// Take returns where the panic v of the calling goroutine started and the
// message for it, Go's own where the saved values give it ("index out of
// range [5] with length 1"), and forgets the panic. The position is empty
// when no function of the script reported it.
func Take(v any) (pos, msg string) {
	msg = Describe(v)
	s, r := current()
	p := r.placed
	r.placed, r.unwinding = nil, false
	s.Unlock()
	if p == nil {
		return "", msg
	}
	return p.resolve(msg)
}

// ResolveNote returns the position and message of a panic that ended a
// script process: note is the last note Unwind gave (after PosPrefix),
// msg what Go reported, in Describe's words.
func ResolveNote(note, msg string) (pos, out string) {
	head, body, ok := strings.Cut(note, exactMark+" ")
	if !ok {
		return note, msg
	}
	var p placement
	if json.Unmarshal([]byte(body), &p) != nil {
		return head + exactMark, msg
	}
	return p.resolve(msg)
}

// resolve picks, among the expressions of the placed statement, the one
// that failed with msg, and returns its position (marked exact) and the
// message to show.
func (p *placement) resolve(msg string) (string, string) {
	if !p.Exact {
		return p.Pos, msg
	}
	c, goErr := p.failed(msg)
	switch {
	case c == nil:
		// Several expressions of that kind and no saved value that tells
		// them apart: the statement is where it failed.
		return p.Pos + exactMark, msg
	case goErr != "":
		return c.Pos + exactMark, Plain(goErr)
	}
	return c.Pos + exactMark, msg
}

// failed returns the expression of the placed statement that failed with
// msg, if it can tell, and Go's runtime error for it, where it knows one.
func (p *placement) failed(msg string) (*placedCand, string) {
	want := kindsOf(msg)
	var same []*placedCand
	for i := range p.Cands {
		c := &p.Cands[i]
		if !want(c.Kind, c.Name) {
			continue
		}
		if c.Go != "" {
			return c, c.Go
		}
		same = append(same, c)
	}
	if len(same) > 1 {
		return namedCall(msg, same), ""
	}
	if len(same) == 1 {
		if same[0].Kind == kDeref && !isRuntimeError(msg) {
			// The interpreter's reflect error for Go's nil dereference.
			return same[0], fmt.Sprint(nilDeref())
		}
		return same[0], ""
	}
	return nil, ""
}

// nilDeref is Go's runtime error for a nil dereference, made when first
// needed: making it takes a real fault, which no process should pay at
// start.
var nilDeref = sync.OnceValue(func() any { return runtimeError(func() { var p *int; _ = *p }) })

// Recovered returns Go's own runtime error for v, what a script's
// recover() returned, where the panic was placed with Go's detail
// ("index out of range [5] with length 1", where the interpreter's says
// "reflect: slice index out of range"), and whether it found one. The
// calling goroutine's panic is over either way.
func Recovered(v any) (any, bool) {
	if v == nil {
		return nil, false
	}
	s, r := current()
	p := r.placed
	r.placed, r.unwinding = nil, false
	s.Unlock()
	if p == nil || !p.Exact {
		return nil, false
	}
	c, goErr := p.failed(Describe(v))
	switch {
	case c == nil || goErr == "":
		return nil, false
	case c.err != nil:
		return c.err, true
	case c.Kind == kDeref:
		return nilDeref(), true
	}
	return nil, false
}
