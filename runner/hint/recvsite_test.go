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
			sites := &hint.Sites{}
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

// TestConcreteTypes checks which scripts the front end marks as looking at
// the concrete type of their connections or listeners, which then get Go's
// own.
func TestConcreteTypes(t *testing.T) {
	tests := []struct {
		name                string
		body                string // run's body; c is a net.Conn, ln a net.Listener
		concrete, listeners bool
	}{
		{"neither", "c.Close()\nln.Close()", false, false},
		{"a connection asserted", "_, ok := c.(*net.TCPConn)\nfmt.Println(ok)", true, false},
		{"a connection printed with %T", "fmt.Printf(\"%T\\n\", c)", true, false},
		{"a listener asserted", "ln.(*net.TCPListener).SetDeadline(time.Time{})", false, true},
		{"a listener in a type switch", "switch ln.(type) {\ncase *net.TCPListener:\n\tfmt.Println(\"tcp\")\n}", false, true},
		{"a listener asserted to an interface", "_, ok := ln.(interface{ File() (*os.File, error) })\nfmt.Println(ok)", false, true},
		{"a listener printed with %T", "fmt.Printf(\"%T\\n\", ln)", false, true},
		{"a listener's address printed", "fmt.Println(ln.Addr())", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport (\n\t\"fmt\"\n\t\"net\"\n\t\"os\"\n\t\"time\"\n)\n\n" +
				"var _ = fmt.Println\nvar _ = os.Args\nvar _ time.Time\n\n" +
				"func run(c net.Conn, ln net.Listener) {\n" + tt.body + "\n}\n\nfunc main() {}\n"
			sites := &hint.Sites{}
			lift(t, src, sites)
			if sites.Concrete != tt.concrete || sites.Listeners != tt.listeners {
				t.Errorf("Concrete %v, Listeners %v; want %v, %v", sites.Concrete, sites.Listeners, tt.concrete, tt.listeners)
			}
		})
	}
}
