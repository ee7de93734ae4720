package refuse_test

import (
	"strings"
	"testing"
)

// typedNilDecl declares an error type of the script for the cases below.
const typedNilDecl = "type E struct{ N int }\n\nfunc (*E) Error() string { return \"\" }\n\n"

// TestTypedNilRefuses lists pointers of a script's type that can be nil,
// each converted to an interface of Go's library.
func TestTypedNilRefuses(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"a field", "type S struct{ p *E }\n\nfunc main() {\n\tvar s S\n\tvar err error = s.p\n\t_ = err\n}", "main.go:23:18: s.p can be a nil *E, and a nil *E stored as error"},
		{"a result that can be nil", "func find(n int) *E {\n\tif n > 0 {\n\t\treturn &E{}\n\t}\n\treturn nil\n}\n\nfunc main() {\n\tvar err error = find(0)\n\t_ = err\n}", "find(0) can be a nil *E"},
		{"a result returned as an error", "func find() *E { return nil }\n\nfunc lookup() error { return find() }\n\nfunc main() { _ = lookup() }", "find() can be a nil *E, and a nil *E stored as error"},
		{"a variable given a result that can be nil", "func find() *E { return nil }\n\nfunc main() {\n\tp := find()\n\t_ = errors.Is(p, nil)\n}", "a nil *E handed to errors.Is as error"},
		{"a result of a result that can be nil", "func find() *E { return nil }\n\nfunc again() *E { return find() }\n\nfunc main() { _ = []error{again()} }", "again() can be a nil *E"},
		{"a named result", "func find() (e *E) { return }\n\nfunc main() { _ = []error{find()} }", "find() can be a nil *E"},
		{"a map element", "func main() {\n\tm := map[string]*E{}\n\t_ = errors.Is(m[\"a\"], nil)\n}", "m[\"a\"] can be a nil *E, and a nil *E handed to errors.Is as error"},
		{"a slice element", "func main() {\n\ts := make([]*E, 1)\n\tvar err error = s[0]\n\t_ = err\n}", "s[0] can be a nil *E"},
		{"a channel receive", "func main() {\n\tc := make(chan *E, 1)\n\tc <- nil\n\tvar err error = <-c\n\t_ = err\n}", "<-c can be a nil *E"},
		{"a type assertion", "func main() {\n\tvar x any\n\tp, _ := x.(*E)\n\tvar err error = p\n\t_ = err\n}", "a nil *E stored as error"},
		{"nil converted", "func main() {\n\tvar err error = (*E)(nil)\n\t_ = err\n}", "(*E)(nil) stored as error is not nil under Go, but the interpreter makes it nil: write nil where there is no value"},
		{"a parameter given nil", "func report(p *E) {\n\tvar err error = p\n\t_ = err\n}\n\nfunc main() { report(nil) }", "a nil *E stored as error"},
		{"a parameter of a function literal", "func main() {\n\tf := func(p *E) error { return error(p) }\n\t_ = f(nil)\n}", "a nil *E stored as error"},
		{"a range value", "func main() {\n\tfor _, p := range []*E{nil} {\n\t\t_ = errors.Is(p, nil)\n\t}\n}", "a nil *E handed to errors.Is"},
		{"a receiver called on a pointer that can be nil", "func (e *E) Wrap() error {\n\tvar err error = e\n\treturn err\n}\n\nfunc main() {\n\tvar p *E\n\t_ = p.Wrap()\n}", "a nil *E stored as error"},
		{"a variable returned after a nil test of another", "func find() *E { return nil }\n\nfunc get() error {\n\tp, q := find(), find()\n\tif q == nil {\n\t\treturn nil\n\t}\n\treturn p\n}\n\nfunc main() { _ = get() }", "a nil *E returned as error"},
		{"an error compared with a pointer", "var ErrGone = &E{}\n\nfunc main() {\n\tvar err error = ErrGone\n\tfmt.Println(err == ErrGone)\n}", "main.go:23:21: the interpreter keeps a *E stored as error in a wrapper of its own, so err compared with ErrGone is not equal"},
		{"a switch on an error with a pointer case", "var ErrGone = &E{}\n\nfunc main() {\n\tvar err error\n\tswitch err {\n\tcase ErrGone:\n\t}\n}", "so err compared with ErrGone"},
		{"errors.Is with a pointer target", "var ErrGone = &E{}\n\nfunc main() {\n\tvar err error\n\t_ = errors.Is(err, ErrGone)\n}", "errors.Is does not find a *E in the interpreter"},
		{"tested against nil elsewhere", "type S struct{ p *E }\n\nfunc main() {\n\tvar s S\n\tvar err error\n\tif s.p == nil {\n\t\tfmt.Println()\n\t}\n\terr = s.p\n\t_ = err\n}", "s.p can be a nil *E"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := check(t, typedNilDecl+tt.body)
			if !strings.Contains(strings.Join(got, "\n"), tt.want) {
				t.Errorf("refusals:\n%s\nwant one containing %q", strings.Join(got, "\n"), tt.want)
			}
		})
	}
}

// TestTypedNilAccepts lists pointers of a script's type that the source
// shows are not nil where they become an interface of Go's library, and
// nil pointers held where the interpreter keeps them as Go does.
func TestTypedNilAccepts(t *testing.T) {
	tests := []struct{ name, body string }{
		{"address of a literal and new", "func main() {\n\tvar err error = &E{}\n\t_ = errors.Is(new(E), err)\n}"},
		{"a result always made", "func make1() *E { return &E{N: 1} }\n\nfunc again() *E { return make1() }\n\nfunc main() {\n\tvar err error = again()\n\tp := make1()\n\t_ = errors.Is(p, err)\n}"},
		{"tested against nil", "type S struct{ p *E }\n\nfunc find() *E { return nil }\n\nfunc main() {\n\tvar s S\n\tvar err error\n\tif s.p != nil {\n\t\terr = s.p\n\t}\n\tif p := find(); p != nil && p.N > 0 {\n\t\terr = p\n\t}\n\t_ = err\n}"},
		{"after a return on nil", "func find() *E { return nil }\n\nfunc lookup() error {\n\tp := find()\n\tif p == nil {\n\t\treturn nil\n\t}\n\treturn error(p)\n}\n\nfunc main() { _ = lookup() }"},
		{"a parameter always given a value", "func report(p *E) error { return error(p) }\n\nfunc main() { _ = report(&E{}) }"},
		{"a receiver called on a value or a pointer made", "func (e *E) Wrap() error {\n\tvar err error = e\n\treturn err\n}\n\nfunc main() {\n\tvar v E\n\t_ = v.Wrap()\n\t_ = (&E{}).Wrap()\n}"},
		{"a pointer taken out with errors.As and compared", "var ErrGone = &E{}\n\nfunc main() {\n\tvar err error\n\tvar got *E\n\t_ = errors.As(err, &got) && got == ErrGone\n\tvar x any = got\n\t_ = x == ErrGone\n}"},
		{"a sentinel returned, and nil pointers returned as any or the script's interface", "type Namer interface{ Name() string }\n\nfunc (*E) Name() string { return \"\" }\n\nvar ErrGone = &E{}\n\nfunc get() error { return ErrGone }\n\nfunc some() any {\n\tvar p *E\n\treturn p\n}\n\nfunc namer() Namer {\n\tvar p *E\n\treturn p\n}\n\nfunc main() { _, _, _ = get(), some(), namer() }"},
		{"a field held as any", "type S struct{ p *E }\n\nfunc main() {\n\tvar s S\n\tvar x any = s.p\n\t_ = x\n}"},
		{"a field of a type without the interface's methods", "type W struct{ io.Writer }\n\ntype S struct{ w *W }\n\nfunc main() {\n\tvar s S\n\tvar w io.Writer = s.w\n\t_ = w\n}"},
		{"a field printed", "type S struct{ p *E }\n\nfunc main() {\n\tvar s S\n\tfmt.Println(s.p)\n}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := typedNilDecl + tt.body
			var got []string
			if strings.Contains(src, "io.") {
				got = checkSource(t, "package main\n\nimport \"io\"\n\n"+src)
			} else {
				got = check(t, src)
			}
			if len(got) > 0 {
				t.Errorf("refused:\n%s", strings.Join(got, "\n"))
			}
		})
	}
}
