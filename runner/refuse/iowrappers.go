package refuse

import (
	"go/ast"
	"go/types"
)

// ioExtra is a method that Go's library looks for on an io.Writer or an
// io.Reader it is handed (io.Copy calls ReadFrom and WriteTo, fmt.Fscan
// ReadRune and UnreadRune, encoding/gob ReadByte): the interpreter hands a script's writer or reader
// over in a wrapper that has those of them the script's type has, by
// name, and fills the wrapper's field of that method with the script's.
type ioExtra struct {
	on   string                      // the method the receiver must have: Write or Read
	form string                      // io's form of the method
	ok   func(*types.Signature) bool // whether a method has io's form
}

// ioExtras are the methods the wrappers of io.Writer and io.Reader have.
var ioExtras = map[string]ioExtra{
	"ReadFrom": {"Write", "ReadFrom(r io.Reader) (n int64, err error)", func(s *types.Signature) bool {
		return s.Params().Len() == 1 && isNamed(s.Params().At(0).Type(), "io", "Reader") && intError(s.Results(), types.Int64)
	}},
	"WriteTo": {"Read", "WriteTo(w io.Writer) (n int64, err error)", func(s *types.Signature) bool {
		return s.Params().Len() == 1 && isNamed(s.Params().At(0).Type(), "io", "Writer") && intError(s.Results(), types.Int64)
	}},
	"ReadByte": {"Read", "ReadByte() (byte, error)", func(s *types.Signature) bool {
		return s.Params().Len() == 0 && intError(s.Results(), types.Uint8)
	}},
	"ReadRune": {"Read", "ReadRune() (r rune, size int, err error)", func(s *types.Signature) bool {
		res := s.Results()
		return s.Params().Len() == 0 && res.Len() == 3 && isBasic(res.At(0).Type(), types.Int32) && isBasic(res.At(1).Type(), types.Int) &&
			types.Identical(res.At(2).Type(), types.Universe.Lookup("error").Type())
	}},
	"UnreadRune": {"Read", "UnreadRune() error", func(s *types.Signature) bool {
		return s.Params().Len() == 0 && s.Results().Len() == 1 && types.Identical(s.Results().At(0).Type(), types.Universe.Lookup("error").Type())
	}},
}

// isBasic reports whether t is the basic type of kind k itself.
func isBasic(t types.Type, k types.BasicKind) bool {
	b, ok := types.Unalias(t).(*types.Basic)
	return ok && b.Kind() == k
}

// intError reports whether res is (n, err) with n of kind k.
func intError(res *types.Tuple, k types.BasicKind) bool {
	return res.Len() == 2 && isBasic(res.At(0).Type(), k) && types.Identical(res.At(1).Type(), types.Universe.Lookup("error").Type())
}

// ioWrapperMethods refuses a method ReadFrom of another form than io's on
// a type the script declares with a Write method (a WriteString of
// another form gostd's wrapper passes over, as Go does), and WriteTo,
// ReadByte, ReadRune or UnreadRune of another form on one with a Read
// method: the interpreter, which fills its wrapper's methods by name,
// fails as it hands the value to Go's library as an io.Writer or
// io.Reader (reflect.Set: value of type func(string) error is not
// assignable), where Go hands it over without them.
func ioWrapperMethods(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		fd, ok := n.(*ast.FuncDecl)
		if !ok || fd.Recv == nil {
			return true
		}
		extra, ok := ioExtras[fd.Name.Name]
		if !ok {
			return false
		}
		fn, ok := r.info.Defs[fd.Name].(*types.Func)
		if !ok {
			return false
		}
		sig := fn.Type().(*types.Signature)
		if extra.ok(sig) {
			return false
		}
		recv := sig.Recv().Type()
		if p, ok := recv.(*types.Pointer); ok {
			recv = p.Elem()
		}
		if !r.declared(recv) || !hasMethod(recv, extra.on) {
			return false
		}
		iface := "io.Writer"
		if extra.on == "Read" {
			iface = "io.Reader"
		}
		name := types.TypeString(recv, types.RelativeTo(r.pkg))
		r.refuse(fd.Name.Pos(), "%s's method %s is not io's %s, yet the interpreter takes it for that one where it hands the value to Go's library as an %s (and fails there): give the method another name",
			name, fd.Name.Name, extra.form, iface)
		return false
	})
}
