package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("chan_receive_reassign", "chan-receive-reassign"),
		program{"recvblank_forms", `package main

import "fmt"

type box struct {
	n  int
	ok bool
}

func main() {
	ch := make(chan int, 8)
	for i := 1; i <= 6; i++ {
		ch <- i
	}
	var v int
	var ok bool
	var b box
	p := &box{}
	s := []int{0}
	v, _ = <-ch
	v++
	b.n, _ = <-ch
	b.n++
	_, ok = <-ch
	ok = !ok
	_, b.ok = <-ch
	p.n, _ = <-ch
	p.n++
	s[0], _ = <-ch
	s[0]++
	fmt.Println(v, b, *p, s, ok)
	close(ch)
	if _, ok = <-ch; !ok {
		fmt.Println("closed")
	}
	for _, ok = <-ch; ok; _, ok = <-ch {
	}
	_, p.ok = <-ch
	fmt.Println(ok, p.ok)
}
`},
		program{"recvblank_named_bool", `package main

import "fmt"

type Open bool

func (o Open) String() string {
	if o {
		return "open"
	}
	return "closed"
}

type conn struct{ open Open }

func main() {
	ch := make(chan int, 1)
	ch <- 1
	var c conn
	if _, c.open = <-ch; c.open {
		fmt.Println("got one:", c.open)
	}
	close(ch)
	for _, c.open = <-ch; c.open; _, c.open = <-ch {
	}
	fmt.Println(c.open)
	var o Open
	_, o = <-ch
	fmt.Println(o)
}
`},
	)
}

// TestRecvBlank checks how a comma-ok receive with a blank is written: as
// a receive of one value, with a variable of its own for the blank, or in
// a function literal where no statement can follow; and that a select's
// case is left to pass evalorder.
func TestRecvBlank(t *testing.T) {
	head := "package main\n\nfunc main() {\n\tch := make(chan int)\n\tvar v int\n\tvar ok bool\n\t"
	tail := "\n\t_, _ = v, ok\n}\n"
	tests := []struct {
		body      string
		want, not []string
	}{
		{body: "v, _ = <-ch", want: []string{"v = (/*line :7:9*/<-ch)/*line :7:13*/"}},
		{body: "_, ok = <-ch", want: []string{"_, _ok", " := /*line :7:10*/<-ch; ok = _ok", "/*line :7:14*/"}},
		{body: "if _, ok = <-ch; ok {\n\t}", want: []string{"if ok = func() bool { _, _ok", " := /*line :7:13*/<-ch; return _ok", " }()/*line :7:17*/; ok {"}},
		{body: "v, ok = <-ch", not: []string{"_ok", "(/*line"}},
		{body: "select {\n\tcase v, _ = <-ch:\n\t}", not: []string{"v = ("}},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			liftHolds(t, head+tt.body+tail, tt.want, tt.not)
		})
	}
}
