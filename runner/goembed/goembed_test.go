package goembed

import (
	"errors"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/embedfs"
)

// folder makes a package folder of files (a name ending in a slash is a
// folder; "->" makes a symbolic link) and returns its path.
func folder(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		switch {
		case strings.HasSuffix(name, "/"):
			err := os.MkdirAll(path, 0o755)
			if err != nil {
				t.Fatal(err)
			}
		case strings.HasPrefix(data, "->"):
			if err := os.Symlink(strings.TrimPrefix(data, "->"), path); err != nil {
				t.Fatal(err)
			}
		default:
			if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dir
}

// tree is the files of the tests' package folder.
var tree = map[string]string{
	"a.txt":                 "A",
	"b.txt":                 "B",
	"static/index.html":     "<h1>",
	"static/.draft":         "draft",
	"static/_old/x.html":    "old",
	"static/css/main.css":   "body{}",
	"static/sub/go.mod":     "module sub",
	"static/sub/inner.txt":  "inner",
	"empty/":                "",
	"hidden/.only":          "x",
	"link.txt":              "->a.txt",
	"linkdir":               "->static",
	"bad:name/x.txt":        "x",
	"static/bad\"name.txt":  "q",
	"static/.git/config":    "git",
	"static/trailing./file": "t",
}

func TestResolve(t *testing.T) {
	dir := folder(t, tree)
	for _, tc := range []struct {
		pattern string
		want    string // the files, or the error
	}{
		{"a.txt", "a.txt"},
		{"*.txt", "cannot embed irregular file link.txt"},
		{"[ab].txt", "a.txt b.txt"},
		{"static", `cannot embed file static/bad"name.txt: invalid name bad"name.txt`},
		{"static/css", "static/css/main.css"},
		{"static/*", "cannot embed directory static/.git: invalid name .git"},
		{"static/*.html", "static/index.html"},
		{"static/_old", "static/_old/x.html"},
		{"all:static/_old", "static/_old/x.html"},
		{"static/sub/inner.txt", "cannot embed file static/sub/inner.txt: in different module"},
		{"empty", "cannot embed directory empty: contains no embeddable files"},
		{"hidden", "cannot embed directory hidden: contains no embeddable files"},
		{"all:hidden", "hidden/.only"},
		{"linkdir", "cannot embed irregular file linkdir"},
		{"linkdir/index.html", "cannot embed file linkdir/index.html: in non-directory linkdir"},
		{"bad:name", "cannot embed directory bad:name: invalid name bad:name"},
		{"static/trailing./file", "cannot embed file static/trailing./file: in invalid directory trailing."},
		{"missing.txt", "no matching files found"},
		{"../a.txt", "invalid pattern syntax"},
		{".", "invalid pattern syntax"},
		{"/a.txt", "invalid pattern syntax"},
		{"static/", "invalid pattern syntax"},
		{"[", "invalid pattern syntax"},
		{"./a.txt", "invalid pattern syntax"},
	} {
		got, err := resolve(dir, tc.pattern)
		s := strings.Join(got, " ")
		if err != nil {
			s = err.Error()
		}
		if s != tc.want {
			t.Errorf("resolve(%q) = %s, want %s", tc.pattern, s, tc.want)
		}
	}
}

func TestResolveHidden(t *testing.T) {
	dir := folder(t, map[string]string{
		"site/index.html": "i", "site/.draft": "d", "site/_old/x.html": "o", "site/css/main.css": "c", "site/.cache/x": "x",
	})
	for pattern, want := range map[string]string{
		"site":     "site/css/main.css site/index.html",
		"all:site": "site/.cache/x site/.draft site/_old/x.html site/css/main.css site/index.html",
		"site/*":   "site/.cache/x site/.draft site/_old/x.html site/css/main.css site/index.html",
	} {
		got, err := resolve(dir, pattern)
		if err != nil || strings.Join(got, " ") != want {
			t.Errorf("resolve(%q) = %v, %v; want %s", pattern, got, err, want)
		}
	}
}

func TestBadName(t *testing.T) {
	for name, bad := range map[string]bool{
		"index.html": false, "a b.txt": false, "x~y": false, "é.txt": false, "(1)+[2]{3}!#$%&=@^_~,-.txt": false,
		"": true, ".": true, "..": true, "...": true, "a.": true, `a"b`: true, "a:b": true, "a*b": true, "a<b": true, "a|b": true,
		"con": true, "CON.txt": true, "lpt1.log": true, "COM¹": true, "PROGRA~1": true, "x~12.txt": true, "\x00": true, "a\tb": true,
		".git": true, ".hg": true, ".svn": true, ".bzr": true,
	} {
		if got := badName(name); got != bad {
			t.Errorf("badName(%q) = %v, want %v", name, got, bad)
		}
	}
}

// check parses src as main.go of the package folder dir, reads its
// directives and type-checks it, and returns its variables (each "name
// kind file,file") or the error.
func check(t *testing.T, dir, src string) string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Read(fset, []*ast.File{f}, func(*ast.File) []byte { return []byte(src) }, dir)
	if err != nil {
		return err.Error()
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.Default(), Error: func(error) {}}
	conf.Check("main", fset, []*ast.File{f}, info)
	vars, err := p.Vars(fset, info)
	if err != nil {
		return err.Error()
	}
	var out []string
	for _, v := range vars {
		var names []string
		for _, file := range v.Files {
			names = append(names, file.Name+"="+file.Data)
		}
		out = append(out, v.Spec.Names[0].Name+" "+[]string{"", "string", "bytes", "fs"}[v.Kind]+" "+strings.Join(names, ","))
	}
	return strings.Join(out, "\n")
}

func TestVars(t *testing.T) {
	dir := folder(t, tree)
	for _, tc := range []struct {
		name, src, want string
	}{
		{"kinds", `package main

import "embed"

type Text string
type Alias = embed.FS

//go:embed a.txt
var s string

//go:embed b.txt
var b []byte

//go:embed a.txt
var text Text

//go:embed static/css static/index.html
var site embed.FS

var (
	//go:embed a.txt
	//go:embed b.txt
	two Alias
)

func main() {}
`, "s string a.txt=A\nb bytes b.txt=B\ntext string a.txt=A\nsite fs static/=,static/css/=,static/index.html=<h1>,static/css/main.css=body{}\ntwo fs a.txt=A,b.txt=B"},
		{"blank lines and comments between", `package main

import _ "embed"

//go:embed a.txt

// s is A.
var s string

func main() {}
`, "s string a.txt=A"},
		{"no import", `package main

//go:embed a.txt
var s string

func main() {}
`, `main.go:3:3: go:embed requires import "embed" (or import _ "embed", if package is not used)`},
		{"several names", `package main

import _ "embed"

//go:embed a.txt
var s, t string

func main() {}
`, "main.go:5:3: go:embed cannot apply to multiple vars"},
		{"initializer before type", `package main

import _ "embed"

//go:embed a.txt
var s string = ""

//go:embed a.txt
var n int

func main() {}
`, "main.go:5:3: go:embed cannot apply to var with initializer"},
		{"inside a function", `package main

import _ "embed"

func main() {
	//go:embed a.txt
	var s string
	_ = s
}
`, "main.go:6:4: go:embed cannot apply to var inside func"},
		{"inside a function literal", `package main

import _ "embed"

var f = func() string {
	//go:embed a.txt
	var s string
	return s
}

func main() {}
`, "main.go:6:4: go:embed cannot apply to var inside func"},
		{"types", `package main

import _ "embed"

//go:embed a.txt
var n int

//go:embed a.txt
var m map[string]string

//go:embed a.txt b.txt
var s string

//go:embed static/css
var b []byte

func main() {}
`, "main.go:6:5: go:embed cannot apply to var of type int\nmain.go:9:5: go:embed cannot apply to var of type map[string]string\nmain.go:12:5: invalid go:embed: multiple files for type string"},
		{"misplaced", `package main

import _ "embed"

//go:embed a.txt
func main() {}

//go:embed a.txt
var (
	s string
)

//go:embed a.txt
const c = 1
`, "main.go:5:3: misplaced go:embed directive\nmain.go:8:3: misplaced go:embed directive\nmain.go:13:3: misplaced go:embed directive"},
		{"usage", `package main

import _ "embed"

//go:embed
var s string

//go:embed "a.txt
var t string

var u string //go:embed a.txt

func main() {}
`, "main.go:5:3: usage: //go:embed pattern...\nmain.go:8:3: invalid quoted string in //go:embed: \"a.txt\nmain.go:11:16: misplaced compiler directive"},
		{"first pattern in order", `package main

import _ "embed"

//go:embed zz.txt
var s string

//go:embed aa.txt
var t string

func main() {}
`, "main.go:8:12: pattern aa.txt: no matching files found"},
		{"a pattern of a directive after code", `package main

import _ "embed"

var u string //go:embed nothere.txt

func main() {}
`, "main.go:5:25: pattern nothere.txt: no matching files found"},
		{"pattern before a misplaced directive", `package main

import _ "embed"

//go:embed a.txt
func main() {}

//go:embed "nothing here.txt"
var t string
`, "main.go:8:12: pattern nothing here.txt: no matching files found"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := check(t, dir, tc.src); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// TestNoDirective: a package without //go:embed is empty, whatever its
// folder holds.
func TestNoDirective(t *testing.T) {
	got := check(t, t.TempDir(), "package main\n\n// go:embed a.txt is prose here.\nfunc main() {}\n")
	if got != "" {
		t.Errorf("got %q", got)
	}
}

// TestLayoutChanged: where embedfs cannot build an embed.FS, its variables
// are refused, with their line and what to write instead; strings and
// []byte are given their files all the same.
func TestLayoutChanged(t *testing.T) {
	defer func(saved func() error) { layout = saved }(layout)
	layout = func() error {
		return fmt.Errorf("%w: embed.FS has 2 fields in 16 bytes, where socklab writes 1 in 8", embedfs.ErrLayout)
	}
	src := `package main

import "embed"

//go:embed a.txt
var s string

//go:embed static/css
var site embed.FS

func main() {}
`
	want := `main.go:9:5: socklab cannot give site its files: this Go release lays out embed.FS otherwise than socklab builds it: embed.FS has 2 fields in 16 bytes, where socklab writes 1 in 8; read them when the program starts instead, from os.DirFS("static")`
	if got := check(t, folder(t, tree), src); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	layout = func() error { return errors.New("unused") }
	if got := check(t, folder(t, tree), strings.Replace(src, "embed.FS", "string", 1)); got != "s string a.txt=A\nsite string static/css/main.css=body{}" {
		t.Errorf("without an embed.FS: %s", got)
	}
}
