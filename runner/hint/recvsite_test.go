package hint_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/hint"
	"github.com/socklab/socklab/runner/rewrite"
	"github.com/socklab/socklab/runner/typecheck"
)

// TestReceiveSites checks which receives the front end marks for the
// hints, with which line and what they wait for, and that it leaves lines
// where they were.
func TestReceiveSites(t *testing.T) {
	tests := []struct {
		name  string
		body  string // main's body; s is a *sock.Conn, c a net.Conn
		sites []hint.Site
		at    []int // the lines of the At calls, as the sites' (0 is run's own line)
	}{{
		name:  "RecvLine in a loop, once before it",
		body:  "for {\n\tmsg, ok := s.RecvLine()\n\tif !ok { return }\n\tfmt.Println(msg)\n}",
		sites: []hint.Site{{Line: 2, Delim: "\n"}},
		at:    []int{0},
	}, {
		name:  "a receive in a loop that ignores ok, each time",
		body:  "for {\n\tmsg, _ := s.RecvLine()\n\tfmt.Println(msg)\n}",
		sites: []hint.Site{{Line: 2, Delim: "\n"}},
		at:    []int{1},
	}, {
		name:  "two receives through one receiver in a loop, each time",
		body:  "for {\n\tq, ok := s.RecvUntil(\" : \")\n\tif !ok { return }\n\ta, ok := s.RecvLine()\n\tif !ok { return }\n\tfmt.Println(q, a)\n}",
		sites: []hint.Site{{Line: 2, Delim: " : "}, {Line: 4, Delim: "\n"}},
		at:    []int{1, 3},
	}, {
		name:  "a receiver that the loop changes",
		body:  "for {\n\tl, ok := s.RecvLine()\n\tif !ok { return }\n\ts = get(s)\n\tfmt.Println(l)\n}",
		sites: []hint.Site{{Line: 2, Delim: "\n"}},
		at:    []int{1},
	}, {
		name:  "nested loops",
		body:  "for i := 0; i < 2; i++ {\n\tfor {\n\t\tl, ok := s.RecvLine()\n\t\tif !ok { break }\n\t\tfmt.Println(l)\n\t}\n}",
		sites: []hint.Site{{Line: 3, Delim: "\n"}},
		at:    []int{0},
	}, {
		name:  "RecvUntil with a constant delimiter",
		body:  "msg, _ := s.RecvUntil(\"\\x00\")\nfmt.Println(msg)",
		sites: []hint.Site{{Line: 1, Delim: "\x00"}},
	}, {
		name:  "RecvUntil with a delimiter not known before it runs",
		body:  "d := os.Args[0]\nmsg, _ := s.RecvUntil(d)\nfmt.Println(msg)",
		sites: []hint.Site{{Line: 2, What: "a message ending in a delimiter"}},
	}, {
		name:  "RecvMsg and Recv",
		body:  "m, _ := s.RecvMsg()\nb := s.Recv(10)\nfmt.Println(m, b)",
		sites: []hint.Site{{Line: 1, What: "a message sent with SendMsg"}, {Line: 2, What: "any bytes"}},
	}, {
		name:  "bufio over a net.Conn",
		body:  "r := bufio.NewReader(c)\nline, _ := r.ReadString('\\n')\nfmt.Println(line)",
		sites: []hint.Site{{Line: 2, Delim: "\n"}},
	}, {
		name:  "a scanner in a loop condition",
		body:  "sc := bufio.NewScanner(c)\nfor sc.Scan() {\n\tfmt.Println(sc.Text())\n}",
		sites: []hint.Site{{Line: 2, Delim: "\n"}},
	}, {
		name:  "a frame reader",
		body:  "fr := s.Frames()\nb, _ := fr.ReadNUL()\nfmt.Println(b)",
		sites: []hint.Site{{Line: 2, Delim: "\x00"}},
	}, {
		name:  "a receive in a case of a switch",
		body:  "switch len(os.Args) {\ncase 1:\n\tl, _ := s.RecvLine()\n\tfmt.Println(l)\n}",
		sites: []hint.Site{{Line: 3, Delim: "\n"}},
	}, {
		name: "a receiver that is a call is not named twice",
		body: "l, _ := get(s).RecvLine()\nfmt.Println(l)",
	}, {
		name: "a receiver declared by the statement itself",
		body: "if r := bufio.NewReader(c); r != nil {\n\tfmt.Println(r.Buffered())\n}\nif l, _ := bufio.NewReader(c).ReadString('\\n'); l != \"\" {\n\tfmt.Println(l)\n}",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"net\"\n\t\"os\"\n\n\t\"github.com/socklab/socklab/stdlib/sock\"\n)\n\n" +
				"var _ = bufio.NewReader\nvar _ = os.Args\n\nfunc get(s *sock.Conn) *sock.Conn { return s }\n\n" +
				"func run(s *sock.Conn, c net.Conn) {\n" + tt.body + "\n}\n\nfunc main() {}\n"
			const first = 17 // the line of run itself: its body starts on the next
			sites := &hint.Sites{Receives: true}
			out := lift(t, src, sites)
			if strings.Count(out, "\n") != strings.Count(src, "\n") {
				t.Fatalf("the rewrite changed the number of lines:\n%s", out)
			}
			var at []int
			for i, line := range strings.Split(out, "\n") {
				for range strings.Count(line, hint.Alias+".At(") {
					at = append(at, i+1-first)
				}
			}
			if tt.at != nil && fmt.Sprint(at) != fmt.Sprint(tt.at) {
				t.Errorf("At on lines %v, want %v\n%s", at, tt.at, out)
			}
			var got []hint.Site
			for _, m := range regexp.MustCompile(hint.Alias+`\.At\(\w+, (\d+)\)`).FindAllStringSubmatch(out, -1) {
				n, _ := strconv.Atoi(m[1])
				if n < 1 || n > len(sites.List) {
					t.Fatalf("site %d is not among the %d marked", n, len(sites.List))
				}
				s := sites.List[n-1]
				s.Line -= first
				s.File = ""
				got = append(got, s)
			}
			if len(got) != len(tt.sites) {
				t.Fatalf("sites %+v, want %+v\n%s", got, tt.sites, out)
			}
			for i := range got {
				if got[i] != tt.sites[i] {
					t.Errorf("site %d: %+v, want %+v\n%s", i, got[i], tt.sites[i], out)
				}
			}
		})
	}
}

func lift(t *testing.T, src string, sites *hint.Sites) string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	p := &typecheck.Package{Path: "main", Files: []*ast.File{f}}
	if err := typecheck.Check(fset, []*typecheck.Package{p}, typecheck.Config{}); err != nil {
		t.Fatal(err)
	}
	out, err := rewrite.Apply(&rewrite.Package{Fset: fset, Files: p.Files, Src: map[*ast.File][]byte{f: []byte(src)}, Types: p.Types, Info: p.Info, Hints: sites})
	if err != nil {
		t.Fatal(err)
	}
	if b, ok := out[f]; ok {
		return string(b)
	}
	return src
}

// TestConcreteTypes checks where the front end finds a script looking at
// the concrete type of its connections or listeners, which then get Go's
// own, and how the notes name the first such place. Receive sites are not
// marked when the hints are off, but these places are.
func TestConcreteTypes(t *testing.T) {
	tests := []struct {
		name                string
		body                string // run's body; c is a net.Conn, ln a net.Listener, x an any
		concrete, listeners string // the place found (line:column in the body), as the notes name it; "" for none
	}{
		{"neither", "c.Close()\nln.Close()", "", ""},
		{"a connection asserted", "_, ok := c.(*net.TCPConn)\nfmt.Println(ok)", "1:10 asserts a connection's type (*net.TCPConn)", ""},
		{"the first of two", "fmt.Println(1)\nc.(*net.TCPConn).SetNoDelay(true)\nfmt.Printf(\"%T\\n\", c)", "2:1 asserts a connection's type (*net.TCPConn)", ""},
		{"a connection printed with %T", "fmt.Printf(\"%T\\n\", c)", "1:20 hands a connection to fmt.Printf", ""},
		{"a connection logged", "log.Printf(\"%v\", c)", "1:18 hands a connection to log.Printf", ""},
		{"a connection's type asked of reflect", "fmt.Println(reflect.TypeOf(c))", "1:28 hands a connection to reflect.TypeOf", ""},
		{"a connection handed to a function that takes an any", "describe := func(v any) { fmt.Printf(\"%T\\n\", v) }\ndescribe(c)", "2:10 hands a connection to describe", ""},
		{"a connection converted to any", "v := any(c)\nfmt.Println(v != nil)", "1:10 converts a connection to any", ""},
		{"a connection assigned to an any", "var v any\nv = c\nfmt.Println(v != nil)", "2:5 stores a connection as an empty interface", ""},
		{"a connection declared as an any", "var v any = c\nfmt.Println(v != nil)", "1:13 stores a connection as an empty interface", ""},
		{"a connection in a map of any", "m := map[string]any{\"c\": c}\nfmt.Println(len(m))", "1:26 stores a connection as an empty interface", ""},
		{"a connection in a struct field of any", "s := struct{ a, b any }{1, c}\nfmt.Println(s.a)\nt := struct{ v any }{v: ln}\nfmt.Println(t.v != nil)", "1:28 stores a connection as an empty interface", "3:25 stores a listener as an empty interface"},
		{"a connection sent on a channel of any", "ch := make(chan any, 1)\nch <- c", "2:7 stores a connection as an empty interface", ""},
		{"a connection returned as an any", "get := func() any { return c }\nfmt.Println(get() != nil)", "1:28 stores a connection as an empty interface", ""},
		{"a connection kept as a net.Conn or an io.Writer", "var w io.Writer = c\nd := c\nconns := []net.Conn{c, d}\nfmt.Fprintln(w, len(conns))", "", ""},
		{"a writer that may hold a connection printed", "var w io.Writer = c\nfmt.Printf(\"%T\\n\", w)", "2:20 hands a value of io.Writer, which may hold a connection, to fmt.Printf", ""},
		{"a reader that may hold a connection asserted", "var r io.ReadCloser = c\n_, ok := r.(io.WriterTo)\nfmt.Println(ok)", "2:10 asserts the type of a value of io.ReadCloser, which may hold a connection (io.WriterTo)", ""},
		{"a closer switched on", "var cl io.Closer = ln\nswitch cl.(type) {\ncase io.Reader:\n}", "2:8 switches on the type of a value of io.Closer, which may hold a connection", "2:8 switches on the type of a value of io.Closer, which may hold a listener"},
		{"a struct of the script's that holds a connection printed", "type client struct {\n\tname string\n\tconn net.Conn\n}\nfmt.Printf(\"%#v\\n\", &client{\"bob\", c})", "5:21 hands a value of *client, which may hold a connection, to fmt.Printf", ""},
		{"a slice of connections printed", "conns := []net.Conn{c}\nfmt.Println(conns)", "2:13 hands a value of []net.Conn, which may hold a connection, to fmt.Println", ""},
		{"a struct of the script's without one printed", "type point struct{ x, y int }\nfmt.Println(point{1, 2}, []string{\"a\"})", "", ""},
		{"a value of Go's library that holds a reader printed", "fmt.Printf(\"%v\\n\", bufio.NewReader(c))", "", ""},
		{"a stringer printed", "var s fmt.Stringer\nfmt.Println(s)", "", ""},
		{"a connection appended to a []any", "var list []any\nlist = append(list, 1, c)\nfmt.Println(len(list))", "2:24 hands a connection to append", ""},
		{"a connection handed to a generic function", "fmt.Println(name(c))", "1:18 hands a connection to name", ""},
		{"a connection handed to a generic function of Go's library", "conns := []net.Conn{c}\nfmt.Println(slices.Index(conns, c))", "", ""},
		{"a connection appended to a []net.Conn", "var list []net.Conn\nlist = append(list, c)\nfmt.Println(len(list))", "", ""},
		{"a connection written to with Fprintf", "fmt.Fprintf(c, \"hello\\n\")\nfmt.Fscan(c, new(int))\nlog.New(c, \"\", 0).Print(1)", "", ""},
		{"a connection in a type switch", "switch c := c.(type) {\ncase *net.TCPConn:\n\tc.SetNoDelay(true)\n}", "1:13 switches on a connection's type", ""},
		{"an any asserted to a connection", "if tc, ok := x.(*net.TCPConn); ok {\n\ttc.SetKeepAlive(true)\n}", "1:14 asserts a connection's type (*net.TCPConn)", ""},
		{"an any switched on with a connection's case", "switch x.(type) {\ncase int:\ncase *net.TCPConn, net.Listener:\n}", "3:6 switches on a connection's type (case *net.TCPConn)", "3:20 switches on a listener's type (case net.Listener)"},
		{"a listener asserted", "ln.(*net.TCPListener).SetDeadline(time.Time{})", "", "1:1 asserts a listener's type (*net.TCPListener)"},
		{"a listener in a type switch", "switch ln.(type) {\ncase *net.TCPListener:\n\tfmt.Println(\"tcp\")\n}", "", "1:8 switches on a listener's type"},
		{"a listener asserted to an interface", "_, ok := ln.(interface{ File() (*os.File, error) })\nfmt.Println(ok)", "", "1:10 asserts a listener's type (interface{File() (*os.File, error)})"},
		{"a listener printed with %T", "fmt.Printf(\"%T\\n\", ln)", "", "1:20 hands a listener to fmt.Printf"},
		{"a listener's address printed", "fmt.Println(ln.Addr())", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"io\"\n\t\"log\"\n\t\"net\"\n\t\"os\"\n\t\"reflect\"\n\t\"slices\"\n\t\"time\"\n)\n\n" +
				"var _ = bufio.NewReader\n\nfunc name[T any](v T) string { return fmt.Sprintf(\"%T\", v) }\n\nvar _ = fmt.Println\nvar _ io.Writer\nvar _ = log.Println\nvar _ = os.Args\nvar _ = reflect.TypeOf\nvar _ = slices.Index[[]int]\nvar _ time.Time\n\n" +
				"func run(c net.Conn, ln net.Listener, x any) {\n" + tt.body + "\n}\n\nfunc main() {}\n"
			sites := &hint.Sites{}
			if out := lift(t, src, sites); strings.Contains(out, hint.Alias) {
				t.Errorf("the front end marked receives with the hints off:\n%s", out)
			}
			run := strings.Count(src[:strings.Index(src, "func run(")], "\n") + 1 // run's line: its body starts on the next
			for _, c := range []struct {
				kind string
				got  hint.Look
				want string
			}{{"connections", sites.Concrete, tt.concrete}, {"listeners", sites.Listeners, tt.listeners}} {
				got := strings.TrimSpace(c.got.At + " " + c.got.What)
				if line, rest, ok := strings.Cut(c.want, ":"); ok {
					n, _ := strconv.Atoi(line)
					c.want = fmt.Sprintf("main.go:%d:%s", run+n, rest)
				}
				if got != c.want || c.got.Seen() != (c.want != "") {
					t.Errorf("%s: %q, want %q", c.kind, got, c.want)
				}
			}
		})
	}
}
