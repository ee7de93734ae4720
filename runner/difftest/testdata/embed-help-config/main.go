// difftest: same
// args: -h
package main

// A command-line tool whose help text, default settings and report
// templates are files embedded in it: the usage as a string, the defaults
// as a []byte decoded as JSON, the templates parsed from an embed.FS with
// template.ParseFS.

import (
	"embed"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"text/template"
)

//go:embed usage.txt
var usage string

//go:embed defaults.json
var defaults []byte

//go:embed templates/*.tmpl
var templates embed.FS

type settings struct {
	Host          string `json:"host"`
	From, To      int
	TimeoutMillis int `json:"timeoutMillis"`
}

func main() {
	var s settings
	if err := json.Unmarshal(defaults, &s); err != nil {
		fmt.Println("bad defaults:", err)
		os.Exit(2)
	}
	fmt.Printf("defaults: %+v (%d bytes)\n", s, len(defaults))

	fs := flag.NewFlagSet("portscan", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Usage = func() { fmt.Print(usage) }
	host := fs.String("host", s.Host, "host to scan")
	if err := fs.Parse(os.Args[1:]); err != nil {
		fmt.Println("parse:", err)
	}

	t, err := template.ParseFS(templates, "templates/*.tmpl")
	if err != nil {
		fmt.Println(err)
		return
	}
	report := struct {
		Host  string
		Ports []int
		Open  int
	}{*host, []int{s.From, s.From + 1, s.To}, 0}
	if err := t.ExecuteTemplate(os.Stdout, "report.tmpl", report); err != nil {
		fmt.Println(err)
	}
	_, err = template.ParseFS(templates, "templates/*.html")
	fmt.Println(err)
	var names []string
	for _, tt := range t.Templates() {
		names = append(names, tt.Name())
	}
	sort.Strings(names)
	fmt.Println(names)
}
