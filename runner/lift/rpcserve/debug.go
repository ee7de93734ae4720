package rpcserve

import (
	"fmt"
	"html/template"
	"net/http"
	"slices"
	"strings"
	"sync"
)

// debugPage is the page HandleHTTP serves at its debugging path: the
// services, their methods and how many times each was called, laid out
// as net/rpc's page is.
type debugPage struct{ s *Server }

// pageLayout writes the page: a section per service, a row per method.
// It is parsed when a page is first asked for, not in every process's
// start.
var pageLayout = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("RPC debug").Parse(strings.Join([]string{
		"<html>",
		"\t<body>",
		"\t<title>Services</title>",
		"\t{{range .}}",
		"\t<hr>",
		"\tService {{.Name}}",
		"\t<hr>",
		"\t\t<table>",
		"\t\t<th align=center>Method</th><th align=center>Calls</th>",
		"\t\t{{range .Methods}}",
		"\t\t\t<tr>",
		"\t\t\t<td align=left font=fixed>{{.Name}}({{.Arg}}, {{.Reply}}) error</td>",
		"\t\t\t<td align=center>{{.Calls}}</td>",
		"\t\t\t</tr>",
		"\t\t{{end}}",
		"\t\t</table>",
		"\t{{end}}",
		"\t</body>",
		"\t</html>",
	}, "\n")))
})

// pageService and pageMethod are what the page shows of a service and a
// method.
type pageService struct {
	Name    string
	Methods []pageMethod
}

type pageMethod struct {
	Name, Arg, Reply string
	Calls            uint64
}

func (d debugPage) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	var list []pageService
	d.s.services.Range(func(name, v any) bool {
		ps := pageService{Name: name.(string)}
		for mname, m := range v.(*service).methods {
			ps.Methods = append(ps.Methods, pageMethod{mname, m.Arg, m.Reply, m.calls.Load()})
		}
		slices.SortFunc(ps.Methods, func(a, b pageMethod) int { return strings.Compare(a.Name, b.Name) })
		list = append(list, ps)
		return true
	})
	slices.SortFunc(list, func(a, b pageService) int { return strings.Compare(a.Name, b.Name) })
	if err := pageLayout().Execute(w, list); err != nil {
		fmt.Fprintln(w, "rpc: error executing template:", err.Error())
	}
}
