package rewrite

import (
	"encoding/base64"
	"go/ast"
	"strconv"
	"strings"

	"github.com/socklab/socklab/runner/goembed"
	"github.com/socklab/socklab/runner/lift"
)

// A Go build writes the files that a //go:embed directive names into the
// program, where its variables hold them before any of its code runs.
// socklab reads them when it prepares the script (package goembed), and
// this pass writes them into the variables' declarations, on their lines,
// as initializers that depend on nothing:
//
//	var banner string          =>   var banner string = "hello\n"
//	var logo []byte            =>   var logo []byte = lift.EmbedBytes("GIF89a...")
//	var static embed.FS        =>   var static embed.FS = lift.EmbedFS("static/", "", "static/index.html", "<h1>...")
//
// lift.EmbedBytes gives the slice a capacity equal to its length, as the
// compiler does, and lift.EmbedFS a real embed.FS (package embedfs). The
// contents of a binary file of a []byte or an embed.FS are written in
// base64 (see embedData).

func embedVars(p *Package, f *ast.File, e *Editor) {
	for _, v := range p.Embeds {
		if v.Spec.Pos() < f.FileStart || v.Spec.Pos() > f.FileEnd || len(v.Files) == 0 && v.Kind != goembed.FS {
			continue
		}
		var value string
		switch v.Kind {
		case goembed.String:
			value = strconv.Quote(v.Files[0].Data)
		case goembed.Bytes:
			value = e.Import(lift.Package) + ".EmbedBytes(" + embedData(e, v.Files[0].Data) + ")"
		case goembed.FS:
			args := make([]string, 0, 2*len(v.Files))
			for _, file := range v.Files {
				args = append(args, strconv.Quote(file.Name), embedData(e, file.Data))
			}
			value = e.Import(lift.Package) + ".EmbedFS(" + strings.Join(args, ", ") + ")"
		}
		e.Insert(v.Spec.End(), " = "+value)
	}
}

// embedData is a file's contents as a string expression: a literal, or,
// where the literal would be more than twice as long as base64 (a
// binary file, an image, whose bytes the literal escapes one by one),
// lift.Unbase64 of its base64, which the interpreter reads three times
// faster (it reads an 8 MB literal in about a second).
func embedData(e *Editor, data string) string {
	quoted := strconv.Quote(data)
	if len(quoted) <= 2*base64.StdEncoding.EncodedLen(len(data))+16 {
		return quoted
	}
	return e.Import(lift.Package) + ".Unbase64(" + strconv.Quote(base64.StdEncoding.EncodeToString([]byte(data))) + ")"
}
