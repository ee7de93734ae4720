package refuse_test

import (
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/refuse"
)

// typedNilDecl declares an error type of the script for the cases below.
const typedNilDecl = "type E struct{ N int }\n\nfunc (*E) Error() string { return \"\" }\n\n"

// TestTypedNilBoxed lists pointers of a script's type that can be nil,
// each converted to an interface of Go's library: NilPointers names each
// (at, the expression's text where it starts), for the rewrite to box,
// and none is refused.
func TestTypedNilBoxed(t *testing.T) {
	tests := []struct{ name, body, at string }{
		{"a field", "type S struct{ p *E }\n\nfunc main() {\n\tvar s S\n\tvar err error = s.p\n\t_ = err\n}", "s.p\n"},
		{"a result that can be nil", "func find(n int) *E {\n\tif n > 0 {\n\t\treturn &E{}\n\t}\n\treturn nil\n}\n\nfunc main() {\n\tvar err error = find(0)\n\t_ = err\n}", "find(0)"},
		{"a result returned as an error", "func find() *E { return nil }\n\nfunc lookup() error { return find() }\n\nfunc main() { _ = lookup() }", "find() }"},
		{"a variable given a result that can be nil", "func find() *E { return nil }\n\nfunc main() {\n\tp := find()\n\t_ = errors.Is(p, nil)\n}", "p, nil)"},
		{"a result of a result that can be nil", "func find() *E { return nil }\n\nfunc again() *E { return find() }\n\nfunc main() { _ = []error{again()} }", "again()}"},
		{"a named result", "func find() (e *E) { return }\n\nfunc main() { _ = []error{find()} }", "find()}"},
		{"a map element", "func main() {\n\tm := map[string]*E{}\n\t_ = errors.Is(m[\"a\"], nil)\n}", "m[\"a\"]"},
		{"a slice element", "func main() {\n\ts := make([]*E, 1)\n\tvar err error = s[0]\n\t_ = err\n}", "s[0]"},
		{"a channel receive", "func main() {\n\tc := make(chan *E, 1)\n\tc <- nil\n\tvar err error = <-c\n\t_ = err\n}", "<-c"},
		{"nil converted", "func main() {\n\tvar err error = (*E)(nil)\n\t_ = err\n}", "(*E)(nil)"},
		{"a parameter given nil", "func report(p *E) {\n\tvar err error = p\n\t_ = err\n}\n\nfunc main() { report(nil) }", "p\n"},
		{"a parameter of a function literal", "func main() {\n\tf := func(p *E) error { return error(p) }\n\t_ = f(nil)\n}", "p) }"},
		{"a range value", "func main() {\n\tfor _, p := range []*E{nil} {\n\t\t_ = errors.Is(p, nil)\n\t}\n}", "p, nil)"},
		{"a receiver called on a pointer that can be nil", "func (e *E) Wrap() error {\n\tvar err error = e\n\treturn err\n}\n\nfunc main() {\n\tvar p *E\n\t_ = p.Wrap()\n}", "e\n"},
		{"a variable returned after a nil test of another", "func find() *E { return nil }\n\nfunc get() error {\n\tp, q := find(), find()\n\tif q == nil {\n\t\treturn nil\n\t}\n\treturn p\n}\n\nfunc main() { _ = get() }", "p\n}"},
		{"tested against nil elsewhere", "type S struct{ p *E }\n\nfunc main() {\n\tvar s S\n\tvar err error\n\tif s.p == nil {\n\t\tfmt.Println()\n\t}\n\terr = s.p\n\t_ = err\n}", "s.p\n"},
		{"a receiver of a boxed type, whose box calls its methods on nil", "func (e *E) Self() error { return e }\n\nfunc get() error {\n\tvar p *E\n\treturn p\n}\n\nfunc main() { _ = get() }", "e }"},
		{"passed as an error", "func f(err error) {}\n\nfunc main() {\n\tvar p *E\n\tf(p)\n}", "p)"},
		{"in an error slice", "func main() {\n\tvar p *E\n\t_ = []error{p}\n}", "p}"},
		{"returned as an error", "func f() error {\n\tvar p *E\n\treturn p\n}\n\nfunc main() { f() }", "p\n}"},
		{"wrapped with %w", "func main() {\n\tvar p *E\n\t_ = fmt.Errorf(\"x: %w\", p)\n}", "p)"},
		{"stored as an interface of Go's library", "type W struct{}\n\nfunc (*W) Write(b []byte) (int, error) { return len(b), nil }\nfunc (*W) String() string { return \"w\" }\n\nfunc main() {\n\tvar w *W\n\tvar s fmt.Stringer = w\n\t_ = s\n}", "w\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := typedNilSource(typedNilDecl + tt.body)
			if got := checkSource(t, src); len(got) > 0 {
				t.Errorf("refused:\n%s", strings.Join(got, "\n"))
			}
			at := nilPointers(t, src)
			found := false
			for _, off := range at {
				found = found || strings.HasPrefix(src[off:], tt.at)
			}
			if !found {
				t.Errorf("NilPointers names %d expressions, none starting %q", len(at), tt.at)
			}
		})
	}
}

// TestTypedNilRefuses lists what a boxed nil pointer does not do as Go's
// nil pointer in an interface does, and a nil pointer the rewrite does not
// convert: the writer of a printing call.
func TestTypedNilRefuses(t *testing.T) {
	const boxed = "func find() *E { return nil }\n\nvar err error = find()\n\n"
	tests := []struct{ name, body, want string }{
		{"an assertion back to the pointer", boxed + "func main() {\n\tp, ok := err.(*E)\n\t_, _ = p, ok\n}", "main.go:20:16: a nil *E stored as an interface of Go's library at main.go:17:17 is kept in a box of socklab's own, as the interpreter would make it nil, which this assertion does not find"},
		{"a type switch case of the pointer", boxed + "func main() {\n\tswitch err.(type) {\n\tcase *E:\n\t}\n}", "main.go:21:7: a nil *E stored as an interface of Go's library at main.go:17:17 is kept in a box of socklab's own, as the interpreter would make it nil, which this case does not find"},
		{"an assertion whose result is boxed", "func main() {\n\tvar x any\n\tp, _ := x.(*E)\n\tvar err error = p\n\t_ = err\n}", "main.go:17:13: a nil *E stored as an interface of Go's library at main.go:18:18 is kept in a box of socklab's own"},
		{"any compared with the pointer", boxed + "func main() {\n\tvar x any = err\n\tvar p *E\n\t_ = x == p\n}", "which is not equal to the pointer"},
		{"a fmt.Stringer compared with a pointer", "func (*E) String() string { return \"\" }\n\nvar Nobody = &E{}\n\nfunc main() {\n\tvar s fmt.Stringer = Nobody\n\t_ = s == Nobody\n}", "main.go:21:11: the interpreter keeps a *E stored as fmt.Stringer in a wrapper of its own, so s compared with Nobody is not equal where Go finds the same pointer: take the *E out first (got, ok := s.(*E); ok && got == Nobody)"},
		{"errors.Is with a pointer of a type declared in a function", "func main() {\n\ttype L struct{ error }\n\t_ = errors.Is(nil, &L{})\n}", "main.go:17:21: errors.Is does not find a *L in the interpreter"},
		{"printed where Error reads its receiver", "type P struct{ N int }\n\nfunc (p *P) Error() string { return fmt.Sprint(p.N) }\nfunc (p *P) Unwrap() error { return nil }\n\nfunc get() error {\n\tvar p *P\n\treturn p\n}\n\nfunc main() { fmt.Println(get()) }", "main.go:25:27: a nil *P stored as an interface of Go's library at main.go:22:9 is kept in a box of socklab's own, as the interpreter would make it nil, whose Error method fmt calls for get(): fmt prints <nil> under Go"},
		{"printed with %T and %v where Error reads its receiver", "type P struct{ N int }\n\nfunc (p *P) Error() string { return fmt.Sprint(p.N) }\nfunc (p *P) Is(error) bool { return false }\n\nfunc get() error {\n\tvar p *P\n\treturn p\n}\n\nfunc main() { fmt.Printf(\"%T %[1]v\\n\", get()) }", "whose Error method fmt calls for get()"},
		{"printed in a slice where Error reads its receiver", "type P struct{ N int }\n\nfunc (p *P) Error() string { return fmt.Sprint(p.N) }\nfunc (p *P) Is(error) bool { return false }\n\nfunc get() error {\n\tvar p *P\n\treturn p\n}\n\nfunc main() { fmt.Println([]error{get()}) }", "whose Error method fmt calls for []error{…}"},
		{"printed without a printing method", "type W struct{}\n\nfunc (*W) Write(b []byte) (int, error) { return len(b), nil }\nfunc (*W) GoString() string { return \"W\" }\n\nvar w *W\n\nfunc out() io.Writer { return w }\n\nfunc main() { fmt.Println(out()) }", "which fmt prints as {} where Go prints <nil> for out()"},
		{"the writer of a printing call", "type W struct{}\n\nfunc (*W) Write(b []byte) (int, error) { return len(b), nil }\n\nfunc main() {\n\tvar w *W\n\tfmt.Fprintln(w, \"x\")\n}", "a nil *W handed to fmt.Fprintln as io.Writer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkSource(t, typedNilSource(typedNilDecl+tt.body))
			hasRefusal(t, got, tt.want)
		})
	}
}

// TestTypedNilAccepts lists pointers of a script's type that the source
// shows are not nil where they become an interface of Go's library, and
// nil pointers held where the interpreter keeps them as Go does: none is
// refused, and none boxed.
func TestTypedNilAccepts(t *testing.T) {
	tests := []struct{ name, body string }{
		{"a compile-time check of a nil pointer stored into the blank identifier, beside %T of an any", "func main() {\n\tvar _ error = (*E)(nil)\n\tvar x any = 1\n\tfmt.Printf(\"%T\\n\", x)\n}"},
		{"address of a literal and new", "func main() {\n\tvar err error = &E{}\n\t_ = errors.Is(new(E), err)\n}"},
		{"a result always made", "func make1() *E { return &E{N: 1} }\n\nfunc again() *E { return make1() }\n\nfunc main() {\n\tvar err error = again()\n\tp := make1()\n\t_ = errors.Is(p, err)\n}"},
		{"tested against nil", "type S struct{ p *E }\n\nfunc find() *E { return nil }\n\nfunc main() {\n\tvar s S\n\tvar err error\n\tif s.p != nil {\n\t\terr = s.p\n\t}\n\tif p := find(); p != nil && p.N > 0 {\n\t\terr = p\n\t}\n\t_ = err\n}"},
		{"after a return on nil", "func find() *E { return nil }\n\nfunc lookup() error {\n\tp := find()\n\tif p == nil {\n\t\treturn nil\n\t}\n\treturn error(p)\n}\n\nfunc main() { _ = lookup() }"},
		{"a parameter always given a value", "func report(p *E) error { return error(p) }\n\nfunc main() { _ = report(&E{}) }"},
		{"a receiver called on a value or a pointer made", "func (e *E) Wrap() error {\n\tvar err error = e\n\treturn err\n}\n\nfunc main() {\n\tvar v E\n\t_ = v.Wrap()\n\t_ = (&E{}).Wrap()\n}"},
		{"a pointer taken out with errors.As and compared", "var ErrGone = &E{}\n\nfunc main() {\n\tvar err error\n\tvar got *E\n\t_ = errors.As(err, &got) && got == ErrGone\n\tvar x any = got\n\t_ = x == ErrGone\n}"},
		{"a sentinel returned, and nil pointers returned as any or the script's interface", "type Namer interface{ Name() string }\n\nfunc (*E) Name() string { return \"\" }\n\nvar ErrGone = &E{}\n\nfunc get() error { return ErrGone }\n\nfunc some() any {\n\tvar p *E\n\treturn p\n}\n\nfunc namer() Namer {\n\tvar p *E\n\treturn p\n}\n\nfunc main() { _, _, _ = get(), some(), namer() }"},
		{"a boxed error compared with a sentinel of Go's library", "func get() error {\n\tvar p *E\n\treturn p\n}\n\nfunc main() {\n\terr := get()\n\t_ = err == io.EOF || errors.Is(err, io.EOF)\n}"},
		{"a field held as any", "type S struct{ p *E }\n\nfunc main() {\n\tvar s S\n\tvar x any = s.p\n\t_ = x\n}"},
		{"a field of a type without the interface's methods", "type W struct{ io.Writer }\n\ntype S struct{ w *W }\n\nfunc main() {\n\tvar s S\n\tvar w io.Writer = s.w\n\t_ = w\n}"},
		{"a field printed", "type S struct{ p *E }\n\nfunc main() {\n\tvar s S\n\tfmt.Println(s.p)\n}"},
		{"a boxed pointer taken out with errors.As and printed", "type P struct{}\n\nfunc (*P) Error() string { return \"p\" }\n\nfunc get() error {\n\tvar p *P\n\treturn p\n}\n\nfunc main() {\n\tvar p *P\n\tfmt.Println(errors.As(get(), &p), p == nil, get(), get() != nil)\n}"},
		{"a boxed pointer printed with %T alone, where Error reads its receiver", "type P struct{ N int }\n\nfunc (p *P) Error() string { return fmt.Sprint(p.N) }\n\nfunc get() error {\n\tvar p *P\n\treturn p\n}\n\nfunc main() { fmt.Printf(\"%T %d\\n\", get(), 1) }"},
		{"two boxed errors compared, by lift.Equal", "func find() *E { return nil }\n\nvar err error = find()\n\nfunc main() {\n\te := err\n\t_ = err == e\n}"},
		{"errors.Is with an error that may hold the boxed pointer, by lift.ErrorsIs", "func find() *E { return nil }\n\nvar err error = find()\n\nfunc main() {\n\te := err\n\t_ = errors.Is(err, e)\n}"},
		{"a boxed error compared with a pointer, by lift.Equal", "func find() *E { return nil }\n\nvar err error = find()\n\nfunc main() {\n\tvar p *E\n\t_ = err == p\n}"},
		{"an error compared with a pointer, by lift.Equal", "var ErrGone = &E{}\n\nfunc main() {\n\tvar err error = ErrGone\n\tfmt.Println(err == ErrGone)\n}"},
		{"a switch on an error with a pointer case, by lift.Equal", "var ErrGone = &E{}\n\nfunc main() {\n\tvar err error\n\tswitch err {\n\tcase ErrGone:\n\t}\n}"},
		{"errors.Is with a pointer target, by lift.ErrorsIs", "var ErrGone = &E{}\n\nfunc main() {\n\tvar err error\n\t_ = errors.Is(err, ErrGone)\n}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := typedNilSource(typedNilDecl + tt.body)
			if got := checkSource(t, src); len(got) > 0 {
				t.Errorf("refused:\n%s", strings.Join(got, "\n"))
			}
			if at := nilPointers(t, src); len(at) > 0 && !strings.Contains(tt.name, "boxed") {
				t.Errorf("NilPointers names %d expressions, first at %q", len(at), src[at[0]:min(len(src), at[0]+10)])
			}
		})
	}
}

// typedNilSource is body in a file that imports what the cases use.
func typedNilSource(body string) string {
	return "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"io\"\n)\n\nvar _, _, _ = errors.New, fmt.Sprint, io.EOF\n\n" + body
}

// nilPointers returns the byte offsets in src of what NilPointers names.
func nilPointers(t *testing.T, src string) []int {
	t.Helper()
	fset, p := typed(t, src)
	var out []int
	for pos := range refuse.NilPointers(fset, p.Files, p.Types, p.Info) {
		out = append(out, fset.Position(pos).Offset)
	}
	return out
}
