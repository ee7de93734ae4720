package typecheck

import (
	"encoding/binary"
	"errors"
	"go/ast"
	"strconv"
	"strings"
)

// A script names few members of what it imports (fmt.Println,
// net.JoinHostPort), and the type checker looks up no others: so a script
// process reads only the declarations a script names, and those they name
// in turn, not the whole export data of each package (most of the cost of
// the check, for net). Should the check find an error, it runs again with
// every package whole, so that the errors and their hints are those of a
// full check.

// members returns, for each import path of the files, the members that the
// files name (pkg.Name); nil for a package imported with a dot, whose
// members are named bare, and which is read whole.
func members(files []*ast.File) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, f := range files {
		byName := map[string]string{} // the file's name for an import -> its path
		for _, imp := range f.Imports {
			path, err := strconv.Unquote(imp.Path.Value)
			if err != nil {
				continue
			}
			names, seen := out[path]
			if !seen {
				names = map[string]bool{}
				out[path] = names
			}
			switch {
			case imp.Name != nil && imp.Name.Name == ".":
				out[path] = nil
			case imp.Name != nil:
				byName[imp.Name.Name] = path
			default:
				byName[guessName(path)] = path
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if x, ok := sel.X.(*ast.Ident); ok {
				if path, ok := byName[x.Name]; ok && out[path] != nil {
					out[path][sel.Sel.Name] = true
				}
			}
			return true
		})
	}
	return out
}

// guessName is the name a package is known by in a file that imports it
// without naming it: the last element of its path, without a major
// version suffix. A package named otherwise (a rare, older habit) has no
// member found, and fails the lazy check, which then reads it whole.
func guessName(path string) string {
	parts := strings.Split(path, "/")
	name := parts[len(parts)-1]
	if len(parts) > 1 && len(name) > 1 && name[0] == 'v' && strings.Trim(name[1:], "0123456789") == "" {
		name = parts[len(parts)-2]
	}
	return name
}

var errDamaged = errors.New("damaged export data")

// narrow returns the export data of a package with its own index cut down
// to the declarations in want and those they name (deps, the entry's
// comment, see exportgen.Deps), so that reading it declares only those.
// The declarations of other packages that it reaches are read on demand
// anyway. data is in gcexportdata's indexed format: 'i', a header of
// version and section lengths, the strings, the declarations, then the
// index, whose first package is the one exported.
func narrow(data []byte, want map[string]bool, deps string) ([]byte, error) {
	if len(data) == 0 || data[0] != 'i' {
		return nil, errDamaged
	}
	r := reader{b: data, off: 1}
	r.uvarint() // version
	sLen := r.uvarint()
	dLen := r.uvarint()
	strs := r.off
	index := strs + int(sLen) + int(dLen)
	if r.err != nil || index > len(data) || index < strs {
		return nil, errDamaged
	}
	str := func(off uint64) string {
		s := reader{b: data[strs : strs+int(sLen)], off: int(off)}
		n := s.uvarint()
		if s.err != nil || s.off+int(n) > len(s.b) {
			r.err = errDamaged
			return ""
		}
		return string(s.b[s.off : s.off+int(n)])
	}
	keep := closure(want, deps)

	r.off = index
	npkgs := r.uvarint()
	pathOff := r.uvarint()
	nameOff := r.uvarint()
	height := r.uvarint()
	nsyms := r.uvarint()
	if r.err != nil || npkgs == 0 || str(pathOff) != "" {
		return nil, errDamaged
	}
	out := make([]byte, 0, len(data)+16)
	out = append(out, data[:index]...)
	var kept []byte
	n := 0
	for range nsyms {
		off, decl := r.uvarint(), r.uvarint()
		name := str(off)
		owner, _, _ := strings.Cut(name, ".") // a type parameter goes with its owner
		if keep[owner] {
			kept = binary.AppendUvarint(kept, off)
			kept = binary.AppendUvarint(kept, decl)
			n++
		}
	}
	if r.err != nil {
		return nil, errDamaged
	}
	for _, v := range []uint64{npkgs, pathOff, nameOff, height, uint64(n)} {
		out = binary.AppendUvarint(out, v)
	}
	out = append(out, kept...)
	return append(out, data[r.off:]...), nil
}

// closure returns want with every declaration that deps says one of them
// names, and so on. deps has a line "Name Dep1 Dep2" for each declaration
// that names any; a script wants few, so each is looked up in the text.
func closure(want map[string]bool, deps string) map[string]bool {
	deps = "\n" + deps
	keep := map[string]bool{}
	var todo []string
	for n := range want {
		todo = append(todo, n)
	}
	for len(todo) > 0 {
		n := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if keep[n] {
			continue
		}
		keep[n] = true
		i := strings.Index(deps, "\n"+n+" ")
		if i < 0 {
			continue
		}
		line := deps[i+len(n)+2:]
		if j := strings.IndexByte(line, '\n'); j >= 0 {
			line = line[:j]
		}
		todo = append(todo, strings.Fields(line)...)
	}
	return keep
}

// reader reads unsigned varints, remembering the first error.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) uvarint() uint64 {
	if r.err != nil || r.off >= len(r.b) {
		r.err = errDamaged
		return 0
	}
	v, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 {
		r.err = errDamaged
		return 0
	}
	r.off += n
	return v
}
