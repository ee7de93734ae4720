package goembed

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path"
	"strings"
)

// Patterns returns the patterns of the //go:embed lines of a Go source
// file, src, as the go command reads them (each line's, wherever it is),
// or nil where it has none or does not parse. socklab watch reruns a
// script when a file they name changes, as go build would embed it anew.
func Patterns(src []byte) []string {
	if !strings.Contains(string(src), "//go:embed") {
		return nil
	}
	f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	var out []string
	for _, g := range f.Comments {
		for _, c := range g.List {
			d, ok := ast.ParseDirective(c.Slash, c.Text)
			if !ok || d.Tool != "go" || d.Name != "embed" {
				continue
			}
			args, err := d.ParseArgs()
			if err != nil {
				continue
			}
			for _, a := range args {
				out = append(out, a.Arg)
			}
		}
	}
	return out
}

// Matches reports whether the pattern of a //go:embed line embeds the file
// at rel, a slash-separated path relative to the folder of the line's
// file: rel matches the pattern, or lies in a folder that does, where the
// go command leaves out what begins with . or _ below that folder unless
// the pattern begins with all:.
func Matches(pattern, rel string) bool {
	pattern, all := strings.CutPrefix(pattern, "all:")
	if ok, _ := path.Match(pattern, rel); ok {
		return true
	}
	elems := strings.Split(rel, "/")
	for i := len(elems) - 1; i > 0; i-- {
		dir := strings.Join(elems[:i], "/")
		if ok, _ := path.Match(pattern, dir); !ok {
			continue
		}
		if all {
			return true
		}
		for _, e := range elems[i:] {
			if strings.HasPrefix(e, ".") || strings.HasPrefix(e, "_") {
				return false
			}
		}
		return true
	}
	return false
}
