package typecheck

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// programs that go build refuses, with the hints socklab adds.
var refused = []struct {
	name, src string
	hints     []string // "line:col: did you mean X?"
}{
	{"unused", `package main

import (
	"fmt"
	"os"
)

func main() {
	count := 0
	for _, name := range []string{"a"} {
		fmt.Println()
	}
}
`, nil},
	{"misspelled", `package main

import (
	"fmt"
	"net"
	"strings"
)

type server struct{ Addr string }

func (s *server) Serve() {}

func main() {
	ln, err := net.Listn("tcp", ":0")
	fmt.Printn(ln, err)
	var c net.Conn
	c.Clos()
	c.close()
	s := &server{}
	s.Serv()
	s.Adr = "x"
	fmt.Println(strings.ToUpperr("x"), lenn(s.Addr))
}
`, []string{
		"14:17: did you mean Listen?", "15:6: did you mean Println?", "17:4: did you mean Close?",
		"20:4: did you mean Serve?", "21:4: did you mean Addr?", "22:22: did you mean ToUpper?", "22:37: did you mean len?",
	}},
	{"types", `package main

import "fmt"

func half(n int) int { return n / 2 }

func main() {
	var s string = 5
	x := half("4")
	fmt.Println(s + x)
	var b []byte = "x"
	return 1
}
`, nil},
	{"many", `package main

func main() {
	a := 1
	b := 2
	c := x1
	d := x2
	e := x3
	f := x4
	g := x5
	h := x6
	i := x7
	j := x8
	k := x9
	l := x10
}
`, nil},
	{"modern", `package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type MyErr struct{}

func (*MyErr) Error() string { return "mine" }

func main() {
	for i := range 3 {
		fmt.Println(min(i, 2), max(1.5, float64(i)))
	}
	m := map[string]int{"a": 1}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Println(k)
	}
	for part := range strings.SplitSeq("a,b", ",") {
		fmt.Println(part)
	}
	clear(m)
	var err error
	if e, ok := errors.AsType[*MyErr](err); ok {
		fmt.Println(e)
	}
}
`, nil},
}

var goErrorLine = regexp.MustCompile(`^\w+/(\w+\.go:\d+:\d+: .*)$`)

// TestErrorsAreGos checks that each program's errors are exactly the ones
// go build prints, hints aside.
func TestErrorsAreGos(t *testing.T) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to compare with")
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), "module refused\n\ngo 1.26\n")
	for _, c := range refused {
		write(t, filepath.Join(dir, c.name, c.name+".go"), c.src)
	}
	cmd := exec.Command(goCmd, "build", "-o", os.DevNull, "./...")
	cmd.Dir = dir
	out, _ := cmd.CombinedOutput()
	want := map[string][]string{}
	pkg := ""
	for _, line := range strings.Split(string(out), "\n") {
		if p, ok := strings.CutPrefix(line, "# refused/"); ok {
			pkg = p
		}
		if m := goErrorLine.FindStringSubmatch(line); m != nil {
			want[pkg] = append(want[pkg], m[1])
		} else if strings.HasPrefix(line, "\t") {
			want[pkg] = append(want[pkg], line)
		}
	}
	for _, c := range refused {
		t.Run(c.name, func(t *testing.T) {
			got := check(t, c.name+".go", c.src)
			if len(want[c.name]) == 0 && !strings.Contains(string(out), "refused/"+c.name+"\n") {
				t.Logf("go build accepts it")
			}
			var plain []string
			hints := map[string]string{}
			for _, line := range got {
				msg, hint, _ := strings.Cut(line, "; did you mean ")
				plain = append(plain, msg)
				if hint != "" {
					pos := strings.Join(strings.Split(msg, ":")[1:3], ":")
					hints[pos] = "did you mean " + hint
				}
			}
			if strings.Join(plain, "\n") != strings.Join(want[c.name], "\n") {
				t.Errorf("socklab says\n%s\ngo build says\n%s", strings.Join(plain, "\n"), strings.Join(want[c.name], "\n"))
			}
			for _, h := range c.hints {
				pos, hint, _ := strings.Cut(h, ": ")
				if hints[pos] != hint {
					t.Errorf("at %s: hint %q, want %q", pos, hints[pos], hint)
				}
				delete(hints, pos)
			}
			for pos, hint := range hints {
				t.Errorf("at %s: unexpected hint %q", pos, hint)
			}
		})
	}
}

// check type-checks one file and returns its error lines.
func check(t testing.TB, name, src string) []string {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	err = Check(fset, []*Package{{Path: "main", Files: []*ast.File{f}}}, Config{})
	var errs *Errors
	if err == nil {
		return nil
	}
	if !errors.As(err, &errs) {
		t.Fatal(err)
	}
	return strings.Split(errs.Error(), "\n")
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
