// Package goapi reads the api files of a Go toolchain ($GOROOT/api), which
// list each release's additions to the standard library, to tell which of
// its package-level names a release added.
package goapi

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Added returns the package-level functions, types, variables and
// constants that Go 1.(since+1) and later releases of the toolchain at
// goroot added, keyed "import/path.Name", with the minor version of the
// release that added each. Names added only for systems other than
// linux/amd64 are left out, as are methods and fields: a value of the
// toolchain's library has those whatever the release its name came from.
func Added(goroot string, since int) (map[string]int, error) {
	return scan(goroot, since, false)
}

// Generic returns the generic functions and types among the names Added
// returns: those declared with type parameters.
func Generic(goroot string, since int) (map[string]int, error) {
	return scan(goroot, since, true)
}

// scan reads the api files of the releases after Go 1.since, keeping
// only the generic names if generic is set.
func scan(goroot string, since int, generic bool) (map[string]int, error) {
	added := map[string]int{}
	for minor := since + 1; ; minor++ {
		f, err := os.Open(filepath.Join(goroot, "api", fmt.Sprintf("go1.%d.txt", minor)))
		if os.IsNotExist(err) {
			if minor == since+1 {
				return nil, fmt.Errorf("goapi: no api file of Go 1.%d in %s", minor, goroot)
			}
			return added, nil
		}
		if err != nil {
			return nil, fmt.Errorf("goapi: %w", err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if name, typeParams, ok := parseDecl(sc.Text()); ok && (typeParams || !generic) {
				if _, seen := added[name]; !seen {
					added[name] = minor
				}
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("goapi: go1.%d.txt: %w", minor, err)
		}
	}
}

// parseLine returns "import/path.Name" of an api line that adds a
// package-level name for every system or linux/amd64, such as
//
//	pkg os, func CopyFS(string, fs.FS) error #62484
//	pkg syscall (linux-amd64), const SOMETHING = 1
//	pkg net, type KeepAliveConfig struct #62254
func parseLine(line string) (string, bool) {
	name, _, ok := parseDecl(line)
	return name, ok
}

// parseDecl is parseLine, and reports whether the name is declared with
// type parameters (func OnceValue[$0 interface{}](...), type Pointer[$0
// interface{}] struct).
func parseDecl(line string) (name string, typeParams, ok bool) {
	rest, ok := strings.CutPrefix(line, "pkg ")
	if !ok || strings.Contains(line, "//deprecated") {
		return "", false, false
	}
	pkg, decl, ok := strings.Cut(rest, ", ")
	if !ok {
		return "", false, false
	}
	if path, sys, ok := strings.Cut(pkg, " ("); ok {
		if sys != "linux-amd64)" && sys != "linux-amd64-cgo)" {
			return "", false, false
		}
		pkg = path
	}
	kind, decl, ok := strings.Cut(decl, " ")
	if !ok {
		return "", false, false
	}
	switch kind {
	case "func", "const", "var", "type":
	default:
		return "", false, false
	}
	end := strings.IndexAny(decl, " ([")
	if end < 0 {
		end = len(decl)
	}
	name = decl[:end]
	if name == "" || !isIdent(name) {
		return "", false, false
	}
	if kind == "type" && addsMember(decl[end:]) {
		return "", false, false
	}
	return pkg + "." + name, strings.HasPrefix(decl[end:], "["), true
}

// addsMember reports whether the rest of a type's api line after its name
// adds a field or a method to the type ("struct, Field int", "interface,
// M()") rather than declaring it ("struct", "interface { M, N }", with
// type parameters first where it is generic).
func addsMember(rest string) bool {
	if strings.HasPrefix(rest, "[") {
		depth := 0
		for i, r := range rest {
			switch r {
			case '[':
				depth++
			case ']':
				depth--
			}
			if depth == 0 {
				rest = rest[i+1:]
				break
			}
		}
	}
	rest = strings.TrimLeft(strings.TrimPrefix(rest, " "), "abcdefghijklmnopqrstuvwxyz")
	return strings.HasPrefix(rest, ",")
}

func isIdent(s string) bool {
	for i, r := range s {
		if !(r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || i > 0 && '0' <= r && r <= '9') {
			return false
		}
	}
	return true
}

// Version spells a minor version as Go does: 24 is "1.24".
func Version(minor int) string { return "1." + strconv.Itoa(minor) }

// NewPackages returns the packages of the standard library that Go
// 1.(since+1) and later releases of the toolchain at goroot added, with
// the minor version of the release that added each: those whose first
// line in the api files comes from such a release.
func NewPackages(goroot string, since int) (map[string]int, error) {
	first := map[string]int{}
	for minor := 0; ; minor++ {
		file := fmt.Sprintf("go1.%d.txt", minor)
		if minor == 0 {
			file = "go1.txt"
		}
		f, err := os.Open(filepath.Join(goroot, "api", file))
		if os.IsNotExist(err) {
			if minor <= since {
				return nil, fmt.Errorf("goapi: no api file %s in %s", file, goroot)
			}
			break
		}
		if err != nil {
			return nil, fmt.Errorf("goapi: %w", err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			rest, ok := strings.CutPrefix(sc.Text(), "pkg ")
			if !ok {
				continue
			}
			pkg, _, _ := strings.Cut(rest, ",")
			pkg, _, _ = strings.Cut(pkg, " (")
			if _, seen := first[pkg]; !seen {
				first[pkg] = minor
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("goapi: %s: %w", file, err)
		}
	}
	added := map[string]int{}
	for pkg, minor := range first {
		if minor > since {
			added[pkg] = minor
		}
	}
	return added, nil
}
