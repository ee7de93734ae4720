// Package rewrite lifts Go features the interpreter lacks before it sees a
// script: each pass (one file each) finds one feature in the type-checked
// syntax and edits the source text so that the interpreter runs it as Go
// does. Edits never add or remove a line: they insert text on the line
// they change, or append declarations after the file's last line, so that
// every position the student sees in a report stays theirs.
package rewrite

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/socklab/socklab/runner/goembed"
	"github.com/socklab/socklab/runner/hint"
)

// A Package is a type-checked package of a script, as the passes see it.
type Package struct {
	Fset  *token.FileSet
	Files []*ast.File
	Src   map[*ast.File][]byte // each file's text
	// Paths are the absolute paths of the files on disk, which Go records
	// of them (log's Llongfile prints them); where a file has none, its
	// name in Fset stands for it.
	Paths map[*ast.File]string
	Types *types.Package
	Info  *types.Info
	// Script are all the script's packages, p's among them, where a pass
	// needs them (basicnamed numbers lift's pool across them); nil stands
	// for p's alone.
	Script []*types.Package
	// Peers are the script's other packages as type-checked, where a pass
	// needs their syntax and types (printing tells their types' values
	// apart at run time by their runtime forms); nil where not known.
	Peers []Checked
	// NilPointers are the positions of the pointers of the script's types
	// that can be nil where they become an interface of Go's library, which
	// the typednil conversion boxes (see refuse.NilPointers).
	NilPointers map[token.Pos]bool
	// Embeds are the package's variables that //go:embed gives files,
	// with the files read when socklab prepared the script (pass embed).
	Embeds []goembed.Var
	// Hints, when not nil, collects where the script looks at the concrete
	// type of its connections and listeners (pass concretelook) and, when
	// its Receives is set, the receive sites that the rewrite marks for the
	// stall hints (see package hint).
	Hints *hint.Sites
	// Library, set by Apply, holds the packages of Go's library that the
	// edits import where the files do not (a type a written-out method
	// names): the interpreter needs their tables as well.
	Library []string

	copies *genericCopies // the instances written out as plain types, set by Apply

	// recovered holds RecoveredTypes of the package, once found.
	recovered *[]RecoveredType

	// typedEquals are the bodies of library functions that pass library
	// writes in a generic function for elements of a type parameter, by
	// where they start, whose comparisons the function's copies write as
	// lift.Equal for the instances that need it (see liftedEquals).
	typedEquals map[token.Pos]typedEqual

	// typedBuiltins are the calls of min and max in a generic function that
	// pass minmax writes for a type of a type parameter, by where they
	// start, which its copies write again for a floating-point instance.
	typedBuiltins map[token.Pos]typedBuiltin

	// typedPicks are the element types of the bodies of slices.Min and Max
	// that pass library writes in a generic function for elements of a type
	// parameter, by where they start, which its copies pick again for a
	// floating-point instance (see floatPicks).
	typedPicks map[token.Pos]types.Type

	// atomicPointers are the types that pass atomicpointer declares for
	// the package's instances of sync/atomic.Pointer, once found.
	atomicPointers *[]*standIn
}

// A Pass lifts one Go feature in one file, by edits.
type Pass struct {
	Name string
	Run  func(p *Package, f *ast.File, e *Editor)
}

// passes are the passes, each defined in the file of its name, run in
// this order (their files' order). A table rather than a registration
// in each file's initialiser: the linker writes it into the binary, where
// 98 initialisers spread over a megabyte of code cost every socklab
// process, supervisor and script process alike, about 0.07 ms of page
// faults at its start.
var passes = [...]Pass{
	{"anydrop", anyDrops},
	{"anykey", anyKeys},
	{"anytype", anyTypes},
	{"appendcap", appendCap},
	{"appendnil", appendNil},
	{"appendshare", appendShares},
	{"arraylen", arrayPtrLen},
	{"arrayptr", arrayPtrRange},
	{"asn1names", asn1Names},
	{"assignkey", assignKeys},
	{"assignkeyvalue", assignKeyValues},
	{"atomicpointer", atomicPointers},
	{"basicnamed", basicNamed},
	{"binaryerrors", binaryErrors},
	{"bounds", boundsChecks},
	{"bytesassert", bytesAssert},
	{"callersite", callerSites},
	{"capturedlit", capturedLiterals},
	{"caselist", caseLists},
	{"chancompare", chanCompares},
	{"chanrange", chanRange},
	{"closureframe", closureFrames},
	{"commaok", commaOK},
	{"concretelook", concreteLooks},
	{"constfold", constFold},
	{"contextvalue", contextValues},
	{"convcap", convCaps},
	{"convnil", convNils},
	{"convstack", convStacks},
	{"declfuncs", declFuncs},
	{"deepequal", deepEquals},
	{"defaultlast", defaultLast},
	{"deferframe", deferFrames},
	{"deferredvalue", deferredValues},
	{"derefstring", derefStrings},
	{"derefvalue", derefValues},
	{"elidedptr", elidedPointers},
	{"embed", embedVars},
	{"emptyassert", emptyAsserts},
	{"encoding", encodings},
	{"errormethods", errorMethods},
	{"errorsisvalue", errorsIsValues},
	{"evalcalls", evalCalls},
	{"evalorder", evalOrder},
	{"flagvar", flagVars},
	{"floatint", floatInts},
	{"funcargs", funcArgs},
	{"funcvalues", funcValues},
	{"genericalias", genericAliases},
	{"generics", generics},
	{"goberrors", gobErrors},
	{"gobregister", gobRegisters},
	{"gobregisterany", gobRegistersAny},
	{"gocallee", goCallees},
	{"golibrary", goLibrary},
	{"gopanic", goPanics},
	{"handlerpanic", handlerPanics},
	{"heldassert", heldAsserts},
	{"heldiface", heldAssertOne},
	{"httpsite", httpSites},
	{"ifaceconv", ifaceConv},
	{"ifaceequal", ifaceEqual},
	{"ifaceswitch", ifaceSwitches},
	{"ifassert", ifAsserts},
	{"initorder", initOrder},
	{"instalias", instAliases},
	{"iomethods", ioMethods},
	{"iterseq", iterSeq},
	{"library", library},
	{"linked", linked},
	{"localalias", localAliases},
	{"logsite", logSites},
	{"logvaluer", logValuers},
	{"loopvar", loopvar},
	{"makechan", makeChans},
	{"maplit", mapLiterals},
	{"methodfuncs", methodFuncs},
	{"minmax", minMaxClear},
	{"multivalue", multiValue},
	{"muxsite", muxSites},
	{"negzero", negZero},
	{"newexpr", newExprs},
	{"nilassert", nilAssert},
	{"panicnil", panicNil},
	{"panicsentinel", panicSentinels},
	{"paramnames", paramNames},
	{"pendingfunc", pendingFuncs},
	{"printbuiltin", printBuiltins},
	{"printedassert", printedAsserts},
	{"printing", printing},
	{"promoted", promotedMethods},
	{"pull", pullGoroutines},
	{"rangeassign", rangeAssign},
	{"rangefunc", rangeFunc},
	{"rangeint", rangeInt},
	{"rangestring", rangeStrings},
	{"recover", recoverValues},
	{"recvblank", recvBlanks},
	{"recvsite", recvSites},
	{"returnoperands", returnOperands},
	{"rpcserve", rpcServe},
	{"savedargs", savedArgs},
	{"savedcaptures", savedCaptures},
	{"selectbranch", selectBranch},
	{"selectconst", selectConsts},
	{"selectempty", selectEmpty},
	{"selectloop", selectLoops},
	{"selectsend", selectSends},
	{"selfheld", selfHeld},
	{"shiftcount", shiftCounts},
	{"shiftoperand", shiftOperands},
	{"sliceconv", sliceConversions},
	{"slogshow", slogShows},
	{"slogsource", slogSources},
	{"stderrfd", stderrFDs},
	{"structmark", structMarks},
	{"switchinit", switchInit},
	{"template", templateErrors},
	{"toempty", toEmpty},
	{"tuplecall", tupleCalls},
	{"tupleiface", tupleIface},
	{"typeswitch", typeSwitch},
	{"uncomparable", uncomparables},
	{"unionconstraint", unionConstraints},
	{"valueargs", valueArgs},
	{"variadicfield", variadicFields},
	{"wrapany", wrapAnys},
	{"xml", xmlEncodings},
	{"zeroresults", zeroResults},
}

// Apply runs every pass over every file of p. It returns the new text of
// each file that changed, or the refusals of constructs no pass can lift,
// as file:line:col: messages.
func Apply(p *Package) (map[*ast.File][]byte, error) {
	out := map[*ast.File][]byte{}
	p.copies = findGenericCopies(p)
	refused := slices.Clone(p.copies.refused)
	n := 0 // the names given out in the package's files so far
	for _, f := range p.Files {
		e := newEditor(p, f)
		e.n, n = n, 0
		for _, pass := range passes {
			pass.Run(p, f, e)
		}
		for _, fn := range e.late {
			fn()
		}
		for _, fn := range e.last {
			fn()
		}
		n = e.n
		refused = append(refused, e.refused...)
		for _, path := range e.library {
			if !slices.Contains(p.Library, path) {
				p.Library = append(p.Library, path)
			}
		}
		if len(e.edits) == 0 && len(e.appended) == 0 {
			continue
		}
		src, err := e.apply()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p.Fset.Position(f.Package).Filename, err)
		}
		out[f] = src
	}
	if len(refused) > 0 {
		return nil, errors.New(strings.Join(refused, "\n"))
	}
	return out, nil
}

// An Editor collects the edits of one file.
type Editor struct {
	fset     *token.FileSet
	file     *token.File
	src      []byte
	edits    []edit
	appended []string
	late     []func() // run once every pass has made its edits
	last     []func() // run once the late ones have run
	refused  []string
	used     map[string]bool // identifiers of the file, and names given out
	n        int
	pkgEnd   token.Pos         // the end of the package clause, where imports go
	declsAt  token.Pos         // the end of the file's imports, where Declare puts declarations
	imported map[string]string // compiled packages the edits import, by name
	aliases  map[string]string // the alias of each instance of a generic type (pass instalias), by its spelling
	library  []string          // those of Go's library (ImportLibrary)
	growers  map[string]string // the functions that grow slices as Go's append (pass appendcap), by text
	// heldAs are the functions that assert an empty interface to an
	// interface of Go's library asking for the script's types first (see
	// heldAsFunc), by the interface's spelling; heldShown is
	// ShownThroughAny of the package, once asked.
	heldAs    map[string]string
	heldShown *[]AnyCase
}

type edit struct {
	start, end int // byte offsets; start == end inserts
	text       string
	seq        int  // order of insertion at the same offset
	comment    mark // whether the text opens or closes a comment (CommentOut)
	// around is the source an InsertAround's open or close encloses, as
	// byte offsets; zero for other edits.
	around [2]int
	lead   bool // text before the expression at start, not of it (InsertLead)
}

// A mark says whether an edit's text opens or closes a comment that
// CommentOut puts around source text.
type mark int8

const (
	noComment mark = iota
	opensComment
	closesComment
)

func newEditor(p *Package, f *ast.File) *Editor {
	e := &Editor{fset: p.Fset, file: p.Fset.File(f.Pos()), src: p.Src[f], used: map[string]bool{}, pkgEnd: f.Name.End(), declsAt: f.Name.End(), aliases: map[string]string{}}
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			e.declsAt = gd.End()
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			e.used[id.Name] = true
		}
		return true
	})
	if p.copies != nil {
		for _, c := range p.copies.list {
			e.used[c.name] = true
		}
	}
	return e
}

// Insert inserts text at pos; text must not hold a newline.
func (e *Editor) Insert(pos token.Pos, text string) { e.Replace(pos, pos, text) }

// InsertFirst inserts text at pos before whatever the other edits insert
// there, for an edit that closes an expression ending at pos.
func (e *Editor) InsertFirst(pos token.Pos, text string) {
	e.Insert(pos, text)
	e.edits[len(e.edits)-1].seq = -len(e.edits)
}

// InsertAround inserts open at pos and close at end, around source that
// holds several expressions that later passes may edit each on its own (a
// call's arguments wrapped together). Like InsertLead's text, open comes
// before the edits that belong to the expression at pos (a comment that
// a later pass puts around it, see CommentOut), and close comes after
// whatever the other edits insert at end; the text of one of the
// expressions that a pass copies elsewhere (Edited) leaves both out.
func (e *Editor) InsertAround(pos, end token.Pos, open, close string) {
	around := [2]int{e.file.Offset(pos), e.file.Offset(end)}
	e.InsertLead(pos, open)
	e.edits[len(e.edits)-1].around = around
	e.InsertLast(end, close)
	e.edits[len(e.edits)-1].around = around
}

// around returns the source that an InsertAround encloses with more than
// the source from pos up to end, and the seq of its open and close edits.
func (e *Editor) around(pos, end token.Pos) (a, b token.Pos, open, close int, ok bool) {
	start, stop := e.file.Offset(pos), e.file.Offset(end)
	for _, ed := range e.edits {
		if ed.around == [2]int{} || ed.around[0] >= stop || ed.around[1] <= start {
			continue
		}
		if ed.start == ed.around[0] {
			open = ed.seq
		} else {
			close = ed.seq
		}
		a, b, ok = e.file.Pos(ed.around[0]), e.file.Pos(ed.around[1]), true
	}
	return a, b, open, close, ok
}

// CommentOutAround is CommentOut of the source that an InsertAround
// encloses (see around), its open and close edits (whose seq are open and
// close) inside the comment with the rest.
func (e *Editor) CommentOutAround(pos, end token.Pos, open, close int, text string) {
	e.Insert(pos, text+" /* ")
	e.edits[len(e.edits)-1].comment = opensComment
	e.edits[len(e.edits)-1].lead = true
	e.edits[len(e.edits)-1].seq = open - 1
	e.Insert(end, " */")
	e.edits[len(e.edits)-1].comment = closesComment
	e.edits[len(e.edits)-1].seq = close + 1
}

// InsertLeadFirst is InsertLead before the other leading text at pos:
// the arguments a call gains ahead of its own, before what wraps those.
func (e *Editor) InsertLeadFirst(pos token.Pos, text string) {
	e.InsertFirst(pos, text)
	e.edits[len(e.edits)-1].lead = true
}

// InsertLead inserts text at pos that comes before the expression there
// rather than belonging to it (arguments put ahead of a call's own): a
// comment that a later pass puts around that expression starts after it,
// and a copy of the expression's text (Edited) leaves it out.
func (e *Editor) InsertLead(pos token.Pos, text string) {
	e.Insert(pos, text)
	e.edits[len(e.edits)-1].lead = true
}

// InsertLast inserts text at pos after whatever the other edits insert
// there (but other InsertLast edits made later), for an edit that opens an
// expression starting at pos inside whatever another pass wraps it in.
func (e *Editor) InsertLast(pos token.Pos, text string) {
	e.Insert(pos, text)
	e.edits[len(e.edits)-1].seq += 1 << 30
}

// CommentOut puts the source text from pos up to end in a comment, after
// open (inserted at pos) and before close (inserted at end), keeping it on
// its line: "open /* text */ close". The edits that later passes make
// inside it stay in the comment: a "*/" they write (a line directive,
// /*line :17:10*/) is written "* /" there, where it ended the comment.
// With first, open goes before whatever the other edits insert at pos, as
// InsertFirst puts it.
func (e *Editor) CommentOut(pos, end token.Pos, open, close string, first bool) {
	if first {
		e.InsertFirst(pos, open+" /* ")
	} else {
		e.Insert(pos, open+" /* ")
	}
	e.edits[len(e.edits)-1].comment = opensComment
	e.Insert(end, " */"+close)
	e.edits[len(e.edits)-1].comment = closesComment
}

// Replace replaces the text from pos up to end; text must not hold a
// newline.
func (e *Editor) Replace(pos, end token.Pos, text string) {
	if strings.ContainsAny(text, "\n\r") {
		panic("rewrite: an edit may not add a line: " + text)
	}
	e.edits = append(e.edits, edit{start: e.file.Offset(pos), end: e.file.Offset(end), text: text, seq: len(e.edits)})
}

// editedInside reports whether an edit made so far lies inside the text
// from pos up to end, or replaces text that overlaps it.
func (e *Editor) editedInside(pos, end token.Pos) bool {
	start, stop := e.file.Offset(pos), e.file.Offset(end)
	for _, ed := range e.edits {
		if ed.start > start && ed.start < stop || ed.start < ed.end && ed.start < stop && ed.end > start {
			return true
		}
	}
	return false
}

// Text returns the source text from pos up to end.
func (e *Editor) Text(pos, end token.Pos) string {
	return string(e.src[e.file.Offset(pos):e.file.Offset(end)])
}

// Edited returns the source text from pos up to end with the edits made
// so far inside it, for a pass that copies an expression elsewhere.
func (e *Editor) Edited(pos, end token.Pos) string {
	start, stop := e.file.Offset(pos), e.file.Offset(end)
	var inside []edit
	for _, ed := range e.edits {
		if ed.around != [2]int{} && (ed.around[0] < start || ed.around[1] > stop) || ed.around == [2]int{} && ed.lead && ed.start == start {
			continue // text around or before the expression copied
		}
		if ed.start >= start && ed.end <= stop {
			inside = append(inside, ed)
		}
	}
	var b strings.Builder
	at := start
	for _, ed := range sortEdits(inside) {
		if ed.start < at {
			continue
		}
		b.Write(e.src[at:ed.start])
		b.WriteString(ed.text)
		at = ed.end
	}
	b.Write(e.src[at:stop])
	return b.String()
}

// Move returns the source text from pos up to end with the edits made
// inside it, for a pass that moves the text elsewhere, and drops those
// edits; the pass then replaces the text. It reports false, and moves
// nothing, where an edit inserts at pos or end or reaches across them.
func (e *Editor) Move(pos, end token.Pos) (string, bool) { return e.move(pos, end, false) }

// MoveFrom is Move for text that what another pass inserts at pos belongs
// to (a conversion of the expression's first operand): it moves such an
// insertion with the text.
func (e *Editor) MoveFrom(pos, end token.Pos) (string, bool) { return e.move(pos, end, true) }

// MoveExpr is Move for an expression whose edges other passes may have
// edited: what they insert at pos and at end goes with the text where
// the text is no expression without it (a call they write around the
// expression, with its arguments inside), and else stays where it is,
// around what the pass puts in the text's place; edges says it went.
// It reports false, and moves nothing, where an edit reaches across pos
// or end, comments out text inside, or no such text is an expression.
func (e *Editor) MoveExpr(pos, end token.Pos) (text string, edges, ok bool) {
	start, stop := e.file.Offset(pos), e.file.Offset(end)
	for _, ed := range e.edits {
		if ed.start < start && ed.end > start || ed.start < stop && ed.end > stop {
			return "", false, false
		}
	}
	for _, with := range [][2]bool{{false, false}, {true, true}, {true, false}, {false, true}} {
		inner := func(ed edit) bool {
			if ed.start < start || ed.end > stop {
				return false
			}
			if ed.start == ed.end && ed.start == start {
				return with[0]
			}
			if ed.start == ed.end && ed.start == stop {
				return with[1]
			}
			return true
		}
		var inside []edit
		commented := false
		for _, ed := range e.edits {
			if inner(ed) {
				inside = append(inside, ed)
				commented = commented || ed.comment != 0
			}
		}
		if commented {
			return "", false, false
		}
		var b strings.Builder
		at := start
		for _, ed := range sortEdits(inside) {
			b.Write(e.src[at:ed.start])
			b.WriteString(ed.text)
			at = ed.end
		}
		b.Write(e.src[at:stop])
		if _, err := parser.ParseExpr(b.String()); err != nil {
			continue
		}
		kept := e.edits[:0]
		for _, ed := range e.edits {
			if !inner(ed) {
				kept = append(kept, ed)
			}
		}
		e.edits = kept
		return b.String(), with[0] || with[1], true
	}
	return "", false, false
}

// move is Move, with what is inserted at pos taken along where withStart.
func (e *Editor) move(pos, end token.Pos, withStart bool) (string, bool) {
	start, stop := e.file.Offset(pos), e.file.Offset(end)
	for _, ed := range e.edits {
		switch {
		case ed.start == ed.end && (ed.start == stop || ed.start == start && !withStart),
			ed.start < start && ed.end > start,
			ed.start < stop && ed.end > stop:
			return "", false
		}
	}
	text := e.Edited(pos, end)
	kept := e.edits[:0]
	for _, ed := range e.edits {
		if ed.start < start || ed.end > stop {
			kept = append(kept, ed)
		}
	}
	e.edits = kept
	return text, true
}

// Later runs fn once every pass has edited the file, for a pass that
// copies text the other passes edit.
func (e *Editor) Later(fn func()) { e.late = append(e.late, fn) }

// Last runs fn once every function given to Later has run, for a pass
// that moves text into which the others' late edits reach.
func (e *Editor) Last(fn func()) { e.last = append(e.last, fn) }

// Append adds declarations after the file's last line.
func (e *Editor) Append(decls string) { e.appended = append(e.appended, decls) }

// Declare puts decl, a declaration on one line, after the file's imports,
// on their last line. The interpreter sets a package's variables in the
// order of their files and declarations where none reads another, so a
// variable declared there is set before those the script declares: the
// descriptions and methods that its initialisers' printing calls need.
// (It sets those named _ in no order of theirs: give each a name.) In a
// file without imports, that is the package clause's end, where Import
// puts its imports too, so the declarations go after whatever the other
// edits insert there: the interpreter stopped at an import made after one
// ("imports must appear before other declarations").
func (e *Editor) Declare(decl string) {
	if e.declsAt == e.pkgEnd {
		e.InsertLast(e.declsAt, "; "+decl)
		return
	}
	e.Insert(e.declsAt, "; "+decl)
}

// Name returns a new identifier, used nowhere in the file and given out in
// none of the package's files before it, for a variable or function that
// an edit introduces.
func (e *Editor) Name(hint string) string {
	for {
		e.n++
		name := fmt.Sprintf("_%s%d", hint, e.n)
		if !e.used[name] {
			e.used[name] = true
			return name
		}
	}
}

// Refuse reports a construct that the interpreter cannot run as Go does
// and that no pass lifts: the script is refused with this message at pos.
func (e *Editor) Refuse(pos token.Pos, format string, args ...any) {
	e.refused = append(e.refused, fmt.Sprintf("%s: %s", e.fset.Position(pos), fmt.Sprintf(format, args...)))
}

// apply returns the file's text with the edits made. Edits may not
// overlap, except insertions at one offset, which keep their order.
func (e *Editor) apply() ([]byte, error) {
	var buf bytes.Buffer
	at := 0
	commented := 0 // inside as many comments of CommentOut
	write := func(b []byte) {
		if commented > 0 {
			b = bytes.ReplaceAll(b, []byte("*/"), []byte("* /"))
		}
		buf.Write(b)
	}
	for _, ed := range sortEdits(e.edits) {
		if ed.start < at {
			return nil, fmt.Errorf("rewrite: overlapping edits at offset %d", ed.start)
		}
		write(e.src[at:ed.start])
		switch ed.comment {
		case opensComment:
			write([]byte(ed.text))
			commented++
		case closesComment:
			commented--
			write([]byte(ed.text))
		default:
			write([]byte(ed.text))
		}
		at = ed.end
	}
	buf.Write(e.src[at:])
	if len(e.appended) > 0 {
		if !bytes.HasSuffix(buf.Bytes(), []byte("\n")) {
			buf.WriteByte('\n')
		}
		for _, d := range e.appended {
			buf.WriteString("\n" + d + "\n")
		}
	}
	return buf.Bytes(), nil
}

// Import returns the name under which the file imports the compiled
// package path for the edits' own calls, adding the import (after the
// package clause, on its line) the first time.
func (e *Editor) Import(path string) string {
	if name, ok := e.imported[path]; ok {
		return name
	}
	name := e.Name("sl")
	if e.imported == nil {
		e.imported = map[string]string{}
	}
	e.imported[path] = name
	e.Insert(e.pkgEnd, "; import "+name+" "+strconv.Quote(path))
	return name
}

// ImportLibrary is Import for a package of Go's library that the file
// does not import, whose table the interpreter is then given too (see
// Package.Library).
func (e *Editor) ImportLibrary(path string) string {
	if _, ok := e.imported[path]; !ok {
		e.library = append(e.library, path)
	}
	return e.Import(path)
}

// ImportAs is Import under a name of the caller's, for calls that another
// stage finds by that name (see diag.CheckAlias).
func (e *Editor) ImportAs(path, name string) string {
	key := path + " as " + name
	if _, ok := e.imported[key]; ok {
		return name
	}
	if e.imported == nil {
		e.imported = map[string]string{}
	}
	e.imported[key] = name
	e.Insert(e.pkgEnd, "; import "+name+" "+strconv.Quote(path))
	return name
}

// sortEdits sorts edits by offset; at one offset, insertions come first,
// in the order they were made.
func sortEdits(edits []edit) []edit {
	slices.SortStableFunc(edits, func(a, b edit) int {
		if a.start != b.start {
			return a.start - b.start
		}
		if (a.start == a.end) != (b.start == b.end) { // insertions first
			if a.start == a.end {
				return -1
			}
			return 1
		}
		if ra, rb := a.rank(), b.rank(); ra != rb {
			return ra - rb
		}
		return a.seq - b.seq
	})
	return edits
}

// rank orders the insertions at one offset: what closes an expression
// ending there (InsertFirst), then what comes before the expression that
// starts there (InsertLead), then a comment that a pass puts around that
// expression first (CommentOut), then the others, in the order made.
func (ed edit) rank() int {
	switch {
	case ed.lead:
		return 0
	case ed.comment == opensComment && ed.seq < 0:
		return 1
	case ed.seq < 0:
		return -1
	}
	return 2
}
