package rewrite_test

import (
	"regexp"
	"strings"
	"testing"

	liftpkg "github.com/socklab/socklab/runner/lift"
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// BenchmarkXMLErrors measures what handing the error of an encoding/xml
// call that succeeds to the file's table of names costs in the
// interpreter (the table looks at an error only), per call: the source as
// pass xml rewrites it, and the same without the table's call around
// xml.Marshal and xml.Unmarshal.
func BenchmarkXMLErrors(b *testing.B) {
	const head = `package main

import "encoding/xml"

type Conf struct {
	Addr string ` + "`xml:\"addr\"`" + `
	Port int    ` + "`xml:\"port,attr\"`" + `
}
`
	unwrap := regexp.MustCompile(`_slXN\d+\.(Bytes|Err)\(/\*line :\d+:\d+\*/|\)/\*line :\d+:\d+\*/`)
	for _, loop := range []struct{ name, body string }{
		{"marshal", "c := Conf{\"127.0.0.1\", 8080}\n\ts := 0\n\tfor i := 0; i < n; i++ {\n\t\tout, err := xml.Marshal(c)\n\t\tif err != nil {\n\t\t\tpanic(err)\n\t\t}\n\t\ts += len(out)\n\t}\n\t_ = s"},
		{"unmarshal", "data := []byte(`<Conf port=\"8080\"><addr>127.0.0.1</addr></Conf>`)\n\tfor i := 0; i < n; i++ {\n\t\tvar c Conf\n\t\tif err := xml.Unmarshal(data, &c); err != nil {\n\t\t\tpanic(err)\n\t\t}\n\t}"},
	} {
		src := head + "\nfunc Loop(n int) {\n\t" + loop.body + "\n}\n"
		out := string(applied(b, src))
		if !strings.Contains(out, "_slXN") {
			b.Fatalf("the pass did not hand the error to the table:\n%s", out)
		}
		bare := unwrap.ReplaceAllString(out, "")
		if strings.Contains(bare[:strings.Index(bare, "var _slXN")], "_slXN") {
			b.Fatalf("the table's call is left:\n%s", bare)
		}
		for _, v := range []struct{ name, src string }{{"without-table", bare}, {"rewritten", out}} {
			b.Run(loop.name+"/"+v.name, func(b *testing.B) {
				i := interp.New(interp.Options{})
				if err := i.Use(stdlib.Symbols); err != nil {
					b.Fatal(err)
				}
				if err := i.Use(liftpkg.Symbols()); err != nil {
					b.Fatal(err)
				}
				if _, err := i.Eval(v.src); err != nil {
					b.Fatalf("%v\n%s", err, v.src)
				}
				fn, err := i.Eval("main.Loop")
				if err != nil {
					b.Fatal(err)
				}
				run := fn.Interface().(func(int))
				b.ReportAllocs()
				b.ResetTimer()
				run(b.N)
			})
		}
	}
}
