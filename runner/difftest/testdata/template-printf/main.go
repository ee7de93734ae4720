// difftest: same
package main

// A debug page whose templates print the data with printf's %T, %+v and
// %#v: the script's types and unexported fields are named as Go names
// them, through a pointer, in html/template too.

import (
	"fmt"
	htmltemplate "html/template"
	"os"
	"strings"
	"text/template"
)

type Celsius float64

type Sensor struct {
	Name  string
	Temp  Celsius
	token string
}

type Reading struct {
	Xid    string
	Sensor Sensor
}

func main() {
	s := Sensor{"roof", 21.5, "t0k"}
	t := template.Must(template.New("debug").Parse(`{{printf "%T|%v|%+v|%#v" . . . .}} {{printf "%T %.1f" .Temp .Temp}} {{printf "%s/%d" .Name 3}}` + "\n"))
	t.Execute(os.Stdout, s)
	if err := t.Execute(os.Stdout, &s); err != nil {
		fmt.Println("error:", err)
	}
	r := template.Must(template.New("r").Parse(`{{printf "%+v" .}} {{printf "%T" .Sensor}}` + "\n"))
	r.Execute(os.Stdout, Reading{"r1", s})
	var b strings.Builder
	h := htmltemplate.Must(htmltemplate.New("h").Parse(`<pre>{{printf "%T %+v" . .}}</pre>`))
	if err := h.Execute(&b, []Sensor{s}); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(b.String())
}
