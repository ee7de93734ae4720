package rewrite_test

import (
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/rewrite"
)

func init() {
	programs = append(programs,
		fromCorpus("deferredvalue_local", "defer-recover-value"),
		program{"deferredvalue_in_literals", `package main

import (
	"fmt"
	"sync"
)

// The function that defers the value is a literal itself: on a goroutine
// of its own, and in a loop.
func main() {
	var wg sync.WaitGroup
	results := make([]string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			guard := func() {
				if r := recover(); r != nil {
					results[id] = fmt.Sprint("worker ", id, " recovered: ", r)
				}
			}
			defer guard()
			if id%2 == 1 {
				panic(fmt.Sprint("odd ", id))
			}
			results[id] = fmt.Sprint("worker ", id, " ok")
		}(i)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	f := func(id int) {
		guard := func() { fmt.Println("guard:", id, recover()) }
		defer guard()
		panic(fmt.Sprint("id ", id))
	}
	f(7)
}
`},
		program{"deferredvalue_nil", `package main

import "fmt"

// Where Go's recover gives nil: a helper of the deferred value calls it, or
// nothing panics; the panic then goes on to the literal deferred before.
func work() {
	defer func() { fmt.Println("work:", recover()) }()
	inner := func() { fmt.Println("inner:", recover()) }
	catch := func() { inner() }
	defer catch()
	panic("boom")
}

func calm() int {
	catch := func() { fmt.Println("calm:", recover()) }
	defer catch()
	return 4
}

func main() {
	fmt.Println(calm())
	work()
}
`},
		program{"deferredvalue_frame", `package main

import "fmt"

// A function whose deferred calls go through a frame, and a field's
// function deferred.
type server struct{ onPanic func() }

func work(s *server) {
	catch := func() { fmt.Println("recovered:", recover()) }
	defer catch()
	defer func() { fmt.Println("literal") }()
	defer fmt.Println("printed")
	panic("boom")
}

func serve(s *server, n int) {
	defer s.onPanic()
	fmt.Println(10 / n)
}

func main() {
	s := &server{}
	s.onPanic = func() { fmt.Println("field:", recover()) }
	work(s)
	serve(s, 2)
	serve(s, 0)
	fmt.Println("after")
}
`},
	)
}

// TestDeferredValueWhere checks which deferred calls go through
// lift.Deferred, and how.
func TestDeferredValueWhere(t *testing.T) {
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{
			name: "no literal that recovers",
			body: "func main() {\n\tcatch := func() { fmt.Println(1) }\n\tdefer catch()\n}\n\nfunc handle() { recover() }",
			not:  []string{"Deferred", "_recover"},
		},
		{
			name: "a literal deferred where it is written",
			body: "func main() {\n\th := fmt.Println\n\tdefer h()\n\tdefer func() { recover() }()\n}",
			not:  []string{"Deferred", "_recover"},
		},
		{
			name: "a local literal",
			body: "func main() {\n\tcatch := func() { recover() }\n\tdefer catch()\n}",
			want: []string{
				"func _recover0_1() interface{} { return recover() }; /*line :10:1*/var _, _, _, _ =",
				"\tdefer _sl2.Deferred(/*line :14:8*/catch, _recover0_1)/*line :14:13*/()\n",
			},
		},
		{
			name: "declared functions and methods the interpreter recovers in",
			body: "type T struct{}\n\nfunc (T) stop() { recover() }\n\nfunc handle() { recover() }\n\nfunc main() {\n\tcatch := func() { recover() }\n\tvar t T\n\tdefer handle()\n\tdefer t.stop()\n\tcatch()\n}",
			not:  []string{"Deferred"},
		},
		{
			name: "arguments, and a factory's literal",
			body: "func catcher() func(string, ...int) {\n\treturn func(string, ...int) { recover() }\n}\n\nfunc main() {\n\tn := 1\n\tdefer catcher()(\"x\", n, 2)\n}",
			want: []string{"defer _sl2.DeferredCall(/*line :18:8*/catcher(), _recover0_1).(func(string, ...int))/*line :18:17*/(\"x\", n, 2)"},
		},
		{
			name: "a field's function, through a frame",
			body: "type S struct{ onPanic func() }\n\nfunc main() {\n\ts := S{func() { recover() }}\n\tdefer fmt.Println()\n\tdefer s.onPanic()\n}",
			want: []string{"defer _sl2.Deferred(/*line :17:8*/_defers1.Func(s.onPanic), _recover0_3)/*line :17:17*/()"},
		},
		{
			name: "in a function literal",
			body: "func main() {\n\tgo func() {\n\t\tcatch := func() { recover() }\n\t\tdefer catch()\n\t}()\n}",
			want: []string{"_recover0_1() interface{}", "\t\tdefer _sl2.Deferred(/*line :15:9*/catch, _recover0_1)/*line :15:14*/()"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\t\"os\"\n\t\"sync\"\n)\n\nvar _, _, _, _ = fmt.Sprint, io.EOF, os.Stdin, sync.NewCond\n\n" + tt.body + "\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}

// TestDeferredValueRefused checks that a deferred function value whose
// type the file cannot name is refused at its defer statement, where the
// package has a literal that recovers.
func TestDeferredValueRefused(t *testing.T) {
	a := "package main\n\nimport \"bytes\"\n\nvar Handle = func(*bytes.Buffer) { recover() }\n"
	b := "package main\n\nfunc main() {\n\tdefer Handle(nil)\n}\n"
	_, err := rewrite.Apply(checkedFiles(t, "main", "a.go", a, "main.go", b))
	want := "main.go:4:2: recover() in a function deferred as a value (defer Handle(nil)) stops the panic in the interpreter only where socklab can name the function's type, func(*bytes.Buffer), in this file"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v, want a refusal containing %q", err, want)
	}
}
