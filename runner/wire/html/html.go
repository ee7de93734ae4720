// Package html writes a wire.Trace's sequence diagram as one
// self-contained web page (inline SVG and CSS, no scripts, nothing fetched),
// for slides and for a teacher's feedback.
package html

import (
	"bufio"
	"errors"
	"fmt"
	"html/template"
	"io"
	"os"
	"sync"
	"time"

	"github.com/socklab/socklab/runner/wire"
	"github.com/socklab/socklab/runner/wire/diagram"
)

// Geometry of the picture, in SVG units.
const (
	colGap   = 300 // between the programs' lines
	left     = 110 // room for the times
	top      = 70  // room for the programs' names
	rowH     = 26
	margin   = 260 // beside the last line, for notes
	labelMax = 40  // runes of bytes shown on an arrow
)

// WriteFile writes t's page to the file path.
func WriteFile(path string, t *wire.Trace) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("writing the trace page: %w", err)
	}
	defer func() { err = errors.Join(err, f.Close()) }()
	bw := bufio.NewWriter(f)
	if err := Write(bw, t); err != nil {
		return fmt.Errorf("writing the trace page %s: %w", path, err)
	}
	return bw.Flush()
}

type column struct {
	X          int
	Name, Note string
}

type row struct {
	Y, X1, X2, LX int
	Time, Label   string
	Title         string // the whole bytes, shown on hover
	Arrow, Left   bool
	Class, Note   string
}

type page struct {
	Title         string
	Summary       string
	Faults        []string // what the faults did, and what a trace does not show
	Width, Height int
	Bottom        int
	Columns       []column
	Rows          []row
}

// Write writes t's page to w.
func Write(w io.Writer, t *wire.Trace) error {
	p := page{Title: "socklab trace", Summary: t.Summary()}
	for i, prog := range t.Programs {
		note := ""
		if !prog.Traced {
			note = "(not traced)"
		}
		p.Columns = append(p.Columns, column{X: left + i*colGap, Name: prog.Name, Note: note})
		if prog.Faults != "" {
			p.Faults = append(p.Faults, fmt.Sprintf("%s ran with --faults %s", prog.Name, prog.Faults))
		}
		if prog.Unseen != "" {
			p.Faults = append(p.Faults, fmt.Sprintf("%s: %s", prog.Name, prog.Unseen))
		}
	}
	start := t.Start()
	for i, r := range diagram.Rows(t) {
		y := top + (i+1)*rowH
		x1 := left + r.From*colGap
		h := row{Y: y, X1: x1, Time: fmt.Sprintf("%.3f ms", float64(r.Time-start)/float64(time.Millisecond)), Note: r.Note}
		if len(t.Conns) > 1 {
			h.Time += fmt.Sprintf(" c%d", r.Conn)
		}
		label := r.Label
		if r.Data != nil {
			label = fmt.Sprintf("%s %d", wire.QuoteShort(r.Data, labelMax), len(r.Data))
			h.Title = wire.Quote(r.Data)
		}
		switch {
		case r.Arrow():
			h.Arrow, h.X2 = true, left+r.To*colGap
			h.Left = h.X2 < h.X1
			h.LX = (h.X1 + h.X2) / 2
			h.Label = label
		default:
			h.LX = x1 + 8
			h.Label = label
			if r.Data != nil {
				h.Label = r.Verb() + " " + label
			}
		}
		h.Class = string(r.Kind)
		p.Rows = append(p.Rows, h)
	}
	p.Width = left + max(0, len(t.Programs)-1)*colGap + margin
	p.Bottom = top + (len(p.Rows)+1)*rowH
	p.Height = p.Bottom + 20
	return tmpl().Execute(w, p)
}

var tmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{.Title}}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.3em; margin-bottom: 0.2em; }
p { margin: 0.2em 0; }
svg { margin-top: 1em; }
svg text { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 13px; }
.name { font-weight: bold; font-size: 15px; }
.life { stroke: #999; stroke-width: 1.5; }
.arrow { stroke: #1f5fbf; stroke-width: 1.5; }
.close .arrow, .closewrite .arrow { stroke: #777; stroke-dasharray: 4 3; }
.reset .arrow { stroke: #c0392b; }
.open .arrow { stroke: #2e8b57; }
.time { fill: #888; }
.recv, .eof { fill: #7a4b00; }
.error text { fill: #c0392b; }
.note { fill: #555; font-style: italic; }
</style>
</head>
<body>
<h1>{{.Title}}</h1>
<p>{{.Summary}}</p>
{{range .Faults}}<p>{{.}}</p>
{{end}}<svg xmlns="http://www.w3.org/2000/svg" width="{{.Width}}" height="{{.Height}}" viewBox="0 0 {{.Width}} {{.Height}}">
<defs><marker id="head" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>
{{range .Columns}}<text class="name" x="{{.X}}" y="30" text-anchor="middle">{{.Name}}</text>
{{if .Note}}<text class="note" x="{{.X}}" y="48" text-anchor="middle">{{.Note}}</text>
{{end}}<line class="life" x1="{{.X}}" y1="56" x2="{{.X}}" y2="{{$.Bottom}}"/>
{{end}}{{range .Rows}}<g class="{{.Class}}">{{if .Title}}<title>{{.Title}}</title>{{end}}
<text class="time" x="8" y="{{.Y}}">{{.Time}}</text>
{{if .Arrow}}<line class="arrow" x1="{{.X1}}" y1="{{.Y}}" x2="{{.X2}}" y2="{{.Y}}" marker-end="url(#head)"/>
<text x="{{.LX}}" y="{{.Y}}" dy="-5" text-anchor="middle">{{.Label}}</text>
{{else}}<text class="{{.Class}}" x="{{.LX}}" y="{{.Y}}" dy="4">{{.Label}}</text>
{{end}}{{if .Note}}<text class="note" x="{{if .Arrow}}{{if .Left}}{{.X1}}{{else}}{{.X2}}{{end}}{{else}}{{.LX}}{{end}}" y="{{.Y}}" dx="12" dy="14">{{.Note}}</text>
{{end}}</g>
{{end}}</svg>
</body>
</html>
`))
})
