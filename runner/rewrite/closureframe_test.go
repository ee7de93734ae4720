package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("closureframe_var", "defer-closure-var"),
		fromCorpus("closureframe_loop_value", "goroutine-literal-value"),
		program{"closureframe_shapes", `package main

import (
	"fmt"
	"sync"
)

type conn struct {
	name    string
	onClose func()
}

func (c *conn) Close() {
	if c.onClose != nil {
		c.onClose()
	}
}

func fields() {
	c := &conn{name: "a"}
	c.onClose = func() { fmt.Println("closed", c.name) }
	defer c.Close()
	hooks := []func(int){func(k int) { fmt.Println("hook", k) }}
	byName := map[string]func() string{"x": func() string { return "from map" }}
	defer hooks[0](7)
	defer func() { fmt.Println(byName["x"]()) }()
	c.name = "b"
}

func argument() {
	show := func(prefix string) func(int) {
		return func(n int) { fmt.Println(prefix, n) }
	}
	defer func(f func(int)) { f(3) }(show("via argument"))
	defer run(func() { fmt.Println("handed to run") })
}

func run(f func()) { f() }

func goroutines() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	add := func(n int) {
		mu.Lock()
		total += n
		mu.Unlock()
	}
	defer func() { fmt.Println("total", total) }()
	defer wg.Wait()
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			add(i)
		}()
	}
}

func results() (n int, err error) {
	count := func() (int, error) { n++; return n, nil }
	defer count()
	return 41, nil
}

func main() {
	fields()
	argument()
	goroutines()
	fmt.Println(results())
}
`},
		program{"closureframe_generic_recursive", `package main

import "fmt"

func each[T any](xs []T, visit func(T)) {
	seen := 0
	count := func(x T) { seen++; visit(x) }
	defer func() { fmt.Println("seen", seen) }()
	for _, x := range xs {
		count(x)
	}
}

func fib(n int) (r int) {
	var f func(int) int
	f = func(k int) int {
		if k < 2 {
			return k
		}
		return f(k-1) + f(k-2)
	}
	defer func() { r = f(n) }()
	return -1
}

func main() {
	each([]string{"a", "b"}, func(s string) { fmt.Println(s) })
	each([]int{1, 2, 3}, func(n int) { fmt.Println(n * n) })
	fmt.Println(fib(10))
}
`},
		program{"closureframe_method_funcs", `package main

import "fmt"

type T struct{ n int }

func (t T) show(tag string) { fmt.Println(tag, t.n) }

func (t *T) bump() { t.n++ }

func main() {
	t := T{1}
	show := T.show
	defer show(t, "method expression")
	bump := (*T).bump
	defer bump(&t)
	f := t.show
	t.n = 2
	defer f("method value")
	g := (&t).bump
	defer g()
	t.n = 3
}
`},
	)
}

// TestClosureFrameWhich checks which function literals get a frame of
// their own, and how.
func TestClosureFrameWhich(t *testing.T) {
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{
			name: "a literal in a variable, deferred",
			body: "func main() {\n\tdone := func(k int) { fmt.Println(k) }\n\tdefer done(1)\n}",
			want: []string{"\tdone := func() func(k int) { return /*line :13:10*/func(k int) { fmt.Println(k) } }()/*line :13:40*/\n"},
		},
		{
			name: "no defer in the function",
			body: "func main() {\n\tdone := func() {}\n\tdone()\n}",
			not:  []string{"return /*line"},
		},
		{
			name: "the deferred, started and called literals themselves",
			body: "func main() {\n\tdefer func() {}()\n\tgo func() {}()\n\tfunc() {}()\n\tdefer (func() {})()\n}",
			not:  []string{"return /*line"},
		},
		{
			name: "handed to Go's library",
			body: "func main() {\n\tdefer fmt.Println()\n\tsort.Slice([]int{}, func(i, j int) bool { return false })\n\tonce := new(sync.Once)\n\tonce.Do(func() {})\n}",
			not:  []string{"return /*line"},
		},
		{
			name: "handed to the script's own function, to a conversion, kept in a field",
			body: "type T struct{ f func() }\n\nfunc run(f func()) {}\n\nfunc main() {\n\tdefer fmt.Println()\n\trun(func() {})\n\t_ = T{f: func() {}}\n\t_ = http.HandlerFunc(func(http.ResponseWriter, *http.Request) {})\n}",
			want: []string{"run(func() func() { return /*line :18:6*/func() {} }()/*line :18:15*/)", "T{f: func() func() { return /*line :19:11*/", "http.HandlerFunc(func() func(_param1 /*line :20:28*/http.ResponseWriter, _param2 /*line :20:49*/*http.Request) { return /*line :20:23*/"},
		},
		{
			name: "converted by pass funcargs for the script's own function",
			body: "func wrap(h http.HandlerFunc) http.HandlerFunc { return h }\n\nfunc main() {\n\tdefer fmt.Println()\n\t_ = wrap(func(http.ResponseWriter, *http.Request) {})\n}",
			want: []string{"wrap(http.HandlerFunc(/*line :16:11*/func() func(_param1 /*line :16:16*/http.ResponseWriter, _param2 /*line :16:37*/*http.Request) { return /*line :16:11*/func("},
			not:  []string{"func() http.HandlerFunc("},
		},
		{
			name: "only the literals of functions that defer",
			body: "func main() {\n\tf := func() {\n\t\tg := func() {}\n\t\tg()\n\t}\n\tf()\n\th := func() {\n\t\tdefer fmt.Println()\n\t\tk := func() {}\n\t\tk()\n\t}\n\th()\n}",
			want: []string{"\t\tk := func() func() { return /*line :20:8*/"},
			not:  []string{"f := func() func", "g := func() func", "h := func() func"},
		},
		{
			name: "a literal's own defers",
			body: "func main() {\n\tgo func() {\n\t\tdefer fmt.Println()\n\t\tk := func() {}\n\t\tk()\n\t}()\n}",
			want: []string{"k := func() func() { return /*line :15:8*/func() {} }()/*line :15:17*/\n"},
		},
		{
			name: "a literal on several lines, with a multi-line type",
			body: "func main() {\n\tdefer fmt.Println()\n\tf := func(\n\t\ta int,\n\t) {\n\t\tfmt.Println(a)\n\t}\n\tf(1)\n}",
			want: []string{"f := func() func(a int) { return /*line :14:7*/func(\n", "\t} }()/*line :18:3*/\n"},
		},
		{
			name: "the statement after the literal, on its line",
			body: "func main() {\n\tfor i := range 2 {\n\t\tdefer fmt.Println(i)\n\t\tf := func() { fmt.Println(i) }\n\t\tf()\n\t}\n}",
			want: []string{"fmt.Println(i) } }()/*line"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"sort\"\n\t\"sync\"\n)\n\nvar _, _, _, _ = fmt.Sprint, http.NewRequest, sort.Ints, sync.NewCond\n\n" + tt.body + "\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}
