// Package front carries the front end's work on a script from socklab's
// supervisor, which does it while the script process starts, to the script
// process, which needs it before the script runs.
//
// The front end (parsing, the import checks, Go's type check, the refusals
// and the rewrite for the interpreter; see package script) takes longer
// than anything else a script process does before the script runs, and it
// needs nothing of that process. Done in the supervisor, it overlaps the
// script process's own start, and what is refused is decided by the
// process the script cannot reach. The work travels in two parts on a
// pipe: Source as soon as the files are parsed (the script process needs
// the imports to set up the interpreter), Rewrite once they are checked.
package front

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strconv"

	"github.com/socklab/socklab/runner/hint"
)

// EnvFD names the descriptor on which a script process reads the front
// end's work; a process started without it does the work itself.
const EnvFD = "SOCKLAB_FRONT_FD"

// Source is what the front end learns of a script from parsing it.
type Source struct {
	Err     string            // the problems found, ready to print; the rest is then empty
	Imports []string          // the compiled packages to load
	Local   map[string]string // the script's own packages: import path -> folder
}

// Rewrite is what the front end learns of a script from checking it.
type Rewrite struct {
	Err       string            // the problems found, ready to print; the rest is then empty
	Files     map[string][]byte // the rewritten files, by real path
	Met       []string          // the compiled packages whose interfaces the script meets
	Facts     map[string][]byte // each file's diag.Facts in wire form, by real path
	PoolNames map[string]string // the interpreter's names of pool types -> the script's
	Hints     bool              // the stall hints are on: Sites are theirs
	Sites     []hint.Site       // the receive sites marked, numbered from 1
	Concrete  hint.Look         // where the script looks at its connections' concrete type
	Listeners hint.Look         // where it looks at its listeners' concrete type
	// MemProfiled says that a Go build of the script samples its
	// allocations for the memory profile (typecheck.MemProfiled).
	MemProfiled bool
}

// A Writer writes the front end's work, Source first, then Rewrite.
type Writer struct {
	w   io.Writer
	buf []byte
}

// NewWriter returns a Writer on w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// Source writes s.
func (w *Writer) Source(s Source) error {
	w.buf = w.buf[:0]
	w.str(s.Err)
	w.strs(s.Imports)
	w.strMap(s.Local)
	return w.flush()
}

// Rewrite writes r.
func (w *Writer) Rewrite(r Rewrite) error {
	w.buf = w.buf[:0]
	w.str(r.Err)
	w.uint(len(r.Files))
	for _, k := range slices.Sorted(maps.Keys(r.Files)) {
		w.str(k)
		w.str(string(r.Files[k]))
	}
	w.strs(r.Met)
	w.uint(len(r.Facts))
	for _, k := range slices.Sorted(maps.Keys(r.Facts)) {
		w.str(k)
		w.str(string(r.Facts[k]))
	}
	w.strMap(r.PoolNames)
	w.bool(r.Hints)
	w.uint(len(r.Sites))
	for _, s := range r.Sites {
		w.str(s.File)
		w.uint(s.Line)
		w.str(s.Delim)
		w.str(s.What)
	}
	for _, l := range []hint.Look{r.Concrete, r.Listeners} {
		w.str(l.At)
		w.str(l.What)
	}
	w.bool(r.MemProfiled)
	return w.flush()
}

// flush writes the record in buf: its length, then itself.
func (w *Writer) flush() error {
	rec := binary.AppendUvarint(nil, uint64(len(w.buf)))
	if _, err := w.w.Write(append(rec, w.buf...)); err != nil {
		return fmt.Errorf("handing the front end's work to the script process: %w", err)
	}
	return nil
}

func (w *Writer) uint(n int) { w.buf = binary.AppendUvarint(w.buf, uint64(n)) }

func (w *Writer) bool(b bool) {
	if b {
		w.uint(1)
	} else {
		w.uint(0)
	}
}

func (w *Writer) str(s string) {
	w.uint(len(s))
	w.buf = append(w.buf, s...)
}

func (w *Writer) strs(list []string) {
	w.uint(len(list))
	for _, s := range list {
		w.str(s)
	}
}

func (w *Writer) strMap(m map[string]string) {
	w.uint(len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		w.str(k)
		w.str(m[k])
	}
}

// ErrDamaged is the error of a record that is not as a Writer wrote it.
var ErrDamaged = errors.New("damaged front end record")

// A Reader reads the front end's work, Source first, then Rewrite.
type Reader struct {
	r   *bufio.Reader
	rec []byte // the record being read
}

// NewReader returns a Reader on r.
func NewReader(r io.Reader) *Reader { return &Reader{r: bufio.NewReader(r)} }

// Open returns a Reader on the descriptor EnvFD names, or nil when the
// process was started without one (EnvFD is unset, and then unset for
// the script too).
func Open() (*Reader, error) {
	v, ok := os.LookupEnv(EnvFD)
	if !ok {
		return nil, nil
	}
	os.Unsetenv(EnvFD)
	fd, err := strconv.Atoi(v)
	if err != nil || fd < 3 {
		return nil, fmt.Errorf("%s=%q: not a descriptor", EnvFD, v)
	}
	return NewReader(os.NewFile(uintptr(fd), "front end")), nil
}

// Source reads the Source a Writer wrote.
func (r *Reader) Source() (Source, error) {
	var s Source
	if err := r.next(); err != nil {
		return s, err
	}
	s.Err = r.str()
	s.Imports = r.strs()
	s.Local = r.strMap()
	return s, r.end()
}

// Rewrite reads the Rewrite a Writer wrote after the Source.
func (r *Reader) Rewrite() (Rewrite, error) {
	var rw Rewrite
	if err := r.next(); err != nil {
		return rw, err
	}
	rw.Err = r.str()
	n := r.count()
	rw.Files = make(map[string][]byte, n)
	for range n {
		k := r.str()
		rw.Files[k] = []byte(r.str())
	}
	rw.Met = r.strs()
	n = r.count()
	rw.Facts = make(map[string][]byte, n)
	for range n {
		k := r.str()
		rw.Facts[k] = []byte(r.str())
	}
	rw.PoolNames = r.strMap()
	rw.Hints = r.bool()
	n = r.count()
	for range n {
		rw.Sites = append(rw.Sites, hint.Site{File: r.str(), Line: r.num(), Delim: r.str(), What: r.str()})
	}
	rw.Concrete = hint.Look{At: r.str(), What: r.str()}
	rw.Listeners = hint.Look{At: r.str(), What: r.str()}
	rw.MemProfiled = r.bool()
	return rw, r.end()
}

// next reads the next record into rec.
func (r *Reader) next() error {
	n, err := binary.ReadUvarint(r.r)
	if err != nil {
		return fmt.Errorf("reading the front end's work: %w", err)
	}
	if n > 1<<30 {
		return ErrDamaged
	}
	r.rec = make([]byte, n)
	if _, err := io.ReadFull(r.r, r.rec); err != nil {
		return fmt.Errorf("reading the front end's work: %w", err)
	}
	return nil
}

// end reports whether the record was read whole and undamaged: a field
// that ran past its end leaves rec nil.
func (r *Reader) end() error {
	if r.rec == nil || len(r.rec) != 0 {
		return ErrDamaged
	}
	return nil
}

// num reads a number.
func (r *Reader) num() int {
	v, k := binary.Uvarint(r.rec)
	if k <= 0 || v > 1<<31 {
		r.rec = nil
		return 0
	}
	r.rec = r.rec[k:]
	return int(v)
}

// count reads a count of what follows, or a length, each of which takes
// a byte at least: one greater than what is left is damage.
func (r *Reader) count() int {
	n := r.num()
	if n > len(r.rec) {
		r.rec = nil
		return 0
	}
	return n
}

func (r *Reader) bool() bool { return r.num() == 1 }

func (r *Reader) str() string {
	n := r.count()
	s := string(r.rec[:n])
	r.rec = r.rec[n:]
	return s
}

func (r *Reader) strs() []string {
	n := r.count()
	var list []string
	for range n {
		list = append(list, r.str())
	}
	return list
}

func (r *Reader) strMap() map[string]string {
	n := r.count()
	m := make(map[string]string, n)
	for range n {
		k := r.str()
		m[k] = r.str()
	}
	return m
}
