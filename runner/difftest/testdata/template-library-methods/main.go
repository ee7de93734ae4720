// difftest: same
package main

// text/template calling the methods of Go's library types inside the
// data (a time.Time's Format, a time.Duration's String, a strings.Builder
// is not needed), with pipelines, printf, comparison functions and
// whitespace trimming, for a report of deployments.

import (
	"os"
	"text/template"
	"time"
)

type Deploy struct {
	Service  string
	At       time.Time
	Took     time.Duration
	Replicas int
	Failed   bool
}

const report = `{{- range $i, $d := . -}}
{{$i}}. {{printf "%-8s" $d.Service}} {{$d.At.Format "Jan 2 15:04"}} took {{$d.Took}} ({{$d.Took.Seconds}}s)
   {{- if $d.Failed}} FAILED{{else if ge $d.Replicas 3}} ok, {{$d.Replicas}} replicas{{else}} ok{{end}}
{{end -}}
weekday of the first: {{(index . 0).At.Weekday}}; year {{(index . 0).At.Year}}
{{with $last := index . 2}}last: {{$last.Service | printf "%q"}} {{eq $last.Replicas 1}} {{len $last.Service}}{{end}}
`

func main() {
	day := time.Date(2024, 6, 3, 14, 5, 0, 0, time.UTC)
	deploys := []Deploy{
		{"api", day, 95 * time.Second, 3, false},
		{"worker", day.Add(30 * time.Minute), 2*time.Minute + 500*time.Millisecond, 1, true},
		{"web", day.Add(26 * time.Hour), 40 * time.Second, 1, false},
	}
	t := template.Must(template.New("report").Parse(report))
	if err := t.Execute(os.Stdout, deploys); err != nil {
		panic(err)
	}
	bad := template.Must(template.New("bad").Parse("{{.At.Format}}\n"))
	err := bad.Execute(os.Stdout, deploys[0])
	os.Stdout.WriteString(err.Error() + "\n")
}
