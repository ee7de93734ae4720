package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs,
		fromCorpus("ifaceconv_script_interfaces", "script-interface-in-loop"),
		fromCorpus("ifaceconv_explicit_error", "errors-explicit-conversion"),
		fromCorpus("ifaceconv_explicit_error_value", "errors-explicit-conversion-value"),
		program{"ifaceconv_library_struct", `package main

import (
	"fmt"
	"io"
	"net/http"
	"strings"
)

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

type offline struct{ why string }

func (o *offline) RoundTrip(req *http.Request) (*http.Response, error) {
	return nil, fmt.Errorf("%s: %s not sent", o.why, req.URL.Path)
}

func main() {
	lr := &io.LimitedReader{R: upper{strings.NewReader("hello")}, N: 3}
	b, _ := io.ReadAll(lr)
	fmt.Println(string(b), lr.N)
	c := &http.Client{Transport: &offline{"no network"}}
	_, err := c.Get("http://127.0.0.1:1/page")
	fmt.Println(err)
}
`},
		program{"ifaceconv_forms", `package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type P struct{ n int }

func (p *P) Error() string { return fmt.Sprint("p", p.n) }

type V struct{ n int }

func (v V) String() string { return fmt.Sprint("v", v.n) }

type W struct {
	b   *strings.Builder
	tag string
}

func (w W) Write(b []byte) (int, error) { w.b.WriteString(w.tag); return w.b.Write(b) }

type Holder struct{ Err error }

func mk(i int) *P { return &P{i} }

var global = &P{100}

func main() {
	p := &P{1}
	var e1 error = p
	p = &P{2}
	e2 := error(p)
	fmt.Println(e1, e2)

	v := V{1}
	var s1 fmt.Stringer = v
	v.n = 5
	fmt.Println(s1, v)

	var errs []error
	for i := 0; i < 3; i++ {
		errs = append(errs, mk(i))
	}
	fmt.Println(errs)

	var b strings.Builder
	var ws []io.Writer
	for _, t := range []string{"a", "b"} {
		ws = append(ws, W{&b, t})
	}
	for _, w := range ws {
		w.Write([]byte("."))
	}
	fmt.Println(b.String())

	m := map[string]error{}
	hs := []Holder{}
	ch := make(chan error, 2)
	for i := 0; i < 2; i++ {
		m[fmt.Sprint(i)] = &P{i}
		hs = append(hs, Holder{Err: &P{10 + i}})
		ch <- fmt.Errorf("w%d: %w", i, &P{20 + i})
	}
	fmt.Println(m["0"], m["1"], hs[0].Err, hs[1].Err, <-ch, <-ch)

	var g error = global
	global = &P{101}
	fmt.Println(g, errors.Join(errs[0], global))
	i := 0
again:
	if i < 2 {
		errs[i] = &P{30 + i}
		i++
		goto again
	}
	fmt.Println(errs[:2])

	var vs fmt.Stringer = V{7}
	var e3 error
	e3 = Tag{"assigned"}
	kept := e3
	fmt.Println(vs, vs.String(), e3, kept.Error())
}

type Tag struct{ Name string }

func (t Tag) Error() string { return "tag " + t.Name }
`},
	)
}

// TestIfaceConvOnlyWhereNeeded checks that a value stored once, from an
// expression or a variable that never changes, is stored as it is.
func TestIfaceConvOnlyWhereNeeded(t *testing.T) {
	src := "package main\n\nimport \"fmt\"\n\ntype P struct{}\n\nfunc (*P) Error() string { return \"p\" }\n\nfunc f() error {\n\tp := &P{}\n\tvar err error = p\n\t_ = err\n\treturn p\n}\n\nfunc main() {\n\tvar e error = &P{}\n\tfmt.Println(e, f(), &P{})\n}\n"
	if out := string(lift(t, "main.go", src)); strings.Contains(out, "_ifc") {
		t.Errorf("converted where the interpreter reads the value as Go does:\n%s", out)
	}
}

// TestIfaceConvRefuses: a value of a type declared in a function, stored
// in a loop as an interface of Go's library, has no spelling for the
// function that would convert it; one stored as an interface of a package
// the file does not import is converted, the edits importing the package.
func TestIfaceConvRefuses(t *testing.T) {
	src := "package main\n\nimport (\n\t\"bufio\"\n\t\"bytes\"\n)\n\nfunc C() {}\n\nfunc main() {\n\ttype C struct{ *bytes.Buffer }\n\tvar ws []*bufio.Writer\n\tfor i := 0; i < 2; i++ {\n\t\tws = append(ws, bufio.NewWriter(&C{new(bytes.Buffer)}))\n\t}\n}\n"
	want := "main.go:14:35: the interpreter would read this value of *C when its methods are called, not when it is stored as io.Writer, and socklab cannot convert it here, as it is of a type declared in a function"
	refuses(t, src, want)
	src = "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n)\n\nvar _ = fmt.Sprint\n\ntype C struct{}\n\nfunc (*C) Write(b []byte) (int, error) { return len(b), nil }\n\nfunc main() {\n\tvar ws []*bufio.Writer\n\tfor i := 0; i < 2; i++ {\n\t\tws = append(ws, bufio.NewWriter(&C{}))\n\t}\n}\n"
	liftHolds(t, src, []string{"bufio.NewWriter(_ifc", "(&C{}))", "(v *C) _sl1.Writer { return v }", "import _sl1 \"io\""}, nil)
}

// TestIfaceConvScriptInterfaces: a value stored in a loop as an interface
// the script declares is converted too, and so is a pointer stored as any
// whose type has a method of a pointer receiver, which the interpreter
// keeps in its wrapper (it read the pointer when it was taken out: every
// element held the last); a pointer to a type without methods is not, as
// the interpreter holds the pointer itself there.
func TestIfaceConvScriptInterfaces(t *testing.T) {
	src := "package main\n\ntype Shape interface{ Area() float64 }\n\ntype C struct{ r float64 }\n\nfunc (c *C) Area() float64 { return c.r }\n\ntype D struct{ r float64 }\n\nfunc main() {\n\tvar shapes []Shape\n\tvar all, bare []any\n\tfor i := 0; i < 2; i++ {\n\t\tshapes = append(shapes, &C{float64(i)})\n\t\tall = append(all, &C{float64(i)})\n\t\tbare = append(bare, &D{float64(i)})\n\t}\n}\n"
	got := string(lift(t, "main.go", src))
	for _, want := range []string{"shapes = append(_sl1.Grow(/*line :15:19*/shapes, 1).([]Shape)/*line :15:25*/, _ifc2(&C{float64(i)}))", "func _ifc2(v *C) Shape { return v }", "all = append(all, _ifc3(&C{float64(i)}))", "func _ifc3(v *C) any { return v }", "bare = append(bare, &D{float64(i)})"} {
		if !strings.Contains(got, want) {
			t.Errorf("rewritten:\n%s\nwant it to hold %s", got, want)
		}
	}
}

// TestIfaceConvAny: a value of a script's type with methods stored as an
// empty interface is converted explicitly where it is sent, put in a
// literal, assigned or passed to the script's function; a pointer, a
// type without methods, one with a String method, a type of lift's pool
// and an argument of Go's library are left as they are.
func TestIfaceConvAny(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\ntype T struct{ N int }\n\nfunc (T) M() {}\n\ntype U struct{ N int }\ntype K int\n\nfunc (K) String() string { return \"\" }\n\ntype S struct{ N int }\n\nfunc (S) String() string { return \"\" }\n\nfunc use(v any) {}\n\n"
	tests := []struct {
		name      string
		src       string
		want, not []string
	}{
		{"sent, in a literal, assigned, passed", head + "func main() {\n\tc := make(chan any, 1)\n\tc <- T{1}\n\ts := []any{T{2}}\n\ts[0] = T{3}\n\tuse(T{4})\n\tfmt.Println(s)\n}\n",
			[]string{"c <- interface{}(T{1})", "[]any{interface{}(T{2})}", "s[0] = interface{}(T{3})", "use(interface{}(T{4}))"}, nil},
		{"left as they are", head + "func main() {\n\tc := make(chan any, 3)\n\tc <- &T{1}\n\tc <- U{2}\n\tc <- K(3)\n\tc <- S{3}\n\tfmt.Sprint(T{4})\n\tvar b fmt.Stringer = K(5)\n\t_ = b\n}\n",
			[]string{"c <- &T{1}", "c <- U{2}", "c <- S{3}", "fmt.Sprint(T{4})"}, []string{"interface{}("}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}

// TestIfaceConvExplicit checks that an explicit conversion of a value of
// the script's type, or of a pointer to one, to an interface of Go's
// library with methods goes through a function of its own wherever it is
// (error(&E{2}) as it was stopped the program with reflect.Set).
func TestIfaceConvExplicit(t *testing.T) {
	src := "package main\n\nimport \"fmt\"\n\ntype E struct{ n int }\n\nfunc (e E) Error() string { return fmt.Sprint(e.n) }\n\nfunc main() {\n\terr := error(E{1})\n\tp := error(&E{2})\n\tfmt.Println(err, p, fmt.Stringer(nil))\n}\n"
	liftHolds(t, src, []string{"err := error(_ifc3(E{1}))", "p := error(_ifc4(&E{2}))", "fmt.Stringer(nil)", "func _ifc3(v E) error { return v }", "func _ifc4(v *E) error { return v }"}, nil)
}

// TestIfaceConvLibraryStruct: a script's value for a field of an
// interface type in a literal of a struct of Go's library is converted
// always, in a literal of the script's own struct only where needed.
func TestIfaceConvLibraryStruct(t *testing.T) {
	src := "package main\n\nimport (\n\t\"io\"\n\t\"net/http\"\n\t\"strings\"\n)\n\ntype up struct{ r io.Reader }\n\nfunc (u up) Read(p []byte) (int, error) { return u.r.Read(p) }\n\ntype rt struct{}\n\nfunc (*rt) RoundTrip(*http.Request) (*http.Response, error) { return nil, io.EOF }\n\ntype mine struct{ R io.Reader }\n\nfunc main() {\n\tlr := &io.LimitedReader{R: up{strings.NewReader(\"x\")}, N: 1}\n\tc := http.Client{Transport: &rt{}}\n\tm := mine{R: up{}}\n\t_, _, _ = lr, c, m\n}\n"
	liftHolds(t, src, []string{"&io.LimitedReader{R: _ifc", "(up{strings.NewReader(\"x\")}), N: 1}", "http.Client{Transport: _ifc", "(&rt{})}", "mine{R: up{}}"}, nil)
}

// TestIfaceConvHandOver: a value of an interface the script declares,
// handed to a parameter of Go's library of an interface type with methods
// (a writer, an error) or stored in a field of a struct of Go's library,
// goes through a function of the file's own that takes it as that type;
// one handed to an empty interface, or to the script's own function, is
// left as it is.
func TestIfaceConvHandOver(t *testing.T) {
	src := "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\t\"net/http\"\n)\n\ntype Peer interface {\n\tio.Writer\n\tName() string\n}\n\ntype Greeter interface {\n\thttp.Handler\n\tGreeting() string\n}\n\nfunc use(p Peer) {}\n\nfunc serve(p Peer, g Greeter) error {\n\tfmt.Fprintf(p, \"hi %s\", p.Name())\n\tio.WriteString(p, \"x\")\n\tfmt.Println(p)\n\tuse(p)\n\t_ = &http.Server{Handler: g}\n\treturn fmt.Errorf(\"%w\", io.EOF)\n}\n"
	liftHolds(t, src, []string{"fmt.Fprintf(_ifc1(p), ", "io.WriteString(_ifc1(p), ", "func _ifc1(v io.Writer) io.Writer { return v }", "Handler: _ifc", "(g)}", "fmt.Println(p)", "use(p)"}, nil)
}

// TestIfaceConvFuncType: a value of a type declared on a function type
// with methods, handed to a parameter of an interface type with methods
// (of Go's library or the script's own), goes through a function of the
// file's own wherever it is, as the interpreter handed the bare function;
// one stored as an empty interface is not.
func TestIfaceConvFuncType(t *testing.T) {
	src := "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\ntype appHandler func(http.ResponseWriter, *http.Request) error\n\nfunc (fn appHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) { fn(w, r) }\n\nfunc get(w http.ResponseWriter, r *http.Request) error { return nil }\n\nfunc serve(h http.Handler) {}\n\nfunc main() {\n\thttp.Handle(\"/\", appHandler(get))\n\tserve(appHandler(get))\n\tfmt.Println(appHandler(get) == nil)\n\tvar v any = appHandler(get)\n\t_ = v\n}\n"
	liftHolds(t, src, []string{"(\"/\", _ifc1(appHandler(get)))", "serve(_ifc1(appHandler(get)))", "func _ifc1(v appHandler) http.Handler { return v }", "fmt.Println(appHandler(get) == nil)"}, []string{"any = _ifc"})
}

// TestIfaceConvLostPointer: a pointer to a type with a method of a pointer
// receiver, stored once as any (a variable's initial value, an
// assignment), is converted in a function of its own, as in a loop; one
// whose type has a String method stays in the interpreter's wrapper, and
// a pointer whose methods are its value's is stored bare.
func TestIfaceConvLostPointer(t *testing.T) {
	src := "package main\n\nimport \"fmt\"\n\ntype C struct{ n int }\n\nfunc (c *C) Close() {}\n\ntype S struct{ n int }\n\nfunc (s *S) String() string { return \"s\" }\n\ntype V struct{ n int }\n\nfunc (V) M() {}\n\nfunc main() {\n\tvar e any = &C{1}\n\tc := &C{2}\n\te = c\n\tvar s any = &S{3}\n\tvar v any = &V{4}\n\tfmt.Println(e, s, v)\n}\n"
	liftHolds(t, src, []string{"var e any = _ifc3(&C{1})", "e = _ifc3(c)", "func _ifc3(v *C) any { return v }", "var s any = &S{3}", "var v any = &V{4}"}, nil)
}

// TestIfaceConvTypeParams: a generic function's value of a type parameter
// stored as any is converted explicitly where an instance makes it a
// pointer the interpreter would keep in its wrapper, and not where another
// instance makes it a type with a String method, whose wrapper fmt needs.
func TestIfaceConvTypeParams(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\ntype P struct{ n int }\n\nfunc (p *P) Close() {}\n\ntype S struct{ n int }\n\nfunc (S) String() string { return \"s\" }\n\nfunc Store[T any](box *[]any, v T) { *box = append(*box, v) }\n\nfunc main() {\n\tvar box []any\n\t"
	liftHolds(t, head+"Store(&box, &P{1})\n\tStore(&box, 2)\n\tfmt.Println(len(box))\n}\n", []string{"append(*box, interface{}(v))"}, nil)
	liftHolds(t, head+"Store(&box, &P{1})\n\tStore(&box, S{2})\n\tfmt.Println(len(box))\n}\n", nil, []string{"interface{}(v)"})
}

// TestIfaceConvCallResult: the result of a call of the script's function,
// of a type the script declares, handed straight to a parameter of an
// interface type of Go's library (of Go's function, or of the script's
// own), goes through a function of the file's own, which imports the
// interface's package where the file does not; the interpreter handed the
// bare value, and the call stopped with reflect: Call using *struct { ...
// } as type io.Reader. A call of Go's library, a conversion, and a result
// handed to an empty interface are left as they are.
func TestIfaceConvCallResult(t *testing.T) {
	src := "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"net/http\"\n\t\"strings\"\n)\n\ntype rd struct{ s *strings.Reader }\n\nfunc (r *rd) Read(p []byte) (int, error) { return r.s.Read(p) }\n\nfunc (r *rd) Write(p []byte) (int, error) { return len(p), nil }\n\nfunc open(s string) *rd { return &rd{strings.NewReader(s)} }\n\ntype app struct{}\n\nfunc (app) ServeHTTP(w http.ResponseWriter, r *http.Request) {}\n\nfunc newApp() app { return app{} }\n\nfunc serve(h http.Handler) {}\n\nfunc main() {\n\tsc := bufio.NewScanner(open(\"x\"))\n\t_ = http.StripPrefix(\"/x\", newApp())\n\tserve(newApp())\n\tfmt.Fprintln(open(\"y\"), 1)\n\t_ = bufio.NewReader(strings.NewReader(\"z\"))\n\t_ = sc\n\tvar v any = newApp()\n\t_ = v\n}\n"
	liftHolds(t, src, []string{
		"bufio.NewScanner(_ifc2(open(\"x\")))", "func _ifc2(v *rd) _sl1.Reader { return v }",
		"http.StripPrefix(\"/x\", _ifc3(newApp()))", "serve(_ifc3(newApp()))", "func _ifc3(v app) http.Handler { return v }",
		"fmt.Fprintln(_ifc4(open(\"y\")), 1)", "func _ifc4(v *rd) _sl1.Writer { return v }",
		"bufio.NewReader(strings.NewReader(\"z\"))",
	}, []string{"any = _ifc"})
}

// TestIfaceConvMarshalerStored: a struct value with its own MarshalJSON
// or MarshalText, declared or assigned as an any, goes through the file's
// function that takes an any, so that the interpreter keeps its type
// beside it; one with a pointer method, a pointer, or one stored as an
// interface with methods, is left as it is.
func TestIfaceConvMarshalerStored(t *testing.T) {
	const decls = "package main\n\nimport \"fmt\"\n\ntype R struct{ S string }\n\nfunc (r R) MarshalJSON() ([]byte, error) { return nil, nil }\n\nfunc (r R) String() string { return r.S }\n\ntype T struct{ S string }\n\nfunc (t *T) MarshalText() ([]byte, error) { return nil, nil }\n\n"
	liftHolds(t, decls+"func main() {\n\tvar a any = R{\"x\"}\n\tvar b interface{}\n\tb = R{\"y\"}\n\tfmt.Println(a, b)\n}\n",
		[]string{"var a any = _ifc", "(R{\"x\"})", "b = _ifc", "(R{\"y\"})", "(v any) any { return v }"}, nil)
	liftHolds(t, decls+"func main() {\n\tvar a any = T{\"x\"}\n\tvar b any = &R{\"y\"}\n\tvar s fmt.Stringer = R{\"z\"}\n\tfmt.Println(a, b, s)\n}\n",
		nil, []string{"(v any) any { return v }"})
}

// TestIfaceConvResultKept: a call's result of a type on a basic type with
// methods of its own, handed straight to an any of the script's function,
// is converted to its type; a struct's, a pooled type's and a variable
// are left as they are.
func TestIfaceConvResultKept(t *testing.T) {
	const decls = "package main\n\nimport \"fmt\"\n\ntype Temp float64\n\nfunc (t Temp) Up() Temp { return t + 1 }\n\nfunc temp() Temp { return 1 }\n\ntype P struct{ X int }\n\nfunc (p P) Up() P { return p }\n\nfunc pt() P { return P{} }\n\ntype C int\n\nfunc (c C) String() string { return \"c\" }\n\nfunc cc() C { return 1 }\n\nfunc kind(v any) string { return fmt.Sprintf(\"%T\", v) }\n\n"
	liftHolds(t, decls+"func main() { fmt.Println(kind(temp())) }\n", []string{"kind(Temp(temp()))"}, nil)
	liftHolds(t, decls+"func main() {\n\tv := temp()\n\tfmt.Println(kind(v), kind(pt()), kind(cc()))\n}\n", nil, []string{"Temp(", "P(pt", "C(cc"})
}
