// difftest: same
package main

// A scoreboard a game server sends its players, built with text/template
// from fields, a FuncMap and a map.

import (
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"text/template"
)

type Player struct {
	Name  string
	Score int
	Tags  []string
}

type Board struct {
	Title   string
	Players []Player
	Meta    map[string]int
}

const board = `== {{.Title}} ==
{{range $i, $p := .Players}}{{$i}}. {{$p.Name | printf "%-6s"}} {{$p.Score}}{{if gt .Score 10}} (winner){{else if eq .Score 0}} (zero){{end}}{{with .Tags}} tags={{join . ","}}{{end}}
{{else}}nobody
{{end}}{{range $k, $v := .Meta}}{{$k}}={{$v}};{{end}}
{{len .Players}} players{{/* a comment */}}
{{define "foot"}}-- {{.}} --{{end}}{{template "foot" "end"}}
`

func main() {
	t := template.Must(template.New("board").Funcs(template.FuncMap{"join": strings.Join, "upper": strings.ToUpper}).Parse(board))
	b := Board{Title: "Round 1", Players: []Player{{"ann", 12, []string{"fast", "new"}}, {"bob", 0, nil}, {"cy", 5, nil}}, Meta: map[string]int{"z": 1, "a": 2}}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		if err := t.Execute(c, b); err != nil {
			fmt.Fprintln(c, "error:", err)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	page, err := io.ReadAll(c)
	c.Close()
	fmt.Printf("%s(%v)\n", page, err)

	t.Execute(os.Stdout, Board{Title: "empty"})
	_, err = template.New("bad").Parse("{{.Foo")
	fmt.Println(err)
	var sb strings.Builder
	template.Must(template.New("z").Funcs(template.FuncMap{"upper": strings.ToUpper}).Parse(`{{printf "%q" .}} {{html .}} {{js .}} {{urlquery .}} {{upper .}}`)).Execute(&sb, "a<b>&'c d")
	fmt.Println(sb.String())
}
