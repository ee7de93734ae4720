package allow

import (
	"archive/zip"
	"debug/buildinfo"
	"debug/elf"
	"debug/macho"
	"debug/pe"
	"debug/plan9obj"
	"go/ast"
	"go/parser"
	"go/token"
	htmltemplate "html/template"
	"io/ioutil" //nolint:staticcheck // scripts may still call it
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"text/template"

	gos "github.com/socklab/socklab/runner/allow/gated/os"
	"github.com/socklab/socklab/runner/fsgate"
)

// fileWrappers returns the file functions of the standard library wrapped
// so that every path they are given passes the file gate.
func fileWrappers() map[string]map[string]reflect.Value {
	return map[string]map[string]reflect.Value{
		"os": {
			"Open":       guard("open", os.Open, 0),
			"OpenFile":   guard("open", os.OpenFile, 0),
			"Create":     guard("create", os.Create, 0),
			"ReadFile":   guard("read", os.ReadFile, 0),
			"WriteFile":  guard("write", os.WriteFile, 0),
			"ReadDir":    guard("readdir", os.ReadDir, 0),
			"Remove":     guard("remove", os.Remove, 0),
			"RemoveAll":  guard("remove", os.RemoveAll, 0),
			"Rename":     guard("rename", os.Rename, 0, 1),
			"Mkdir":      guard("mkdir", os.Mkdir, 0),
			"MkdirAll":   guard("mkdir", os.MkdirAll, 0),
			"MkdirTemp":  guard("mkdirtemp", os.MkdirTemp, 0),
			"CreateTemp": guard("createtemp", os.CreateTemp, 0),
			"Stat":       guard("stat", os.Stat, 0),
			"Lstat":      guard("lstat", os.Lstat, 0),
			"Chdir":      guard("chdir", os.Chdir, 0),
			"Chmod":      guard("chmod", os.Chmod, 0),
			"Chown":      guard("chown", os.Chown, 0),
			"Lchown":     guard("lchown", os.Lchown, 0),
			"Chtimes":    guard("chtimes", os.Chtimes, 0),
			"Truncate":   guard("truncate", os.Truncate, 0),
			"Symlink":    guard("symlink", os.Symlink, 0, 1),
			"Link":       guard("link", os.Link, 0, 1),
			"Readlink":   guard("readlink", os.Readlink, 0),
			"CopyFS":     reflect.ValueOf(copyFS),
			"DirFS":      reflect.ValueOf(gos.DirFS),
			"OpenRoot":   guard("open", os.OpenRoot, 0),
			"OpenInRoot": guard("open", os.OpenInRoot, 0),
		},
		"io/ioutil": {
			"ReadFile":  guard("read", ioutil.ReadFile, 0),
			"WriteFile": guard("write", ioutil.WriteFile, 0),
			"ReadDir":   guard("readdir", ioutil.ReadDir, 0),
			"TempFile":  guard("createtemp", ioutil.TempFile, 0),
			"TempDir":   guard("mkdirtemp", ioutil.TempDir, 0),
		},
		"path/filepath": {
			"Glob":         reflect.ValueOf(glob),
			"Walk":         guard("walk", filepath.Walk, 0),
			"WalkDir":      guard("walk", filepath.WalkDir, 0),
			"EvalSymlinks": guard("readlink", filepath.EvalSymlinks, 0),
		},
		"go/parser": {
			"ParseFile": reflect.ValueOf(parseFile),
			"ParseDir":  guard("readdir", parser.ParseDir, 1),
		},
		"archive/zip":     {"OpenReader": guard("open", zip.OpenReader, 0)},
		"debug/elf":       {"Open": guard("open", elf.Open, 0)},
		"debug/macho":     {"Open": guard("open", macho.Open, 0), "OpenFat": guard("open", macho.OpenFat, 0)},
		"debug/pe":        {"Open": guard("open", pe.Open, 0)},
		"debug/plan9obj":  {"Open": guard("open", plan9obj.Open, 0)},
		"debug/buildinfo": {"ReadFile": guard("open", buildinfo.ReadFile, 0)},
		"text/template": {
			"ParseFiles": reflect.ValueOf(func(names ...string) (*template.Template, error) {
				if err := checkAll("open", names); err != nil {
					return nil, err
				}
				return template.ParseFiles(names...)
			}),
			"ParseGlob": reflect.ValueOf(func(pattern string) (*template.Template, error) {
				if _, err := glob(pattern); err != nil {
					return nil, err
				}
				return template.ParseGlob(pattern)
			}),
		},
		"html/template": {
			"ParseFiles": reflect.ValueOf(func(names ...string) (*htmltemplate.Template, error) {
				if err := checkAll("open", names); err != nil {
					return nil, err
				}
				return htmltemplate.ParseFiles(names...)
			}),
			"ParseGlob": reflect.ValueOf(func(pattern string) (*htmltemplate.Template, error) {
				if _, err := glob(pattern); err != nil {
					return nil, err
				}
				return htmltemplate.ParseGlob(pattern)
			}),
		},
		"net/http": {
			"ServeFile": reflect.ValueOf(func(w http.ResponseWriter, r *http.Request, name string) {
				if err := fsgate.Check("open", name); err != nil {
					http.Error(w, "403 Forbidden: "+err.Error(), http.StatusForbidden)
					return
				}
				http.ServeFile(w, r, name)
			}),
			"ServeTLS": guard("open", http.ServeTLS, 2, 3),
		},
	}
}

func checkAll(op string, names []string) error {
	for _, n := range names {
		if err := fsgate.Check(op, n); err != nil {
			return err
		}
	}
	return nil
}

// glob is filepath.Glob that reads only folders the file gate lets it: the
// folder the pattern starts in, before its first wildcard, and every match.
func glob(pattern string) ([]string, error) {
	fixed := pattern
	if i := strings.IndexAny(pattern, `*?[\`); i >= 0 {
		fixed = filepath.Dir(pattern[:i+1])
	}
	if err := fsgate.Check("glob", fixed); err != nil {
		return nil, err
	}
	matches, err := filepath.Glob(pattern)
	if err != nil {
		return nil, err
	}
	if err := checkAll("glob", matches); err != nil {
		return nil, err
	}
	return matches, nil
}

// parseFile is parser.ParseFile whose file, when no source is given, passes
// the file gate.
func parseFile(fset *token.FileSet, filename string, src any, mode parser.Mode) (*ast.File, error) {
	if src == nil {
		if err := fsgate.Check("open", filename); err != nil {
			return nil, err
		}
	}
	return parser.ParseFile(fset, filename, src, mode)
}
