package rewrite_test

import (
	"encoding/base64"
	"go/ast"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/goembed"
	"github.com/socklab/socklab/runner/rewrite"
)

// TestEmbedVars: pass embed writes each variable's files into its
// declaration, on its line, as an initializer of its kind; a short binary
// file as a literal, a longer one in base64.
func TestEmbedVars(t *testing.T) {
	src := `package main

import (
	"embed"
	"fmt"
)

//go:embed hello.txt
var hello string // greeting

//go:embed logo.bin
var logo []byte

//go:embed site
var site embed.FS

//go:embed icon.png
var icon []byte

var plain string

func main() {
	fmt.Println(hello, logo, cap(logo), site, plain, icon)
}
`
	raw := make([]byte, 64) // bytes that a literal escapes one by one
	for i := range raw {
		raw[i] = byte(0x80 + i)
	}
	icon := string(raw)
	files := map[string][]goembed.File{
		"hello": {{Name: "hello.txt", Data: "hi \"you\"\n"}},
		"logo":  {{Name: "logo.bin", Data: "\x00\xff"}},
		"icon":  {{Name: "icon.png", Data: icon}},
		"site":  {{Name: "site/"}, {Name: "site/a.html", Data: "<a>"}},
	}
	kinds := map[string]goembed.Kind{"hello": goembed.String, "logo": goembed.Bytes, "icon": goembed.Bytes, "site": goembed.FS}
	p := pkg(t, src)
	ast.Inspect(p.Files[0], func(n ast.Node) bool {
		if vs, ok := n.(*ast.ValueSpec); ok && kinds[vs.Names[0].Name] != 0 {
			p.Embeds = append(p.Embeds, goembed.Var{Spec: vs, Kind: kinds[vs.Names[0].Name], Files: files[vs.Names[0].Name]})
		}
		return true
	})
	out, err := rewrite.Apply(p)
	if err != nil {
		t.Fatal(err)
	}
	got := string(out[p.Files[0]])
	keepsLines(t, src, got)
	for _, want := range []string{
		"var hello string = \"hi \\\"you\\\"\\n\" // greeting\n",
		"var logo []byte = _sl1.EmbedBytes(\"\\x00\\xff\")\n",
		"var site embed.FS = _sl1.EmbedFS(\"site/\", \"\", \"site/a.html\", \"<a>\")\n",
		"var plain string\n",
		"var icon []byte = _sl1.EmbedBytes(_sl1.Unbase64(\"" + base64.StdEncoding.EncodeToString([]byte(icon)) + "\"))\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q in:\n%s", want, got)
		}
	}
}
