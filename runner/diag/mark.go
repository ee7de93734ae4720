package diag

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"sort"
	"strings"
	"sync"
)

// The interpreter names, for a panic, the first statement of the function
// it happened in: it forgets which node of the function was running. Mark
// gives it back that knowledge in the source it interprets. Each function
// body that holds a statement which can panic gets a local marker, set
// before each such statement to the statement's number (an integer store,
// no call), and defers Exit with the marker, which notes it as the frame
// that ended last on its goroutine. When the function panics, the
// interpreter reports it right after its deferred calls, and Unwind reads
// the marker. A statement whose index, slice or division operands are
// plain variables and constants also saves their values, so that Unwind
// can tell which of several expressions failed and say it with Go's own
// words ("index out of range [5] with length 1").
//
// Every insertion goes after the statement before (or the brace or colon
// that opens the block), on the same line: lines stay as they are, and so
// do the columns of the code, but for the rest of a line that holds both
// a block's opening and its statements ("func f() { return x[i] }"), or
// an unnamed parameter, which gets a name. Positions in reports come from
// the source as written.

// PosPackage is the import path under which the marked source finds
// Exit; the script process gives the interpreter a symbol table for it.
const PosPackage = "socklab/pos"

// Names the marked source uses; no Go program uses names that begin with
// "_sl" and a capital letter in practice.
const (
	posAlias  = "_slPos"
	markerVar = "_slAt"
	valuesVar = "_slVal"
	paramName = "_slP" // and a number: an unnamed parameter
)

// A statement is what Unwind knows of one marked statement.
type statement struct {
	file   string
	fnLine int            // the line of the brace that opens its function's body, where the interpreter reports a panic
	pos    token.Position // the statement's start
	cands  []candidate    // the expressions in it that can panic, in source order
}

// A candidate is one expression of a statement that can panic.
type candidate struct {
	kind   kind
	pos    token.Position
	name   string // the called function's name, for calls
	pkg    string // the package a called function belongs to, if the call names one
	values []int  // slots of the values saved for it: operand, index or bounds, or divisor; or the operand's length
	// constIndex is the index of x[constIndex], known without running it;
	// values then holds only len(x).
	constIndex int64
	hasConst   bool
	lenIndex   bool // values holds len(x) and the index of x[i]
	ints       bool // values are slots of the integers saved, not of the values
	str        bool // a slice of a string, whose saved capacity is its length
}

// statements holds every marked statement of the process; a marker is an
// index into it, plus one.
var statements struct {
	sync.RWMutex
	list []*statement
}

func register(s *statement) int {
	statements.Lock()
	defer statements.Unlock()
	statements.list = append(statements.list, s)
	return len(statements.list)
}

func lookup(k int) *statement {
	statements.RLock()
	defer statements.RUnlock()
	if k < 1 || k > len(statements.list) {
		return nil
	}
	return statements.list[k-1]
}

type insertion struct {
	off  int
	text string
	cut  int // bytes of the source the text replaces
}

// Mark returns src with its statements marked. file names the source in
// positions (as the interpreter names it). Source that does not parse is
// returned as it is, for the interpreter to report.
func Mark(file string, src []byte) []byte { return MarkTyped(file, src, nil) }

// MarkTyped is Mark with the type checker's facts of the file (see
// NewFacts): fewer statements marked, and integers saved as integers.
func MarkTyped(file string, src []byte, facts *Facts) []byte {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, src, parser.SkipObjectResolution)
	if err != nil {
		return src
	}
	m := &marker{fset: fset, file: file, src: src, imports: importNames(f), openers: map[token.Pos]bool{}, facts: facts}
	calls := recursive(f)
	ast.Inspect(f, func(n ast.Node) bool {
		switch fn := n.(type) {
		case *ast.FuncDecl:
			rec := 0
			if at, ok := calls[fn]; ok {
				p := m.fset.Position(at)
				rec = registerRecursion(&recursion{name: fn.Name.Name, file: file, call: posLC{p.Line, p.Column}})
			}
			if fn.Body != nil && m.function(fn.Body, rec) {
				m.name(fn.Recv)
				m.name(fn.Type.Params)
			}
		case *ast.FuncLit:
			if m.function(fn.Body, 0) {
				m.name(fn.Type.Params)
			}
		}
		return true
	})
	if len(m.ins) == 0 {
		return src
	}
	m.add(f.Name.End(), fmt.Sprintf("; import %s %q", posAlias, PosPackage))
	sort.SliceStable(m.ins, func(i, j int) bool { return m.ins[i].off < m.ins[j].off })
	var b strings.Builder
	b.Grow(len(src) + 64*len(m.ins))
	last := 0
	for _, in := range m.ins {
		b.Write(src[last:in.off])
		b.WriteString(in.text)
		last = in.off + in.cut
	}
	b.Write(src[last:])
	return []byte(b.String())
}

// name gives each unnamed or _ parameter in fields a name no script
// uses. The interpreter copies the arguments of a function with an
// unnamed parameter into the slots of its first locals, where the marker
// would be; named, each argument has a slot of its own. The name goes
// before the type (or replaces the _), on the same line.
func (m *marker) name(fields *ast.FieldList) {
	if fields == nil {
		return
	}
	for _, f := range fields.List {
		if len(f.Names) == 0 {
			m.add(f.Type.Pos(), fmt.Sprintf("%s%d ", paramName, m.params))
			m.params++
			continue
		}
		for _, n := range f.Names {
			if n.Name == "_" {
				m.ins = append(m.ins, insertion{off: m.fset.Position(n.Pos()).Offset, text: fmt.Sprintf("%s%d", paramName, m.params), cut: 1})
				m.params++
			}
		}
	}
}

type marker struct {
	fset     *token.FileSet
	file     string
	src      []byte
	imports  map[string]bool // the names of the file's imported packages
	ins      []insertion
	openers  map[token.Pos]bool // positions right after a "{" or ":" that opens a list
	facts    *Facts             // the type checker's, or nil
	divs     int                // the divisions that can fail in the statement being marked
	watch    bool               // the current function has a loop that allocates (see Watch)
	slots    int                // the values the current function saves at most in one statement
	intSlots int                // and the integers
	params   int                // unnamed parameters named so far
	fnLine   int                // the line of the current function's opening brace
	loops    int                // how many loops of the current function hold the statement being marked
}

func (m *marker) add(p token.Pos, text string) {
	m.ins = append(m.ins, insertion{off: m.fset.Position(p).Offset, text: text})
}

// function marks one function body; nested function literals are marked
// as functions of their own by Mark's walk. rec is the function's number
// as one that calls itself (see Enter), or 0. It reports whether the body
// got a marker.
func (m *marker) function(body *ast.BlockStmt, rec int) bool {
	outer, outerInts, outerLoops, outerLine, outerWatch := m.slots, m.intSlots, m.loops, m.fnLine, m.watch
	m.slots, m.intSlots, m.loops, m.fnLine, m.watch = 0, 0, 0, m.fset.Position(body.Lbrace).Line, m.allocatesInLoop(body)
	defer func() {
		m.slots, m.intSlots, m.loops, m.fnLine, m.watch = outer, outerInts, outerLoops, outerLine, outerWatch
	}()
	at := len(m.ins)
	m.open(body.Lbrace + 1)
	m.block(body.Lbrace+1, body.List, nil)
	if len(m.ins) == at && rec == 0 {
		return false
	}
	// The marker and the integers share one array, and Exit gets a slice
	// of it: each local and each argument of a deferred call costs the
	// interpreter allocations on every call.
	prologue := fmt.Sprintf(" var %s [%d]int;", markerVar, 1+m.intSlots)
	values := "nil"
	if m.slots > 0 {
		prologue += fmt.Sprintf(" var %s [%d]any;", valuesVar, m.slots)
		values = valuesVar + "[:]"
	}
	if m.watch {
		prologue += fmt.Sprintf(" %s.Watch(%s[:]);", posAlias, markerVar)
	}
	switch {
	case rec > 0:
		prologue += fmt.Sprintf(" defer %s.Return(%s.Enter(%d, %s[:]), %s);", posAlias, posAlias, rec, markerVar, values)
	case m.slots > 0:
		prologue += fmt.Sprintf(" defer %s.ExitValues(%s[:], %s);", posAlias, markerVar, values)
	default:
		prologue += fmt.Sprintf(" defer %s.Exit(%s[:]);", posAlias, markerVar)
	}
	m.add(body.Lbrace+1, prologue)
	// The prologue must come before the first statement's marker, which
	// was added at the same offset.
	last := m.ins[len(m.ins)-1]
	copy(m.ins[at+1:], m.ins[at:len(m.ins)-1])
	m.ins[at] = last
	return true
}

// block marks the statements of one list; open is where the list opens
// (after "{" or a case's ":"). loop is the innermost enclosing loop whose
// condition must be marked again before it is evaluated, or nil.
func (m *marker) block(open token.Pos, list []ast.Stmt, loop *loopMark) {
	after := open
	for _, s := range list {
		m.stmt(after, s, loop)
		after = s.End()
	}
	if loop != nil && loop.open == open && len(list) > 0 {
		m.add(list[len(list)-1].End(), fmt.Sprintf("; %s[0] = %d", markerVar, loop.k))
	}
}

// loopMark is a for loop whose condition or post statement can panic: the
// marker is set back to the loop before each evaluation of them.
type loopMark struct {
	k    int
	open token.Pos // where the loop's body opens
}

func (m *marker) stmt(after token.Pos, s ast.Stmt, loop *loopMark) {
	switch s := s.(type) {
	case *ast.EmptyStmt:
		return
	case *ast.BranchStmt:
		if s.Tok == token.CONTINUE && s.Label == nil && loop != nil {
			m.add(after, m.prefix(after)+fmt.Sprintf("%s[0] = %d", markerVar, loop.k)+m.suffix(after))
		}
		return
	case *ast.LabeledStmt:
		m.mark(after, s.Stmt, loop)
		return
	}
	m.mark(after, s, loop)
}

// prefix and suffix separate an insertion at p from the code around it:
// after a block's "{" or a case's ":" the marker comes first and needs a
// semicolon after it; after a statement it needs one before it.
func (m *marker) prefix(p token.Pos) string {
	if m.opens(p) {
		return " "
	}
	return "; "
}

func (m *marker) suffix(p token.Pos) string {
	if m.opens(p) {
		return ";"
	}
	return ""
}

// opens reports whether p directly follows a "{" or ":" that opens a list.
func (m *marker) opens(p token.Pos) bool { return m.openers[p] }

func (m *marker) open(p token.Pos) { m.openers[p] = true }

// mark sets the marker before the statement inner (before its label, if
// it has one) and recurses into its blocks.
func (m *marker) mark(after token.Pos, inner ast.Stmt, loop *loopMark) {
	st := &statement{file: m.file, fnLine: m.fnLine, pos: m.fset.Position(inner.Pos())}
	var sv saves
	m.divs = 0
	for _, e := range header(inner) {
		m.divs += divs(m, e)
	}
	for _, e := range header(inner) {
		m.candidates(st, e, &sv)
	}
	if !canSave(inner) {
		sv = saves{}
		for i := range st.cands {
			st.cands[i].values = nil
		}
	}
	if len(st.cands) == 0 && !(m.watch && m.loops > 0 && m.allocates(inner)) {
		// Nothing in it can panic: no marker to pay for. A function
		// whose statements all are like that keeps no marker at all.
		// (A statement that allocates in a loop is marked all the same
		// in a watched function, for a report of running out of memory.)
		m.inner(inner, 0, loop)
		return
	}
	k := register(st)
	text := fmt.Sprintf("%s[0] = %d", markerVar, k)
	// The integers go after the marker, one assignment each: the
	// interpreter's tuple assignment to an int array's elements leaves
	// the slice Exit holds behind; and the other values too, as its tuple
	// assignment of a value of interface type to an element of an array
	// of any panics (reflect.Set: value of type interface {} is not
	// assignable to type interp.valueInterface), and so does one of a
	// value of a type the script declares with methods (value of type
	// interp.valueInterface is not assignable to type string).
	for i, t := range sv.ints {
		text += fmt.Sprintf("; %s[%d] = %s", markerVar, 1+i, t)
	}
	m.intSlots = max(m.intSlots, len(sv.ints))
	for i, t := range sv.any {
		text += fmt.Sprintf("; %s[%d] = %s", valuesVar, i, t)
	}
	m.slots = max(m.slots, len(sv.any))
	m.add(after, m.prefix(after)+text+m.suffix(after))
	m.inner(inner, k, loop)
}

// canSave reports whether the values of s's header can be saved before
// s: not for a loop, whose condition runs again with other values, nor for
// a statement whose init declares variables the values may use.
func canSave(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.ForStmt, *ast.RangeStmt, *ast.SelectStmt:
		return false
	case *ast.IfStmt:
		for s != nil {
			if s.Init != nil {
				return false
			}
			s, _ = s.Else.(*ast.IfStmt)
		}
	case *ast.SwitchStmt:
		return s.Init == nil
	case *ast.TypeSwitchStmt:
		return s.Init == nil
	}
	return true
}

// inner marks the blocks inside s.
func (m *marker) inner(s ast.Stmt, k int, loop *loopMark) {
	switch s := s.(type) {
	case *ast.BlockStmt:
		m.open(s.Lbrace + 1)
		m.block(s.Lbrace+1, s.List, loop)
	case *ast.IfStmt:
		m.open(s.Body.Lbrace + 1)
		m.block(s.Body.Lbrace+1, s.Body.List, loop)
		switch e := s.Else.(type) {
		case *ast.BlockStmt:
			m.open(e.Lbrace + 1)
			m.block(e.Lbrace+1, e.List, loop)
		case *ast.IfStmt:
			m.inner(e, k, loop) // its condition belongs to this statement's marker
		}
	case *ast.ForStmt:
		var lm *loopMark
		if (s.Cond != nil && canPanic(s.Cond)) || (s.Post != nil && canPanic(s.Post)) {
			lm = &loopMark{k: k, open: s.Body.Lbrace + 1}
		}
		m.open(s.Body.Lbrace + 1)
		m.loops++
		m.block(s.Body.Lbrace+1, s.Body.List, lm)
		m.loops--
	case *ast.RangeStmt:
		m.open(s.Body.Lbrace + 1)
		m.loops++
		m.block(s.Body.Lbrace+1, s.Body.List, nil)
		m.loops--
	case *ast.SwitchStmt:
		m.clauses(s.Body, loop)
	case *ast.TypeSwitchStmt:
		m.clauses(s.Body, loop)
	case *ast.SelectStmt:
		m.clauses(s.Body, loop)
	}
}

func (m *marker) clauses(body *ast.BlockStmt, loop *loopMark) {
	for _, c := range body.List {
		switch c := c.(type) {
		case *ast.CaseClause:
			m.open(c.Colon + 1)
			m.block(c.Colon+1, c.Body, loop)
		case *ast.CommClause:
			m.open(c.Colon + 1)
			m.block(c.Colon+1, c.Body, loop)
		}
	}
}
