package typecheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUndefinedDeclaredBeside: a name the script uses from another file of
// package main beside it is undefined, as `go run main.go` has it, and the
// report names the file that declares it; a name declared nowhere, or only
// in a test or another package's file, gets no such note.
func TestUndefinedDeclaredBeside(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"stack.go":       "package main\n\nconst version = \"1\"\n\ntype Stack struct{}\n\nfunc NewStack() *Stack { return nil }\n\nfunc (s *Stack) Len() int { return 0 }\n\nfunc main() {}\n",
		"helper_test.go": "package main\n\nfunc fromTest() int { return 1 }\n",
		"other.go":       "package other\n\nfunc fromOther() int { return 1 }\n",
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	script := filepath.Join(dir, "main.go")
	src := "package main\n\nfunc main() {\n\t_ = NewStack()\n\t_ = version\n\t_ = fromTest()\n\t_ = fromOther()\n\t_ = nowhere\n}\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, script, src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	err = Check(fset, []*Package{{Path: "main", Files: []*ast.File{f}}}, Config{})
	errs, ok := err.(*Errors)
	if !ok {
		t.Fatalf("Check: %v, want the compile errors", err)
	}
	want := map[string]string{
		"4:6": "undefined: NewStack (declared in stack.go, which is not built with main.go: a program is one file, as `go run main.go` builds it; move NewStack into main.go, or stack.go into a package folder of its own)",
		"5:6": "undefined: version (declared in stack.go, which is not built with main.go: a program is one file, as `go run main.go` builds it; move version into main.go, or stack.go into a package folder of its own)",
		"6:6": "undefined: fromTest",
		"7:6": "undefined: fromOther",
		"8:6": "undefined: nowhere",
	}
	if len(errs.List) != len(want) {
		t.Fatalf("errors:\n%s\nwant %d", strings.Join(errs.List, "\n"), len(want))
	}
	for _, line := range errs.List {
		rest, ok := strings.CutPrefix(line, script+":")
		if !ok {
			t.Errorf("%s: not at %s", line, script)
			continue
		}
		pos, msg, _ := strings.Cut(rest, ": ")
		if want[pos] != msg {
			t.Errorf("at %s: %s\nwant %s", pos, msg, want[pos])
		}
	}
}
