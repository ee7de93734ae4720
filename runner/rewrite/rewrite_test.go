package rewrite_test

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"

	liftpkg "github.com/socklab/socklab/runner/lift"
	"github.com/socklab/socklab/runner/refuse"
	"github.com/socklab/socklab/runner/rewrite"
	"github.com/socklab/socklab/runner/typecheck"
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// A program is a small Go program whose output under the interpreter,
// once rewritten, must be what the same program prints built by Go.
type program struct {
	name, src string
}

// corpusErrs are the errors of reading programs of the corpus.
var corpusErrs []error

// fromCorpus is the program of the differential corpus in folder dir of
// runner/difftest/testdata: the corpus runs it under socklab whole, and
// here it checks the passes alone against go build.
func fromCorpus(name, dir string) program {
	src, err := os.ReadFile(filepath.Join("..", "difftest", "testdata", dir, "main.go"))
	if err != nil {
		corpusErrs = append(corpusErrs, fmt.Errorf("%s: %w", name, err))
	}
	return program{name, string(src)}
}

// programs holds every pass's cases; each pass's test file adds its own.
var programs []program

// TestProgramsPrintWhatGoPrints builds every program with the Go
// toolchain, runs it, and compares its output with the interpreter's run
// of the rewritten source.
func TestProgramsPrintWhatGoPrints(t *testing.T) {
	if err := errors.Join(corpusErrs...); err != nil {
		t.Fatal(err)
	}
	want := goOutputs(t)
	for _, p := range programs {
		t.Run(p.name, func(t *testing.T) {
			src := lift(t, p.name+".go", p.src)
			keepsLines(t, p.src, string(src))
			got := interpret(t, src)
			if got != want[p.name] {
				t.Errorf("interpreted:\n%s\ngo build:\n%s\nrewritten source:\n%s", got, want[p.name], src)
			}
		})
	}
}

// keepsLines checks that each line of before is on the same line of
// after, where it starts with the same indentation.
func keepsLines(t *testing.T, before, after string) {
	t.Helper()
	b, a := strings.Split(before, "\n"), strings.Split(after, "\n")
	if len(a) < len(b) {
		t.Fatalf("the rewrite removed lines: %d before, %d after", len(b), len(a))
	}
	for i, line := range b {
		indent := line[:len(line)-len(strings.TrimLeft(line, " \t"))]
		if !strings.HasPrefix(a[i], indent) || strings.TrimSpace(line) != "" && strings.TrimSpace(a[i]) == "" {
			t.Fatalf("line %d moved:\n%s\n%s", i+1, line, a[i])
		}
	}
}

// liftHolds lifts src as main.go and checks that it keeps its lines, and
// that the rewritten source holds each of want and none of not.
func liftHolds(t *testing.T, src string, want, not []string) {
	t.Helper()
	out := string(lift(t, "main.go", src))
	keepsLines(t, src, out)
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("want %q in:\n%s", w, out)
		}
	}
	for _, n := range not {
		if strings.Contains(out, n) {
			t.Errorf("want no %q in:\n%s", n, out)
		}
	}
}

// lift type-checks and rewrites one file, with the nil pointers that
// the script process hands the passes.
func lift(t testing.TB, name, src string) []byte {
	t.Helper()
	p := checked(t, name, src)
	p.NilPointers = refuse.NilPointers(p.Fset, p.Files, p.Types, p.Info)
	out, err := rewrite.Apply(p)
	if err != nil {
		t.Fatal(err)
	}
	if b, ok := out[p.Files[0]]; ok {
		return b
	}
	return []byte(src)
}

// checked parses src as the file name of package main and type-checks
// it: the package the passes see, before the script process adds what
// some of them need.
func checked(t testing.TB, name, src string) *rewrite.Package {
	t.Helper()
	return checkedFiles(t, "main", name, src)
}

// checkedFiles is checked for a package of import path path and several
// files, given as pairs of a name and a text, in the package's order.
func checkedFiles(t testing.TB, path string, nameText ...string) *rewrite.Package {
	t.Helper()
	fset := token.NewFileSet()
	tp := &typecheck.Package{Path: path}
	src := map[*ast.File][]byte{}
	for i := 0; i+1 < len(nameText); i += 2 {
		f, err := parser.ParseFile(fset, nameText[i], nameText[i+1], 0)
		if err != nil {
			t.Fatal(err)
		}
		tp.Files = append(tp.Files, f)
		src[f] = []byte(nameText[i+1])
	}
	if err := typecheck.Check(fset, []*typecheck.Package{tp}, typecheck.Config{}); err != nil {
		t.Fatal(err)
	}
	return &rewrite.Package{Fset: fset, Files: tp.Files, Src: src, Types: tp.Types, Info: tp.Info}
}

// pkg type-checks src as main.go, a package of a script with others.
func pkg(t testing.TB, src string, others ...*types.Package) *rewrite.Package {
	t.Helper()
	p := checked(t, "main.go", src)
	p.Script = append([]*types.Package{p.Types}, others...)
	return p
}

// apply type-checks src as main.go and rewrites it, with the script's
// other packages.
func apply(t testing.TB, src string, others ...*types.Package) (map[*ast.File][]byte, error) {
	t.Helper()
	return rewrite.Apply(pkg(t, src, others...))
}

// applied is what apply makes of src's one file.
func applied(t testing.TB, src string, others ...*types.Package) []byte {
	t.Helper()
	out, err := apply(t, src, others...)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range out {
		return b
	}
	return []byte(src)
}

// refuses checks that the passes refuse src, as main.go, with a message
// that contains want.
func refuses(t *testing.T, src, want string) {
	t.Helper()
	if _, err := apply(t, src); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v, want a refusal containing %q", err, want)
	}
}

// indexes are the positions of the index expressions of out, a rewritten
// main.go, in order, as the line comments of the passes set them: where
// the interpreter's reports place them.
func indexes(t *testing.T, out []byte) []token.Position {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", out, parser.ParseComments)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var ix []token.Position
	ast.Inspect(f, func(n ast.Node) bool {
		if e, ok := n.(*ast.IndexExpr); ok {
			ix = append(ix, fset.Position(e.Pos()))
		}
		return true
	})
	return ix
}

// interpret runs src under the interpreter and returns what it prints.
func interpret(t *testing.T, src []byte) string {
	t.Helper()
	var out bytes.Buffer
	i := interp.New(interp.Options{Stdout: &out, Stderr: framesDropped{&out}})
	if err := i.Use(stdlib.Symbols); err != nil {
		t.Fatal(err)
	}
	if err := i.Use(liftpkg.NamedSymbols(src)); err != nil {
		t.Fatal(err)
	}
	if err := i.Use(liftpkg.Symbols()); err != nil {
		t.Fatal(err)
	}
	if err := i.Use(liftpkg.ErrorWrapperTable(i)); err != nil {
		t.Fatal(err)
	}
	// errors.As and errors.Join as the script process gives them, and
	// log's loggers, which it gives as Go's own (lift.LogPrint takes one).
	join := reflect.ValueOf(liftpkg.ErrorsJoin)
	std := log.New(&out, "", log.LstdFlags)
	if err := i.Use(interp.Exports{
		".":             {"MapTypes": reflect.ValueOf(map[reflect.Value][]reflect.Type{join: {reflect.TypeFor[error]()}})},
		"errors/errors": {"As": reflect.ValueOf(liftpkg.ErrorsAs), "Join": join},
		"log/log": {"New": reflect.ValueOf(log.New), "Logger": reflect.ValueOf((*log.Logger)(nil)),
			"Default": reflect.ValueOf(func() *log.Logger { return std })},
	}); err != nil {
		t.Fatal(err)
	}
	liftpkg.BuiltinOutput = &out
	defer func() { liftpkg.BuiltinOutput = nil }()
	if _, err := i.Eval(string(src)); err != nil {
		var p interp.Panic
		if errors.As(err, &p) {
			return out.String() + "panic: " + strings.TrimSpace(strings.SplitN(string(p.Stack), "\n", 2)[0])
		}
		t.Fatalf("interpreter: %v", err)
	}
	return out.String()
}

var (
	buildOnce sync.Once
	outputs   map[string]string
	buildErr  error
)

// goOutputs builds every program with one go build and runs each.
func goOutputs(t *testing.T) map[string]string {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to compare with")
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "rewrite-programs")
		if err != nil {
			buildErr = err
			return
		}
		defer os.RemoveAll(dir)
		files := map[string]string{"go.mod": "module programs\n\ngo 1.26\n"}
		for _, p := range programs {
			files[filepath.Join(p.name, "main.go")] = p.src
		}
		for name, content := range files {
			path := filepath.Join(dir, name)
			os.MkdirAll(filepath.Dir(path), 0o755)
			if buildErr = os.WriteFile(path, []byte(content), 0o644); buildErr != nil {
				return
			}
		}
		bin := filepath.Join(dir, "bin")
		cmd := exec.Command(goCmd, "build", "-o", bin+string(filepath.Separator), "./...")
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = errors.New("go build: " + err.Error() + "\n" + string(out))
			return
		}
		outputs = map[string]string{}
		for _, p := range programs {
			out, _ := exec.Command(filepath.Join(bin, p.name)).CombinedOutput()
			outputs[p.name] = string(out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return outputs
}

// framesDropped is the interpreter's standard error without the line it
// prints for each frame a panic unwinds (main.go:12:5: panic:
// main.main(...), without the file's name for a source evaluated as a
// string), which the script process takes out of the stream as well
// (runner/script's stderrFilter).
type framesDropped struct{ out io.Writer }

var frameLine = regexp.MustCompile(`^(.+:)?\d+:\d+: panic: .*\(\.\.\.\)\n?$`)

func (f framesDropped) Write(p []byte) (int, error) {
	if frameLine.Match(p) {
		return len(p), nil
	}
	return f.out.Write(p)
}
