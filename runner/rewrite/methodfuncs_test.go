package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("methodfuncs_fields", "method-value-fields"),
		fromCorpus("methodfuncs_expressions", "method-funcs"),
		fromCorpus("methodfuncs_aliased", "types-method-value-aliased"),
		program{"methodfuncs_values", `package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Show() string { return fmt.Sprint("value ", c.n) }
func (c *Counter) Inc()        { c.n++ }

type Shower interface{ Show() string }

func main() {
	c := Counter{1}
	show := c.Show
	inc := c.Inc
	c.n = 10
	inc()
	fmt.Println(show(), c.n)
	var fs []func() string
	for i := range 3 {
		v := Counter{i}
		fs = append(fs, v.Show)
		v.n = 100
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	var s Shower = Counter{7}
	f := s.Show
	s = Counter{8}
	fmt.Println(f(), s.Show())
	p := &Counter{20}
	g := p.Show
	p.n = 21
	fmt.Println(g())
}
`},
	)
}

// TestMethodValueLibraryPointer checks that a method value of a pointer to
// a type of Go's library held by a local variable that does not change is
// written out, its receiver bound (the interpreter fails on a nil one),
// and that one of a package whose method values other passes take (log)
// is left to them; and that one of an interface is written out, which the
// interpreter calls wrongly where the interface holds a value of Go's
// library.
func TestMethodValueLibraryPointer(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n\t\"log\"\n\t\"os\"\n)\n\nfunc main() {\n\t"
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"a nil *bytes.Buffer", "var b *bytes.Buffer\n\tf := b.String\n\tfmt.Println(f())", []string{"f := func(_r1 *bytes.Buffer) func() string { return func() (string) { return /*line :12:7*/_r1.String() } }(/*line :12:7*/b)/*line :12:15*/"}, nil},
		{"a value's pointer method, whose address is never nil", "var b bytes.Buffer\n\tf := b.String\n\tfmt.Println(f())", nil, []string{"func(_r"}},
		{"an interface holding a value of Go's library", "var b bytes.Buffer\n\tvar r interface{ Len() int } = &b\n\tn := r.Len\n\tfmt.Println(n())", []string{"n := func(_r1 interface{Len() int}) func() int { return func() (int) { return /*line :13:7*/_r1.Len() } }(/*line :13:7*/r)/*line :13:12*/"}, nil},
		{"a logger's method", "l := log.New(os.Stdout, \"\", 0)\n\tp := l.Println\n\tp(1)", nil, []string{"func(_r"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			uses := "\n\nvar _, _, _, _ = bytes.MinRead, fmt.Sprint, log.New, os.Stdout\n"
			liftHolds(t, head+tt.body+"\n}"+uses, tt.want, tt.not)
		})
	}
}

// TestMethodValueEditedReceiver checks that a method value whose receiver
// another pass edits (an instance's spelling, (&Tree[string]{}).Get) is
// written out with that edit inside, where the two edits overlapped.
func TestMethodValueEditedReceiver(t *testing.T) {
	const src = "package main\n\nimport \"fmt\"\n\ntype Tree[T any] struct{ Val T }\n\nfunc (t *Tree[T]) Get() T { return t.Val }\n\nfunc main() {\n\tf := (&Tree[string]{Val: \"hi\"}).Get\n\tfmt.Println(f())\n}\n"
	liftHolds(t, src, []string{"f := func(_r", "(&_Tree1/*line :10:21*/{Val: \"hi\"}))"}, nil)
}
