// difftest: same
package main

// Workers report errors of struct types with value receivers over a
// channel; the collector tells them apart with a type switch, comma-ok
// assertions and a failing assertion that panics and is recovered.

import (
	"errors"
	"fmt"
	"net"
	"time"
)

type TimeoutErr struct {
	Op    string
	After time.Duration
}

func (e TimeoutErr) Error() string   { return e.Op + " timed out after " + e.After.String() }
func (e TimeoutErr) Timeout() bool   { return true }
func (e TimeoutErr) Temporary() bool { return false }

type ProtoErr struct {
	Line int
	Msg  string
}

func (p ProtoErr) Error() string { return fmt.Sprintf("line %d: %s", p.Line, p.Msg) }

type Result struct {
	ID  int
	Err error
}

func work(id int, out chan<- Result) {
	switch id % 4 {
	case 0:
		out <- Result{id, TimeoutErr{"read", time.Duration(id) * time.Second}}
	case 1:
		out <- Result{id, ProtoErr{id, "bad verb"}}
	case 2:
		out <- Result{id, &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("refused")}}
	default:
		out <- Result{id, nil}
	}
}

func main() {
	out := make(chan Result)
	for i := range 4 {
		go work(i, out)
	}
	res := make([]Result, 4)
	for range 4 {
		r := <-out
		res[r.ID] = r
	}
	for _, r := range res {
		switch r.Err.(type) {
		case TimeoutErr, ProtoErr:
			fmt.Println(r.ID, "ours:", r.Err)
		case *net.OpError:
			fmt.Println(r.ID, "net:", r.Err)
		case nil:
			fmt.Println(r.ID, "ok")
		}
		if te, ok := r.Err.(TimeoutErr); ok {
			fmt.Printf("  timeout %s %v %+v\n", te.Op, te.After, te)
		}
		if ne, ok := r.Err.(net.Error); ok {
			fmt.Println("  net.Error timeout:", ne.Timeout())
		}
		pe, isProto := r.Err.(ProtoErr)
		fmt.Printf("  %v %q %d\n", isProto, pe.Msg, pe.Line)
		func() {
			defer func() { fmt.Println("  recovered:", recover() != nil) }()
			_ = r.Err.(ProtoErr)
		}()
	}
	errs := []error{ProtoErr{1, "x"}, TimeoutErr{"w", 0}}
	for _, e := range errs {
		switch v := e.(type) {
		case ProtoErr:
			fmt.Println("proto", v.Line)
		default:
			fmt.Printf("other %T\n", v)
		}
	}
}
